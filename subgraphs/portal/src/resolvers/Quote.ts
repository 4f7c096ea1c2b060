import type { QuoteResolvers, QuoteStatus } from '../__generated__/resolvers-types.ts';
import { isUuid } from '../data/uuid.ts';
import { priceChanges } from '../quotes/price-changes.ts';
import { quoteReaderId } from '../quotes/quote-actor.ts';
import { PART_NAMES } from '../quotes/quote-operations.ts';
import { quoteTotals } from '../quotes/quote-totals.ts';
import { snapshotPricing } from '../quotes/snapshot-pricing.ts';
import { quoteDelivery } from '../submission/quote-delivery.ts';

export const Quote: QuoteResolvers = {
  // Entity lookups are scoped to the caller like `Query.quote`: another customer's id is null.
  __resolveReference: async (ref, ctx) => {
    const customerId = quoteReaderId(ctx.identity);
    if (!customerId || !isUuid(ref.id)) return null;
    return ctx.quotes.byId(customerId, ref.id);
  },
  status: (q) => q.status.toUpperCase() as QuoteStatus,
  company: (q) => q.company,
  panels: (q) =>
    q.panels.map((p) => ({
      ...p,
      hingeHoleSide:
        p.hingeHoleSide === 'long' ? 'LONG' : p.hingeHoleSide === 'short' ? 'SHORT' : null,
    })),
  // Null for a partner key without `orders:read`; one query for a whole page of quotes.
  order: (q, _args, ctx) => ctx.orderOfQuote.load(q.id),
  submittedAt: (q) => q.submission?.submittedAt ?? null,
  companyQuoteNumber: (q) => q.submission?.companyQuoteNumber ?? null,
  delivery: (q) => quoteDelivery(q.submission ?? null),
  totals: (q) => quoteTotals(q.priced),
  pricedAt: (q) => q.priced?.at ?? null,
  catalogVersion: (q) => q.priced?.catalogVersion ?? null,
  // Stale: the catalog changed since pricing AND a unit price, rate or setting the quote used
  // is different now (a version bump for an unrelated row is not stale). Unknown (null) when
  // unpriced, pricing is not configured or the company cannot be asked.
  stale: async (q, _args, ctx) => {
    if (!q.priced || !q.snapshot || !ctx.quotePricer) return null;
    const version = await ctx.quotePricer.catalogVersion(q.company.id);
    if (version === null) return null;
    if (version === q.snapshot.catalogVersion) return false;
    const now = await ctx.quotePricer.currentUnitPrices(q.company.id, q.snapshot);
    if (!now) return null;
    return priceChanges(q.snapshot, now).length > 0;
  },
  // The price as it was computed (the PDF's breakdown), whatever the catalog says today.
  snapshotPricing: async (q, _args, ctx) => {
    if (!q.priced || !q.snapshot || !ctx.quotePricer) return null;
    return snapshotPricing(q, await ctx.quotePricer.quoteCatalog(q));
  },
  // The same comparison as `stale`, itemised; the request's catalog loaders serve both.
  priceChanges: async (q, _args, ctx) => {
    if (!q.priced || !q.snapshot || !ctx.quotePricer) return null;
    const now = await ctx.quotePricer.currentUnitPrices(q.company.id, q.snapshot);
    if (!now) return null;
    return priceChanges(q.snapshot, now).map((c) => ({ ...c, part: PART_NAMES[c.part] }));
  },
};
