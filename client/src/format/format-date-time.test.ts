import { describe, expect, it } from 'vitest';
import { formatDateTime } from './format-date-time.ts';

describe('formatDateTime', () => {
  it('writes the Hungarian date and the time of day', () => {
    expect(formatDateTime('2026-11-24T09:30:00.000Z', 'hu-HU', 'Europe/Budapest')).toBe(
      '2026. 11. 24. 10:30',
    );
  });

  it('writes the English date day first with the time', () => {
    expect(formatDateTime('2026-11-24T09:30:00.000Z', 'en-GB', 'Europe/Budapest')).toBe(
      '24/11/2026, 10:30',
    );
  });

  it('returns text that is not a date unchanged', () => {
    expect(formatDateTime('soon', 'hu-HU')).toBe('soon');
  });
});
