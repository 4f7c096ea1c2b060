import { describe, expect, it } from 'vitest';
import { usageDays, usageTotals } from './api-key-usage-days.ts';

describe('API key usage days', () => {
  it('fills the days without use with zeros, oldest first, ending today (UTC)', () => {
    const days = usageDays(
      [
        { day: '2026-11-24', requests: 5, errors: 1, rateLimited: 0 },
        { day: '2026-11-01', requests: 2, errors: 0, rateLimited: 2 },
        { day: '2026-10-01', requests: 99, errors: 0, rateLimited: 0 },
      ],
      new Date('2026-11-24T23:30:00Z'),
      30,
    );
    expect(days).toHaveLength(30);
    expect(days[0]?.day).toBe('2026-10-26');
    expect(days[29]).toEqual({ day: '2026-11-24', requests: 5, errors: 1, rateLimited: 0 });
    expect(days.find((d) => d.day === '2026-11-01')?.rateLimited).toBe(2);
    expect(usageTotals(days)).toEqual({ requests: 7, errors: 1, rateLimited: 2 });
  });
});
