import type { Identity } from '@portal/identity';
import type { AccountServices } from './auth/account-services.ts';
import type { CompanyRows } from './data/company-rows.ts';
import type { QuoteRows } from './data/quote-rows.ts';
import type { QuotePricer } from './quotes/quote-pricer.ts';

/** Everything a portal resolver may use; built per request. */
export interface PortalContext {
  requestId: string;
  /** Who calls, as the gateway verified and signed it; `permissions.ts` and resolvers use it. */
  identity: Identity;
  companies: CompanyRows;
  /** Accounts, sessions, admins, API keys and mail (`auth/account-services.ts`). */
  accounts: AccountServices;
  /** The caller's saved quotes, under RLS as the customer (`data/quote-rows.ts`). */
  quotes: QuoteRows;
  /** Prices drafts on save from the company's catalog; null when the portal has no company
   * access configured (`PORTAL_ENCRYPTION_KEY`), and drafts save unpriced. */
  quotePricer: QuotePricer | null;
}
