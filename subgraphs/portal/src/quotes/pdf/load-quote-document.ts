import { type CompanyLinks, createCatalogLoaders, isCompanyLinkError } from '@portal/company-link';
import type { CustomerRows } from '../../data/customer-rows.ts';
import type { QuoteRows } from '../../data/quote-rows.ts';
import { type MaterialShape, quoteBreakdown } from './quote-breakdown.ts';
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
  const names = new Map<string, string>();
  const materials = new Map<string, MaterialShape>();
  if (sources.companyLinks) {
    const loaders = createCatalogLoaders(sources.companyLinks);
    const companyId = quote.company.id;
    const all = <T>(
      loader: { load(key: { companyId: string; id: string }): Promise<T | null> },
      ids: Iterable<string>,
    ) =>
      Promise.all(
        [...new Set([...ids].map((id) => id.toLowerCase()))].map((id) =>
          loader.load({ companyId, id }),
        ),
      );
    try {
      const [m, e, a, f] = await Promise.all([
        all(
          loaders.materials,
          quote.panels.map((p) => p.materialId),
        ),
        all(
          loaders.edgeBandings,
          quote.panels.flatMap((p) =>
            [p.edgeBandingA, p.edgeBandingB, p.edgeBandingC, p.edgeBandingD].filter(
              (id): id is string => id !== null,
            ),
          ),
        ),
        all(
          loaders.accessories,
          quote.accessories.map((x) => x.accessoryId),
        ),
        all(
          loaders.feeTypes,
          quote.fees.map((x) => x.feeTypeId),
        ),
      ]);
      for (const row of [...m, ...a, ...f]) if (row) names.set(row.id.toLowerCase(), row.name);
      // An edge banding has no name of its own: type, decor and size say which one it is.
      for (const row of e) {
        if (row) {
          names.set(
            row.id.toLowerCase(),
            `${row.type} ${row.decor} ${row.widthMm}×${Number(row.thicknessMm)} mm`,
          );
        }
      }
      for (const row of m) if (row) materials.set(row.id.toLowerCase(), row);
    } catch (error) {
      if (!isCompanyLinkError(error)) throw error;
    }
  }
  return {
    quote,
    customer: { name: customer?.name ?? '', email: customer?.email ?? '', billing },
    names,
    breakdown: quoteBreakdown(quote, materials),
  };
}
