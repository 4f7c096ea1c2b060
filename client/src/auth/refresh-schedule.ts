/** How long before expiry a session is refreshed at most (a minute of a ten-minute token). */
export const REFRESH_LEAD_MS = 60_000;
/** A request is not sent with a token this close to expiry; it is refreshed first. */
export const EXPIRY_MARGIN_MS = 10_000;
/** After a refresh that could not reach the server, the next try. */
export const REFRESH_RETRY_MS = 15_000;

// setTimeout fires at once for delays beyond 2^31-1 ms; no token lives that long anyway.
const MAX_TIMER_MS = 2_147_483_647;

/**
 * Milliseconds from `nowMs` until the token expiring at `expiresAtMs` should be refreshed:
 * `REFRESH_LEAD_MS` before expiry, or a fifth of the remaining time for short-lived tokens,
 * so a refresh never lands after the expiry; 0 when that moment has passed.
 */
export function refreshDelayMs(expiresAtMs: number, nowMs: number): number {
  const remaining = expiresAtMs - nowMs;
  if (remaining <= 0) return 0;
  const lead = Math.min(REFRESH_LEAD_MS, remaining / 5);
  return Math.min(MAX_TIMER_MS, Math.max(0, Math.floor(remaining - lead)));
}

/** Whether a token is too close to expiry to send (a sleeping tab's timer may be late). */
export function isNearlyExpired(expiresAtMs: number, nowMs: number): boolean {
  return expiresAtMs - nowMs <= EXPIRY_MARGIN_MS;
}

/** One pending timer at a time: scheduling again replaces the previous one. */
export class RefreshTimer {
  private handle: ReturnType<typeof setTimeout> | undefined;

  schedule(delayMs: number, run: () => void): void {
    this.cancel();
    this.handle = setTimeout(
      () => {
        this.handle = undefined;
        run();
      },
      Math.min(MAX_TIMER_MS, Math.max(0, delayMs)),
    );
  }

  cancel(): void {
    if (this.handle !== undefined) clearTimeout(this.handle);
    this.handle = undefined;
  }

  get pending(): boolean {
    return this.handle !== undefined;
  }
}
