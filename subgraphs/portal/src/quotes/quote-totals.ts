import type { QuoteRow } from '../data/quote-rows.ts';

const money = (amount: string, currency: string) => ({ amount, currency });

/** A stored price as the API's `QuoteTotals`; null while unpriced. */
export function quoteTotals(priced: QuoteRow['priced']) {
  return (
    priced && {
      net: money(priced.net, priced.currency),
      vat: money(priced.vat, priced.currency),
      gross: money(priced.gross, priced.currency),
      discountPercent: priced.discountPercent,
      final: money(priced.final, priced.currency),
    }
  );
}
