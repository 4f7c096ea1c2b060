import { Decimal } from 'decimal.js';

/** Exact arithmetic for money: far more digits than any price has, halves rounded up. */
const Exact = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

/** The GraphQL `Money` value. */
export interface Money {
  /** Exact decimal string with two decimals. */
  amount: string;
  currency: string;
}

/** A net amount from the catalog as `Money` (two decimals, half up). */
export function netMoney(amount: string, currency: string): Money {
  return { amount: new Exact(amount).toFixed(2, Decimal.ROUND_HALF_UP), currency };
}

/** gross = net × (1 + rate / 100), rounded once to two decimals, half up. */
export function grossMoney(net: string, vatRatePercent: string, currency: string): Money {
  const factor = new Exact(vatRatePercent).div(100).plus(1);
  return {
    amount: new Exact(net).times(factor).toFixed(2, Decimal.ROUND_HALF_UP),
    currency,
  };
}

/** A decimal without trailing zeros, e.g. `2.00` → `2`, for labels. */
export function plainDecimal(value: string): string {
  return new Exact(value).toFixed();
}
