import { decimalLiteral } from './decimal-literal.ts';

/** A decimal such as a VAT rate or a thickness in the locale: `"27.00"` → `27`, `"0.45"` → `0,45`. */
export function formatDecimal(value: string, locale: string, maximumFractionDigits = 2): string {
  const literal = decimalLiteral(value);
  if (literal === undefined) return value;
  return new Intl.NumberFormat(locale, { maximumFractionDigits }).format(literal);
}
