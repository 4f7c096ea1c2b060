import { Decimal } from './money.ts';

/**
 * Gross for display in whole currency units (HUF is shown in whole forints):
 * round(net) + round(vat), each half-up, so the figures a customer adds up on the page agree.
 * Takes and returns decimal strings; stored money keeps its two decimals.
 */
export function displayGross(net: string, vat: string): string {
  const whole = (value: string) => new Decimal(value).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  return whole(net).add(whole(vat)).toFixed(0);
}
