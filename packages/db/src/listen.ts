import pg from 'pg';

/** What a LISTEN reports. Callbacks must not throw; they run on the database client's events. */
export interface ListenHandlers {
  /** One NOTIFY payload on the channel, after the sending transaction committed. */
  onNotification(payload: string): void;
  /**
   * The listening connection was lost and is listening again: anything sent in between was
   * missed, so whoever relies on the notifications must re-read the state they announce.
   */
  onGap?(): void;
  /** A lost connection or a failed reconnect attempt (it keeps trying); for logs only. */
  onError?(error: unknown): void;
}

export interface Listening {
  /** Stops listening (and closes the dedicated connection on PostgreSQL). */
  close(): Promise<void>;
}

export interface PostgresListenOptions {
  /** First reconnect delay; doubled per failed attempt up to `maxBackoffMs`. */
  minBackoffMs?: number;
  maxBackoffMs?: number;
}

/**
 * LISTENs on its own `pg.Client`, never a pooled one: a pool hands a connection back and forth,
 * and a LISTEN lives exactly as long as the connection that issued it. When that connection
 * drops (database restart, `pg_terminate_backend`, network) it reconnects with exponential
 * backoff and reports a gap once listening again. The first connection failing is thrown.
 */
export async function listenPostgres(
  url: string,
  channel: string,
  handlers: ListenHandlers,
  options: PostgresListenOptions = {},
): Promise<Listening> {
  const minBackoff = options.minBackoffMs ?? 100;
  const maxBackoff = options.maxBackoffMs ?? 10_000;
  let closed = false;
  let current: pg.Client | null = null;
  let failures = 0;
  let timer: NodeJS.Timeout | undefined;

  async function connect(): Promise<void> {
    const client = new pg.Client({ connectionString: url, keepAlive: true });
    client.on('error', (error) => {
      handlers.onError?.(error);
      lost(client);
    });
    client.on('end', () => lost(client));
    client.on('notification', (message) => {
      if (message.channel === channel && message.payload !== undefined) {
        handlers.onNotification(message.payload);
      }
    });
    try {
      await client.connect();
      await client.query(`listen ${client.escapeIdentifier(channel)}`);
    } catch (error) {
      client.end().catch(() => {});
      throw error;
    }
    if (closed) {
      await client.end().catch(() => {});
      return;
    }
    current = client;
  }

  function lost(client: pg.Client): void {
    if (current !== client || closed) return;
    current = null;
    client.end().catch(() => {});
    scheduleReconnect();
  }

  function scheduleReconnect(): void {
    const delay = Math.min(maxBackoff, minBackoff * 2 ** failures);
    // Jitter so many processes do not reconnect to a restarted database in lockstep.
    timer = setTimeout(reconnect, delay * (0.5 + Math.random() / 2));
  }

  async function reconnect(): Promise<void> {
    if (closed) return;
    try {
      await connect();
      failures = 0;
      if (!closed) handlers.onGap?.();
    } catch (error) {
      failures += 1;
      handlers.onError?.(error);
      if (!closed) scheduleReconnect();
    }
  }

  await connect();
  return {
    async close() {
      closed = true;
      clearTimeout(timer);
      const client = current;
      current = null;
      await client?.end().catch(() => {});
    },
  };
}
