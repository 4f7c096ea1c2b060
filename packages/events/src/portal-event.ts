import type { Queryable } from '@portal/db';

/**
 * The one channel every portal event crosses processes on. PostgreSQL delivers a NOTIFY only
 * when the transaction that sent it commits, so an event is never seen for a change that was
 * rolled back, and never lost for one that committed while the listener was connected.
 */
export const PORTAL_EVENTS_CHANNEL = 'portal_events';

/**
 * What changed, not the new state: a subscriber reads the current state through the gateway with
 * its own identity, so an event carries only ids and never any customer data.
 *
 * - `quote`: a portal quote's status, delivery result or price changed; `id` is the quote id.
 * - `order`: an order's status, payment status or timeline changed; `id` is the order id.
 */
export interface PortalEvent {
  type: 'quote' | 'order';
  id: string;
  /** The customer who may see it; subscriptions of anyone else never receive it. */
  customerId: string;
  companyId: string;
}

/** NOTIFY payloads are limited to 8000 bytes; ours are ids only, far below. */
export function encodePortalEvent(event: PortalEvent): string {
  return JSON.stringify({
    type: event.type,
    id: event.id,
    customerId: event.customerId,
    companyId: event.companyId,
  });
}

/** Parses a payload from the channel; anything malformed is dropped (null), never thrown. */
export function decodePortalEvent(payload: string): PortalEvent | null {
  try {
    const value: unknown = JSON.parse(payload);
    if (typeof value !== 'object' || value === null) return null;
    const { type, id, customerId, companyId } = value as Record<string, unknown>;
    if (type !== 'quote' && type !== 'order') return null;
    if (typeof id !== 'string' || typeof customerId !== 'string' || typeof companyId !== 'string')
      return null;
    return { type, id, customerId, companyId };
  } catch {
    return null;
  }
}

/**
 * Publishes `event` inside the caller's transaction: call it in the same transaction as the
 * write it announces, so the event goes out exactly when (and only if) that write commits.
 */
export async function publishPortalEvent(tx: Queryable, event: PortalEvent): Promise<void> {
  await tx.query('select pg_notify($1, $2)', [PORTAL_EVENTS_CHANNEL, encodePortalEvent(event)]);
}
