/** Delivery retries: 1 s, 2 s, 4 s… up to 5 minutes, each with jitter. */
export interface BackoffOptions {
  baseMs: number;
  maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 1_000, maxMs: 5 * 60_000 };

/**
 * The wait before the next attempt after `attempts` failed ones: `base × 2^(attempts−1)`,
 * capped, then "equal jitter" (half fixed, half random), so a company coming back is not hit
 * by every waiting quote in the same second, while the wait still grows.
 */
export function backoffMs(
  attempts: number,
  options: BackoffOptions = DEFAULT_BACKOFF,
  random: () => number = Math.random,
): number {
  const exponent = Math.min(Math.max(attempts, 1) - 1, 30);
  const ceiling = Math.min(options.maxMs, options.baseMs * 2 ** exponent);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
