import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  isNearlyExpired,
  REFRESH_LEAD_MS,
  RefreshTimer,
  refreshDelayMs,
} from './refresh-schedule.ts';

describe('refreshDelayMs', () => {
  it('refreshes a ten-minute token a minute before it expires', () => {
    expect(refreshDelayMs(600_000, 0)).toBe(600_000 - REFRESH_LEAD_MS);
  });

  it('keeps a fifth of the time in hand for short-lived tokens', () => {
    expect(refreshDelayMs(20_000, 0)).toBe(16_000);
  });

  it('refreshes at once when the moment has passed', () => {
    expect(refreshDelayMs(1_000, 5_000)).toBe(0);
    expect(refreshDelayMs(5_000, 5_000)).toBe(0);
  });
});

describe('isNearlyExpired', () => {
  it('refuses to send a token in its last ten seconds', () => {
    expect(isNearlyExpired(100_000, 89_999)).toBe(false);
    expect(isNearlyExpired(100_000, 90_000)).toBe(true);
    expect(isNearlyExpired(100_000, 200_000)).toBe(true);
  });
});

describe('RefreshTimer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once when its time comes', () => {
    const timer = new RefreshTimer();
    const run = vi.fn();
    timer.schedule(540_000, run);
    vi.advanceTimersByTime(539_999);
    expect(run).not.toHaveBeenCalled();
    expect(timer.pending).toBe(true);
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
    expect(timer.pending).toBe(false);
  });

  it('replaces the previous schedule and can be cancelled', () => {
    const timer = new RefreshTimer();
    const first = vi.fn();
    const second = vi.fn();
    timer.schedule(1_000, first);
    timer.schedule(2_000, second);
    vi.advanceTimersByTime(5_000);
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);

    timer.schedule(1_000, first);
    timer.cancel();
    vi.advanceTimersByTime(5_000);
    expect(first).not.toHaveBeenCalled();
  });
});
