import { describe, expect, it } from 'vitest';
import { backoffMs, DEFAULT_BACKOFF } from './backoff.ts';

describe('delivery backoff', () => {
  it('doubles from 1 s and stops at 5 minutes', () => {
    const top = (n: number) => backoffMs(n, DEFAULT_BACKOFF, () => 1);
    expect([1, 2, 3, 4].map(top)).toEqual([1_000, 2_000, 4_000, 8_000]);
    expect(top(9)).toBe(256_000);
    expect(top(10)).toBe(300_000);
    expect(top(1_000)).toBe(300_000);
  });

  it('jitters within the upper half of the step', () => {
    expect(backoffMs(3, DEFAULT_BACKOFF, () => 0)).toBe(2_000);
    expect(backoffMs(3, DEFAULT_BACKOFF, () => 0.5)).toBe(3_000);
    for (let i = 0; i < 100; i += 1) {
      const wait = backoffMs(5);
      expect(wait).toBeGreaterThanOrEqual(8_000);
      expect(wait).toBeLessThanOrEqual(16_000);
    }
  });

  it('treats a first attempt (or nonsense) as the base step', () => {
    expect(backoffMs(0, DEFAULT_BACKOFF, () => 1)).toBe(1_000);
    expect(backoffMs(-3, DEFAULT_BACKOFF, () => 1)).toBe(1_000);
  });
});
