import type { CatalogLoaders, CompanyLinks } from '@portal/company-link';

/** Everything a catalog resolver may use; built per request. */
export interface CatalogContext {
  requestId: string;
  /** Long-lived, shared by all requests. */
  links: CompanyLinks;
  /** This request's batching and dedup of company calls. */
  loaders: CatalogLoaders;
}
