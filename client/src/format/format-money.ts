import { decimalLiteral } from './decimal-literal.ts';

export interface MoneyValue {
  /** Exact decimal string, e.g. `"6540.00"`. */
  amount: string;
  /** Currency name from the company's catalog, normally an ISO 4217 code such as `HUF`. */
  currency: string;
}

// Forints are shown whole (`12 345 Ft`), as on Hungarian invoices and price lists.
const WHOLE_UNIT_CURRENCIES = new Set(['HUF']);

const formatters = new Map<string, Intl.NumberFormat | null>();

function currencyFormatter(locale: string, currency: string): Intl.NumberFormat | null {
  const key = `${locale}|${currency}`;
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    try {
      formatter = new Intl.NumberFormat(locale, {
        style: 'currency',
        currency,
        signDisplay: 'negative',
        ...(WHOLE_UNIT_CURRENCIES.has(currency.toUpperCase())
          ? { minimumFractionDigits: 0, maximumFractionDigits: 0 }
          : {}),
      });
    } catch {
      // A company may name its currency freely (`Ft`); such names are not ISO codes.
      formatter = null;
    }
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * Money in the locale: `12 345 Ft` (hu-HU), `HUF 12,345` (en-GB). The amount is formatted from
 * its exact decimal text; the client never calculates with money.
 */
export function formatMoney(money: MoneyValue, locale: string): string {
  const literal = decimalLiteral(money.amount);
  if (literal === undefined) return `${money.amount} ${money.currency}`;
  const formatter = currencyFormatter(locale, money.currency);
  if (formatter) return formatter.format(literal);
  const number = new Intl.NumberFormat(locale, {
    maximumFractionDigits: 2,
    signDisplay: 'negative',
  });
  return `${number.format(literal)} ${money.currency}`;
}
