import type { CatalogCache, CatalogLoaders, CompanyLinks } from '@portal/company-link';
import type { Identity } from '@portal/identity';

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
}
