import { PricingInputError } from '../pricing-input-error.ts';
import { Decimal } from './money.ts';

/** The contract's exact decimal strings: "12345.00", "27", "-500", "0.65". */
const DECIMAL = /^-?\d{1,15}(\.\d{1,10})?$/;

export interface DecimalRange {
  min?: string;
  max?: string;
  /** When true, `min` itself is refused (a strictly positive multiplier). */
  minExclusive?: boolean;
}

/** Parses an exact decimal string, or throws a typed error naming `field`. */
export function decimalInput(
  value: unknown,
  field: string,
  what: string,
  range: DecimalRange = {},
): Decimal {
  if (typeof value !== 'string' || !DECIMAL.test(value)) {
    throw new PricingInputError(
      'INVALID_VALUE',
      `${what} must be a decimal number written as a string (e.g. "12.50"), got ${JSON.stringify(value) ?? String(value)}.`,
      field,
    );
  }
  const d = new Decimal(value);
  const { min, max, minExclusive } = range;
  const low = min === undefined ? false : minExclusive ? d.lte(min) : d.lt(min);
  const high = max === undefined ? false : d.gt(max);
  if (low || high) {
    const from = min === undefined ? '' : `${minExclusive ? 'above' : 'from'} ${min}`;
    const to = max === undefined ? '' : `${min === undefined ? 'at most' : 'to'} ${max}`;
    throw new PricingInputError(
      'INVALID_VALUE',
      `${what} must be ${[from, to].filter(Boolean).join(' ')}, got ${value}.`,
      field,
    );
  }
  return d;
}
