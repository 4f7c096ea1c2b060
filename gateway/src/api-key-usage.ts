import { createHmac } from 'node:crypto';
import type { Logger } from 'pino';

/** How a partner key's request ended, for its owner's usage counts. */
export type ApiKeyOutcome = 'ok' | 'error' | 'rate-limited';

export interface ApiKeyUsageRecorder {
  /** Counts one request of the key (in memory; no I/O). */
  record(apiKeyId: string, outcome: ApiKeyOutcome): void;
  /** Sends the counts so far to the portal now (tests, shutdown). */
  flush(): Promise<void>;
  /** Stops the timer and flushes once more. */
  close(): Promise<void>;
}

export interface ApiKeyUsageOptions {
  /** `<portal subgraph>/internal/api-keys/usage`. */
  usageUrl: URL;
  /** `GATEWAY_SIGNING_KEY`: the portal only accepts counts signed with it. */
  signingKey: Buffer;
  /** How often the counts are sent (default 5 s). What a crash loses is at most this much. */
  flushMs?: number;
  logger?: Logger;
  fetch?: typeof fetch;
  now?: () => number;
}

/** Key-days per request to the portal (its route takes at most 500). */
const BATCH = 200;
/** Key-days kept while the portal cannot be reached; beyond that the oldest counts are dropped. */
const MAX_PENDING = 50_000;

interface Counts {
  apiKeyId: string;
  day: string;
  requests: number;
  errors: number;
  rateLimited: number;
}

/**
 * Per-key, per-day (UTC) request counts kept in memory and added to the portal database every
 * `flushMs` in one signed call, so a partner's request costs no database write of its own.
 * A crash loses the counts since the last flush; a failed flush keeps them for the next one.
 */
export function createApiKeyUsageRecorder(options: ApiKeyUsageOptions): ApiKeyUsageRecorder {
  const doFetch = options.fetch ?? fetch;
  const now = options.now ?? Date.now;
  let pending = new Map<string, Counts>();
  let flushing: Promise<void> = Promise.resolve();

  const add = (c: Counts) => {
    const id = `${c.apiKeyId} ${c.day}`;
    const seen = pending.get(id);
    if (seen) {
      seen.requests += c.requests;
      seen.errors += c.errors;
      seen.rateLimited += c.rateLimited;
    } else {
      if (pending.size >= MAX_PENDING) pending.delete(pending.keys().next().value!);
      pending.set(id, { ...c });
    }
  };

  const send = async (batch: Counts[]) => {
    const body = JSON.stringify({ usage: batch });
    const response = await doFetch(options.usageUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-portal-signature': createHmac('sha256', options.signingKey)
          .update(body)
          .digest('base64url'),
      },
      body,
      signal: AbortSignal.timeout(5_000),
    });
    if (!response.ok) throw new Error(`API key usage flush failed with HTTP ${response.status}`);
  };

  const flushOnce = async () => {
    if (pending.size === 0) return;
    const taken = [...pending.values()];
    pending = new Map();
    for (let i = 0; i < taken.length; i += BATCH) {
      const batch = taken.slice(i, i + BATCH);
      try {
        await send(batch);
      } catch (error) {
        // Kept for the next flush (merged with what came in meanwhile).
        for (const c of taken.slice(i)) add(c);
        options.logger?.warn({ err: error }, 'could not save API key usage; retrying later');
        return;
      }
    }
  };

  const flush = () => {
    flushing = flushing.then(flushOnce);
    return flushing;
  };
  const timer = setInterval(() => void flush(), options.flushMs ?? 5_000);
  timer.unref();

  return {
    record(apiKeyId, outcome) {
      add({
        apiKeyId,
        day: new Date(now()).toISOString().slice(0, 10),
        requests: 1,
        errors: outcome === 'error' ? 1 : 0,
        rateLimited: outcome === 'rate-limited' ? 1 : 0,
      });
    },
    flush,
    async close() {
      clearInterval(timer);
      await flush();
    },
  };
}
