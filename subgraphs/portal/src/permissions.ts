/**
 * Who may call which field of the portal subgraph. DENY BY DEFAULT: a field without a rule here
 * answers FORBIDDEN to everyone, and `permissions.test.ts` fails until every field has one.
 *
 * How to add a field (accounts, quotes, admin…):
 * - add it under its type below with one rule from `@portal/identity/shield`:
 *     isPublic            anyone, signed in or not (public catalog / company pages)
 *     isAnonymous         only callers without credentials
 *     isAuthenticated     any customer, admin or partner key
 *     isCustomer          a signed-in customer
 *     isSupportOrAdmin    an admin of role `support` or `admin`
 *     isAdmin             an admin of role `admin`
 *     hasScope('quotes:read')   a partner key with that scope
 *   combined with `or(…)` / `and(…)` from graphql-shield, e.g.
 *   `quotes: or(isCustomer, hasScope('quotes:read'))`;
 * - a new object type gets its own entry: a type-wide rule (`Customer: isAuthenticated`) or a
 *   field map (`{ '*': isCustomer, email: isSupportOrAdmin }`). Result and error types of
 *   mutations (`SignInResult`, `InputError`) are usually `isPublic`: the mutation's own rule
 *   already decided who gets them;
 * - a rule says who calls, not which row: resolvers still scope by `ctx.identity` (the
 *   customer's own quotes, the partner key's owner) and customer SQL runs under RLS.
 */

