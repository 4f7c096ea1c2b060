import DecimalJs from 'decimal.js';

/**
 * Exact decimal arithmetic for money, areas and rates. 40 significant digits hold every
 * product of this library without rounding (sizes ≤ 10⁴ mm, prices ≤ 10¹² with two decimals),
 * so rounding happens only where `roundMoney` says. Half-up (away from zero on a tie), as
 * Hungarian invoices round. A private clone: the global Decimal settings stay untouched.
 */
export const Decimal = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
});
export type Decimal = DecimalJs;

export const ZERO = new Decimal(0);

/** Net, VAT and gross of a line or a total; decimal strings with two decimals. */
export interface Amounts {
  net: string;
  vat: string;
  gross: string;
}

/** One priced line: its amounts and the VAT rate (percent) they were computed with. */
export interface PricedLine extends Amounts {
  vatRate: string;
}

/** To the cent, half-up. */
export function roundMoney(value: Decimal): Decimal {
  return value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/**
 * The one place a line is rounded: the net to the cent, then the VAT computed from that
 * rounded net and rounded to the cent, gross = net + VAT. Totals add rounded lines, so every
 * total equals the sum of the lines shown.
 */
export function pricedLine(exactNet: Decimal, vatRate: Decimal): PricedLine {
  const net = roundMoney(exactNet);
  const vat = roundMoney(net.mul(vatRate).div(100));
  return {
    net: net.toFixed(2),
    vat: vat.toFixed(2),
    gross: net.add(vat).toFixed(2),
    vatRate: vatRate.toString(),
  };
}

export function sumAmounts(lines: readonly Amounts[]): Amounts {
  let net = ZERO;
  let vat = ZERO;
  let gross = ZERO;
  for (const line of lines) {
    net = net.add(line.net);
    vat = vat.add(line.vat);
    gross = gross.add(line.gross);
  }
  return { net: net.toFixed(2), vat: vat.toFixed(2), gross: gross.toFixed(2) };
}

/** An exact decimal as a plain string without exponent or trailing zeros ("1.2", "0.000441"). */
export function exact(value: Decimal): string {
  return value.toString();
}
