/**
 * Per-field corrections to the cost estimate (`query-cost.ts`), by `Type.field` of the public
 * schema — the gateway's counterpart of the `@listSize(assumedSize:)` and `@cost(weight:)`
 * directives of the GraphQL cost specs, kept here because the supergraph is composed with
 * federation 2.7, which has neither. Why these numbers: docs/decisions/008-cost-of-previews.md.
 */
export interface CostHints {
  /** Items assumed for an unpaged list field instead of `UNPAGED_LIST_SIZE`. */
  listSizes: Readonly<Record<string, number>>;
  /** Cost of the field itself instead of 1, for fields that compute much more than they read. */
  weights: Readonly<Record<string, number>>;
}

export const COST_HINTS: CostHints = {
  /**
   * `previewQuote` computes one layout; its lists are views of it, so a list nested in another
   * is sized as its share, not as a new fan-out: about 10 boards of 10 pieces over 3 materials
   * (a 100-panel kitchen), whether the boards are selected under `QuotePricing.boards` or under
   * `materials { boards }` (3 × 4 ≈ 10).
   */
  listSizes: {
    'QuotePricing.materials': 3,
    'QuotePricing.boards': 10,
    'MaterialPricing.boards': 4,
    'MaterialPricing.edgeBandings': 2,
    'MaterialPricing.services': 3,
    // `compareQuote`: at most 5 companies (docs/compare.md).
    'QuoteComparison.companies': 5,
  },
  /**
   * Each `previewQuote` runs the optimizer over up to 50 000 pieces; with the limit of 5 000 a
   * request holds one full quote builder query, or at most four bare previews (aliases).
   */
  weights: {
    'Query.previewQuote': 1000,
    // Up to five layouts, but the cut list is one quote's and each company has a deadline.
    'Query.compareQuote': 2000,
  },
};
