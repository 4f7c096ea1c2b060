import { createHash } from 'node:crypto';
import type { QuoteInput, ResolversTypes } from '../__generated__/resolvers-types.ts';
import type { CatalogContext } from '../context.ts';
import type { PreviewCatalog } from './preview-catalog.ts';
import { pricePreview } from './price-preview.ts';

type QuotePricingModel = ResolversTypes['QuotePricing'];

/**
 * `pricePreview` through the long-lived cache of priced previews (`ctx.previewResults`), keyed
 * by company, catalog version, discount and input: pricing is pure, so the same cut list against
 * the same catalog is laid out once. `previewQuote` and `compareQuote` share it, so a comparison
 * after a preview of the same lines costs no layout.
 */
export function pricedWithCache(
  ctx: CatalogContext,
  companyId: string,
  input: QuoteInput,
  catalog: PreviewCatalog,
  discountPercent: string,
): QuotePricingModel {
  const results = ctx.previewResults;
  // Coerced input keeps the schema's field order, so equal cut lists give equal keys.
  const key = createHash('sha256')
    .update(JSON.stringify([discountPercent, input]))
    .digest('base64url');
  const cached = results?.get<QuotePricingModel>(companyId, catalog.version, 'previewQuote', key);
  if (cached) return { ...cached, pricedAt: new Date().toISOString() };
  const priced = pricePreview(companyId, input, catalog, { discountPercent });
  results?.set(companyId, catalog.version, 'previewQuote', key, priced);
  return priced;
}
