import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limiter.ts';

describe('rate limiter', () => {
  it('allows the limit per window per key, then says how long to wait', () => {
    let now = 1_000_000;
    const limiter = new RateLimiter(3, 60_000, () => now);
    expect([limiter.take('a'), limiter.take('a'), limiter.take('a')]).toEqual([0, 0, 0]);
    expect(limiter.take('a')).toBe(60);
    expect(limiter.take('b')).toBe(0);
    now += 45_500;
    expect(limiter.take('a')).toBe(15);
    now += 14_500;
    expect(limiter.take('a')).toBe(0);
  });

  it('counts a cost of several attempts at once and refuses it whole', () => {
    const limiter = new RateLimiter(5, 60_000, () => 0);
    expect(limiter.take('ip', 4)).toBe(0);
    expect(limiter.take('ip', 2)).toBe(60);
    expect(limiter.take('ip', 1)).toBe(0);
  });

  it('tells the limit, what is left and when it resets, for the RateLimit headers', () => {
    let now = 0;
    const limiter = new RateLimiter(2, 60_000, () => now);
    expect(limiter.peek('k')).toEqual({ limit: 2, remaining: 2, resetSeconds: 60, allowed: true });
    expect(limiter.attempt('k')).toEqual({
      limit: 2,
      remaining: 1,
      resetSeconds: 60,
      allowed: true,
    });
    now = 20_500;
    expect(limiter.attempt('k')).toMatchObject({ remaining: 0, resetSeconds: 40, allowed: true });
    expect(limiter.attempt('k')).toMatchObject({ remaining: 0, resetSeconds: 40, allowed: false });
    expect(limiter.peek('k')).toMatchObject({ remaining: 0, allowed: false });
    expect(limiter.windowSeconds).toBe(60);
    now = 60_000;
    expect(limiter.peek('k')).toMatchObject({ remaining: 2, resetSeconds: 60 });
  });
});
