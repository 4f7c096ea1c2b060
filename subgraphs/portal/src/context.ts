import type { CompanyRows } from './data/company-rows.ts';

/** Everything a portal resolver may use; built per request. */
export interface PortalContext {
  requestId: string;
  companies: CompanyRows;
}
