import { describe, expect, it } from 'vitest';
import { formatDate } from './format-date.ts';

describe('formatDate', () => {
  it('writes Hungarian dates year first with dots', () => {
    expect(formatDate('2026-11-24T09:30:00.000Z', 'hu-HU', 'Europe/Budapest')).toBe(
      '2026. 11. 24.',
    );
  });

  it('writes English dates day first', () => {
    expect(formatDate('2026-11-24T09:30:00.000Z', 'en-GB', 'Europe/Budapest')).toBe('24/11/2026');
  });

  it('uses the given time zone for the calendar day', () => {
    expect(formatDate('2026-11-24T23:30:00.000Z', 'hu-HU', 'Europe/Budapest')).toBe(
      '2026. 11. 25.',
    );
  });

  it('returns text that is not a date unchanged', () => {
    expect(formatDate('soon', 'hu-HU')).toBe('soon');
  });
});
