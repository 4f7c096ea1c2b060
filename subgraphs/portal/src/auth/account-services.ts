import type { Db } from '@portal/db';
import { createAdminRows } from '../data/admin-rows.ts';
import { createApiKeyRows } from '../data/api-key-rows.ts';
import { createAuditLogRows } from '../data/audit-log-rows.ts';
import type { CompanyRows } from '../data/company-rows.ts';
import { createCustomerAccountRows } from '../data/customer-accounts.ts';
import { createCustomerCompanyRows } from '../data/customer-company-rows.ts';
import { createCustomerRows } from '../data/customer-rows.ts';
import { createMailOutbox } from '../data/mail-outbox.ts';
import { createMailTemplateRows } from '../data/mail-template-rows.ts';
import { createSessionRows } from '../data/session-rows.ts';
import { createSignInAttempts } from '../data/sign-in-attempts.ts';
import type { Mailer } from '../mail/mailer.ts';
import { createOutboxMailer } from '../mail/outbox-mailer.ts';
import { withMailTemplates } from '../mail/templated-mailer.ts';
import { createAccessTokens } from './access-tokens.ts';
import { createAdminAccounts } from './admin-accounts.ts';
import { createApiKeys } from './api-keys.ts';
import { createAuditLog } from './audit-log.ts';
import { createCustomerAccounts } from './customer-accounts.ts';
import { createLockout } from './lockout.ts';
import { createSessions } from './sessions.ts';
import { generateSigningJwk, parseSigningJwk } from './signing-key.ts';

export interface AccountServicesOptions {
  db: Db;
  companies: CompanyRows;
  /** `AUTH_SIGNING_JWK`; a throwaway key when absent (tests: tokens die with the process). */
  signingJwk?: string | undefined;
  /** Mail over SMTP, or the outbox (default) that the dev mail page and the log show. */
  mailer?: Mailer | undefined;
  /** Where the client is served; links in mails point here. A function when it is known only
   * after start (the embedded gateway on a free port). */
  publicUrl?: string | (() => string) | undefined;
  log?: ((line: string) => void) | undefined;
}

/** Accounts, sessions, admins, API keys and mail: built once per subgraph, stateless per request. */
export function createAccountServices(options: AccountServicesOptions) {
  const { db, companies } = options;
  const log = options.log ?? ((line: string) => console.log(line));
  const accessTokens = createAccessTokens(
    parseSigningJwk(options.signingJwk ?? generateSigningJwk()),
  );
  const audit = createAuditLog(createAuditLogRows(db));
  const sessionRows = createSessionRows(db);
  const sessions = createSessions(sessionRows, accessTokens, audit);
  const attempts = createSignInAttempts(db);
  const lockout = createLockout(attempts);
  const outbox = createMailOutbox(db);
  // Admins' template overrides (Settings) apply to every mail, account and order mails alike.
  const mailTemplates = createMailTemplateRows(db);
  const mailer = withMailTemplates(
    options.mailer ?? createOutboxMailer(outbox, log),
    mailTemplates,
    log,
  );
  const customerRows = createCustomerRows(db);
  const customerCompanies = createCustomerCompanyRows(db);
  const customerAccounts = createCustomerAccounts({
    rows: createCustomerAccountRows(db),
    customers: customerRows,
    companies,
    sessionRows,
    sessions,
    lockout,
    attempts,
    mailer,
    publicUrl: options.publicUrl ?? 'http://127.0.0.1:4000',
    log,
    audit,
  });
  return {
    accessTokens,
    sessions,
    mailer,
    outbox,
    mailTemplates,
    customerRows,
    customerCompanies,
    customerAccounts,
    adminAccounts: createAdminAccounts({ rows: createAdminRows(db), sessions, lockout, audit }),
    apiKeys: createApiKeys(createApiKeyRows(db), companies, audit),
    /** The append-only audit log: security events, and `recordAdminAction` for admin code. */
    audit,
  };
}

export type AccountServices = ReturnType<typeof createAccountServices>;
