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
    const now = this.now();
    if (++this.checks % 1_000 === 0) this.sweep(now);
    let window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      window = { count: 0, resetAt: now + this.windowMs };
      this.windows.set(key, window);
    }
    if (window.count + cost > this.limit)
      return Math.max(1, Math.ceil((window.resetAt - now) / 1000));
    window.count += cost;
    return 0;
  }

  /** Drops finished windows so keys seen once do not stay in memory. */
  private sweep(now: number): void {
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
  }
}
