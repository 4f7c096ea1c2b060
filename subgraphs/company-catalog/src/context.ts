import type { CatalogLoaders, CompanyLinks } from '@portal/company-link';
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
}
