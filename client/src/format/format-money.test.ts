import { describe, expect, it } from 'vitest';
import { formatMoney } from './format-money.ts';

// Intl separates groups and the currency with no-break spaces; compare with plain ones.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatMoney', () => {
  it('shows forints whole, Hungarian style (four digits stay ungrouped, as in CLDR)', () => {
    expect(plain(formatMoney({ amount: '12345.00', currency: 'HUF' }, 'hu-HU'))).toBe('12 345 Ft');
    expect(plain(formatMoney({ amount: '6540.00', currency: 'HUF' }, 'hu-HU'))).toBe('6540 Ft');
  });

  it('shows forints English style with the code', () => {
    expect(plain(formatMoney({ amount: '12345.00', currency: 'HUF' }, 'en-GB'))).toBe('HUF 12,345');
  });

  it('rounds half up from the exact decimal text, never through a float', () => {
    expect(plain(formatMoney({ amount: '0.50', currency: 'HUF' }, 'hu-HU'))).toBe('1 Ft');
    expect(plain(formatMoney({ amount: '1.005', currency: 'HUF' }, 'hu-HU'))).toBe('1 Ft');
    // Beyond Number.MAX_SAFE_INTEGER a float would lose the last digits.
    expect(plain(formatMoney({ amount: '9007199254740993.00', currency: 'HUF' }, 'hu-HU'))).toBe(
      '9 007 199 254 740 993 Ft',
    );
  });

  it('signs negatives (discounts) and never shows a negative zero', () => {
    expect(plain(formatMoney({ amount: '-500.00', currency: 'HUF' }, 'hu-HU'))).toBe('-500 Ft');
    expect(plain(formatMoney({ amount: '-0.40', currency: 'HUF' }, 'hu-HU'))).toBe('0 Ft');
  });

  it('keeps the cents of other currencies', () => {
    expect(plain(formatMoney({ amount: '12345.50', currency: 'EUR' }, 'hu-HU'))).toBe(
      '12 345,50 EUR',
    );
    expect(plain(formatMoney({ amount: '12345.50', currency: 'EUR' }, 'en-GB'))).toBe('€12,345.50');
  });

  it('falls back to the name when the currency is not an ISO code', () => {
    expect(plain(formatMoney({ amount: '1200.50', currency: 'Ft' }, 'hu-HU'))).toBe('1200,5 Ft');
  });

  it('shows text that is not a decimal as it came', () => {
    expect(formatMoney({ amount: 'n/a', currency: 'HUF' }, 'hu-HU')).toBe('n/a HUF');
  });
});
