import { type Client, type ClientOptions, createClient } from 'graphql-ws';
import { Emitter } from './reconnect-emitter.ts';

/**
 * `idle`: no subscription open, no socket (the connection is lazy). `connecting`: the first
 * connection is being made. `live`: connected, events arrive. `reconnecting`: the connection was
 * lost and is being retried (events in between are missed; pages refetch on reconnect).
 * `refused`: the gateway refused the credentials (4401): nothing is retried until the next
 * subscription.
 */
export type LiveStatus = 'idle' | 'connecting' | 'live' | 'reconnecting' | 'refused';

export interface LiveConnection {
  /** The graphql-ws client, for `GraphQLWsLink`. */
  readonly client: Client;
  status(): LiveStatus;
  /** Calls `listener` on every status change; returns the function that stops it. */
  onStatus(listener: (status: LiveStatus) => void): () => void;
  /**
   * Calls `listener` each time the connection is back after it was lost (never on the first
   * connect): events sent meanwhile were missed, so a page refetches what it shows.
   */
  onReconnected(listener: () => void): () => void;
  dispose(): Promise<void>;
}

export interface LiveConnectionOptions {
  /** `ws(s)://<host>/graphql`. */
  url: string;
  /** The current access token (renewed when nearly expired); undefined when signed out. */
  accessToken(): Promise<string | undefined>;
  /** A WebSocket class where there is no global one (Node tests: `ws`). */
  webSocketImpl?: unknown;
  /** Delay before retry `n` (0-based); exponential with jitter up to 30 s by default. */
  retryWait?: (retries: number) => Promise<void>;
}

const MAX_RETRY_MS = 30_000;

/** Exponential backoff with jitter: 0.5–1 s, 1–2 s, 2–4 s … capped at 30 s. */
export function backoffMs(retries: number, random: () => number = Math.random): number {
  const base = Math.min(MAX_RETRY_MS, 1_000 * 2 ** retries);
  return base / 2 + (random() * base) / 2;
}

/** Close codes after which the gateway will not accept the same credentials again. */
const REFUSED_CODES = new Set([4401, 4403]);

/**
 * The subscription connection to the gateway (graphql-ws on `/graphql`). Lazy: a socket is
 * open only while a page subscribes. Retries forever with backoff: a gateway restart, a network
 * drop, an expired token (4419, retried with the renewed token `accessToken` gives) or the
 * gateway's event feed reconnecting (1012) all end with `onReconnected`, on which pages refetch.
 */
export function createLiveConnection(options: LiveConnectionOptions): LiveConnection {
  let status: LiveStatus = 'idle';
  let everConnected = false;
  const statusChanges = new Emitter<LiveStatus>();
  const reconnected = new Emitter();
  const set = (next: LiveStatus) => {
    if (next === status) return;
    status = next;
    statusChanges.emit(next);
  };

  const clientOptions: ClientOptions = {
    url: options.url,
    lazy: true,
    retryAttempts: Number.POSITIVE_INFINITY,
    // 4401 ends retrying inside graphql-ws already; a forbidden caller stays forbidden.
    shouldRetry: (event) => (event as { code?: number } | undefined)?.code !== 4403,
    retryWait:
      options.retryWait ??
      ((retries) => new Promise((resolve) => setTimeout(resolve, backoffMs(retries)))),
    async connectionParams() {
      const token = await options.accessToken();
      return token ? { Authorization: `Bearer ${token}` } : {};
    },
    on: {
      connecting(isRetry) {
        set(isRetry || everConnected ? 'reconnecting' : 'connecting');
      },
      connected(_socket, _payload, wasRetry) {
        set('live');
        const again = wasRetry && everConnected;
        everConnected = true;
        if (again) reconnected.emit();
      },
      closed(event) {
        const code = (event as { code?: number } | undefined)?.code;
        if (code !== undefined && REFUSED_CODES.has(code)) set('refused');
        // 1000: the lazy close after the last subscription ended.
        else if (code === 1000) set('idle');
        else if (status !== 'idle') set('reconnecting');
      },
    },
    ...(options.webSocketImpl ? { webSocketImpl: options.webSocketImpl } : {}),
  };
  const client = createClient(clientOptions);

  return {
    client,
    status: () => status,
    onStatus: (listener) => statusChanges.on(listener),
    onReconnected: (listener) => reconnected.on(listener),
    async dispose() {
      await client.dispose();
      set('idle');
    },
  };
}

/** The gateway's subscription URL for a page served by the gateway itself. */
export function liveUrl(location: { protocol: string; host: string }): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
}
