import { readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import {
  type CompanyLinksOptions,
  createCompanyLinkMetrics,
  createCompanyLinks,
  createDbCompanyDirectory,
} from '@portal/company-link';
import { type Db, pendingMigrations } from '@portal/db';
import { createRecentErrors, createServiceMetrics } from '@portal/http-server';
import { CLIENT_IP_HEADER, type Identity, identityFromHeaders } from '@portal/identity';
import { parse } from 'graphql';
import type { Resolvers } from './__generated__/resolvers-types.ts';
import { createAccountServices } from './auth/account-services.ts';
import { API_KEY_USAGE_PATH, apiKeyUsageRoute } from './auth/api-key-usage-route.ts';
import { customerSessionEnded, endedSessionPlugin } from './auth/customer-access.ts';
import {
  API_KEY_VERIFY_PATH,
  apiKeyVerifyRoute,
  JWKS_PATH,
  jwksRoute,
} from './auth/internal-routes.ts';
import { createAdminCompanies } from './companies/admin-companies.ts';
import type { PortalContext } from './context.ts';
import { createAdminCustomerRows } from './data/admin-customer-rows.ts';
import { createAdminOpsRows } from './data/admin-ops-rows.ts';
import { createApiKeyUsageRows } from './data/api-key-usage-rows.ts';
import { createCompanyRows } from './data/company-rows.ts';
import { createCustomerRows } from './data/customer-rows.ts';
import { createOrderRows } from './data/order-rows.ts';
import { createQuoteRows } from './data/quote-rows.ts';
import { createSubmissionRows } from './data/submission-rows.ts';
import type { Mailer } from './mail/mailer.ts';
import { createOrderOfQuoteLoader } from './orders/order-loader.ts';
import { createPortalOrders } from './orders/order-system.ts';
import { ORDER_WEBHOOK_PREFIX } from './orders/order-webhook.ts';
import { withPermissions } from './permissions.ts';
import { CUSTOMER_DISCOUNT_PATH, customerDiscountRoute } from './quotes/discount-route.ts';
import { QUOTE_PDF_PREFIX, quotePdfRoute } from './quotes/pdf/quote-pdf-route.ts';
import { createQuotePricer } from './quotes/quote-pricer.ts';
import { Admin } from './resolvers/Admin.ts';
import { adminPanelTypes } from './resolvers/AdminPanel.ts';
import { AdminQuery } from './resolvers/AdminQuery.ts';
import { ApiKey } from './resolvers/ApiKey.ts';
import { AuditEvent } from './resolvers/AuditEvent.ts';
import { Company } from './resolvers/Company.ts';
import { CompanyHealth } from './resolvers/CompanyHealth.ts';
import { Customer } from './resolvers/Customer.ts';
import { MailMessage } from './resolvers/MailMessage.ts';
import { Mutation } from './resolvers/Mutation.ts';
import { Order, OrderEvent } from './resolvers/Order.ts';
import { Query } from './resolvers/Query.ts';
import { Quote } from './resolvers/Quote.ts';
import { Subscription } from './resolvers/Subscription.ts';
import { createDeliveryWorker, type DeliveryWorker } from './submission/delivery-worker.ts';
import { createHealthRows } from './system/health-rows.ts';
import { type HealthSampler, startHealthSampler } from './system/health-sampler.ts';
import { registerPortalMetrics } from './system/portal-metrics.ts';
import { createRecentErrorsService } from './system/recent-errors.ts';
import { createSystemHealth } from './system/system-health.ts';

export { PASSWORD_POLICY } from './auth/password-policy.ts';
export { createSmtpMailer } from './mail/smtp-mailer.ts';
export type { CompanySyncResult, OrderSync } from './orders/order-sync.ts';

export const typeDefs = parse(readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8'));

const resolvers: Resolvers = {
  Query,
  Mutation,
  Company,
  Customer,
  ApiKey,
  AuditEvent,
  Admin,
  AdminQuery,
  ...adminPanelTypes,
  MailMessage,
  Quote,
  Order,
  OrderEvent,
  Subscription,
  CompanyHealth,
};

export interface PortalSubgraphOptions {
  db: Db;
  /** `GATEWAY_SIGNING_KEY`: only requests the gateway signed with it are served. */
  signingKey: Buffer;
  /** `AUTH_SIGNING_JWK` (private P-256 JWK, JSON) for access tokens; a throwaway key when absent. */
  authSigningJwk?: string | undefined;
  /** Mail over SMTP; the mail outbox (and the log) when absent. */
  mailer?: Mailer | undefined;
  /** Where the client is served: links in account mails point here (a function when it is
   * known only after start). */
  publicUrl?: string | (() => string) | undefined;
  log?: ((line: string) => void) | undefined;
  /**
   * `PORTAL_ENCRYPTION_KEY` (32 bytes): with it the portal reads company catalogs through
   * company-link and prices saved quotes on save; without it drafts save unpriced.
   */
  encryptionKey?: Buffer | undefined;
  /** Company call timeout for pricing on save, ms. */
  companyTimeoutMs?: number | undefined;
  /**
   * Serve `Query.devMailbox` (the mail outbox, with every verification and reset link) to
   * anyone: only for development and the embedded default. Ignored when mail goes over SMTP.
   * Default false.
   */
  devMailbox?: boolean | undefined;
  /**
   * Runs the delivery worker of submitted quotes in this process (needs `encryptionKey`):
   * every `intervalMs` (default 2000) and right after each submit. Several instances may all
   * run it (docs/submission.md). Absent: quotes are queued, another instance delivers them.
   */
  delivery?: { intervalMs?: number; leaseMs?: number } | undefined;
  /** Company circuit breaker and concurrency limit (ADR 023); defaults in company-link. */
  companyResilience?: Pick<CompanyLinksOptions, 'circuit' | 'maxConcurrency'> | undefined;
  /**
   * The company health sampler (needs `encryptionKey`): every `intervalMs` (default 60 000;
   * 0: only `healthSampler.sampleNow()`), history kept `retentionHours` (default 168).
   * Absent: no sampler in this process (run it on one instance).
   */
  healthSampling?: { intervalMs?: number; retentionHours?: number } | undefined;
  /** Other services' base URLs whose `/readyz` the System page shows (`HEALTH_SERVICE_URLS`). */
  serviceUrls?: Record<string, string> | (() => Record<string, string>) | undefined;
  /** Folder of the portal migrations, for readiness; the repository's `supabase/migrations`. */
  migrationsDir?: string | undefined;
}

export function createPortalSubgraph(options: PortalSubgraphOptions) {
  const { db, signingKey } = options;
  const schema = withPermissions(
    buildSubgraphSchema([{ typeDefs, resolvers: resolvers as never }]),
  );
  const server = new ApolloServer<PortalContext>({
    schema,
    includeStacktraceInErrorResponses: false,
    // No Apollo Studio: inline traces would only cost time in every response.
    plugins: [ApolloServerPluginInlineTraceDisabled(), endedSessionPlugin<PortalContext>()],
  });
  const companies = createCompanyRows(db);
  const quotes = createQuoteRows(db);
  const orderRows = createOrderRows(db);
  const adminData = { customers: createAdminCustomerRows(db), ops: createAdminOpsRows(db) };
  const apiKeyUsage = createApiKeyUsageRows(db);
  const metrics = createServiceMetrics('portal');
  registerPortalMetrics(metrics.registry, db);
  const companyMetrics = createCompanyLinkMetrics(metrics.registry);
  const companyLinks = options.encryptionKey
    ? createCompanyLinks(createDbCompanyDirectory(db, options.encryptionKey, { ttlMs: 2000 }), {
        ...(options.companyTimeoutMs ? { timeoutMs: options.companyTimeoutMs } : {}),
        ...options.companyResilience,
        ...companyMetrics,
      })
    : null;
  const submissions = companyLinks ? createSubmissionRows(db) : null;
  const delivery: DeliveryWorker | null =
    companyLinks && options.delivery
      ? createDeliveryWorker({
          db,
          links: companyLinks,
          ...(options.delivery.intervalMs ? { intervalMs: options.delivery.intervalMs } : {}),
          ...(options.delivery.leaseMs ? { leaseMs: options.delivery.leaseMs } : {}),
          ...(options.log ? { log: options.log } : {}),
        })
      : null;
  delivery?.start();
  const migrationsDir = options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR;
  const readiness = {
    db: () => db.query('select 1').then(() => true),
    migrations: async () => (await pendingMigrations(db, migrationsDir)).length === 0,
  };
  const healthRows = createHealthRows(db);
  const healthSampler: HealthSampler | null =
    companyLinks && options.healthSampling
      ? startHealthSampler({
          rows: healthRows,
          links: companyLinks,
          ...options.healthSampling,
          ...(options.log ? { log: options.log } : {}),
        })
      : null;
  const serviceUrls = () =>
    typeof options.serviceUrls === 'function' ? options.serviceUrls() : (options.serviceUrls ?? {});
  // The portal's unexpected errors (serveApollo records them) and the other services'.
  const recentErrors = createRecentErrors('portal');
  const recentErrorsService = createRecentErrorsService({
    own: recentErrors,
    serviceUrls,
    signingKey,
  });
  const systemHealth = createSystemHealth({
    rows: healthRows,
    links: companyLinks,
    selfChecks: readiness,
    serviceUrls,
  });
  const accounts = createAccountServices({
    db,
    companies,
    signingJwk: options.authSigningJwk,
    mailer: options.mailer,
    publicUrl: options.publicUrl,
    log: options.log,
  });
  const adminCompanies = createAdminCompanies({
    db,
    encryptionKey: options.encryptionKey ?? null,
    audit: accounts.audit,
  });
  /** The context for a caller already established (`executeOperation` tests pass this). */
  const contextFor = async (
    identity: Identity,
    requestId: string,
    clientIp: string | null = null,
  ): Promise<PortalContext> => ({
    requestId,
    identity,
    // A disabled customer's access tokens stop at once, not when they expire (ADR 022).
    sessionEnded: await customerSessionEnded(identity, adminData.customers),
    meta: { requestId, ip: clientIp },
    devMailbox: options.devMailbox === true && accounts.mailer.keepsOutbox,
    companies,
    adminCompanies,
    accounts,
    quotes,
    orders: orderRows,
    adminData,
    apiKeyUsage,
    orderOfQuote: createOrderOfQuoteLoader(orderRows, identity),
    // Per request: its catalog loaders must not outlive the request.
    quotePricer: companyLinks ? createQuotePricer(companyLinks) : null,
    submissions,
    wakeDelivery: () => delivery?.wake(),
    systemHealth,
    recentErrors: recentErrorsService,
  });
  /** The HTTP context: refuses (401) any request the gateway did not sign for this request id. */
  const context = async (req: IncomingMessage, requestId: string): Promise<PortalContext> => {
    // Verified first: the client address is read only from a request the gateway signed.
    const identity = identityFromHeaders(req.headers, requestId, signingKey);
    const ip = req.headers[CLIENT_IP_HEADER];
    return contextFor(identity, requestId, typeof ip === 'string' ? ip.slice(0, 100) : null);
  };
  /** Served beside /graphql: the JWKS, the gateway's API key check, the preview's discount. */
  const routes = {
    [JWKS_PATH]: jwksRoute(accounts.accessTokens),
    [API_KEY_VERIFY_PATH]: apiKeyVerifyRoute(accounts.apiKeys, signingKey),
    // Per-key request counts the gateway flushes every few seconds.
    [API_KEY_USAGE_PATH]: apiKeyUsageRoute(apiKeyUsage, signingKey),
    // previewQuote's discount, from the catalog subgraph: the same query saved quotes use.
    [CUSTOMER_DISCOUNT_PATH]: customerDiscountRoute(quotes.discountFor, signingKey),
  };
  /** The order sync and its webhook; only with company access (`PORTAL_ENCRYPTION_KEY`). The
   * caller starts the periodic worker (`orders.startWorker`). */
  const orders =
    companyLinks && options.encryptionKey
      ? createPortalOrders({
          db,
          encryptionKey: options.encryptionKey,
          companyLinks,
          mailer: accounts.mailer,
          publicUrl: options.publicUrl ?? 'http://127.0.0.1:4000',
          log: options.log,
        })
      : null;
  /** `GET /quotes/:id/pdf`: the quote's PDF, for the gateway's `/api/quotes/:id/pdf`. */
  const prefixRoutes = {
    ...(orders ? { [ORDER_WEBHOOK_PREFIX]: orders.webhookRoute } : {}),
    [QUOTE_PDF_PREFIX]: quotePdfRoute(
      signingKey,
      {
        quotes,
        customers: createCustomerRows(db),
        companyLinks,
      },
      (identity) => customerSessionEnded(identity, adminData.customers),
    ),
  };
  return {
    server,
    context,
    contextFor,
    schema,
    routes,
    prefixRoutes,
    accounts,
    orders,
    /** The delivery worker when `delivery` was given; close it before the database. */
    delivery,
    /** Prometheus series of this service (`serveApollo` serves them on /metrics). */
    metrics,
    /** /readyz checks: the database answers, every migration is applied. */
    readiness,
    /** The company health sampler when `healthSampling` was given; stop it before the database. */
    healthSampler,
    /** This service's recent unexpected errors, for `serveApollo` (which records into it). */
    recentErrors,
    /** `serveApollo`'s `/internal/recent-errors` answers only requests signed with this. */
    internalSigningKey: signingKey,
  };
}

/** The repository's portal migrations (`supabase/migrations`). */
const DEFAULT_MIGRATIONS_DIR = new URL('../../../supabase/migrations', import.meta.url).pathname;
