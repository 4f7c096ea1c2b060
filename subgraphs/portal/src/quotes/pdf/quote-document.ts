import type { QuotePricing } from '@portal/pricing';
import type { BillingRow } from '../../data/customer-rows.ts';
import type { QuoteRow } from '../../data/quote-rows.ts';

/**
 * Everything the quote PDF prints, gathered before rendering so the renderer is pure (no I/O,
 * no clock): the stored quote, who it is for, the catalog's names, and the breakdown.
 */
export interface QuoteDocument {
  quote: QuoteRow;
  customer: { name: string; email: string; billing: BillingRow };
  /** Catalog names by row id (lower-case); a missing name prints a short id. */
  names: ReadonlyMap<string, string>;
  /**
   * The per-material breakdown computed again from the quote's price snapshot; null when it
   * cannot be (unpriced, or the catalog could not be read) or it would not add up to the stored
   * totals. The stored totals are always what the PDF prints as totals.
   */
  breakdown: QuotePricing | null;
}

/** A catalog row's name, or a short form of its id when the catalog did not give one. */
export function nameOf(names: ReadonlyMap<string, string>, id: string): string {
  return names.get(id.toLowerCase()) ?? `#${id.slice(0, 8)}`;
}
