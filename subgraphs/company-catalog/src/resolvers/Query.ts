import { createHash } from 'node:crypto';
import { isUuid } from '@portal/company-link';
import { BadUserInputError } from '@portal/errors';
import type { QueryResolvers, ResolversTypes } from '../__generated__/resolvers-types.ts';
import { fromCompany } from '../company-errors.ts';
import { checkCatalogIds, loadPreviewCatalog } from '../preview/preview-catalog.ts';
import { checkPreviewInput } from '../preview/preview-limits.ts';
import { pricePreview } from '../preview/price-preview.ts';

export const Query: QueryResolvers = {
  async previewQuote(_parent, { companyId, input }, ctx) {
    if (!isUuid(companyId)) {
      throw new BadUserInputError(
        `\`companyId\` '${companyId.slice(0, 60)}' is not a valid id`,
        'companyId',
      );
    }
    // Cheap checks first: a refused request costs no company call.
    checkPreviewInput(input);
    // NOT_FOUND for an unknown or deactivated company, before anything is asked of it.
    await fromCompany(ctx.links.get(companyId));
    const catalog = await loadPreviewCatalog(ctx, companyId, input);
    checkCatalogIds(input, catalog);
    // Discount hook: "0" until the portal's per-customer discount is resolved (see PreviewOptions).
    const discountPercent = '0';
    const results = ctx.previewResults;
    // Coerced input keeps the schema's field order, so equal cut lists give equal keys.
    const key = createHash('sha256')
      .update(JSON.stringify([discountPercent, input]))
      .digest('base64url');
    const cached = results?.get<ResolversTypes['QuotePricing']>(
      companyId,
      catalog.version,
      'previewQuote',
      key,
    );
    if (cached) return { ...cached, pricedAt: new Date().toISOString() };
    const priced = pricePreview(companyId, input, catalog, { discountPercent });
    results?.set(companyId, catalog.version, 'previewQuote', key, priced);
    return priced;
  },
};
