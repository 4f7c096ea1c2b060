/**
 * Per-company protection (docs/decisions/023-company-circuit-breaker-and-health.md): a circuit
 * breaker that stops calling a company that keeps failing, and a concurrency limit so one slow
 * company cannot hold every socket and every waiting request of the process.
 */

/** `closed`: calls go through. `open`: calls fail at once. `half-open`: one probe call goes. */
export type CircuitState = 'closed' | 'open' | 'half-open';

export interface CircuitBreakerOptions {
  /** Consecutive failures (timeouts, network errors, 5xx, garbage) that open the circuit. Default 5. */
  failureThreshold?: number;
  /** How long the circuit stays open before one probe call may go. Default 30 000 ms. */
  cooldownMs?: number;
  /** Clock, for tests. */
  now?: () => number;
}

export const DEFAULT_CIRCUIT_FAILURE_THRESHOLD = 5;
export const DEFAULT_CIRCUIT_COOLDOWN_MS = 10_000;
/** Calls in flight to one company at a time, per process. */
export const DEFAULT_COMPANY_CONCURRENCY = 8;

export interface CircuitBreaker {
  readonly state: CircuitState;
  /** When the open circuit lets a probe through (epoch ms); null unless open. */
  readonly retryAt: number | null;
  /** Consecutive failures counted so far. */
  readonly failures: number;
  /**
   * Whether a call may go now. In `half-open` only the first caller gets true (the probe);
   * an open circuit whose cool-down is over turns half-open here.
   */
  tryAcquire(): boolean;
  success(): void;
  failure(): void;
  /** Subscribes to state changes; returns the unsubscribe function. */
  onChange(listener: (state: CircuitState) => void): () => void;
}

export function createCircuitBreaker(options: CircuitBreakerOptions = {}): CircuitBreaker {
  const threshold = Math.max(1, options.failureThreshold ?? DEFAULT_CIRCUIT_FAILURE_THRESHOLD);
  const cooldownMs = Math.max(0, options.cooldownMs ?? DEFAULT_CIRCUIT_COOLDOWN_MS);
  const now = options.now ?? Date.now;
  let state: CircuitState = 'closed';
  let failures = 0;
  let openedAt = 0;
  let probing = false;
  const listeners = new Set<(state: CircuitState) => void>();

  const set = (next: CircuitState) => {
    if (next === state) return;
    state = next;
    for (const listener of listeners) {
      try {
        listener(next);
      } catch {
        // An observer's failure must not change the call it observes.
      }
    }
  };
  const open = () => {
    openedAt = now();
    probing = false;
    set('open');
  };

  return {
    get state() {
      if (state === 'open' && now() - openedAt >= cooldownMs) return 'half-open';
      return state;
    },
    get retryAt() {
      return state === 'open' ? openedAt + cooldownMs : null;
    },
    get failures() {
      return failures;
    },
    tryAcquire() {
      if (state === 'closed') return true;
      if (state === 'open') {
        if (now() - openedAt < cooldownMs) return false;
        set('half-open');
      }
      // half-open: one probe at a time.
      if (probing) return false;
      probing = true;
      return true;
    },
    success() {
      failures = 0;
      probing = false;
      set('closed');
    },
    failure() {
      failures += 1;
      if (state === 'half-open' || failures >= threshold) open();
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export interface ConcurrencyLimit {
  /** Calls holding a slot now. */
  readonly active: number;
  /** Calls waiting for a slot. */
  readonly waiting: number;
  /**
   * Waits for a slot; resolves to the release function, or to null when `signal` aborts
   * first (the caller's timeout). Waiters are served in arrival order.
   */
  acquire(signal?: AbortSignal): Promise<(() => void) | null>;
}

export function createConcurrencyLimit(
  max: number = DEFAULT_COMPANY_CONCURRENCY,
): ConcurrencyLimit {
  const limit = Math.max(1, max);
  let active = 0;
  const queue: Array<(release: (() => void) | null) => void> = [];

  const release = () => {
    const next = queue.shift();
    if (next) next(once());
    else active -= 1;
  };
  const once = () => {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      release();
    };
  };

  return {
    get active() {
      return active;
    },
    get waiting() {
      return queue.length;
    },
    acquire(signal) {
      if (active < limit) {
        active += 1;
        return Promise.resolve(once());
      }
      if (signal?.aborted) return Promise.resolve(null);
      return new Promise((resolve) => {
        const waiter = (slot: (() => void) | null) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(slot);
        };
        const onAbort = () => {
          const index = queue.indexOf(waiter);
          if (index >= 0) queue.splice(index, 1);
          resolve(null);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        queue.push(waiter);
      });
    },
  };
}
