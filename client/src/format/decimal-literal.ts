/**
 * An exact decimal string from the API (`"6540.00"`, `"-500"`) as the literal type Intl accepts.
 * Intl formats such a string exactly, so money never passes through a binary float here.
 * Returns undefined for anything else, so callers can show the raw text instead of `NaN`.
 */
export function decimalLiteral(value: string): `${number}` | undefined {
  return /^-?\d+(\.\d+)?$/.test(value) ? (value as `${number}`) : undefined;
}

/** Whether an exact decimal string is below zero (`"-0.00"` is not), read from its text. */
export function isNegativeDecimal(value: string): boolean {
  return decimalLiteral(value) !== undefined && value.startsWith('-') && /[1-9]/.test(value);
}