import { ForbiddenError } from '@portal/errors';
import {
  federationQueryRules,
  federationTypeRules,
  hasScope,
  isAdmin,
  isCustomer,
  isCustomerKey,
  isPartner,
  isPartnerOrCustomer,
  isPublic,
  isSupportOrAdmin,
} from '@portal/identity/shield';
import type { GraphQLSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { and, deny, type IRules, not, or, shield } from 'graphql-shield';

/** People at the web client, signed in or not; a partner key has no use for account mutations. */
const notPartner = not(isPartner);
/**
 * A customer's own quotes: the customer, or a partner key acting for them with the scope. A
 * company key (made by an admin) never: quotes are the customers' data, not the company's.
 */
const readsQuotes = or(isCustomer, and(isCustomerKey, hasScope('quotes:read')));
const writesQuotes = or(isCustomer, and(isCustomerKey, hasScope('quotes:write')));
/** A customer's orders: the customer, or their own partner key with `orders:read`. */
const readsOrders = or(isCustomer, and(isCustomerKey, hasScope('orders:read')));

export const portalRules = {
  Query: {
    ...federationQueryRules,
    companies: isPublic,
    company: isPublic,
    // Null for anyone but a signed-in customer; the resolver answers only the caller's own row.
    me: isPublic,
    admin: isSupportOrAdmin,
    passwordPolicy: isPublic,
    // Null unless mail stays in the outbox (embedded default, no SMTP). There a newcomer needs
    // the verification link before they can sign in, so it cannot require a session.
    devMailbox: isPublic,
    // The resolvers scope every row to the customer (or the key's owner) under RLS.
    quote: readsQuotes,
    quotes: readsQuotes,
    // Null for another customer's order (subscriptions resolve events through it).
    order: readsOrders,
    orders: readsOrders,
  },
  Mutation: {
    // Signing up and in, email links and refresh: the caller has no session (yet).
    signUp: notPartner,
    verifyEmail: notPartner,
    resendVerification: notPartner,
    signIn: notPartner,
    adminSignIn: notPartner,
    refreshSession: notPartner,
    signOut: notPartner,
    requestPasswordReset: notPartner,
    resetPassword: notPartner,
    // The signed-in customer's own account; resolvers take the id from the identity only.
    changePassword: isCustomer,
    updateProfile: isCustomer,
    updateBilling: isCustomer,
    updateNotificationPreferences: isCustomer,
    deleteAccount: isCustomer,
    connectCompany: isCustomer,
    disconnectCompany: isCustomer,
    setActiveCompany: isCustomer,
    createApiKey: isCustomer,
    revokeApiKey: isCustomer,
    // Keys for a company's integration: admins only, not support (it hands out access).
    createCompanyApiKey: isAdmin,
    revokeCompanyApiKey: isAdmin,
    // The admin panel's changes (customers, delivery, email templates): admins only; support
    // reads the same things through `admin` but changes nothing.
    disableCustomer: isAdmin,
    enableCustomer: isAdmin,
    adminResendVerification: isAdmin,
    adminSendPasswordReset: isAdmin,
    retryDelivery: isAdmin,
    updateMailTemplate: isAdmin,
    resetMailTemplate: isAdmin,
    // The company registry (docs/admin.md): support reads it (AdminQuery), only admins change
    // or probe it (a test calls out with a key).
    createCompany: isAdmin,
    updateCompany: isAdmin,
    setCompanyActive: isAdmin,
    testCompanyConnection: isAdmin,
    createQuote: writesQuotes,
    updateQuote: writesQuotes,
    duplicateQuote: writesQuotes,
    deleteQuotes: writesQuotes,
    repriceQuote: writesQuotes,
    submitQuote: writesQuotes,
  },
  // Served by the gateway (which checks the same rule per event); the subgraph's resolver only
  // tells a direct caller so.
  Subscription: {
    quoteUpdated: readsQuotes,
    orderUpdated: readsOrders,
  },
  Company: isPublic,
  // A company's public contact details (also inside `AdminCompany`, behind its rule).
  CompanyContact: isPublic,
  // Account objects are reachable only through `me`, `admin` and the account mutations, whose
  // rules above decide who gets them (a sign-in result reaches a caller with no session yet).
  Customer: isPublic,
  BillingDetails: isPublic,
  NotificationPreferences: isPublic,
  CustomerCompany: isPublic,
  // Usage is the key owner's: the customer (the resolver reads under RLS) or an admin for a
  // company key; a partner key never reaches its own listing.
  ApiKey: { '*': isPublic, usage: or(isCustomer, isSupportOrAdmin) },
  ApiKeyUsageDay: isPublic,
  Session: isPublic,
  Admin: isPublic,
  // The admin namespace, the audit log and company keys: admins and support read them.
  AdminQuery: isSupportOrAdmin,
  AuditEvent: isSupportOrAdmin,
  AuditEventConnection: isSupportOrAdmin,
  AuditEventEdge: isSupportOrAdmin,
  // The admin panel's customers, queue, mail, dashboard and templates (`AdminPanel.ts`).
  AdminCustomer: isSupportOrAdmin,
  AdminCustomerCompany: isSupportOrAdmin,
  AdminCustomerQuotes: isSupportOrAdmin,
  AdminCustomerQuote: isSupportOrAdmin,
  AdminCustomerOrders: isSupportOrAdmin,
  AdminCustomerOrder: isSupportOrAdmin,
  AdminCustomerConnection: isSupportOrAdmin,
  AdminCustomerEdge: isSupportOrAdmin,
  QueuedDelivery: isSupportOrAdmin,
  OrderNotificationMail: isSupportOrAdmin,
  AdminMailOutbox: isSupportOrAdmin,
  DailyActivity: isSupportOrAdmin,
  FailingCompany: isSupportOrAdmin,
  AdminDashboard: isSupportOrAdmin,
  MailTemplate: isSupportOrAdmin,
  MailTemplatePreview: isSupportOrAdmin,
  // Results of the admin-only mutations above, whose rules already decided who gets them.
  AdminActionError: isPublic,
  AdminActionResult: isPublic,
  AdminCustomerResult: isPublic,
  MailTemplateResult: isPublic,
  // System health (ADR 023): reached only through `admin`, read by admins and support.
  SystemHealth: isSupportOrAdmin,
  ServiceHealth: isSupportOrAdmin,
  RecentError: isSupportOrAdmin,
  ReadinessCheck: isSupportOrAdmin,
  CompanyHealth: isSupportOrAdmin,
  CompanyHealthSample: isSupportOrAdmin,
  AdminCompany: isSupportOrAdmin,
  AdminCompanyError: isSupportOrAdmin,
  AdminCompanyResult: isSupportOrAdmin,
  CompanySetup: isSupportOrAdmin,
  CompanyConnectionStep: isSupportOrAdmin,
  CompanyCatalogCounts: isSupportOrAdmin,
  CompanyConnectionTest: isSupportOrAdmin,
  MailMessage: isPublic,
  PasswordPolicy: isPublic,
  AccountError: isPublic,
  SignUpResult: isPublic,
  VerifyEmailResult: isPublic,
  SignInResult: isPublic,
  AccountResult: isPublic,
  CustomerResult: isPublic,
  ConnectCompanyResult: isPublic,
  CreateApiKeyResult: isPublic,
  RevokeApiKeyResult: isPublic,
  // Quotes reach a caller only through the rules above or `_entities`, whose reference
  // resolver answers null to anyone but the quote's customer (or their key): never anonymous.
  // A quote's order is order data: a key needs `orders:read` for it, as for `orders`.
  Quote: { '*': isPartnerOrCustomer, order: readsOrders },
  QuotePanelLine: isPublic,
  QuoteAccessoryLine: isPublic,
  QuoteFeeLine: isPublic,
  QuoteTotals: isPublic,
  // Reached only through `Quote.snapshotPricing`, i.e. by the quote's customer or their key.
  QuoteSnapshotPricing: isPublic,
  QuoteSnapshotAmounts: isPublic,
  QuoteSnapshotMaterial: isPublic,
  QuoteSnapshotRect: isPublic,
  QuoteSnapshotPlacement: isPublic,
  QuoteSnapshotBoard: isPublic,
  QuoteSnapshotLine: isPublic,
  QuoteSnapshotTotals: isPublic,
  QuoteSnapshotDiscount: isPublic,
  Money: isPublic,
  PageInfo: isPublic,
  QuoteConnection: isPublic,
  QuoteEdge: isPublic,
  QuoteError: isPublic,
  QuoteResult: isPublic,
  DeleteQuotesResult: isPublic,
  PriceChange: isPublic,
  RepriceQuoteResult: isPublic,
  SubmitQuoteResult: isPublic,
  QuoteDelivery: isPublic,
  // Orders, like quotes: only through the rules above or `_entities`, whose reference resolver
  // answers null to anyone but the order's customer (or their key with `orders:read`).
  // An order's quote (its lines, comment, totals) is quote data: `quotes:read`, as for `quotes`.
  Order: { '*': isPartnerOrCustomer, quote: readsQuotes },
  OrderEvent: isPublic,
  OrderConnection: isPublic,
  OrderEdge: isPublic,
  ...federationTypeRules,
} satisfies IRules;

/** The portal schema with `portalRules` enforced on every field resolver. */
export function withPermissions(schema: GraphQLSchema): GraphQLSchema {
  return applyMiddleware(
    schema,
    shield(portalRules, {
      fallbackRule: deny,
      // Resolver errors (NOT_FOUND, BAD_USER_INPUT…) pass through; only a failed rule is FORBIDDEN.
      allowExternalErrors: true,
      fallbackError: (_error, _parent, _args, _ctx, info) =>
        new ForbiddenError(`Not allowed: ${info.parentType.name}.${info.fieldName}`),
    }),
  );
}
