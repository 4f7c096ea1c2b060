import { describe, expect, it } from 'vitest';
import { isNegativeDecimal } from './decimal-literal.ts';
import { formatCount } from './format-count.ts';
import { formatDecimal } from './format-decimal.ts';

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatDecimal', () => {
  it('drops trailing zeros and uses the decimal comma in Hungarian', () => {
    expect(formatDecimal('27.00', 'hu-HU')).toBe('27');
    expect(formatDecimal('0.45', 'hu-HU')).toBe('0,45');
    expect(formatDecimal('0.45', 'en-GB')).toBe('0.45');
  });

  it('returns text that is not a decimal unchanged', () => {
    expect(formatDecimal('', 'hu-HU')).toBe('');
    expect(formatDecimal('1e3', 'hu-HU')).toBe('1e3');
  });
});

describe('formatCount', () => {
  it('groups thousands by the locale', () => {
    expect(plain(formatCount(12345, 'hu-HU'))).toBe('12 345');
    expect(formatCount(12345, 'en-GB')).toBe('12,345');
  });
});

describe('isNegativeDecimal', () => {
  it('reads the sign from the text', () => {
    expect(isNegativeDecimal('-500.00')).toBe(true);
    expect(isNegativeDecimal('-0.01')).toBe(true);
    expect(isNegativeDecimal('-0.00')).toBe(false);
    expect(isNegativeDecimal('500.00')).toBe(false);
    expect(isNegativeDecimal('-abc1')).toBe(false);
  });
});
