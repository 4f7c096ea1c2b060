/** A window's state after an attempt, for the `RateLimit-*` response headers. */
export interface RateLimitState {
  /** Attempts allowed per window. */
  limit: number;
  /** Attempts left in this window after this one. */
  remaining: number;
  /** Seconds until the window resets (at least 1). */
  resetSeconds: number;
  /** Whether the attempt was counted; when false, wait `resetSeconds`. */
  allowed: boolean;
}

/**
 * Fixed-window counters in memory: `limit` attempts per `windowMs` per key. Each gateway
 * instance counts on its own, so behind N instances a client gets up to N × limit; the
 * per-email sign-in lockout lives in the portal database and holds across instances.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();
  private checks = 0;

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Counts `cost` attempts for `key`. Returns 0 when allowed, else the seconds until the window
   * resets (the attempts are then not counted, so waiting is enough).
   */
  take(key: string, cost = 1): number {
    const state = this.attempt(key, cost);
    return state.allowed ? 0 : state.resetSeconds;
  }

  /** The window's length in seconds (the `w` of `RateLimit-Policy`). */
  get windowSeconds(): number {
    return Math.ceil(this.windowMs / 1000);
  }

  /** The window's state for `key` without counting anything. */
  peek(key: string): RateLimitState {
    const now = this.now();
    const window = this.windows.get(key);
    const open = window && window.resetAt > now;
    const used = open ? window.count : 0;
    const resetAt = open ? window.resetAt : now + this.windowMs;
    return {
      limit: this.limit,
      remaining: Math.max(0, this.limit - used),
      resetSeconds: Math.max(1, Math.ceil((resetAt - now) / 1000)),
      allowed: used < this.limit,
    };
  }

  /** Counts `cost` attempts for `key` like `take`, and tells the window's state. */
  attempt(key: string, cost = 1): RateLimitState {
    const now = this.now();
    if (++this.checks % 1_000 === 0) this.sweep(now);
    let window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      window = { count: 0, resetAt: now + this.windowMs };
      this.windows.set(key, window);
    }
    const resetSeconds = Math.max(1, Math.ceil((window.resetAt - now) / 1000));
    const allowed = window.count + cost <= this.limit;
    if (allowed) window.count += cost;
    return {
      limit: this.limit,
      remaining: Math.max(0, this.limit - window.count),
      resetSeconds,
      allowed,
    };
  }

  /** Drops finished windows so keys seen once do not stay in memory. */
  private sweep(now: number): void {
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
  }
}
