import type { QuoteResolvers, QuoteStatus } from '../__generated__/resolvers-types.ts';
import { isUuid } from '../data/uuid.ts';
import { priceChanges } from '../quotes/price-changes.ts';
import { quoteReaderId } from '../quotes/quote-actor.ts';
import { quoteTotals } from '../quotes/quote-totals.ts';

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
};
