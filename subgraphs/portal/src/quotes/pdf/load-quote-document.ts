import { type CompanyLinks, createCatalogLoaders } from '@portal/company-link';
import type { CustomerRows } from '../../data/customer-rows.ts';
import type { QuoteRows } from '../../data/quote-rows.ts';
import { type MaterialShape, quoteBreakdown } from './quote-breakdown.ts';
import { loadQuoteCatalog } from './quote-catalog.ts';
import type { QuoteDocument } from './quote-document.ts';

export interface QuoteDocumentSources {
  quotes: QuoteRows;
  customers: CustomerRows;
  /** Catalog access for the rows' names; null when not configured (ids are printed instead). */
  companyLinks: CompanyLinks | null;
}

/**
 * Gathers what the PDF of one quote prints, as the customer under RLS: another customer's
 * quote, or one at a company the customer left, is null like in `Query.quote`. The names come
 * from the company's catalog now; when it cannot be asked the PDF still renders, with short
 * ids and without the breakdown.
 */
export async function loadQuoteDocument(
  sources: QuoteDocumentSources,
  customerId: string,
  quoteId: string,
): Promise<QuoteDocument | null> {
  const quote = await sources.quotes.byId(customerId, quoteId);
  if (!quote) return null;
  const [customer, billing] = await Promise.all([
    sources.customers.byId(customerId),
    sources.customers.billing(customerId),
  ]);
  const { names, materials } = sources.companyLinks
    ? await loadQuoteCatalog(createCatalogLoaders(sources.companyLinks), quote)
    : { names: new Map<string, string>(), materials: new Map<string, MaterialShape>() };
  return {
    quote,
    customer: { name: customer?.name ?? '', email: customer?.email ?? '', billing },
    names,
    breakdown: quoteBreakdown(quote, materials),
  };
}
