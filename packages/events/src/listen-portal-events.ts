import { type Db, type Listening, listenPostgres } from '@portal/db';
import { decodePortalEvent, PORTAL_EVENTS_CHANNEL, type PortalEvent } from './portal-event.ts';

/**
 * Where portal events come from: the portal `Db` itself (PGlite in the embedded system — one
 * process, one instance — or PostgreSQL), or a PostgreSQL URL for a process that has no portal
 * `Db` of its own (the gateway in production: `PORTAL_EVENTS_DATABASE_URL`).
 */
export type PortalEventSource = Pick<Db, 'listen'> | { url: string };

export interface PortalEventHandlers {
  onEvent(event: PortalEvent): void;
  /** The connection was lost and is back: events in between were missed; refetch. */
  onGap?(): void;
  onError?(error: unknown): void;
}

/** LISTENs on the portal events channel; malformed payloads are dropped silently. */
export function listenPortalEvents(
  source: PortalEventSource,
  handlers: PortalEventHandlers,
): Promise<Listening> {
  const listenHandlers = {
    onNotification(payload: string) {
      const event = decodePortalEvent(payload);
      if (event) handlers.onEvent(event);
    },
    ...(handlers.onGap ? { onGap: handlers.onGap } : {}),
    ...(handlers.onError ? { onError: handlers.onError } : {}),
  };
  // A Db first: a test database carries a `url` too (undefined on PGlite).
  return 'listen' in source
    ? source.listen(PORTAL_EVENTS_CHANNEL, listenHandlers)
    : listenPostgres(source.url, PORTAL_EVENTS_CHANNEL, listenHandlers);
}
