import { PricingInputError } from './pricing-input-error.ts';

/** Returns `value` when it is an integer in [min, max]; otherwise a typed error naming `field`. */
export function wholeNumber(
  value: unknown,
  min: number,
  max: number,
  field: string,
  what: string,
): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new PricingInputError(
      'INVALID_VALUE',
      `${what} must be a whole number from ${min} to ${max}, got ${String(value)}.`,
      field,
    );
  }
  return value;
}
