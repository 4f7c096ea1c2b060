import { describe, expect, it } from 'vitest';
import { grossMoney, netMoney, plainDecimal } from './money.ts';

describe('money', () => {
  it('shows net amounts with exactly two decimals', () => {
    expect(netMoney('6540', 'HUF')).toEqual({ amount: '6540.00', currency: 'HUF' });
    expect(netMoney('320.5', 'HUF').amount).toBe('320.50');
    expect(netMoney('-8000.00', 'HUF').amount).toBe('-8000.00');
    expect(netMoney('0.005', 'EUR').amount).toBe('0.01');
  });

  it('computes gross exactly, rounding half up once', () => {
    expect(grossMoney('6540.00', '27', 'HUF')).toEqual({ amount: '8305.80', currency: 'HUF' });
    expect(grossMoney('320', '27', 'HUF').amount).toBe('406.40');
    expect(grossMoney('0.10', '20', 'EUR').amount).toBe('0.12');
    // With binary floats (1.005).toFixed(2) is '1.00': 1.005 is stored as 1.00499999….
    expect(grossMoney('1.005', '0', 'EUR').amount).toBe('1.01');
    // 1.05 × 1.05 = 1.1025 → 1.10; 0.45 × 1.1 = 0.495 → 0.50 (half up, not banker's).
    expect(grossMoney('1.05', '5', 'EUR').amount).toBe('1.10');
    expect(grossMoney('0.45', '10', 'EUR').amount).toBe('0.50');
    expect(grossMoney('1656', '27', 'HUF').amount).toBe('2103.12');
    expect(grossMoney('99999999.99', '27', 'HUF').amount).toBe('126999999.99');
    expect(grossMoney('1000', '0', 'HUF').amount).toBe('1000.00');
  });

  it('rounds a negative (discount) gross symmetrically', () => {
    expect(grossMoney('-8000.00', '27', 'HUF').amount).toBe('-10160.00');
    expect(grossMoney('-0.45', '10', 'EUR').amount).toBe('-0.50');
  });

  it('prints decimals plainly for labels', () => {
    expect(plainDecimal('2.00')).toBe('2');
    expect(plainDecimal('0.40')).toBe('0.4');
    expect(plainDecimal('22')).toBe('22');
  });
});
