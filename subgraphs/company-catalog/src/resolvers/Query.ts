import { isUuid } from '@portal/company-link';
import { BadUserInputError } from '@portal/errors';
import type { QueryResolvers } from '../__generated__/resolvers-types.ts';
import { fromCompany } from '../company-errors.ts';
import { compareQuote } from '../compare/compare-quote.ts';
import { pricedWithCache } from '../preview/cached-pricing.ts';
import { checkCatalogIds, loadPreviewCatalog } from '../preview/preview-catalog.ts';
import { checkPreviewInput } from '../preview/preview-limits.ts';

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
    // The customer's discount comes from the portal (never from the input), asked alongside
    // the catalog; both are cached, so a warm preview waits for neither.
    const [catalog, discountPercent] = await Promise.all([
      loadPreviewCatalog(ctx, companyId, input),
      ctx.discounts ? ctx.discounts(ctx.identity, companyId, ctx.requestId) : '0',
    ]);
    checkCatalogIds(input, catalog);
    return pricedWithCache(ctx, companyId, input, catalog, discountPercent);
  },
  compareQuote(_parent, args, ctx) {
    return compareQuote(ctx, args);
  },
};
