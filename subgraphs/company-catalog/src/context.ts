import type { CatalogCache, CatalogLoaders, CompanyLinks } from '@portal/company-link';
import type { Identity } from '@portal/identity';
import type { CustomerDiscounts } from './preview/customer-discount.ts';

/** Everything a catalog resolver may use; built per request. */
export interface CatalogContext {
  requestId: string;
  /** Who calls, as the gateway verified and signed it; `permissions.ts` uses it. */
  identity: Identity;
  /** Long-lived, shared by all requests. */
  links: CompanyLinks;
  /** This request's batching and dedup of company calls. */
  loaders: CatalogLoaders;
  /**
   * Priced previews by (company, catalog version, input): pricing is pure, so the same cut
   * list against the same catalog is laid out once. Long-lived; absent when caching is off.
   */
  previewResults?: CatalogCache;
  /**
   * The caller's discount at a company, from the portal (`preview/customer-discount.ts`).
   * Absent only in tests that build the subgraph without a portal: previews are then priced
   * without any discount.
   */
  discounts?: CustomerDiscounts;
  /** `compareQuote`'s deadline per company, ms (default 5000; `compare/compare-quote.ts`). */
  compareTimeoutMs?: number;
}
