import type { Identity } from '@portal/identity';
import type DataLoader from 'dataloader';
import type { AccountServices } from './auth/account-services.ts';
import type { RequestMeta } from './auth/audit-log.ts';
import type { AdminCompanies } from './companies/admin-companies.ts';
import type { AdminCustomerRows } from './data/admin-customer-rows.ts';
import type { AdminOpsRows } from './data/admin-ops-rows.ts';
import type { ApiKeyUsageRows } from './data/api-key-usage-rows.ts';
import type { CompanyRows } from './data/company-rows.ts';
import type { OrderRow, OrderRows } from './data/order-rows.ts';
import type { QuoteRows } from './data/quote-rows.ts';
import type { SubmissionRows } from './data/submission-rows.ts';
import type { QuotePricer } from './quotes/quote-pricer.ts';
import type { RecentErrorsService } from './system/recent-errors.ts';
import type { SystemHealthService } from './system/system-health.ts';

/** Everything a portal resolver may use; built per request. */
export interface PortalContext {
  requestId: string;
  /** Who calls, as the gateway verified and signed it; `permissions.ts` and resolvers use it. */
  identity: Identity;
  /** The caller is a customer whose session was ended by disabling the account: the whole
   * operation is refused with UNAUTHENTICATED (`auth/customer-access.ts`). */
  sessionEnded: boolean;
  /** The request id and the client's address (from the gateway), for the audit log. */
  meta: RequestMeta;
  /** Whether `Query.devMailbox` is served: development/embedded mode without SMTP only. */
  devMailbox: boolean;
  companies: CompanyRows;
  /** The company registry for admins (`companies/admin-companies.ts`); never returns keys. */
  adminCompanies: AdminCompanies;
  /** Accounts, sessions, admins, API keys and mail (`auth/account-services.ts`). */
  accounts: AccountServices;
  /** The caller's saved quotes, under RLS as the customer (`data/quote-rows.ts`). */
  quotes: QuoteRows;
  /** The caller's orders, under RLS as the customer (`data/order-rows.ts`). */
  orders: OrderRows;
  /** Partner keys' requests per day (`ApiKey.usage`; written by the gateway's flush). */
  apiKeyUsage: ApiKeyUsageRows;
  /** The admin panel's customers, delivery queue, mail and dashboard reads (service-side;
   * only the admin namespace and admin mutations use them). */
  adminData: { customers: AdminCustomerRows; ops: AdminOpsRows };
  /** `Quote.order`, batched per request (`orders/order-loader.ts`). */
  orderOfQuote: DataLoader<string, OrderRow | null>;
  /** Prices drafts on save from the company's catalog; null when the portal has no company
   * access configured (`PORTAL_ENCRYPTION_KEY`), and drafts save unpriced. */
  quotePricer: QuotePricer | null;
  /** The submission outbox (`data/submission-rows.ts`); null without company access, and
   * `submitQuote` answers `PRICING_UNAVAILABLE`. */
  submissions: SubmissionRows | null;
  /** Tells the delivery worker a quote was just submitted (nothing when it does not run). */
  wakeDelivery: () => void;
  /** Services' and companies' health for `AdminQuery.systemHealth` (`system/`). */
  systemHealth: SystemHealthService;
  /** Every service's recent unexpected errors for `AdminQuery.recentErrors` (`system/`). */
  recentErrors: RecentErrorsService;
}
