import type { Identity } from '@portal/identity';
import type { AccountServices } from './auth/account-services.ts';
import type { CompanyRows } from './data/company-rows.ts';

/** Everything a portal resolver may use; built per request. */
export interface PortalContext {
  requestId: string;
  /** Who calls, as the gateway verified and signed it; `permissions.ts` and resolvers use it. */
  identity: Identity;
  companies: CompanyRows;
  /** Accounts, sessions, admins, API keys and mail (`auth/account-services.ts`). */
  accounts: AccountServices;
}
