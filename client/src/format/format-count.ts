/** A whole count in the locale: `12 345` (hu-HU), `12,345` (en-GB). */
export function formatCount(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}
