import { describe, expect, it } from 'vitest';
import { createCircuitBreaker, createConcurrencyLimit } from './resilience.ts';

describe('circuit breaker', () => {
  it('opens after N consecutive failures, lets one probe through after the cool-down', () => {
    let now = 1_000;
    const changes: string[] = [];
    const breaker = createCircuitBreaker({ failureThreshold: 3, cooldownMs: 500, now: () => now });
    breaker.onChange((s) => changes.push(s));

    for (let i = 0; i < 2; i++) {
      expect(breaker.tryAcquire()).toBe(true);
      breaker.failure();
    }
    // A success resets the count: failures must be consecutive.
    breaker.success();
    for (let i = 0; i < 3; i++) {
      expect(breaker.tryAcquire()).toBe(true);
      breaker.failure();
    }
    expect(breaker.state).toBe('open');
    expect(breaker.retryAt).toBe(1_500);
    expect(breaker.tryAcquire()).toBe(false);

    now = 1_499;
    expect(breaker.tryAcquire()).toBe(false);
    now = 1_500;
    expect(breaker.state).toBe('half-open');
    expect(breaker.tryAcquire()).toBe(true); // the probe
    expect(breaker.tryAcquire()).toBe(false); // others wait for its result
    breaker.failure(); // the probe failed: open again for a new cool-down
    expect(breaker.state).toBe('open');
    expect(breaker.tryAcquire()).toBe(false);

    now = 2_000;
    expect(breaker.tryAcquire()).toBe(true);
    breaker.success();
    expect(breaker.state).toBe('closed');
    expect(breaker.tryAcquire()).toBe(true);
    expect(changes).toEqual(['open', 'half-open', 'open', 'half-open', 'closed']);
  });
});

describe('concurrency limit', () => {
  it('holds calls beyond the limit until a slot is released, in order', async () => {
    const limit = createConcurrencyLimit(2);
    const a = await limit.acquire();
    const b = await limit.acquire();
    const order: string[] = [];
    const c = limit.acquire().then((r) => {
      order.push('c');
      return r;
    });
    const d = limit.acquire().then((r) => {
      order.push('d');
      return r;
    });
    await Promise.resolve();
    expect(limit.active).toBe(2);
    expect(limit.waiting).toBe(2);
    expect(order).toEqual([]);
    a!();
    a!(); // releasing twice frees one slot only
    const releaseC = await c;
    expect(order).toEqual(['c']);
    expect(limit.waiting).toBe(1);
    b!();
    const releaseD = await d;
    expect(order).toEqual(['c', 'd']);
    releaseC!();
    releaseD!();
    expect(limit.active).toBe(0);
  });

  it('gives up waiting when the signal aborts (the call timed out)', async () => {
    const limit = createConcurrencyLimit(1);
    const held = await limit.acquire();
    const controller = new AbortController();
    const waiting = limit.acquire(controller.signal);
    controller.abort();
    expect(await waiting).toBeNull();
    expect(limit.waiting).toBe(0);
    held!();
    expect(limit.active).toBe(0);
  });
});
