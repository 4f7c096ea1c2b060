import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CompanyRow } from '../data/company-rows.ts';
import type { CustomerRow } from '../data/customer-rows.ts';
import type { CustomerCompanyRow } from '../data/customer-company-rows.ts';
import type { AdminRow, AdminNamespace } from '../data/admin-rows.ts';
import type { AdminCustomerRow, AdminCustomerCompanyRow, AdminCustomerQuoteRow, AdminCustomerOrderRow } from '../data/admin-customer-rows.ts';
import type { QueuedDeliveryRow, NotificationRow, FailingCompanyRow, DashboardParent, MailOutboxParent } from '../data/admin-ops-rows.ts';
import type { MailTemplateView } from '../mail/mail-templates.ts';
import type { CompanyHealthModel } from '../system/system-health.ts';
import type { ApiKeyRow } from '../data/api-key-rows.ts';
import type { AuditEventRow } from '../data/audit-log-rows.ts';
import type { MailRow } from '../data/mail-outbox.ts';
import type { QuoteRow } from '../data/quote-rows.ts';
import type { OrderRow, OrderEventRow } from '../data/order-rows.ts';
import type { PortalContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO 8601 date and time with offset, e.g. `2026-11-24T09:30:00.000Z`. */
  DateTime: { input: string; output: string; }
  /** An exact decimal number encoded as a string, e.g. `"12345.50"`. Never a binary float. */
  Decimal: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** An expected failure of an account operation. */
export type AccountError = {
  __typename?: 'AccountError';
  /** Stable code to program against. */
  code: AccountErrorCode;
  /** The input field at fault, e.g. `password` or `billing.postalCode`; null when none. */
  field?: Maybe<Scalars['String']['output']>;
  /** What went wrong, in English, for people. */
  message: Scalars['String']['output'];
  /** With `LOCKED_OUT` and `RATE_LIMITED`: seconds until trying again makes sense. */
  retryAfterSeconds?: Maybe<Scalars['Int']['output']>;
};

/**
 * Why an account operation was refused. Expected failures come back as data in a result's
 * `error`; the client shows `message` (English) or its own text for `code`.
 */
export type AccountErrorCode =
  /** The account is disabled by the portal operator. */
  | 'ACCOUNT_DISABLED'
  /** The email address is verified already. */
  | 'ALREADY_VERIFIED'
  /** No such API key of the caller. */
  | 'API_KEY_NOT_FOUND'
  /** The customer is not connected to this company. */
  | 'COMPANY_NOT_CONNECTED'
  /** No active company with this id (unknown or deactivated). */
  | 'COMPANY_NOT_FOUND'
  /** The email address is not verified yet; open the link in the verification email. */
  | 'EMAIL_NOT_VERIFIED'
  /** An account with this email address already exists. */
  | 'EMAIL_TAKEN'
  /** The email and password do not match an account (the same answer whether the email exists). */
  | 'INVALID_CREDENTIALS'
  /** An input field is missing, malformed or too long; `field` names it. */
  | 'INVALID_INPUT'
  /** The refresh token is unknown, used, expired or its session was signed out; sign in again. */
  | 'INVALID_REFRESH_TOKEN'
  /** The link's token is unknown or was used already. */
  | 'INVALID_TOKEN'
  /** Too many wrong passwords for this email; try again after `retryAfterSeconds`. */
  | 'LOCKED_OUT'
  /** Too many requests of this kind; try again after `retryAfterSeconds`. */
  | 'RATE_LIMITED'
  /** The link's token has expired; ask for a new email. */
  | 'TOKEN_EXPIRED'
  /** The new password does not meet the password policy; `field` names it. */
  | 'WEAK_PASSWORD'
  /** The current password given is wrong. */
  | 'WRONG_PASSWORD';

/** The result of a mutation that only succeeds or fails. */
export type AccountResult = {
  __typename?: 'AccountResult';
  /** Why it failed. */
  error?: Maybe<AccountError>;
  /** Whether it succeeded. */
  ok: Scalars['Boolean']['output'];
};

/** A member of the portal operator's staff, signed in at `/admin`. */
export type Admin = {
  __typename?: 'Admin';
  /** The admin's sign-in email address. */
  email: Scalars['String']['output'];
  /** Stable identifier of the admin. */
  id: Scalars['ID']['output'];
  /** The admin's name. */
  name: Scalars['String']['output'];
  /** What the admin may do. */
  role: AdminRole;
};

/** An admin action's refusal. */
export type AdminActionError = {
  __typename?: 'AdminActionError';
  /** What went wrong. */
  code: AdminActionErrorCode;
  /** The input field at fault, e.g. `body`; null when not one field. */
  field?: Maybe<Scalars['String']['output']>;
  /** A readable explanation, in English. */
  message: Scalars['String']['output'];
};

/** Why an admin action was refused. */
export type AdminActionErrorCode =
  /** The account is disabled: enable it first. */
  | 'ACCOUNT_DISABLED'
  /** The quote was delivered already. */
  | 'ALREADY_DELIVERED'
  /** The customer already verified their email. */
  | 'ALREADY_VERIFIED'
  /** A delivery attempt is under way; try again when it ends. */
  | 'DELIVERY_IN_PROGRESS'
  /** A template's subject or body is empty. */
  | 'EMPTY_TEMPLATE'
  /** An input value is not acceptable (`field` names it). */
  | 'INVALID_INPUT'
  /** A template has an unclosed `{{`, a stray `}}`, or a line break or link in the subject. */
  | 'MALFORMED_PLACEHOLDER'
  /** A template's body has no `{{link}}`. */
  | 'MISSING_LINK'
  /** No such customer, delivery or template. */
  | 'NOT_FOUND'
  /** The account is already in the state asked for (disabled, or enabled). */
  | 'NO_CHANGE'
  /** A subject over 200 or a body over 5000 characters. */
  | 'TEMPLATE_TOO_LONG'
  /** A template uses a placeholder this template does not have. */
  | 'UNKNOWN_PLACEHOLDER';

/** The result of an admin action on something other than a customer's state. */
export type AdminActionResult = {
  __typename?: 'AdminActionResult';
  /** Why not; null when done. */
  error?: Maybe<AdminActionError>;
  /** Whether it was done. */
  ok: Scalars['Boolean']['output'];
};

/** A company of the portal's registry as admins see it. The secret key is never returned. */
export type AdminCompany = {
  __typename?: 'AdminCompany';
  /** Whether customers see it (and quotes are delivered to it). */
  active: Scalars['Boolean']['output'];
  /** Contact details shown to customers and on quote PDFs. */
  contact: CompanyContact;
  /** When it was registered. */
  createdAt: Scalars['DateTime']['output'];
  /** Stable identifier (the same as `Company.id`). */
  id: Scalars['ID']['output'];
  /** The company's name. */
  name: Scalars['String']['output'];
  /**
   * The last four characters of the stored secret key, to tell keys apart; null when none is set
   * or the stored key cannot be decrypted with the portal's encryption key.
   */
  secretKeyLast4?: Maybe<Scalars['String']['output']>;
  /** Whether a secret key is stored. */
  secretKeySet: Scalars['Boolean']['output'];
  /** URL-safe identifier, unique. */
  slug: Scalars['String']['output'];
  /** Base URL of the company's Supabase project. */
  supabaseUrl: Scalars['String']['output'];
  /** When it was last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** Why a company change was refused, and which input field is at fault. */
export type AdminCompanyError = {
  __typename?: 'AdminCompanyError';
  /** Stable code to program against. */
  code: AdminCompanyErrorCode;
  /** The input field at fault (`name`, `slug`, `supabaseUrl`, `secretKey`, `id`); null when none. */
  field?: Maybe<Scalars['String']['output']>;
  /** What went wrong, in English, for people. */
  message: Scalars['String']['output'];
};

/** Why a company change was refused. */
export type AdminCompanyErrorCode =
  /** Another company has this slug. */
  | 'DUPLICATE_SLUG'
  /** The portal has no encryption key (`PORTAL_ENCRYPTION_KEY`), so it cannot store secret keys. */
  | 'ENCRYPTION_UNAVAILABLE'
  /** A contact detail is malformed (`field` names it, e.g. `contact.taxNumber`). */
  | 'INVALID_CONTACT'
  /** The name is empty or longer than 200 characters. */
  | 'INVALID_NAME'
  /** The secret key has spaces or is longer than 2000 characters. */
  | 'INVALID_SECRET_KEY'
  /** The slug is not lower-case letters, digits and single hyphens (at most 60). */
  | 'INVALID_SLUG'
  /** The Supabase URL is not an absolute http(s) URL without credentials, query or fragment. */
  | 'INVALID_URL'
  /** No company with this id. */
  | 'NOT_FOUND'
  /** The secret key is empty. */
  | 'SECRET_KEY_REQUIRED';

/** The result of a company change. */
export type AdminCompanyResult = {
  __typename?: 'AdminCompanyResult';
  /** The company after the change; null when refused. */
  company?: Maybe<AdminCompany>;
  /** Why it was refused. */
  error?: Maybe<AdminCompanyError>;
};

/** A customer account as the admin panel sees it. */
export type AdminCustomer = {
  __typename?: 'AdminCustomer';
  /** The audit events by or about the customer, newest first (sign-ins, admin actions…). */
  activity: Array<AuditEvent>;
  /** Billing details. */
  billing: BillingDetails;
  /** The companies the customer is connected to now, with the company's discount for them. */
  companies: Array<AdminCustomerCompany>;
  /** How many companies the customer is connected to now. */
  companyCount: Scalars['Int']['output'];
  /** When the account was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Whether the account is disabled (no sign-in, no session). */
  disabled: Scalars['Boolean']['output'];
  /** When the account was disabled; null when it is not. */
  disabledAt?: Maybe<Scalars['DateTime']['output']>;
  /** The sign-in email address. */
  email: Scalars['String']['output'];
  /** Whether the customer verified their email address. */
  emailVerified: Scalars['Boolean']['output'];
  /** Stable identifier of the customer. */
  id: Scalars['ID']['output'];
  /** The language of the customer's emails. */
  locale: Locale;
  /** Mobile phone number; null when not given. */
  mobile?: Maybe<Scalars['String']['output']>;
  /** Full name. */
  name: Scalars['String']['output'];
  /** The customer's orders, most recently changed first. */
  orders: AdminCustomerOrders;
  /** The customer's quotes, most recently changed first (deleted drafts left out). */
  quotes: AdminCustomerQuotes;
};


/** A customer account as the admin panel sees it. */
export type AdminCustomerActivityArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A customer account as the admin panel sees it. */
export type AdminCustomerOrdersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A customer account as the admin panel sees it. */
export type AdminCustomerQuotesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A customer's connection to a company, as admins see it. */
export type AdminCustomerCompany = {
  __typename?: 'AdminCustomerCompany';
  /** Whether this is the customer's active company. */
  active: Scalars['Boolean']['output'];
  /** The company. */
  company: Company;
  /** Whether the company is active (a deactivated company is hidden from the customer). */
  companyActive: Scalars['Boolean']['output'];
  /** When the customer connected. */
  connectedAt: Scalars['DateTime']['output'];
  /** The customer's discount at the company in percent, e.g. `"5.00"`. */
  discountPercent: Scalars['Decimal']['output'];
};

/** A page of customers. */
export type AdminCustomerConnection = {
  __typename?: 'AdminCustomerConnection';
  /** The customers of this page. */
  edges: Array<AdminCustomerEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many customers match the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A customer in a page. */
export type AdminCustomerEdge = {
  __typename?: 'AdminCustomerEdge';
  /** Pass as `after` to continue after this customer. */
  cursor: Scalars['String']['output'];
  /** The customer. */
  node: AdminCustomer;
};

/** Which customers `AdminQuery.customers` lists; the conditions combine with AND. */
export type AdminCustomerFilter = {
  /** Only customers connected to this company now. */
  companyId?: InputMaybe<Scalars['ID']['input']>;
  /** Only disabled (true) or enabled (false) accounts. */
  disabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** Part of the name or email address, case-insensitive. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only customers who did (true) or did not (false) verify their email. */
  verified?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A customer's order in the admin panel. */
export type AdminCustomerOrder = {
  __typename?: 'AdminCustomerOrder';
  /** The company's name. */
  companyName: Scalars['String']['output'];
  /** The company's quote number. */
  companyQuoteNumber: Scalars['String']['output'];
  /** The order's id. */
  id: Scalars['ID']['output'];
  /** The company's order number; null until the company orders the quote. */
  orderNumber?: Maybe<Scalars['String']['output']>;
  /** Payment state. */
  paymentStatus: PaymentStatus;
  /** The portal quote number it came from. */
  quoteNumber: Scalars['String']['output'];
  /** Where the order stands. */
  status: OrderStatus;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** Some of a customer's orders, and how many there are. */
export type AdminCustomerOrders = {
  __typename?: 'AdminCustomerOrders';
  /** The orders asked for. */
  nodes: Array<AdminCustomerOrder>;
  /** How many orders the customer has. */
  totalCount: Scalars['Int']['output'];
};

/** A customer's quote in the admin panel. */
export type AdminCustomerQuote = {
  __typename?: 'AdminCustomerQuote';
  /** The company's name. */
  companyName: Scalars['String']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The currency of `finalTotal`, e.g. `HUF`; null while unpriced. */
  currency?: Maybe<Scalars['String']['output']>;
  /** The price to pay, after the discount; null while unpriced. */
  finalTotal?: Maybe<Scalars['Decimal']['output']>;
  /** The quote's id. */
  id: Scalars['ID']['output'];
  /** The portal quote number, `PQ-YYYY-NNN`. */
  number: Scalars['String']['output'];
  /** Where the quote stands. */
  status: QuoteStatus;
  /** When it was submitted; null for a draft. */
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** Some of a customer's quotes, and how many there are. */
export type AdminCustomerQuotes = {
  __typename?: 'AdminCustomerQuotes';
  /** The quotes asked for. */
  nodes: Array<AdminCustomerQuote>;
  /** How many quotes the customer has. */
  totalCount: Scalars['Int']['output'];
};

/** The result of `disableCustomer` and `enableCustomer`. */
export type AdminCustomerResult = {
  __typename?: 'AdminCustomerResult';
  /** The customer as it is now; null when refused. */
  customer?: Maybe<AdminCustomer>;
  /** Why it was refused; null when done. */
  error?: Maybe<AdminActionError>;
};

/** The admin dashboard's figures. */
export type AdminDashboard = {
  __typename?: 'AdminDashboard';
  /** Active companies. */
  activeCompanies: Scalars['Int']['output'];
  /** All companies, active or not. */
  companies: Scalars['Int']['output'];
  /** Customer accounts (deleted ones left out). */
  customers: Scalars['Int']['output'];
  /** Sign-ups, quotes and orders per UTC day, oldest first, today included. */
  daily: Array<DailyActivity>;
  /** Disabled customer accounts. */
  disabledCustomers: Scalars['Int']['output'];
  /** Active companies failing now. */
  failingCompanies: Array<FailingCompany>;
  /** Customers who signed up in the last 7 days. */
  newCustomersThisWeek: Scalars['Int']['output'];
  /** Submitted quotes not yet delivered. */
  pendingDeliveries: Scalars['Int']['output'];
  /** The newest audit events. */
  recentActivity: Array<AuditEvent>;
};


/** The admin dashboard's figures. */
export type AdminDashboardDailyArgs = {
  days?: InputMaybe<Scalars['Int']['input']>;
};


/** The admin dashboard's figures. */
export type AdminDashboardRecentActivityArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The admin panel's mail view. */
export type AdminMailOutbox = {
  __typename?: 'AdminMailOutbox';
  /** The mail outbox, newest first (empty when mail goes over SMTP). */
  messages: Array<MailMessage>;
  /** Where mail goes: kept in the outbox or sent over SMTP. */
  mode: MailDeliveryMode;
  /** Order notifications, newest first, with their status. */
  notifications: Array<OrderNotificationMail>;
};

/**
 * The admin-only namespace. Null with a `FORBIDDEN` error for anyone but a signed-in admin or
 * support member.
 */
export type AdminQuery = {
  __typename?: 'AdminQuery';
  /**
   * The audit log, newest first: security events (sign-ins and failures, lockouts, refresh-token
   * reuse, password changes, API keys, deleted accounts) and admin actions. Append-only.
   * `BAD_USER_INPUT` for `first` outside 1–100, a malformed cursor or actor id.
   */
  auditLog: AuditEventConnection;
  /**
   * Every registered company, active and inactive, ordered by name (docs/admin.md). Never the
   * secret key: only whether one is set and its last four characters.
   */
  companies: Array<AdminCompany>;
  /** One registered company (active or not); null with `NOT_FOUND` when there is none. */
  company?: Maybe<AdminCompany>;
  /** API keys made for companies' integrations, newest first: of one company, or of all. */
  companyApiKeys: Array<ApiKey>;
  /** The setup script a company runs once in its Supabase project, and the contract version. */
  companySetup: CompanySetup;
  /** One customer account; null with `NOT_FOUND` when there is none (`BAD_USER_INPUT` for a malformed id). */
  customer?: Maybe<AdminCustomer>;
  /**
   * Customer accounts, newest first (deleted accounts left out), with search and filters.
   * `BAD_USER_INPUT` for `first` outside 1–100, a malformed cursor or company id.
   */
  customers: AdminCustomerConnection;
  /** The dashboard's figures: companies, customers, activity per day, failing companies. */
  dashboard: AdminDashboard;
  /**
   * Submitted quotes not yet delivered to their company (the submission outbox), the longest
   * waiting first. `BAD_USER_INPUT` for `first` outside 1–200.
   */
  deliveryQueue: Array<QueuedDelivery>;
  /** Recent mails: the mail outbox (when mail is kept there) and order notifications with their status. */
  mailOutbox: AdminMailOutbox;
  /** The email templates an admin may change, in both languages, with their placeholders. */
  mailTemplates: Array<MailTemplate>;
  /** The signed-in admin. */
  me: Admin;
  /**
   * Renders a template with sample data, without saving it (the Settings preview). A template
   * that cannot be used answers `error` (e.g. `UNKNOWN_PLACEHOLDER`) and no rendering.
   */
  previewMailTemplate: MailTemplatePreview;
  /**
   * Recent unexpected errors of every service (the portal's own and those of the services it
   * was told about), newest first: internal errors clients saw masked with their request id and
   * failed routes — not refusals such as `BAD_USER_INPUT`, `FORBIDDEN` or `RATE_LIMITED`, nor
   * company call failures (see `systemHealth`). Each service keeps its last 200 in memory, lost
   * on restart (docs/operations.md); a service that does not answer is one row with code
   * `SERVICE_UNREACHABLE`. `BAD_USER_INPUT` for `first` outside 1–200.
   */
  recentErrors: Array<RecentError>;
  /**
   * Health of the services and the companies (the System page, docs/operations.md): each
   * service's readiness as the portal sees it now, each company's latest health sample.
   */
  systemHealth: SystemHealth;
};


/**
 * The admin-only namespace. Null with a `FORBIDDEN` error for anyone but a signed-in admin or
 * support member.
 */
export type AdminQueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The admin-only namespace. Null with a `FORBIDDEN` error for anyone but a signed-in admin or
 * support member.
 */
export type AdminQueryCompaniesArgs = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/**
 * The admin-only namespace. Null with a `FORBIDDEN` error for anyone but a signed-in admin or
 * support member.
 */
export type AdminQueryCompanyArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The admin-only namespace. Null with a `FORBIDDEN` error for anyone but a signed-in admin or
 * support member.
 */
export type AdminQueryCompanyApiKeysArgs = {
  companyId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * The admin-only namespace. Null with a `FORBIDDEN` error for anyone but a signed-in admin or
 * support member.
 */
export type AdminQueryCustomerArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The admin-only namespace. Null with a `FORBIDDEN` error for anyone but a signed-in admin or
 * support member.
 */
export type AdminQueryCustomersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AdminCustomerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The admin-only namespace. Null with a `FORBIDDEN` error for anyone but a signed-in admin or
 * support member.
 */
export type AdminQueryDeliveryQueueArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  state?: InputMaybe<DeliveryState>;
};


/**
 * The admin-only namespace. Null with a `FORBIDDEN` error for anyone but a signed-in admin or
 * support member.
 */
export type AdminQueryMailOutboxArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The admin-only namespace. Null with a `FORBIDDEN` error for anyone but a signed-in admin or
 * support member.
 */
export type AdminQueryPreviewMailTemplateArgs = {
  input: MailTemplateInput;
};


/**
 * The admin-only namespace. Null with a `FORBIDDEN` error for anyone but a signed-in admin or
 * support member.
 */
export type AdminQueryRecentErrorsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  service?: InputMaybe<Scalars['String']['input']>;
};

/** An administrator's or support staff member's role. */
export type AdminRole =
  /** Full access to the admin UI. */
  | 'ADMIN'
  /** Helps customers: reads everything an admin reads, changes only customer-facing things. */
  | 'SUPPORT';

/**
 * A partner API key. The key itself is shown once, by `createApiKey`; afterwards only its prefix
 * identifies it. Send it as `Authorization: Bearer ppk_<prefix>_<secret>`.
 */
export type ApiKey = {
  __typename?: 'ApiKey';
  /**
   * The company a company key (made by an admin) acts for; null for a customer's own key (and
   * once the company is deactivated, which also stops its keys).
   */
  company?: Maybe<Company>;
  /** When the key was created. */
  createdAt: Scalars['DateTime']['output'];
  /** When the key stops working; null when it never expires. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** Stable identifier of the key. */
  id: Scalars['ID']['output'];
  /** When the key was last used (to the minute); null when never. */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** A name the owner chose, e.g. `CAD export`. */
  name: Scalars['String']['output'];
  /** The key's public prefix, e.g. `ppk_3f9a1c2b`, to recognise it in lists and logs. */
  prefix: Scalars['String']['output'];
  /** When the key was revoked; null when it was not. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What the key may do. */
  scopes: Array<ApiKeyScope>;
  /** Whether the key works now. */
  status: ApiKeyStatus;
  /**
   * The key's requests per day (UTC) over the last `days` days including today, oldest first;
   * days without any request are left out. Counted by the gateway and saved every few seconds, so
   * the last seconds of use may be missing for a moment. Only the key's owner (the customer, or an
   * admin for a company key) sees it.
   */
  usage: Array<ApiKeyUsageDay>;
};


/**
 * A partner API key. The key itself is shown once, by `createApiKey`; afterwards only its prefix
 * identifies it. Send it as `Authorization: Bearer ppk_<prefix>_<secret>`.
 */
export type ApiKeyUsageArgs = {
  days?: InputMaybe<Scalars['Int']['input']>;
};

/** A new partner API key for the signed-in customer's own account. */
export type ApiKeyInput = {
  /** When the key stops working, in the future; null for a key that never expires. */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** A name to recognise the key by, 1–100 characters. */
  name: Scalars['String']['input'];
  /** What the key may do; at least one scope. */
  scopes: Array<ApiKeyScope>;
};

/** A partner API key's permission. */
export type ApiKeyScope =
  /** Read the catalogs of the owner's companies (`catalog:read`). */
  | 'CATALOG_READ'
  /** Read the owner's orders (`orders:read`). */
  | 'ORDERS_READ'
  /** Read the owner's quotes (`quotes:read`). */
  | 'QUOTES_READ'
  /** Create, change and submit the owner's quotes (`quotes:write`). */
  | 'QUOTES_WRITE';

/** Whether an API key can be used. */
export type ApiKeyStatus =
  /** The key works. */
  | 'ACTIVE'
  /** The key's expiry time has passed. */
  | 'EXPIRED'
  /** The key was revoked. */
  | 'REVOKED';

/** One day of an API key's use, as the gateway counted it. */
export type ApiKeyUsageDay = {
  __typename?: 'ApiKeyUsageDay';
  /** The day (UTC) as `YYYY-MM-DD`. */
  day: Scalars['String']['output'];
  /** Requests answered with at least one error (not counting those refused by the rate limit). */
  errors: Scalars['Int']['output'];
  /** Requests refused with `RATE_LIMITED` because the key was over its rate limit. */
  rateLimited: Scalars['Int']['output'];
  /** Requests made with the key that day, including those answered with errors or refused. */
  requests: Scalars['Int']['output'];
};

/** Who did what the audit log records. */
export type AuditActorKind =
  /** An admin or support member (or someone signing in to an admin account). */
  | 'ADMIN'
  /** A customer (or someone signing in to a customer's account). */
  | 'CUSTOMER'
  /** A partner API key. */
  | 'PARTNER'
  /** The portal itself. */
  | 'SYSTEM';

/** One entry of the audit log. */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  /**
   * What happened, e.g. `auth.sign_in_failed`, `auth.locked_out`, `auth.signed_in`,
   * `auth.admin_signed_in`, `auth.refresh_token_reused`, `auth.password_changed`,
   * `auth.password_reset`, `account.deleted`, `api_key.created`, `api_key.revoked`, or an
   * admin action `admin.<noun>_<verb>`.
   */
  action: Scalars['String']['output'];
  /** The customer, admin or API key id; null when unknown (e.g. a sign-in to an unknown email). */
  actorId?: Maybe<Scalars['ID']['output']>;
  /** What kind of actor acted. */
  actorKind: AuditActorKind;
  /** When it happened. */
  at: Scalars['DateTime']['output'];
  /** More about it as a JSON object, e.g. the email typed at a failed sign-in; never a secret. */
  details: Scalars['String']['output'];
  /** Stable identifier; later events have greater ones. */
  id: Scalars['ID']['output'];
  /** The client's address as the gateway saw it; null when not known. */
  ip?: Maybe<Scalars['String']['output']>;
  /** The request id of the request that caused it (the `x-request-id` response header). */
  requestId?: Maybe<Scalars['String']['output']>;
  /** The id of the target; null when none. */
  targetId?: Maybe<Scalars['String']['output']>;
  /** What it happened to, e.g. `customer`, `session`, `api_key`; null when nothing in particular. */
  targetKind?: Maybe<Scalars['String']['output']>;
};

/** A page of audit events. */
export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  /** The events of this page. */
  edges: Array<AuditEventEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many events match the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An audit event in a page. */
export type AuditEventEdge = {
  __typename?: 'AuditEventEdge';
  /** Pass as `after` to continue after this event. */
  cursor: Scalars['String']['output'];
  /** The event. */
  node: AuditEvent;
};

/** Which audit events `AdminQuery.auditLog` lists; the conditions combine with AND. */
export type AuditLogFilter = {
  /** Only this action, e.g. `auth.sign_in_failed`. */
  action?: InputMaybe<Scalars['String']['input']>;
  /** Only events of this actor (customer, admin or API key id). */
  actorId?: InputMaybe<Scalars['ID']['input']>;
  /** Only events of this kind of actor. */
  actorKind?: InputMaybe<AuditActorKind>;
  /** Only events at or after this time. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only events by or about this id (its actor or its target), e.g. a customer's activity. */
  involving?: InputMaybe<Scalars['ID']['input']>;
  /** Only events before this time. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A customer's billing details. */
export type BillingDetails = {
  __typename?: 'BillingDetails';
  /** City or town; null when not given. */
  city?: Maybe<Scalars['String']['output']>;
  /** Company registration number (cégjegyzékszám), e.g. `01-09-123456`; null when not given. */
  companyRegistrationNumber?: Maybe<Scalars['String']['output']>;
  /** Country, `Magyarország` unless changed. */
  country: Scalars['String']['output'];
  /** House number, e.g. `12/B`; null when not given. */
  houseNumber?: Maybe<Scalars['String']['output']>;
  /** Name on the invoice (a person or a business); null when not given. */
  name?: Maybe<Scalars['String']['output']>;
  /** Postal code, e.g. `1117`; null when not given. */
  postalCode?: Maybe<Scalars['String']['output']>;
  /** Street name, e.g. `Budafoki út`; null when not given. */
  street?: Maybe<Scalars['String']['output']>;
  /** Tax number (adószám), e.g. `12345678-2-42`; null when not given. */
  taxNumber?: Maybe<Scalars['String']['output']>;
};

/** Billing details; every field is optional, at most 200 characters (country: default `Magyarország`). */
export type BillingInput = {
  /** City or town. */
  city?: InputMaybe<Scalars['String']['input']>;
  /** Company registration number (cégjegyzékszám). */
  companyRegistrationNumber?: InputMaybe<Scalars['String']['input']>;
  /** Country; `Magyarország` when absent. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** House number. */
  houseNumber?: InputMaybe<Scalars['String']['input']>;
  /** Name on the invoice. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Postal code. */
  postalCode?: InputMaybe<Scalars['String']['input']>;
  /** Street name. */
  street?: InputMaybe<Scalars['String']['input']>;
  /** Tax number (adószám). */
  taxNumber?: InputMaybe<Scalars['String']['input']>;
};

/** A company circuit breaker's state (docs/decisions/023). */
export type CircuitState =
  /** Calls go through. */
  | 'CLOSED'
  /** The cool-down ended: one probe call goes; its result closes or reopens the circuit. */
  | 'HALF_OPEN'
  /** Calls fail at once (`COMPANY_UNAVAILABLE`, reason `circuit-open`) until the cool-down ends. */
  | 'OPEN';

/**
 * A panel-cutting shop ("lapszabászat") on the portal. Its catalog fields (materials, edge
 * bandings, accessories, services, fees) come from the company's own database.
 */
export type Company = {
  __typename?: 'Company';
  /** How to reach the company and whom quotes are from (each part null when not given). */
  contact: CompanyContact;
  /** Stable identifier of the company. */
  id: Scalars['ID']['output'];
  /** The company's display name, e.g. `Turinova Lapszabászat Kft.`. */
  name: Scalars['String']['output'];
  /** URL-safe short name, unique across the portal, e.g. `turinova`. */
  slug: Scalars['String']['output'];
};

/** A new API key for a company's integration (made by an admin). */
export type CompanyApiKeyInput = {
  /** The active company the key acts for. */
  companyId: Scalars['ID']['input'];
  /** When the key stops working, in the future; null for a key that never expires. */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** A name to recognise the key by, 1–100 characters, e.g. `ERP sync`. */
  name: Scalars['String']['input'];
  /** What the key may do: `CATALOG_READ` only (others are refused with `INVALID_INPUT`). */
  scopes: Array<ApiKeyScope>;
};

/** Catalog sizes of a company (all rows, active or not). */
export type CompanyCatalogCounts = {
  __typename?: 'CompanyCatalogCounts';
  /** Accessories. */
  accessories: Scalars['Int']['output'];
  /** Edge bandings. */
  edgeBandings: Scalars['Int']['output'];
  /** Board materials. */
  materials: Scalars['Int']['output'];
};

/** One step of a connection test. */
export type CompanyConnectionStep = {
  __typename?: 'CompanyConnectionStep';
  /** What was found or why it failed, in English; null for a skipped step. */
  detail?: Maybe<Scalars['String']['output']>;
  /** Which step. */
  kind: CompanyConnectionStepKind;
  /** How it went. */
  status: CompanyConnectionStepStatus;
};

/** One step of a connection test. */
export type CompanyConnectionStepKind =
  /** The catalog can be read: counts of materials, edge bandings and accessories. */
  | 'CATALOG'
  /** The project's contract version (the setup script) is the one the portal expects. */
  | 'CONTRACT_VERSION'
  /** The project accepts the secret key. */
  | 'KEY_ACCEPTED'
  /** A call's round trip is fast enough (at most 1500 ms). */
  | 'LATENCY'
  /** The Supabase URL answers over HTTP. */
  | 'REACHABLE';

/** How a step of a connection test went. */
export type CompanyConnectionStepStatus =
  /** It failed; the steps after it are skipped. */
  | 'FAILED'
  /** It worked. */
  | 'PASSED'
  /** Not tried, because an earlier step failed. */
  | 'SKIPPED';

/** The result of `testCompanyConnection`: a checklist, in order. */
export type CompanyConnectionTest = {
  __typename?: 'CompanyConnectionTest';
  /** The catalog counts; null when not reached. */
  catalogCounts?: Maybe<CompanyCatalogCounts>;
  /** The contract version the company reported; null when not reached. */
  contractVersion?: Maybe<Scalars['Int']['output']>;
  /** Why the test could not run at all (a field at fault), e.g. `INVALID_URL`; then `steps` is empty. */
  error?: Maybe<AdminCompanyError>;
  /** The contract version the portal expects. */
  expectedContractVersion: Scalars['Int']['output'];
  /** The first step that failed; null when all passed. */
  failedStep?: Maybe<CompanyConnectionStepKind>;
  /** Round trip of the contract-version call, ms; null when not reached. */
  latencyMs?: Maybe<Scalars['Int']['output']>;
  /** Whether every step passed. */
  ok: Scalars['Boolean']['output'];
  /** Every step, in order. */
  steps: Array<CompanyConnectionStep>;
};

/** What `testCompanyConnection` tests. */
export type CompanyConnectionTestInput = {
  /** A registered company: its stored URL and key, unless given below. */
  companyId?: InputMaybe<Scalars['ID']['input']>;
  /** The secret key to test (required without `companyId`); never stored or returned. */
  secretKey?: InputMaybe<Scalars['String']['input']>;
  /** The Supabase URL to test (required without `companyId`). */
  supabaseUrl?: InputMaybe<Scalars['String']['input']>;
};

/**
 * A company's contact details, as the portal's admins keep them: shown to customers on the
 * company and printed in the quote PDF's header. Every field is null when not given.
 */
export type CompanyContact = {
  __typename?: 'CompanyContact';
  /** Postal address on one line, e.g. `6000 Kecskemét, Szegedi út 12.`. */
  address?: Maybe<Scalars['String']['output']>;
  /** E-mail address for customers, e.g. `ajanlat@turinova.hu`. */
  email?: Maybe<Scalars['String']['output']>;
  /** The registered company name, e.g. `Turinova Lapszabászat Kft.`. */
  legalName?: Maybe<Scalars['String']['output']>;
  /** Phone number, e.g. `+36 76 123 4567`. */
  phone?: Maybe<Scalars['String']['output']>;
  /** Hungarian tax number (`12345678-1-12`) or EU VAT number (`HU12345678`). */
  taxNumber?: Maybe<Scalars['String']['output']>;
  /** Website, `https://…`. */
  website?: Maybe<Scalars['String']['output']>;
};

/**
 * A company's contact details to set. Every field is optional; an empty or absent one is cleared
 * (the whole set replaces the stored one).
 */
export type CompanyContactInput = {
  /** Postal address on one line, at most 300 characters. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** An e-mail address, at most 254 characters. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Registered company name, at most 200 characters. */
  legalName?: InputMaybe<Scalars['String']['input']>;
  /** 6–30 characters: digits, spaces, `+ ( ) / -`, at least 6 digits. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** `12345678-1-12`, or an EU VAT number like `HU12345678` (spaces are removed). */
  taxNumber?: InputMaybe<Scalars['String']['input']>;
  /** An http(s) address, at most 300 characters; `example.hu` is taken as `https://example.hu`. */
  website?: InputMaybe<Scalars['String']['input']>;
};

/** Why a company counts as failing now. */
export type CompanyFailureSource =
  /** Submitted quotes to it keep failing to be delivered. */
  | 'DELIVERY'
  /** Its last order sync failed and none succeeded since. */
  | 'ORDER_SYNC';

/** A company's health from the portal's latest sample and its order sync. */
export type CompanyHealth = {
  __typename?: 'CompanyHealth';
  /** Whether the company is active (inactive companies are not sampled). */
  active: Scalars['Boolean']['output'];
  /** The circuit state in the portal process now. */
  circuit: CircuitState;
  /** Share of the latest sample window's calls that failed, 0–1; null without calls. */
  errorRate?: Maybe<Scalars['Float']['output']>;
  /** Samples of the last `hours` (1–168, default 24), oldest first. `BAD_USER_INPUT` outside the range. */
  history: Array<CompanyHealthSample>;
  /** The company's id. */
  id: Scalars['ID']['output'];
  /** Why the latest probe failed; null when it worked. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** When the latest sample was taken; null before the first. */
  lastSampleAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the order sync last succeeded for this company; null when it never has. */
  lastSuccessfulSyncAt?: Maybe<Scalars['DateTime']['output']>;
  /** The order sync's last error; null when the last run worked. */
  lastSyncError?: Maybe<Scalars['String']['output']>;
  /** The latest probe call's wall time in milliseconds; null when none was sent. */
  latencyMs?: Maybe<Scalars['Int']['output']>;
  /** The company's name. */
  name: Scalars['String']['output'];
  /** The company's slug. */
  slug: Scalars['String']['output'];
  /** The company's state by the latest sample. */
  status: HealthStatus;
};


/** A company's health from the portal's latest sample and its order sync. */
export type CompanyHealthHistoryArgs = {
  hours?: InputMaybe<Scalars['Int']['input']>;
};

/** One health sample of a company. */
export type CompanyHealthSample = {
  __typename?: 'CompanyHealthSample';
  /** When it was taken. */
  at: Scalars['DateTime']['output'];
  /** Contract calls the portal made to the company in the sample's window (the probe included). */
  calls: Scalars['Int']['output'];
  /** The circuit state at the sample. */
  circuit: CircuitState;
  /** failures / calls, 0–1; null without calls. */
  errorRate?: Maybe<Scalars['Float']['output']>;
  /** Of those, how many failed. */
  failures: Scalars['Int']['output'];
  /** The probe call's wall time in milliseconds; null when not sent. */
  latencyMs?: Maybe<Scalars['Int']['output']>;
  /** Whether the probe call succeeded; null when it was not sent (open circuit). */
  probeOk?: Maybe<Scalars['Boolean']['output']>;
};

/** The company setup script (supabase/company/setup.sql) and what it provides. */
export type CompanySetup = {
  __typename?: 'CompanySetup';
  /** The contract version the script provides and the portal expects. */
  contractVersion: Scalars['Int']['output'];
  /** The file name to save it as. */
  fileName: Scalars['String']['output'];
  /** The SQL to run once in the company's Supabase project (SQL editor); idempotent. */
  script: Scalars['String']['output'];
};

/** The result of `connectCompany`. */
export type ConnectCompanyResult = {
  __typename?: 'ConnectCompanyResult';
  /** The customer with the new connection; null when refused. */
  customer?: Maybe<Customer>;
  /** Why the connection was refused. */
  error?: Maybe<AccountError>;
};

/** The result of `createApiKey`. */
export type CreateApiKeyResult = {
  __typename?: 'CreateApiKeyResult';
  /** The new key's record; null when refused. */
  apiKey?: Maybe<ApiKey>;
  /** Why the key was not created. */
  error?: Maybe<AccountError>;
  /** The key itself, `ppk_<prefix>_<secret>`. Shown this once: the portal keeps only its hash. */
  key?: Maybe<Scalars['String']['output']>;
};

/** A new company of the registry. */
export type CreateCompanyInput = {
  /** Contact details for customers and quote PDFs; none when absent. */
  contact?: InputMaybe<CompanyContactInput>;
  /** The company's name, 1–200 characters. */
  name: Scalars['String']['input'];
  /** The project's secret (service-role) key; stored encrypted, never shown again. */
  secretKey: Scalars['String']['input'];
  /** URL-safe identifier: lower-case letters, digits and single hyphens, at most 60. */
  slug: Scalars['String']['input'];
  /** Base URL of the company's Supabase project, `https://…` (or `http://` for a local one). */
  supabaseUrl: Scalars['String']['input'];
};

/**
 * A customer account (a carpenter or furniture maker). Only the customer themself can read it,
 * through `Query.me` or the result of their own sign-in and account mutations.
 */
export type Customer = {
  __typename?: 'Customer';
  /** The company the customer is working with now (the header switcher); null when none is chosen. */
  activeCompany?: Maybe<Company>;
  /** The customer's partner API keys, newest first, including revoked and expired ones. */
  apiKeys: Array<ApiKey>;
  /** Billing details printed on quotes and invoices; every field but the country is optional. */
  billing: BillingDetails;
  /** The companies the customer is connected to, by company name. */
  companies: Array<CustomerCompany>;
  /** When the account was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The sign-in email address, as the customer typed it (unique case-insensitively). */
  email: Scalars['String']['output'];
  /** Whether the customer opened the verification link sent to `email`. */
  emailVerified: Scalars['Boolean']['output'];
  /** Stable identifier of the customer. */
  id: Scalars['ID']['output'];
  /** The language of the customer's emails and, by default, of the client. */
  locale: Locale;
  /** Mobile phone number, e.g. `+36 30 123 4567`; null when not given. */
  mobile?: Maybe<Scalars['String']['output']>;
  /** Full name, 1–200 characters, stored and shown as plain text. */
  name: Scalars['String']['output'];
  /** Which emails the customer wants to receive. */
  notificationPreferences: NotificationPreferences;
};

/** A customer's record at one company: the connection and the company's terms for them. */
export type CustomerCompany = {
  __typename?: 'CustomerCompany';
  /** Whether this is the customer's active company. */
  active: Scalars['Boolean']['output'];
  /** The company. */
  company: Company;
  /** When the customer connected to the company. */
  connectedAt: Scalars['DateTime']['output'];
  /** The customer's discount at this company in percent, 0–100, e.g. `"5.00"`. */
  discountPercent: Scalars['Decimal']['output'];
};

/** The result of a mutation that changes the signed-in customer. */
export type CustomerResult = {
  __typename?: 'CustomerResult';
  /** The customer as changed; null when the change was refused. */
  customer?: Maybe<Customer>;
  /** Why the change was refused. */
  error?: Maybe<AccountError>;
};

/** One day's activity on the dashboard. */
export type DailyActivity = {
  __typename?: 'DailyActivity';
  /** The UTC day, `YYYY-MM-DD`. */
  date: Scalars['String']['output'];
  /** Orders placed that day (the company ordered the quote). */
  orders: Scalars['Int']['output'];
  /** Quotes created that day. */
  quotes: Scalars['Int']['output'];
  /** Customers who signed up that day. */
  signUps: Scalars['Int']['output'];
};

/** The result of `deleteQuotes`. */
export type DeleteQuotesResult = {
  __typename?: 'DeleteQuotesResult';
  /** The ids of the deleted drafts; empty when refused. */
  deletedIds: Array<Scalars['ID']['output']>;
  /** Why nothing was deleted. */
  error?: Maybe<QuoteError>;
};

/** Where a queued delivery stands. */
export type DeliveryState =
  /** The last attempt failed; it is retried with backoff. */
  | 'FAILING'
  /** The company is deactivated: nothing is sent until it is active again. */
  | 'PAUSED'
  /** Waiting for its (first or next) attempt, no error yet. */
  | 'PENDING';

/** An active company that is failing now. */
export type FailingCompany = {
  __typename?: 'FailingCompany';
  /** The company's id. */
  companyId: Scalars['ID']['output'];
  /** The company's name. */
  companyName: Scalars['String']['output'];
  /** The last error. */
  error: Scalars['String']['output'];
  /** Since when (the first failure still unresolved). */
  since: Scalars['DateTime']['output'];
  /** What fails. */
  source: CompanyFailureSource;
};

/** A service's or a company's state on the System page. */
export type HealthStatus =
  /** Works with failures (some calls failed, or the circuit is testing the company again). */
  | 'DEGRADED'
  /** Does not work (not ready, unreachable, or the company's circuit is open). */
  | 'DOWN'
  /** Not known yet (no sample since the company was added, or the company is inactive). */
  | 'UNKNOWN'
  /** Works. */
  | 'UP';

/** The side of a panel its hinge holes are drilled along. */
export type HingeHoleSide =
  /** A long side (hosszú). */
  | 'LONG'
  /** A short side (rövid). */
  | 'SHORT';

/** A language of the portal's texts and emails. */
export type Locale =
  /** English. */
  | 'EN'
  /** Hungarian (the default). */
  | 'HU';

/** Where the portal's mail goes. */
export type MailDeliveryMode =
  /** Kept in the mail outbox, not sent (the embedded default without SMTP). */
  | 'OUTBOX'
  /** Sent over SMTP; the outbox stays empty. */
  | 'SMTP';

/** What an email in the development mailbox is for. */
export type MailKind =
  /** Any other notification. */
  | 'NOTIFICATION'
  /** Password reset link. */
  | 'PASSWORD_RESET'
  /** Email address verification after sign-up. */
  | 'VERIFICATION';

/** An email the portal wrote, as kept in the mail outbox. */
export type MailMessage = {
  __typename?: 'MailMessage';
  /** When the email was written. */
  createdAt: Scalars['DateTime']['output'];
  /** The HTML body. */
  html: Scalars['String']['output'];
  /** Stable identifier of the message. */
  id: Scalars['ID']['output'];
  /** What the email is for. */
  kind: MailKind;
  /** The link the email asks the reader to open (verification, reset); null when none. */
  link?: Maybe<Scalars['String']['output']>;
  /** The language the email is written in. */
  locale: Locale;
  /** Subject line. */
  subject: Scalars['String']['output'];
  /** The plain-text body. */
  text: Scalars['String']['output'];
  /** Recipient address. */
  to: Scalars['String']['output'];
};

/** An email template in one language: the saved version, or the built-in one. */
export type MailTemplate = {
  __typename?: 'MailTemplate';
  /** The plain-text body in use; the HTML part is made from it. */
  body: Scalars['String']['output'];
  /** Whether an admin's version is in use (false: the built-in text). */
  customized: Scalars['Boolean']['output'];
  /** The built-in body. */
  defaultBody: Scalars['String']['output'];
  /** The built-in subject (what `resetMailTemplate` brings back). */
  defaultSubject: Scalars['String']['output'];
  /** Which template. */
  kind: MailTemplateKind;
  /** Which language. */
  locale: Locale;
  /** The placeholders subject and body may use, e.g. `name`, `link` (written `{{name}}`). */
  placeholders: Array<Scalars['String']['output']>;
  /** The subject in use. */
  subject: Scalars['String']['output'];
  /** When an admin last saved it; null for the built-in text. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A template to preview or save. */
export type MailTemplateInput = {
  /** The plain-text body, up to 5000 characters, with `{{link}}` in it. */
  body: Scalars['String']['input'];
  /** Which template. */
  kind: MailTemplateKind;
  /** Which language. */
  locale: Locale;
  /** The subject, one line, up to 200 characters. */
  subject: Scalars['String']['input'];
};

/** An email template an admin may change. */
export type MailTemplateKind =
  /** The order-ready notification. */
  | 'ORDER_READY'
  /** The password reset mail. */
  | 'PASSWORD_RESET'
  /** The email address verification mail. */
  | 'VERIFICATION';

/** A template rendered with sample data. */
export type MailTemplatePreview = {
  __typename?: 'MailTemplatePreview';
  /** Why the template cannot be used; null when it can. */
  error?: Maybe<AdminActionError>;
  /** The HTML body; null when refused. */
  html?: Maybe<Scalars['String']['output']>;
  /** The subject; null when the template was refused. */
  subject?: Maybe<Scalars['String']['output']>;
  /** The plain-text body; null when refused. */
  text?: Maybe<Scalars['String']['output']>;
};

/** The result of `updateMailTemplate` and `resetMailTemplate`. */
export type MailTemplateResult = {
  __typename?: 'MailTemplateResult';
  /** Why it was refused; null when done. */
  error?: Maybe<AdminActionError>;
  /** The template as it is now; null when refused. */
  template?: Maybe<MailTemplate>;
};

/** An amount of money in a company's currency. */
export type Money = {
  __typename?: 'Money';
  /** The amount as an exact decimal string with two decimals, e.g. `"6540.00"`. */
  amount: Scalars['Decimal']['output'];
  /** The currency name from the company's catalog, e.g. `HUF`. */
  currency: Scalars['String']['output'];
};

/** Account, session, company-connection and API-key changes. */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Admins (role `admin`) only: sends the customer a new verification link.
   * `ALREADY_VERIFIED`, `ACCOUNT_DISABLED` or `NOT_FOUND` when it cannot be sent.
   */
  adminResendVerification: AdminActionResult;
  /**
   * Admins (role `admin`) only: sends the customer a password reset link (the password stays
   * until they use it). `ACCOUNT_DISABLED` or `NOT_FOUND` when it cannot be sent.
   */
  adminSendPasswordReset: AdminActionResult;
  /** Signs a portal admin or support member in (the admin UI); the same rules as `signIn`. */
  adminSignIn: SignInResult;
  /** Changes the signed-in customer's password; signs their other sessions out. */
  changePassword: AccountResult;
  /**
   * Connects the signed-in customer to an active company. The first connected company becomes
   * the active one. Connecting again is harmless.
   */
  connectCompany: ConnectCompanyResult;
  /**
   * Creates a partner API key for the signed-in customer's own account. The key is in the result
   * this once and never again.
   */
  createApiKey: CreateApiKeyResult;
  /**
   * Admins (role `admin`) only: registers a company. Its secret key is stored encrypted and never
   * returned. Refused with `DUPLICATE_SLUG`, `INVALID_NAME`, `INVALID_SLUG`, `INVALID_URL`,
   * `SECRET_KEY_REQUIRED`, `INVALID_SECRET_KEY`, `INVALID_CONTACT` (field named),
   * `ENCRYPTION_UNAVAILABLE`.
   */
  createCompany: AdminCompanyResult;
  /**
   * Admins (role `admin`) only: creates an API key for an active company's integration. It acts
   * for the company and may only have `CATALOG_READ` (that company's catalog and previews); it
   * never reads customers' quotes or orders. The key is in the result this once and never again.
   */
  createCompanyApiKey: CreateApiKeyResult;
  /**
   * Saves a new draft quote at a company the caller is connected to, numbered `PQ-YYYY-NNN`.
   * The input carries no prices: the server prices a quote from the company's catalog.
   */
  createQuote: QuoteResult;
  /**
   * Deletes the signed-in customer's account: personal data erased or anonymised, every session
   * and API key revoked; submitted quotes are kept, anonymised, for the companies.
   */
  deleteAccount: AccountResult;
  /**
   * Deletes drafts of the caller's, 1–100 at once, all or none: an id that is not the caller's
   * (`NOT_FOUND`) or not a draft (`NOT_DRAFT`) refuses the whole call, `field` naming it.
   */
  deleteQuotes: DeleteQuotesResult;
  /**
   * Admins (role `admin`) only: disables a customer account. Every session of theirs ends at
   * once: refresh tokens stop working and access tokens already issued are refused (401) from
   * the next request. They cannot sign in until enabled again. Recorded in the audit log.
   */
  disableCustomer: AdminCustomerResult;
  /** Disconnects the signed-in customer from a company; if it was the active one, none is active. */
  disconnectCompany: CustomerResult;
  /** Copies one of the caller's quotes (any status) into a new, unpriced draft with a new number. */
  duplicateQuote: QuoteResult;
  /** Admins (role `admin`) only: enables a disabled customer account again; they sign in anew. */
  enableCustomer: AdminCustomerResult;
  /**
   * Exchanges a refresh token (customer or admin) for a new session pair. The token works once;
   * replaying a used token signs the whole session out (`INVALID_REFRESH_TOKEN`).
   */
  refreshSession: SignInResult;
  /**
   * Prices a draft again with the company's current catalog, after the customer saw what
   * changed (`Quote.stale`); nothing is repriced without this call. The result has the new
   * totals on `quote`, the previous ones and every unit price, rate or setting that changed.
   * `PRICING_UNAVAILABLE` when the company cannot be asked now.
   */
  repriceQuote: RepriceQuoteResult;
  /**
   * Emails a password reset link when a customer has this address. Answers `ok` either way, so
   * it reveals nothing about accounts.
   */
  requestPasswordReset: AccountResult;
  /**
   * Sends the verification email again. Answers `ok` whether or not an unverified account has
   * this address, so it reveals nothing about accounts.
   */
  resendVerification: AccountResult;
  /** Admins (role `admin`) only: drops the saved version of a template; the built-in text is used again. */
  resetMailTemplate: MailTemplateResult;
  /** Sets a new password with the single-use token of a reset link; signs every session out. */
  resetPassword: AccountResult;
  /**
   * Admins (role `admin`) only: makes an undelivered submission due now, for the delivery
   * worker's next pass. `ALREADY_DELIVERED`, `DELIVERY_IN_PROGRESS` or `NOT_FOUND` otherwise.
   */
  retryDelivery: AdminActionResult;
  /** Revokes one of the signed-in customer's API keys at once. */
  revokeApiKey: RevokeApiKeyResult;
  /** Admins (role `admin`) only: revokes a company's API key at once. */
  revokeCompanyApiKey: RevokeApiKeyResult;
  /** Makes a connected, active company the signed-in customer's active company. */
  setActiveCompany: CustomerResult;
  /**
   * Admins (role `admin`) only: activates or deactivates a company, at once: a deactivated company
   * disappears from customers' lists, its catalog is no longer served and nothing is delivered to
   * it (within the 2-second company cache of the services).
   */
  setCompanyActive: AdminCompanyResult;
  /**
   * Signs a customer in. A wrong email and a wrong password get the same `INVALID_CREDENTIALS`;
   * the 6th wrong password for one email within a minute gets `LOCKED_OUT` with
   * `retryAfterSeconds`, and during the lockout even the right password is refused.
   */
  signIn: SignInResult;
  /**
   * Signs the caller's session out: the signed-in caller's own session, or the session of the
   * given refresh token (works after the access token expired). Always true.
   */
  signOut: Scalars['Boolean']['output'];
  /**
   * Registers a customer (all three registration steps) and emails a verification link. The
   * account cannot sign in until the email is verified. `EMAIL_TAKEN` when the address is in use.
   */
  signUp: SignUpResult;
  /**
   * Submits a draft (with at least one panel) to its company. The server prices it again from
   * the company's catalog; when that price differs from the one the quote shows (or it had none)
   * the call is refused with `PRICE_CHANGED` and the changes, unless `acceptPriceChanges` says
   * the customer has seen and accepted the new price. The price is then frozen and the quote
   * answers at once as `SUBMITTING`; it becomes `SUBMITTED` with the company's quote number when
   * the company has it (`Quote.delivery`, the `quoteUpdated` subscription). Retrying with the
   * same `idempotencyKey` returns the same result and submits nothing new; another key for a
   * quote already submitted is `ALREADY_SUBMITTED`.
   */
  submitQuote: SubmitQuoteResult;
  /**
   * Admins (role `admin`) only: tests the connection to a company's Supabase project, step by step
   * (reachable, key accepted, contract version, catalog counts, latency). Of a registered company
   * (`companyId`), with `supabaseUrl` / `secretKey` replacing the stored ones when given; or of
   * values not saved yet (both given, no `companyId`). Nothing is stored.
   */
  testCompanyConnection: CompanyConnectionTest;
  /** Replaces the signed-in customer's billing details (absent fields become empty). */
  updateBilling: CustomerResult;
  /**
   * Admins (role `admin`) only: changes a company's name, slug, Supabase URL or secret key (absent
   * fields stay). The same codes as `createCompany`, and `NOT_FOUND`.
   */
  updateCompany: AdminCompanyResult;
  /**
   * Admins (role `admin`) only: saves an email template (subject and body with the listed
   * placeholders); mails use it from then on. Refused with `EMPTY_TEMPLATE`,
   * `UNKNOWN_PLACEHOLDER`, `MALFORMED_PLACEHOLDER`, `MISSING_LINK` or `TEMPLATE_TOO_LONG`.
   */
  updateMailTemplate: MailTemplateResult;
  /** Changes which emails the signed-in customer receives. */
  updateNotificationPreferences: CustomerResult;
  /** Changes the signed-in customer's name, mobile number or language. */
  updateProfile: CustomerResult;
  /**
   * Replaces a draft's lines and comment. `expectedVersion` is the `version` the change is based
   * on: when the quote was saved since (another tab, another device), the write is refused with
   * `VERSION_CONFLICT` and `currentVersion`, never merged; reload and apply the change again.
   */
  updateQuote: QuoteResult;
  /** Verifies an email address with the single-use token of the verification link. */
  verifyEmail: VerifyEmailResult;
};


/** Account, session, company-connection and API-key changes. */
export type MutationAdminResendVerificationArgs = {
  customerId: Scalars['ID']['input'];
};


/** Account, session, company-connection and API-key changes. */
export type MutationAdminSendPasswordResetArgs = {
  customerId: Scalars['ID']['input'];
};


/** Account, session, company-connection and API-key changes. */
export type MutationAdminSignInArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


/** Account, session, company-connection and API-key changes. */
export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


/** Account, session, company-connection and API-key changes. */
export type MutationConnectCompanyArgs = {
  companyId: Scalars['ID']['input'];
};


/** Account, session, company-connection and API-key changes. */
export type MutationCreateApiKeyArgs = {
  input: ApiKeyInput;
};


/** Account, session, company-connection and API-key changes. */
export type MutationCreateCompanyArgs = {
  input: CreateCompanyInput;
};


/** Account, session, company-connection and API-key changes. */
export type MutationCreateCompanyApiKeyArgs = {
  input: CompanyApiKeyInput;
};


/** Account, session, company-connection and API-key changes. */
export type MutationCreateQuoteArgs = {
  input: QuoteDraftInput;
};


/** Account, session, company-connection and API-key changes. */
export type MutationDeleteAccountArgs = {
  password: Scalars['String']['input'];
};


/** Account, session, company-connection and API-key changes. */
export type MutationDeleteQuotesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Account, session, company-connection and API-key changes. */
export type MutationDisableCustomerArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


/** Account, session, company-connection and API-key changes. */
export type MutationDisconnectCompanyArgs = {
  companyId: Scalars['ID']['input'];
};


/** Account, session, company-connection and API-key changes. */
export type MutationDuplicateQuoteArgs = {
  id: Scalars['ID']['input'];
};


/** Account, session, company-connection and API-key changes. */
export type MutationEnableCustomerArgs = {
  id: Scalars['ID']['input'];
};


/** Account, session, company-connection and API-key changes. */
export type MutationRefreshSessionArgs = {
  refreshToken: Scalars['String']['input'];
};


/** Account, session, company-connection and API-key changes. */
export type MutationRepriceQuoteArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


/** Account, session, company-connection and API-key changes. */
export type MutationRequestPasswordResetArgs = {
  email: Scalars['String']['input'];
};


/** Account, session, company-connection and API-key changes. */
export type MutationResendVerificationArgs = {
  email: Scalars['String']['input'];
};


/** Account, session, company-connection and API-key changes. */
export type MutationResetMailTemplateArgs = {
  kind: MailTemplateKind;
  locale: Locale;
};


/** Account, session, company-connection and API-key changes. */
export type MutationResetPasswordArgs = {
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


/** Account, session, company-connection and API-key changes. */
export type MutationRetryDeliveryArgs = {
  id: Scalars['ID']['input'];
};


/** Account, session, company-connection and API-key changes. */
export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


/** Account, session, company-connection and API-key changes. */
export type MutationRevokeCompanyApiKeyArgs = {
  id: Scalars['ID']['input'];
};


/** Account, session, company-connection and API-key changes. */
export type MutationSetActiveCompanyArgs = {
  companyId: Scalars['ID']['input'];
};


/** Account, session, company-connection and API-key changes. */
export type MutationSetCompanyActiveArgs = {
  active: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


/** Account, session, company-connection and API-key changes. */
export type MutationSignInArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
  rememberMe?: InputMaybe<Scalars['Boolean']['input']>;
};


/** Account, session, company-connection and API-key changes. */
export type MutationSignOutArgs = {
  refreshToken?: InputMaybe<Scalars['String']['input']>;
};


/** Account, session, company-connection and API-key changes. */
export type MutationSignUpArgs = {
  input: SignUpInput;
};


/** Account, session, company-connection and API-key changes. */
export type MutationSubmitQuoteArgs = {
  acceptPriceChanges?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
};


/** Account, session, company-connection and API-key changes. */
export type MutationTestCompanyConnectionArgs = {
  input: CompanyConnectionTestInput;
};


/** Account, session, company-connection and API-key changes. */
export type MutationUpdateBillingArgs = {
  input: BillingInput;
};


/** Account, session, company-connection and API-key changes. */
export type MutationUpdateCompanyArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCompanyInput;
};


/** Account, session, company-connection and API-key changes. */
export type MutationUpdateMailTemplateArgs = {
  input: MailTemplateInput;
};


/** Account, session, company-connection and API-key changes. */
export type MutationUpdateNotificationPreferencesArgs = {
  input: NotificationPreferencesInput;
};


/** Account, session, company-connection and API-key changes. */
export type MutationUpdateProfileArgs = {
  input: ProfileInput;
};


/** Account, session, company-connection and API-key changes. */
export type MutationUpdateQuoteArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: QuoteDraftInput;
};


/** Account, session, company-connection and API-key changes. */
export type MutationVerifyEmailArgs = {
  token: Scalars['String']['input'];
};

/** Which emails a customer receives. Account emails (verification, password reset) always go out. */
export type NotificationPreferences = {
  __typename?: 'NotificationPreferences';
  /** An email when an order is ready for pickup (opt-in). */
  orderReady: Scalars['Boolean']['output'];
  /** An email on every status change of an order. */
  orderStatusChanged: Scalars['Boolean']['output'];
};

/** Notification preferences; an absent field keeps its current value (at sign-up: off). */
export type NotificationPreferencesInput = {
  /** An email when an order is ready. */
  orderReady?: InputMaybe<Scalars['Boolean']['input']>;
  /** An email on every status change of an order. */
  orderStatusChanged?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Whether an order notification went out. */
export type NotificationStatus =
  /** The last attempt failed; it is tried again. */
  | 'FAILED'
  /** Not sent yet. */
  | 'PENDING'
  /** Sent. */
  | 'SENT';

/**
 * A submitted quote as its company progresses it, mirrored from the company's database by the
 * order sync (pulled on an interval and on the company's webhook).
 */
export type Order = {
  __typename?: 'Order';
  /** When it was cancelled; null unless cancelled by status. */
  cancelledAt?: Maybe<Scalars['DateTime']['output']>;
  /** The company. */
  company: Company;
  /** The company's own quote number, `Q-YYYY-NNN`. */
  companyQuoteNumber: Scalars['String']['output'];
  /** When the portal first saw the order. */
  createdAt: Scalars['DateTime']['output'];
  /** Whether the company deleted its quote. */
  deleted: Scalars['Boolean']['output'];
  /** When it was handed over; null until then. */
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Stable identifier of the order (the portal's, not the company's). */
  id: Scalars['ID']['output'];
  /** When production started; null until then. */
  inProductionAt?: Maybe<Scalars['DateTime']['output']>;
  /** The company's order number, `ORD-YYYY-MM-DD-NNN`; null until the company orders it. */
  number?: Maybe<Scalars['String']['output']>;
  /** When the company ordered it; null until then. */
  orderedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Whether it is paid. */
  paymentStatus: PaymentStatus;
  /** The portal quote that was submitted. */
  quote: Quote;
  /** When it became ready for pickup; null until then. */
  readyAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where the order is. */
  status: OrderStatus;
  /** Every change the portal saw, oldest first. */
  timeline: Array<OrderEvent>;
  /** When the portal last saw a change. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of orders. */
export type OrderConnection = {
  __typename?: 'OrderConnection';
  /** The orders of this page. */
  edges: Array<OrderEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many orders match the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An order in a page. */
export type OrderEdge = {
  __typename?: 'OrderEdge';
  /** Pass as `after` to continue after this order. */
  cursor: Scalars['String']['output'];
  /** The order. */
  node: Order;
};

/** One entry of an order's timeline. */
export type OrderEvent = {
  __typename?: 'OrderEvent';
  /** When the portal saw the change. */
  at: Scalars['DateTime']['output'];
  /** The payment status before (`PAYMENT`). */
  fromPaymentStatus?: Maybe<PaymentStatus>;
  /** The status before (`STATUS`). */
  fromStatus?: Maybe<OrderStatus>;
  /** Stable identifier; increases with time. */
  id: Scalars['ID']['output'];
  /** What changed. */
  kind: OrderEventKind;
  /** The payment status after (`PAYMENT`). */
  toPaymentStatus?: Maybe<PaymentStatus>;
  /** The status after (`CREATED`, `STATUS`). */
  toStatus?: Maybe<OrderStatus>;
};

/** What an order timeline entry records. */
export type OrderEventKind =
  /** The order appeared at the company (its first status is `toStatus`). */
  | 'CREATED'
  /** The company deleted its quote; the order is cancelled. */
  | 'DELETED'
  /** The payment status changed from `fromPaymentStatus` to `toPaymentStatus`. */
  | 'PAYMENT'
  /** The status changed from `fromStatus` to `toStatus`. */
  | 'STATUS';

/** Which orders `Query.orders` lists; the conditions combine with AND. */
export type OrderFilter = {
  /** Only orders at this company. */
  companyId?: InputMaybe<Scalars['ID']['input']>;
  /** Only orders in one of these payment statuses. */
  paymentStatus?: InputMaybe<Array<PaymentStatus>>;
  /** A part of the order number, the company's or the portal's quote number, 1–100 characters. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only orders in one of these statuses. */
  status?: InputMaybe<Array<OrderStatus>>;
};

/** An order notification mail (e.g. `ready`) and whether it went out. */
export type OrderNotificationMail = {
  __typename?: 'OrderNotificationMail';
  /** Attempts so far. */
  attempts: Scalars['Int']['output'];
  /** When the notification was asked for. */
  createdAt: Scalars['DateTime']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** What it tells, e.g. `ready`. */
  kind: Scalars['String']['output'];
  /** The last error; null when none. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** When it was sent; null when not yet. */
  sentAt?: Maybe<Scalars['DateTime']['output']>;
  /** Whether it went out. */
  status: NotificationStatus;
  /** Subject line. */
  subject: Scalars['String']['output'];
  /** Recipient address. */
  to: Scalars['String']['output'];
};

/**
 * Where an order is, as the company reports it (DOMAIN.md): `SUBMITTED` while the company has
 * the quote but has not ordered it yet.
 */
export type OrderStatus =
  /** Cancelled, or deleted by the company (Törölve). */
  | 'CANCELLED'
  /** Handed over (Átadva). */
  | 'FINISHED'
  /** In production (Gyártásban). */
  | 'IN_PRODUCTION'
  /** Ordered (Megrendelve). */
  | 'ORDERED'
  /** Ready for pickup (Gyártás kész). */
  | 'READY'
  /** In the company's system, not ordered yet (Beküldve). */
  | 'SUBMITTED';

/** Relay-style paging information of a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item of this page; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more items follow the last one of this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether items precede the first one of this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item of this page; null when the page is empty. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** The rules a new password must meet, to show before the customer types one. */
export type PasswordPolicy = {
  __typename?: 'PasswordPolicy';
  /** Most characters. */
  maxLength: Scalars['Int']['output'];
  /**
   * How many of the character classes (lower-case letters, upper-case letters, digits, other
   * characters) the password must mix, at least.
   */
  minCharacterClasses: Scalars['Int']['output'];
  /** Fewest characters. */
  minLength: Scalars['Int']['output'];
  /** Whether the password may not equal (or contain) the email address. */
  notEmail: Scalars['Boolean']['output'];
};

/** Whether the customer has paid the company for an order. */
export type PaymentStatus =
  /** Nothing paid yet. */
  | 'NOT_PAID'
  /** Paid in full. */
  | 'PAID'
  /** Partly paid. */
  | 'PARTIAL';

/** A unit price, rate or setting that differs between the old and the new price of a quote. */
export type PriceChange = {
  __typename?: 'PriceChange';
  /** The value now; null when the row is no longer in the catalog. */
  after?: Maybe<Scalars['String']['output']>;
  /** The value the quote was priced with (as text; JSON for settings); null when the row was new. */
  before?: Maybe<Scalars['String']['output']>;
  /** The field, e.g. `pricePerSqm`, `vatRate`, `settings`. */
  field: Scalars['String']['output'];
  /** The catalog row's id (a material, edge banding…); null for the services row. */
  itemId?: Maybe<Scalars['ID']['output']>;
  /** Where in the catalog. */
  part: PriceChangePart;
};

/** Which part of a company's catalog a price change is in. */
export type PriceChangePart =
  /** An accessory: unit price or VAT. */
  | 'ACCESSORY'
  /** An edge banding: price per metre, overhang or VAT. */
  | 'EDGE_BANDING'
  /** A fee type: net price or VAT. */
  | 'FEE_TYPE'
  /** A board material: price per m², VAT, stock, board size or cutting settings. */
  | 'MATERIAL'
  /** The cutting-fee row: cutting per metre, hinge holes, doubling, angle cut and their VAT. */
  | 'SERVICES';

/** Profile fields to change; an absent field keeps its value. */
export type ProfileInput = {
  /** Language of the account's emails. */
  locale?: InputMaybe<Locale>;
  /** Mobile phone number, at most 40 characters; an empty string removes it. */
  mobile?: InputMaybe<Scalars['String']['input']>;
  /** Full name, 1–200 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Reads: companies, the signed-in customer, admin fields and account settings. */
export type Query = {
  __typename?: 'Query';
  /** Admin-only fields; null with `FORBIDDEN` for anyone but a signed-in admin or support member. */
  admin?: Maybe<AdminQuery>;
  /** The active companies a customer can connect to, ordered by name. */
  companies: Array<Company>;
  /**
   * One active company by id or by slug (exactly one of the two). Null with a `NOT_FOUND` error
   * when no active company matches; `BAD_USER_INPUT` when the id is malformed or both or neither
   * argument is given.
   */
  company?: Maybe<Company>;
  /**
   * The mail outbox, newest first, for the development mail page. Only in development: the
   * embedded default or a portal started with `NODE_ENV=development`, and never with `SMTP_URL`
   * (mail is sent then). Null everywhere else.
   */
  devMailbox?: Maybe<Array<MailMessage>>;
  /** The signed-in customer; null when the caller is not a signed-in customer. */
  me?: Maybe<Customer>;
  /**
   * One of the caller's orders (a signed-in customer's own, or a partner key's owner's with
   * `orders:read`). Null, without an error, when there is no such order of the caller's (another
   * customer's order included); `BAD_USER_INPUT` for a malformed id.
   */
  order?: Maybe<Order>;
  /**
   * The caller's orders (submitted quotes as their companies progress them), most recently
   * changed first. `BAD_USER_INPUT` for `first` outside 1–100 or a malformed cursor.
   */
  orders: OrderConnection;
  /** The rules a new password must meet (to show them before the customer types one). */
  passwordPolicy: PasswordPolicy;
  /**
   * One of the caller's saved quotes (a signed-in customer's own, or a partner key's owner's with
   * `quotes:read`). Null with `NOT_FOUND` when there is no such quote of the caller's (another
   * customer's quote is not found either); `BAD_USER_INPUT` for a malformed id.
   */
  quote?: Maybe<Quote>;
  /**
   * The caller's saved quotes at companies they are connected to, most recently changed first.
   * `BAD_USER_INPUT` for `first` outside 1–100 or a malformed cursor.
   */
  quotes: QuoteConnection;
};


/** Reads: companies, the signed-in customer, admin fields and account settings. */
export type QueryCompanyArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  slug?: InputMaybe<Scalars['String']['input']>;
};


/** Reads: companies, the signed-in customer, admin fields and account settings. */
export type QueryDevMailboxArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads: companies, the signed-in customer, admin fields and account settings. */
export type QueryOrderArgs = {
  id: Scalars['ID']['input'];
};


/** Reads: companies, the signed-in customer, admin fields and account settings. */
export type QueryOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads: companies, the signed-in customer, admin fields and account settings. */
export type QueryQuoteArgs = {
  id: Scalars['ID']['input'];
};


/** Reads: companies, the signed-in customer, admin fields and account settings. */
export type QueryQuotesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<QuoteFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A submitted quote waiting to reach its company. */
export type QueuedDelivery = {
  __typename?: 'QueuedDelivery';
  /** Attempts so far. */
  attempts: Scalars['Int']['output'];
  /** The company's id. */
  companyId: Scalars['ID']['output'];
  /** The company's name. */
  companyName: Scalars['String']['output'];
  /** When the customer submitted. */
  createdAt: Scalars['DateTime']['output'];
  /** The customer's email address. */
  customerEmail: Scalars['String']['output'];
  /** The customer's id. */
  customerId: Scalars['ID']['output'];
  /** The outbox row's id (for `retryDelivery`). */
  id: Scalars['ID']['output'];
  /** When it was last tried; null when never. */
  lastAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** The last attempt's error; null when none failed. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** Until when a worker holds it (an attempt under way); null when none does. */
  leasedUntil?: Maybe<Scalars['DateTime']['output']>;
  /** When it is due next. */
  nextAttemptAt: Scalars['DateTime']['output'];
  /** The quote's id. */
  quoteId: Scalars['ID']['output'];
  /** The portal quote number. */
  quoteNumber: Scalars['String']['output'];
  /** Where it stands. */
  state: DeliveryState;
};

/**
 * A customer's saved quote at one company. Its lines reference the company's catalog by id; the
 * price is computed on the server from that catalog and kept as a snapshot.
 */
export type Quote = {
  __typename?: 'Quote';
  /** Hardware lines. */
  accessories: Array<QuoteAccessoryLine>;
  /** The company catalog version the price was computed from; null until priced. */
  catalogVersion?: Maybe<Scalars['String']['output']>;
  /** The customer's note to the company; null when none. */
  comment?: Maybe<Scalars['String']['output']>;
  /** The company the quote is for. */
  company: Company;
  /** The company's own number of the quote (`Q-YYYY-NNN`); null until the company has it. */
  companyQuoteNumber?: Maybe<Scalars['String']['output']>;
  /** When the quote was created. */
  createdAt: Scalars['DateTime']['output'];
  /** How delivery to the company goes; null while a draft. */
  delivery?: Maybe<QuoteDelivery>;
  /** Fee lines of the company's fee types. */
  fees: Array<QuoteFeeLine>;
  /** Stable identifier of the quote. */
  id: Scalars['ID']['output'];
  /** The portal's quote number, `PQ-YYYY-NNN`, e.g. `PQ-2026-007`. */
  number: Scalars['String']['output'];
  /** What the company made of the quote once submitted; null until the company reports it. */
  order?: Maybe<Order>;
  /** The cut list, in the customer's order. */
  panels: Array<QuotePanelLine>;
  /**
   * What differs in the company's catalog now from the unit prices, rates and settings the
   * quote was priced with (what `repriceQuote` would change). Empty when nothing does; null while
   * the quote is unpriced or the company cannot be asked.
   */
  priceChanges?: Maybe<Array<PriceChange>>;
  /** When the quote was priced; null until then. */
  pricedAt?: Maybe<Scalars['DateTime']['output']>;
  /**
   * The quote's price as it was computed, not as the catalog would price it today: the lines
   * priced again with the unit prices, rates and settings of the quote's snapshot (the same
   * computation as the PDF's breakdown), so it always adds up to `totals`. Names come from the
   * company's catalog now. Null while unpriced, when the company cannot be asked for the rows'
   * names and boards, or when the snapshot does not reproduce the stored totals. Submitted
   * quotes show this; a draft's screen prices live with `previewQuote`.
   */
  snapshotPricing?: Maybe<QuoteSnapshotPricing>;
  /**
   * Whether the company's prices changed since the quote was priced (reprice to see the
   * difference). Null while the quote is unpriced or its staleness is not known yet.
   */
  stale?: Maybe<Scalars['Boolean']['output']>;
  /** Where the quote is. */
  status: QuoteStatus;
  /** When the customer submitted the quote; null while a draft. */
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The priced totals; null until the quote is priced on the server. */
  totals?: Maybe<QuoteTotals>;
  /** When the quote was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every saved change; send it as `expectedVersion` with `updateQuote`. */
  version: Scalars['Int']['output'];
};

/** A hardware line of a quote. */
export type QuoteAccessoryLine = {
  __typename?: 'QuoteAccessoryLine';
  /** The accessory (the company's `accessories` id). */
  accessoryId: Scalars['ID']['output'];
  /** How many units. */
  quantity: Scalars['Int']['output'];
};

/** A hardware line: quantity 1–10 000. */
export type QuoteAccessoryLineInput = {
  /** The accessory (the company's `accessories` id). */
  accessoryId: Scalars['ID']['input'];
  /** How many units. */
  quantity: Scalars['Int']['input'];
};

/** A page of quotes. */
export type QuoteConnection = {
  __typename?: 'QuoteConnection';
  /** The quotes of this page. */
  edges: Array<QuoteEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many quotes match the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** The delivery of a submitted quote to its company. */
export type QuoteDelivery = {
  __typename?: 'QuoteDelivery';
  /** Attempts so far (including one in progress). */
  attempts: Scalars['Int']['output'];
  /** When the company confirmed it has the quote; null until then. */
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why the last attempt failed, for people; null when none did or once delivered. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** When the next attempt is due; null once delivered. */
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /**
   * When the submitted price was computed: at the submit, or earlier when the company could not
   * be asked then and the quote was queued at the prices the customer last saw.
   */
  pricedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where it is. */
  state: QuoteDeliveryState;
};

/** Where a submitted quote's delivery to its company is. */
export type QuoteDeliveryState =
  /** An attempt failed (the company is down, say); the portal tries again at `nextAttemptAt`. */
  | 'FAILED_RETRYING'
  /** The company has the quote (`Quote.companyQuoteNumber`). */
  | 'SUBMITTED'
  /** Queued; the first attempt has not failed (yet). */
  | 'SUBMITTING';

/**
 * A draft quote as the customer builds it. No prices: the server prices it from the company's
 * catalog. Bounds: at most 1000 panel rows, 200 accessory and 100 fee lines; an empty cut list
 * is a valid draft.
 */
export type QuoteDraftInput = {
  /** Hardware lines. */
  accessories?: InputMaybe<Array<QuoteAccessoryLineInput>>;
  /** A note to the company, at most 2000 characters. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** The company (connected, active). A saved draft cannot move to another company. */
  companyId: Scalars['ID']['input'];
  /** Fee lines. */
  fees?: InputMaybe<Array<QuoteFeeLineInput>>;
  /** The cut list. */
  panels?: InputMaybe<Array<QuotePanelLineInput>>;
};

/** A quote in a page. */
export type QuoteEdge = {
  __typename?: 'QuoteEdge';
  /** Pass as `after` to continue after this quote. */
  cursor: Scalars['String']['output'];
  /** The quote. */
  node: Quote;
};

/** An expected failure of a quote operation. */
export type QuoteError = {
  __typename?: 'QuoteError';
  /** Stable code to program against. */
  code: QuoteErrorCode;
  /** With `VERSION_CONFLICT`: the quote's current version. */
  currentVersion?: Maybe<Scalars['Int']['output']>;
  /** The input field at fault as a path, e.g. `input.panels[3].quantity` or `ids[2]`; null when none. */
  field?: Maybe<Scalars['String']['output']>;
  /** What went wrong, in English, for people. */
  message: Scalars['String']['output'];
};

/** Why a quote operation was refused. */
export type QuoteErrorCode =
  /** The quote was already submitted with another idempotency key. */
  | 'ALREADY_SUBMITTED'
  /** No active company with this id, or the caller is not connected to it. */
  | 'COMPANY_NOT_AVAILABLE'
  /** An input field is missing, malformed, out of bounds or too long; `field` names it. */
  | 'INVALID_INPUT'
  /** Only a draft can be changed or deleted. */
  | 'NOT_DRAFT'
  /** No such quote of the caller's. */
  | 'NOT_FOUND'
  /** The price changed since the quote was priced (or it had none); see `priceChanges`, then confirm. */
  | 'PRICE_CHANGED'
  /** The company's catalog cannot be reached now (down, slow or misconfigured); try again later. */
  | 'PRICING_UNAVAILABLE'
  /** The quote was saved since the version the change is based on; see `currentVersion`. */
  | 'VERSION_CONFLICT';

/** A fee line of a quote. */
export type QuoteFeeLine = {
  __typename?: 'QuoteFeeLine';
  /** The company's fee type (`feetypes` id). */
  feeTypeId: Scalars['ID']['output'];
  /** How many times the fee applies. */
  quantity: Scalars['Int']['output'];
};

/** A fee line: quantity 1–10 000. */
export type QuoteFeeLineInput = {
  /** The company's fee type (`feetypes` id). */
  feeTypeId: Scalars['ID']['input'];
  /** How many times. */
  quantity: Scalars['Int']['input'];
};

/** Which quotes `Query.quotes` lists; the conditions combine with AND. */
export type QuoteFilter = {
  /** Only quotes at this company. */
  companyId?: InputMaybe<Scalars['ID']['input']>;
  /** A part of the quote number or of the comment, case-insensitive, 1–100 characters. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only quotes in one of these statuses. */
  status?: InputMaybe<Array<QuoteStatus>>;
};

/** One row of a quote's cut list: a panel size and quantity of one board material. */
export type QuotePanelLine = {
  __typename?: 'QuotePanelLine';
  /** An angle cut on the panel. */
  angleCut: Scalars['Boolean']['output'];
  /** Two pieces glued into one panel of double thickness. */
  doubling: Scalars['Boolean']['output'];
  /** Edge banding on side A (along the length); null for a bare edge. */
  edgeBandingA?: Maybe<Scalars['ID']['output']>;
  /** Edge banding on side B (along the width); null for a bare edge. */
  edgeBandingB?: Maybe<Scalars['ID']['output']>;
  /** Edge banding on side C (along the length); null for a bare edge. */
  edgeBandingC?: Maybe<Scalars['ID']['output']>;
  /** Edge banding on side D (along the width); null for a bare edge. */
  edgeBandingD?: Maybe<Scalars['ID']['output']>;
  /** Width across the grain, mm. */
  heightMm: Scalars['Int']['output'];
  /** The side the hinge holes go on; null when none. */
  hingeHoleSide?: Maybe<HingeHoleSide>;
  /** Hinge holes drilled into each panel. */
  hingeHoles: Scalars['Int']['output'];
  /** The customer's label for the panel, e.g. `Oldal bal`; null when none. */
  label?: Maybe<Scalars['String']['output']>;
  /** The board material (the company's `materials` id). */
  materialId: Scalars['ID']['output'];
  /** How many finished panels. */
  quantity: Scalars['Int']['output'];
  /** Length along the grain, mm. */
  widthMm: Scalars['Int']['output'];
};

/** A cut-list row. Sizes 1–10 000 mm, quantity 1–10 000, hinge holes 0–10 a panel. */
export type QuotePanelLineInput = {
  /** An angle cut. */
  angleCut?: InputMaybe<Scalars['Boolean']['input']>;
  /** Two pieces glued into one panel. */
  doubling?: InputMaybe<Scalars['Boolean']['input']>;
  /** Edge banding id on side A. */
  edgeBandingA?: InputMaybe<Scalars['ID']['input']>;
  /** Edge banding id on side B. */
  edgeBandingB?: InputMaybe<Scalars['ID']['input']>;
  /** Edge banding id on side C. */
  edgeBandingC?: InputMaybe<Scalars['ID']['input']>;
  /** Edge banding id on side D. */
  edgeBandingD?: InputMaybe<Scalars['ID']['input']>;
  /** Width across the grain, mm. */
  heightMm: Scalars['Int']['input'];
  /** The side the hinge holes go on. */
  hingeHoleSide?: InputMaybe<HingeHoleSide>;
  /** Hinge holes a panel (0 when absent). */
  hingeHoles?: InputMaybe<Scalars['Int']['input']>;
  /** A label, at most 100 characters. */
  label?: InputMaybe<Scalars['String']['input']>;
  /** The board material (the company's `materials` id). */
  materialId: Scalars['ID']['input'];
  /** How many finished panels. */
  quantity: Scalars['Int']['input'];
  /** Length along the grain, mm. */
  widthMm: Scalars['Int']['input'];
};

/** The result of `createQuote`, `updateQuote` and `duplicateQuote`. */
export type QuoteResult = {
  __typename?: 'QuoteResult';
  /** Why the quote was not saved. */
  error?: Maybe<QuoteError>;
  /** The saved quote; null when refused. */
  quote?: Maybe<Quote>;
};

/** Net, VAT and gross of a line or total of a snapshot-priced quote. */
export type QuoteSnapshotAmounts = {
  __typename?: 'QuoteSnapshotAmounts';
  /** Net plus VAT. */
  gross: Money;
  /** Net amount. */
  net: Money;
  /** VAT. */
  vat: Money;
};

/** One board of a snapshot-priced quote with its layout. */
export type QuoteSnapshotBoard = {
  __typename?: 'QuoteSnapshotBoard';
  /** 0-based position among the material's boards. */
  index: Scalars['Int']['output'];
  /** Board length (x), mm. */
  lengthMm: Scalars['Int']['output'];
  /** The material the board is cut from (`QuoteSnapshotMaterial.materialId`). */
  materialId: Scalars['ID']['output'];
  /** Free rectangles left, largest first. */
  offcuts: Array<QuoteSnapshotRect>;
  /** The panels on this board. */
  placements: Array<QuoteSnapshotPlacement>;
  /** The board minus its trims. */
  usable: QuoteSnapshotRect;
  /** Placed area / board area, 0–1. */
  usage: Scalars['Decimal']['output'];
  /** Board width (y), mm. */
  widthMm: Scalars['Int']['output'];
};

/** The customer's discount as applied to a snapshot-priced quote. */
export type QuoteSnapshotDiscount = {
  __typename?: 'QuoteSnapshotDiscount';
  /** Gross taken off. */
  amount: Money;
  /** Percent, 0–100. */
  percent: Scalars['Decimal']['output'];
};

/** An accessory or fee line of a snapshot-priced quote. */
export type QuoteSnapshotLine = {
  __typename?: 'QuoteSnapshotLine';
  /** The line's amounts (a fee's are negative for a discount). */
  amounts: QuoteSnapshotAmounts;
  /** The accessory's or fee type's id. */
  itemId: Scalars['ID']['output'];
  /** Its name in the catalog now; null when the catalog no longer has it. */
  name?: Maybe<Scalars['String']['output']>;
  /** Units. */
  quantity: Scalars['Int']['output'];
  /** The 1-based row of `Quote.accessories` or `Quote.fees`. */
  row: Scalars['Int']['output'];
};

/** One board material of a snapshot-priced quote. */
export type QuoteSnapshotMaterial = {
  __typename?: 'QuoteSnapshotMaterial';
  /** The board material line. */
  boardMaterial: QuoteSnapshotAmounts;
  /** How many boards the layout uses. */
  boardsUsed: Scalars['Int']['output'];
  /** Cutting of this material's boards. */
  cutting: QuoteSnapshotAmounts;
  /** All edge banding of this material. */
  edgeBanding: QuoteSnapshotAmounts;
  /** The company's material id. */
  materialId: Scalars['ID']['output'];
  /** The material's name in the catalog now. */
  name: Scalars['String']['output'];
  /** Pieces laid out (doubled panels count twice). */
  pieceCount: Scalars['Int']['output'];
  /** Services (hinge holes, doubling, angle cut) on this material's panels. */
  services: QuoteSnapshotAmounts;
  /** Board thickness, mm, as the catalog has it now; null when unknown. */
  thicknessMm?: Maybe<Scalars['Decimal']['output']>;
  /** Board material + edge banding + cutting + services. */
  total: QuoteSnapshotAmounts;
  /** Placed area / area of the boards used, 0–1. */
  usage: Scalars['Decimal']['output'];
};

/** One panel placed on a board of a snapshot-priced quote. */
export type QuoteSnapshotPlacement = {
  __typename?: 'QuoteSnapshotPlacement';
  /** Extent along y as placed, mm. */
  heightMm: Scalars['Int']['output'];
  /** The panel's label, when it has one. */
  label?: Maybe<Scalars['String']['output']>;
  /** True when the panel's width runs along y. */
  rotated: Scalars['Boolean']['output'];
  /** The 1-based row of `Quote.panels` this piece belongs to. */
  row: Scalars['Int']['output'];
  /** Extent along x as placed, mm. */
  widthMm: Scalars['Int']['output'];
  /** Left edge, mm. */
  x: Scalars['Int']['output'];
  /** Top edge, mm. */
  y: Scalars['Int']['output'];
};

/** A saved quote's price, computed again from its snapshot (`Quote.snapshotPricing`). */
export type QuoteSnapshotPricing = {
  __typename?: 'QuoteSnapshotPricing';
  /** Accessory lines, in the quote's order. */
  accessories: Array<QuoteSnapshotLine>;
  /** Every board of every material with its layout, material by material. */
  boards: Array<QuoteSnapshotBoard>;
  /** The company's catalog version the snapshot was taken from. */
  catalogVersion: Scalars['String']['output'];
  /** Currency of every amount, e.g. `HUF`. */
  currency: Scalars['String']['output'];
  /** The customer's discount as it was applied. */
  discount: QuoteSnapshotDiscount;
  /** Fee lines, in the quote's order. */
  fees: Array<QuoteSnapshotLine>;
  /** Gross to pay: the quote's gross less the discount (equals `Quote.totals.final`). */
  finalTotal: Money;
  /**
   * Whether `boards` are exactly the layouts that were priced. False for quotes priced before
   * the snapshot kept the boards' grain direction: their layouts use today's grain direction and
   * may differ from the priced ones (the amounts are still the priced ones).
   */
  layoutsExact: Scalars['Boolean']['output'];
  /** Per board material, in order of first appearance in the cut list. */
  materials: Array<QuoteSnapshotMaterial>;
  /** When the quote was priced (the snapshot's time). */
  pricedAt: Scalars['DateTime']['output'];
  /** Totals by category. */
  totals: QuoteSnapshotTotals;
};

/** A rectangle on a board, mm, origin at the board's top-left, x along the board's length. */
export type QuoteSnapshotRect = {
  __typename?: 'QuoteSnapshotRect';
  /** Extent along y, mm. */
  heightMm: Scalars['Int']['output'];
  /** Extent along x, mm. */
  widthMm: Scalars['Int']['output'];
  /** Left edge, mm. */
  x: Scalars['Int']['output'];
  /** Top edge, mm. */
  y: Scalars['Int']['output'];
};

/** Totals of a snapshot-priced quote, by category. */
export type QuoteSnapshotTotals = {
  __typename?: 'QuoteSnapshotTotals';
  /** All accessory lines. */
  accessories: QuoteSnapshotAmounts;
  /** Board material of all materials. */
  boardMaterial: QuoteSnapshotAmounts;
  /** Cutting of all materials. */
  cutting: QuoteSnapshotAmounts;
  /** Edge banding of all materials. */
  edgeBanding: QuoteSnapshotAmounts;
  /** All fee lines. */
  fees: QuoteSnapshotAmounts;
  /** All lines (equals `Quote.totals` net, VAT and gross). */
  quote: QuoteSnapshotAmounts;
  /** Services of all materials. */
  services: QuoteSnapshotAmounts;
};

/** Where a portal quote is: the customer's draft, on its way to the company, then the company's. */
export type QuoteStatus =
  /** Cancelled (Törölve). */
  | 'CANCELLED'
  /** Being edited by the customer (Piszkozat). */
  | 'DRAFT'
  /** Handed over (Átadva). */
  | 'FINISHED'
  /** In production (Gyártásban). */
  | 'IN_PRODUCTION'
  /** Ordered (Megrendelve). */
  | 'ORDERED'
  /** Ready for pickup (Gyártás kész). */
  | 'READY'
  /** In the company's system (Beküldve). */
  | 'SUBMITTED'
  /** Submitted by the customer and queued for delivery to the company. */
  | 'SUBMITTING';

/** A priced quote's totals, computed on the server. */
export type QuoteTotals = {
  __typename?: 'QuoteTotals';
  /** The customer's discount at the company in percent, e.g. `"5.00"`. */
  discountPercent: Scalars['Decimal']['output'];
  /** What the customer pays: gross after the discount (negative lines undiscounted). */
  final: Money;
  /** Sum of the lines' gross amounts, before the customer's discount. */
  gross: Money;
  /** Sum of the lines' net amounts. */
  net: Money;
  /** Sum of the lines' VAT. */
  vat: Money;
};

/** One named readiness check of a service. */
export type ReadinessCheck = {
  __typename?: 'ReadinessCheck';
  /** What was checked: `db`, `migrations`, `supergraph`… */
  name: Scalars['String']['output'];
  /** Whether the check passed. */
  ok: Scalars['Boolean']['output'];
};

/**
 * An unexpected error a service recorded (docs/operations.md "Recent errors"), or a service whose
 * errors could not be read (`code` `SERVICE_UNREACHABLE`).
 */
export type RecentError = {
  __typename?: 'RecentError';
  /** When it happened (the service's clock). */
  at: Scalars['DateTime']['output'];
  /** The error's code (`INTERNAL` when it had none), or `SERVICE_UNREACHABLE`. */
  code: Scalars['String']['output'];
  /** The internal message, with secrets (keys, tokens, passwords) redacted; at most 1000 characters. */
  message: Scalars['String']['output'];
  /** The GraphQL operation's name, or the method and route of a failed HTTP route; null when unknown. */
  operationName?: Maybe<Scalars['String']['output']>;
  /** The GraphQL field path (`admin.auditLog`) or the HTTP path; null when none. */
  path?: Maybe<Scalars['String']['output']>;
  /** The request's id, the one the client got in its masked error and every log line carries; null for an unreachable service. */
  requestId?: Maybe<Scalars['String']['output']>;
  /** The service that recorded it: `portal`, `gateway`, `company-catalog`… */
  service: Scalars['String']['output'];
};

/** The result of `repriceQuote`. */
export type RepriceQuoteResult = {
  __typename?: 'RepriceQuoteResult';
  /** What changed in the catalog since the previous price; empty when nothing did. */
  changes: Array<PriceChange>;
  /** Why the quote was not repriced. */
  error?: Maybe<QuoteError>;
  /** The totals before repricing; null when the quote had not been priced. */
  previousTotals?: Maybe<QuoteTotals>;
  /** The quote with its new price; null when refused. */
  quote?: Maybe<Quote>;
};

/** The result of `revokeApiKey`. */
export type RevokeApiKeyResult = {
  __typename?: 'RevokeApiKeyResult';
  /** The revoked key; null when refused. */
  apiKey?: Maybe<ApiKey>;
  /** Why the key was not revoked. */
  error?: Maybe<AccountError>;
};

/** One service's readiness (`/readyz`) as the portal sees it. */
export type ServiceHealth = {
  __typename?: 'ServiceHealth';
  /** The readiness checks the service reported (database, migrations, supergraph…). */
  checks: Array<ReadinessCheck>;
  /** Why the service could not be asked (refused, timeout, HTTP status); null when it answered. */
  error?: Maybe<Scalars['String']['output']>;
  /** Round trip of the `/readyz` request in milliseconds; null for the portal itself or no answer. */
  latencyMs?: Maybe<Scalars['Int']['output']>;
  /** The service's name: `portal`, `gateway`, `company-catalog`… */
  name: Scalars['String']['output'];
  /** UP when ready, DOWN when not ready or not reachable. */
  status: HealthStatus;
};

/**
 * A signed-in session. Send the access token as `Authorization: Bearer <accessToken>`; before it
 * expires, exchange the refresh token for a new pair with `refreshSession`. Each refresh token
 * works once: replaying a used one signs the whole session out.
 */
export type Session = {
  __typename?: 'Session';
  /** A short-lived ES256 JWT with Supabase-compatible claims (`sub`, `role`, `aud`, `email`, `exp`). */
  accessToken: Scalars['String']['output'];
  /** When the access token expires (about 10 minutes after issue). */
  accessTokenExpiresAt: Scalars['DateTime']['output'];
  /** Stable identifier of the session (the `sid` claim of its access tokens). */
  id: Scalars['ID']['output'];
  /** An opaque, single-use token for `refreshSession`. Keep it secret. */
  refreshToken: Scalars['String']['output'];
  /** When the refresh token (and the session, unless refreshed) expires. */
  refreshTokenExpiresAt: Scalars['DateTime']['output'];
};

/** The result of `signIn`, `adminSignIn` and `refreshSession`. */
export type SignInResult = {
  __typename?: 'SignInResult';
  /** The signed-in admin (admin sign-in and refresh). */
  admin?: Maybe<Admin>;
  /** The signed-in customer (customer sign-in and refresh). */
  customer?: Maybe<Customer>;
  /** Why signing in was refused. */
  error?: Maybe<AccountError>;
  /** The new session (tokens) when signed in. */
  session?: Maybe<Session>;
};

/** The three registration steps in one call: account, billing details, companies and notifications. */
export type SignUpInput = {
  /** Billing details (step 2). */
  billing?: InputMaybe<BillingInput>;
  /** Active companies to connect to (step 3); the first becomes the active company. */
  companyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Email address to sign in with and to verify; at most 254 characters. */
  email: Scalars['String']['input'];
  /** Language of the account's emails; `HU` when absent. */
  locale?: InputMaybe<Locale>;
  /** Mobile phone number, at most 40 characters. */
  mobile?: InputMaybe<Scalars['String']['input']>;
  /** Full name, 1–200 characters. */
  name: Scalars['String']['input'];
  /** Notification preferences (step 3). */
  notificationPreferences?: InputMaybe<NotificationPreferencesInput>;
  /** Password meeting `Query.passwordPolicy`. */
  password: Scalars['String']['input'];
};

/** The result of `signUp`. */
export type SignUpResult = {
  __typename?: 'SignUpResult';
  /** The new customer's id when `ok`. */
  customerId?: Maybe<Scalars['ID']['output']>;
  /** Why the account was not created. */
  error?: Maybe<AccountError>;
  /** Whether the account was created (a verification email is on its way). */
  ok: Scalars['Boolean']['output'];
};

/** The result of `submitQuote`. */
export type SubmitQuoteResult = {
  __typename?: 'SubmitQuoteResult';
  /** Why the quote was not submitted. */
  error?: Maybe<QuoteError>;
  /** With `PRICE_CHANGED`: what differs in the catalog from the price the quote showed. */
  priceChanges: Array<PriceChange>;
  /** The quote, `SUBMITTING` (or further along for a repeated key); null when refused. */
  quote?: Maybe<Quote>;
};

/**
 * Live updates over graphql-ws on the gateway's `/graphql` (authenticate in `connection_init`:
 * `{ "Authorization": "Bearer <access token or API key>" }`). The gateway serves these fields: each
 * event is resolved as a query with the subscriber's identity, and an event the subscriber may not
 * see is never sent. The portal subgraph itself refuses them. See docs/live-updates.md.
 */
export type Subscription = {
  __typename?: 'Subscription';
  /**
   * An order of the caller's changed (status, payment status, timeline): the order as it is now.
   * Every order of the caller's when `orderId` is absent. A signed-in customer, or their partner
   * key with `orders:read`.
   */
  orderUpdated: Order;
  /**
   * A quote of the caller's changed (saved, repriced, submitted, delivered): the quote as it is
   * now. Every quote of the caller's when `quoteId` is absent. A signed-in customer, or a partner
   * key with `quotes:read` (its owner's quotes).
   */
  quoteUpdated: Quote;
};


/**
 * Live updates over graphql-ws on the gateway's `/graphql` (authenticate in `connection_init`:
 * `{ "Authorization": "Bearer <access token or API key>" }`). The gateway serves these fields: each
 * event is resolved as a query with the subscriber's identity, and an event the subscriber may not
 * see is never sent. The portal subgraph itself refuses them. See docs/live-updates.md.
 */
export type SubscriptionOrderUpdatedArgs = {
  orderId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Live updates over graphql-ws on the gateway's `/graphql` (authenticate in `connection_init`:
 * `{ "Authorization": "Bearer <access token or API key>" }`). The gateway serves these fields: each
 * event is resolved as a query with the subscriber's identity, and an event the subscriber may not
 * see is never sent. The portal subgraph itself refuses them. See docs/live-updates.md.
 */
export type SubscriptionQuoteUpdatedArgs = {
  quoteId?: InputMaybe<Scalars['ID']['input']>;
};

/** The System page's view: services and companies. */
export type SystemHealth = {
  __typename?: 'SystemHealth';
  /** When this view was read (the portal's clock). */
  checkedAt: Scalars['DateTime']['output'];
  /** Every registered company (inactive ones too), ordered by name. */
  companies: Array<CompanyHealth>;
  /** Every service of the portal: the portal itself and the services it was told about. */
  services: Array<ServiceHealth>;
};

/** Changes to a company; absent fields stay as they are. */
export type UpdateCompanyInput = {
  /** New contact details, replacing all of them (absent: they stay). */
  contact?: InputMaybe<CompanyContactInput>;
  /** New name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New secret key (write-only). */
  secretKey?: InputMaybe<Scalars['String']['input']>;
  /** New slug. */
  slug?: InputMaybe<Scalars['String']['input']>;
  /** New Supabase URL. */
  supabaseUrl?: InputMaybe<Scalars['String']['input']>;
};

/** The result of `verifyEmail`. */
export type VerifyEmailResult = {
  __typename?: 'VerifyEmailResult';
  /** The verified email address when `ok`. */
  email?: Maybe<Scalars['String']['output']>;
  /** Why the link did not work. */
  error?: Maybe<AccountError>;
  /** Whether the email address is now verified. */
  ok: Scalars['Boolean']['output'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Company: Company;
  Order: Order;
  Quote: Quote;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Company:
    ( { __typename: 'Company' }
    & GraphQLRecursivePick<FederationTypes['Company'], {"id":true}> );
  Order:
    ( { __typename: 'Order' }
    & GraphQLRecursivePick<FederationTypes['Order'], {"id":true}> );
  Quote:
    ( { __typename: 'Quote' }
    & GraphQLRecursivePick<FederationTypes['Quote'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AccountError: ResolverTypeWrapper<AccountError>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AccountErrorCode: AccountErrorCode;
  AccountResult: ResolverTypeWrapper<AccountResult>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Admin: ResolverTypeWrapper<AdminRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AdminActionError: ResolverTypeWrapper<AdminActionError>;
  AdminActionErrorCode: AdminActionErrorCode;
  AdminActionResult: ResolverTypeWrapper<AdminActionResult>;
  AdminCompany: ResolverTypeWrapper<AdminCompany>;
  AdminCompanyError: ResolverTypeWrapper<AdminCompanyError>;
  AdminCompanyErrorCode: AdminCompanyErrorCode;
  AdminCompanyResult: ResolverTypeWrapper<AdminCompanyResult>;
  AdminCustomer: ResolverTypeWrapper<AdminCustomerRow>;
  AdminCustomerCompany: ResolverTypeWrapper<AdminCustomerCompanyRow>;
  AdminCustomerConnection: ResolverTypeWrapper<Omit<AdminCustomerConnection, 'edges'> & { edges: Array<ResolversTypes['AdminCustomerEdge']> }>;
  AdminCustomerEdge: ResolverTypeWrapper<Omit<AdminCustomerEdge, 'node'> & { node: ResolversTypes['AdminCustomer'] }>;
  AdminCustomerFilter: AdminCustomerFilter;
  AdminCustomerOrder: ResolverTypeWrapper<AdminCustomerOrderRow>;
  AdminCustomerOrders: ResolverTypeWrapper<Omit<AdminCustomerOrders, 'nodes'> & { nodes: Array<ResolversTypes['AdminCustomerOrder']> }>;
  AdminCustomerQuote: ResolverTypeWrapper<AdminCustomerQuoteRow>;
  AdminCustomerQuotes: ResolverTypeWrapper<Omit<AdminCustomerQuotes, 'nodes'> & { nodes: Array<ResolversTypes['AdminCustomerQuote']> }>;
  AdminCustomerResult: ResolverTypeWrapper<Omit<AdminCustomerResult, 'customer'> & { customer?: Maybe<ResolversTypes['AdminCustomer']> }>;
  AdminDashboard: ResolverTypeWrapper<DashboardParent>;
  AdminMailOutbox: ResolverTypeWrapper<MailOutboxParent>;
  AdminQuery: ResolverTypeWrapper<AdminNamespace>;
  AdminRole: AdminRole;
  ApiKey: ResolverTypeWrapper<ApiKeyRow>;
  ApiKeyInput: ApiKeyInput;
  ApiKeyScope: ApiKeyScope;
  ApiKeyStatus: ApiKeyStatus;
  ApiKeyUsageDay: ResolverTypeWrapper<ApiKeyUsageDay>;
  AuditActorKind: AuditActorKind;
  AuditEvent: ResolverTypeWrapper<AuditEventRow>;
  AuditEventConnection: ResolverTypeWrapper<Omit<AuditEventConnection, 'edges'> & { edges: Array<ResolversTypes['AuditEventEdge']> }>;
  AuditEventEdge: ResolverTypeWrapper<Omit<AuditEventEdge, 'node'> & { node: ResolversTypes['AuditEvent'] }>;
  AuditLogFilter: AuditLogFilter;
  BillingDetails: ResolverTypeWrapper<BillingDetails>;
  BillingInput: BillingInput;
  CircuitState: CircuitState;
  Company: ResolverTypeWrapper<CompanyRow>;
  CompanyApiKeyInput: CompanyApiKeyInput;
  CompanyCatalogCounts: ResolverTypeWrapper<CompanyCatalogCounts>;
  CompanyConnectionStep: ResolverTypeWrapper<CompanyConnectionStep>;
  CompanyConnectionStepKind: CompanyConnectionStepKind;
  CompanyConnectionStepStatus: CompanyConnectionStepStatus;
  CompanyConnectionTest: ResolverTypeWrapper<CompanyConnectionTest>;
  CompanyConnectionTestInput: CompanyConnectionTestInput;
  CompanyContact: ResolverTypeWrapper<CompanyContact>;
  CompanyContactInput: CompanyContactInput;
  CompanyFailureSource: CompanyFailureSource;
  CompanyHealth: ResolverTypeWrapper<CompanyHealthModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  CompanyHealthSample: ResolverTypeWrapper<CompanyHealthSample>;
  CompanySetup: ResolverTypeWrapper<CompanySetup>;
  ConnectCompanyResult: ResolverTypeWrapper<Omit<ConnectCompanyResult, 'customer'> & { customer?: Maybe<ResolversTypes['Customer']> }>;
  CreateApiKeyResult: ResolverTypeWrapper<Omit<CreateApiKeyResult, 'apiKey'> & { apiKey?: Maybe<ResolversTypes['ApiKey']> }>;
  CreateCompanyInput: CreateCompanyInput;
  Customer: ResolverTypeWrapper<CustomerRow>;
  CustomerCompany: ResolverTypeWrapper<CustomerCompanyRow>;
  CustomerResult: ResolverTypeWrapper<Omit<CustomerResult, 'customer'> & { customer?: Maybe<ResolversTypes['Customer']> }>;
  DailyActivity: ResolverTypeWrapper<DailyActivity>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  DeleteQuotesResult: ResolverTypeWrapper<DeleteQuotesResult>;
  DeliveryState: DeliveryState;
  FailingCompany: ResolverTypeWrapper<FailingCompanyRow>;
  HealthStatus: HealthStatus;
  HingeHoleSide: HingeHoleSide;
  Locale: Locale;
  MailDeliveryMode: MailDeliveryMode;
  MailKind: MailKind;
  MailMessage: ResolverTypeWrapper<MailRow>;
  MailTemplate: ResolverTypeWrapper<MailTemplateView>;
  MailTemplateInput: MailTemplateInput;
  MailTemplateKind: MailTemplateKind;
  MailTemplatePreview: ResolverTypeWrapper<MailTemplatePreview>;
  MailTemplateResult: ResolverTypeWrapper<Omit<MailTemplateResult, 'template'> & { template?: Maybe<ResolversTypes['MailTemplate']> }>;
  Money: ResolverTypeWrapper<Money>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NotificationPreferences: ResolverTypeWrapper<NotificationPreferences>;
  NotificationPreferencesInput: NotificationPreferencesInput;
  NotificationStatus: NotificationStatus;
  Order: ResolverTypeWrapper<OrderRow>;
  OrderConnection: ResolverTypeWrapper<Omit<OrderConnection, 'edges'> & { edges: Array<ResolversTypes['OrderEdge']> }>;
  OrderEdge: ResolverTypeWrapper<Omit<OrderEdge, 'node'> & { node: ResolversTypes['Order'] }>;
  OrderEvent: ResolverTypeWrapper<OrderEventRow>;
  OrderEventKind: OrderEventKind;
  OrderFilter: OrderFilter;
  OrderNotificationMail: ResolverTypeWrapper<NotificationRow>;
  OrderStatus: OrderStatus;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PasswordPolicy: ResolverTypeWrapper<PasswordPolicy>;
  PaymentStatus: PaymentStatus;
  PriceChange: ResolverTypeWrapper<PriceChange>;
  PriceChangePart: PriceChangePart;
  ProfileInput: ProfileInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  QueuedDelivery: ResolverTypeWrapper<QueuedDeliveryRow>;
  Quote: ResolverTypeWrapper<QuoteRow>;
  QuoteAccessoryLine: ResolverTypeWrapper<QuoteAccessoryLine>;
  QuoteAccessoryLineInput: QuoteAccessoryLineInput;
  QuoteConnection: ResolverTypeWrapper<Omit<QuoteConnection, 'edges'> & { edges: Array<ResolversTypes['QuoteEdge']> }>;
  QuoteDelivery: ResolverTypeWrapper<QuoteDelivery>;
  QuoteDeliveryState: QuoteDeliveryState;
  QuoteDraftInput: QuoteDraftInput;
  QuoteEdge: ResolverTypeWrapper<Omit<QuoteEdge, 'node'> & { node: ResolversTypes['Quote'] }>;
  QuoteError: ResolverTypeWrapper<QuoteError>;
  QuoteErrorCode: QuoteErrorCode;
  QuoteFeeLine: ResolverTypeWrapper<QuoteFeeLine>;
  QuoteFeeLineInput: QuoteFeeLineInput;
  QuoteFilter: QuoteFilter;
  QuotePanelLine: ResolverTypeWrapper<QuotePanelLine>;
  QuotePanelLineInput: QuotePanelLineInput;
  QuoteResult: ResolverTypeWrapper<Omit<QuoteResult, 'quote'> & { quote?: Maybe<ResolversTypes['Quote']> }>;
  QuoteSnapshotAmounts: ResolverTypeWrapper<QuoteSnapshotAmounts>;
  QuoteSnapshotBoard: ResolverTypeWrapper<QuoteSnapshotBoard>;
  QuoteSnapshotDiscount: ResolverTypeWrapper<QuoteSnapshotDiscount>;
  QuoteSnapshotLine: ResolverTypeWrapper<QuoteSnapshotLine>;
  QuoteSnapshotMaterial: ResolverTypeWrapper<QuoteSnapshotMaterial>;
  QuoteSnapshotPlacement: ResolverTypeWrapper<QuoteSnapshotPlacement>;
  QuoteSnapshotPricing: ResolverTypeWrapper<QuoteSnapshotPricing>;
  QuoteSnapshotRect: ResolverTypeWrapper<QuoteSnapshotRect>;
  QuoteSnapshotTotals: ResolverTypeWrapper<QuoteSnapshotTotals>;
  QuoteStatus: QuoteStatus;
  QuoteTotals: ResolverTypeWrapper<QuoteTotals>;
  ReadinessCheck: ResolverTypeWrapper<ReadinessCheck>;
  RecentError: ResolverTypeWrapper<RecentError>;
  RepriceQuoteResult: ResolverTypeWrapper<Omit<RepriceQuoteResult, 'quote'> & { quote?: Maybe<ResolversTypes['Quote']> }>;
  RevokeApiKeyResult: ResolverTypeWrapper<Omit<RevokeApiKeyResult, 'apiKey'> & { apiKey?: Maybe<ResolversTypes['ApiKey']> }>;
  ServiceHealth: ResolverTypeWrapper<ServiceHealth>;
  Session: ResolverTypeWrapper<Session>;
  SignInResult: ResolverTypeWrapper<Omit<SignInResult, 'admin' | 'customer'> & { admin?: Maybe<ResolversTypes['Admin']>, customer?: Maybe<ResolversTypes['Customer']> }>;
  SignUpInput: SignUpInput;
  SignUpResult: ResolverTypeWrapper<SignUpResult>;
  SubmitQuoteResult: ResolverTypeWrapper<Omit<SubmitQuoteResult, 'quote'> & { quote?: Maybe<ResolversTypes['Quote']> }>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SystemHealth: ResolverTypeWrapper<Omit<SystemHealth, 'companies'> & { companies: Array<ResolversTypes['CompanyHealth']> }>;
  UpdateCompanyInput: UpdateCompanyInput;
  VerifyEmailResult: ResolverTypeWrapper<VerifyEmailResult>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AccountError: AccountError;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  AccountResult: AccountResult;
  Boolean: Scalars['Boolean']['output'];
  Admin: AdminRow;
  ID: Scalars['ID']['output'];
  AdminActionError: AdminActionError;
  AdminActionResult: AdminActionResult;
  AdminCompany: AdminCompany;
  AdminCompanyError: AdminCompanyError;
  AdminCompanyResult: AdminCompanyResult;
  AdminCustomer: AdminCustomerRow;
  AdminCustomerCompany: AdminCustomerCompanyRow;
  AdminCustomerConnection: Omit<AdminCustomerConnection, 'edges'> & { edges: Array<ResolversParentTypes['AdminCustomerEdge']> };
  AdminCustomerEdge: Omit<AdminCustomerEdge, 'node'> & { node: ResolversParentTypes['AdminCustomer'] };
  AdminCustomerFilter: AdminCustomerFilter;
  AdminCustomerOrder: AdminCustomerOrderRow;
  AdminCustomerOrders: Omit<AdminCustomerOrders, 'nodes'> & { nodes: Array<ResolversParentTypes['AdminCustomerOrder']> };
  AdminCustomerQuote: AdminCustomerQuoteRow;
  AdminCustomerQuotes: Omit<AdminCustomerQuotes, 'nodes'> & { nodes: Array<ResolversParentTypes['AdminCustomerQuote']> };
  AdminCustomerResult: Omit<AdminCustomerResult, 'customer'> & { customer?: Maybe<ResolversParentTypes['AdminCustomer']> };
  AdminDashboard: DashboardParent;
  AdminMailOutbox: MailOutboxParent;
  AdminQuery: AdminNamespace;
  ApiKey: ApiKeyRow;
  ApiKeyInput: ApiKeyInput;
  ApiKeyUsageDay: ApiKeyUsageDay;
  AuditEvent: AuditEventRow;
  AuditEventConnection: Omit<AuditEventConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuditEventEdge']> };
  AuditEventEdge: Omit<AuditEventEdge, 'node'> & { node: ResolversParentTypes['AuditEvent'] };
  AuditLogFilter: AuditLogFilter;
  BillingDetails: BillingDetails;
  BillingInput: BillingInput;
  Company: CompanyRow;
  CompanyApiKeyInput: CompanyApiKeyInput;
  CompanyCatalogCounts: CompanyCatalogCounts;
  CompanyConnectionStep: CompanyConnectionStep;
  CompanyConnectionTest: CompanyConnectionTest;
  CompanyConnectionTestInput: CompanyConnectionTestInput;
  CompanyContact: CompanyContact;
  CompanyContactInput: CompanyContactInput;
  CompanyHealth: CompanyHealthModel;
  Float: Scalars['Float']['output'];
  CompanyHealthSample: CompanyHealthSample;
  CompanySetup: CompanySetup;
  ConnectCompanyResult: Omit<ConnectCompanyResult, 'customer'> & { customer?: Maybe<ResolversParentTypes['Customer']> };
  CreateApiKeyResult: Omit<CreateApiKeyResult, 'apiKey'> & { apiKey?: Maybe<ResolversParentTypes['ApiKey']> };
  CreateCompanyInput: CreateCompanyInput;
  Customer: CustomerRow;
  CustomerCompany: CustomerCompanyRow;
  CustomerResult: Omit<CustomerResult, 'customer'> & { customer?: Maybe<ResolversParentTypes['Customer']> };
  DailyActivity: DailyActivity;
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  DeleteQuotesResult: DeleteQuotesResult;
  FailingCompany: FailingCompanyRow;
  MailMessage: MailRow;
  MailTemplate: MailTemplateView;
  MailTemplateInput: MailTemplateInput;
  MailTemplatePreview: MailTemplatePreview;
  MailTemplateResult: Omit<MailTemplateResult, 'template'> & { template?: Maybe<ResolversParentTypes['MailTemplate']> };
  Money: Money;
  Mutation: Record<PropertyKey, never>;
  NotificationPreferences: NotificationPreferences;
  NotificationPreferencesInput: NotificationPreferencesInput;
  Order: OrderRow;
  OrderConnection: Omit<OrderConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrderEdge']> };
  OrderEdge: Omit<OrderEdge, 'node'> & { node: ResolversParentTypes['Order'] };
  OrderEvent: OrderEventRow;
  OrderFilter: OrderFilter;
  OrderNotificationMail: NotificationRow;
  PageInfo: PageInfo;
  PasswordPolicy: PasswordPolicy;
  PriceChange: PriceChange;
  ProfileInput: ProfileInput;
  Query: Record<PropertyKey, never>;
  QueuedDelivery: QueuedDeliveryRow;
  Quote: QuoteRow;
  QuoteAccessoryLine: QuoteAccessoryLine;
  QuoteAccessoryLineInput: QuoteAccessoryLineInput;
  QuoteConnection: Omit<QuoteConnection, 'edges'> & { edges: Array<ResolversParentTypes['QuoteEdge']> };
  QuoteDelivery: QuoteDelivery;
  QuoteDraftInput: QuoteDraftInput;
  QuoteEdge: Omit<QuoteEdge, 'node'> & { node: ResolversParentTypes['Quote'] };
  QuoteError: QuoteError;
  QuoteFeeLine: QuoteFeeLine;
  QuoteFeeLineInput: QuoteFeeLineInput;
  QuoteFilter: QuoteFilter;
  QuotePanelLine: QuotePanelLine;
  QuotePanelLineInput: QuotePanelLineInput;
  QuoteResult: Omit<QuoteResult, 'quote'> & { quote?: Maybe<ResolversParentTypes['Quote']> };
  QuoteSnapshotAmounts: QuoteSnapshotAmounts;
  QuoteSnapshotBoard: QuoteSnapshotBoard;
  QuoteSnapshotDiscount: QuoteSnapshotDiscount;
  QuoteSnapshotLine: QuoteSnapshotLine;
  QuoteSnapshotMaterial: QuoteSnapshotMaterial;
  QuoteSnapshotPlacement: QuoteSnapshotPlacement;
  QuoteSnapshotPricing: QuoteSnapshotPricing;
  QuoteSnapshotRect: QuoteSnapshotRect;
  QuoteSnapshotTotals: QuoteSnapshotTotals;
  QuoteTotals: QuoteTotals;
  ReadinessCheck: ReadinessCheck;
  RecentError: RecentError;
  RepriceQuoteResult: Omit<RepriceQuoteResult, 'quote'> & { quote?: Maybe<ResolversParentTypes['Quote']> };
  RevokeApiKeyResult: Omit<RevokeApiKeyResult, 'apiKey'> & { apiKey?: Maybe<ResolversParentTypes['ApiKey']> };
  ServiceHealth: ServiceHealth;
  Session: Session;
  SignInResult: Omit<SignInResult, 'admin' | 'customer'> & { admin?: Maybe<ResolversParentTypes['Admin']>, customer?: Maybe<ResolversParentTypes['Customer']> };
  SignUpInput: SignUpInput;
  SignUpResult: SignUpResult;
  SubmitQuoteResult: Omit<SubmitQuoteResult, 'quote'> & { quote?: Maybe<ResolversParentTypes['Quote']> };
  Subscription: Record<PropertyKey, never>;
  SystemHealth: Omit<SystemHealth, 'companies'> & { companies: Array<ResolversParentTypes['CompanyHealth']> };
  UpdateCompanyInput: UpdateCompanyInput;
  VerifyEmailResult: VerifyEmailResult;
}>;

export type AccountErrorResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['AccountError'] = ResolversParentTypes['AccountError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['AccountErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  retryAfterSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type AccountResultResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['AccountResult'] = ResolversParentTypes['AccountResult']> = ResolversObject<{
  error?: Resolver<Maybe<ResolversTypes['AccountError']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type AdminResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['Admin'] = ResolversParentTypes['Admin']> = ResolversObject<{
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['AdminRole'], ParentType, ContextType>;
}>;

export type AdminActionErrorResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['AdminActionError'] = ResolversParentTypes['AdminActionError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['AdminActionErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AdminActionResultResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['AdminActionResult'] = ResolversParentTypes['AdminActionResult']> = ResolversObject<{
  error?: Resolver<Maybe<ResolversTypes['AdminActionError']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type AdminCompanyResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['AdminCompany'] = ResolversParentTypes['AdminCompany']> = ResolversObject<{
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  contact?: Resolver<ResolversTypes['CompanyContact'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  secretKeyLast4?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  secretKeySet?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  supabaseUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type AdminCompanyErrorResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['AdminCompanyError'] = ResolversParentTypes['AdminCompanyError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['AdminCompanyErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AdminCompanyResultResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['AdminCompanyResult'] = ResolversParentTypes['AdminCompanyResult']> = ResolversObject<{
  company?: Resolver<Maybe<ResolversTypes['AdminCompany']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['AdminCompanyError']>, ParentType, ContextType>;
}>;

export type AdminCustomerResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['AdminCustomer'] = ResolversParentTypes['AdminCustomer']> = ResolversObject<{
  activity?: Resolver<Array<ResolversTypes['AuditEvent']>, ParentType, ContextType, RequireFields<AdminCustomerActivityArgs, 'first'>>;
  billing?: Resolver<ResolversTypes['BillingDetails'], ParentType, ContextType>;
  companies?: Resolver<Array<ResolversTypes['AdminCustomerCompany']>, ParentType, ContextType>;
  companyCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  disabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  disabledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  emailVerified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  locale?: Resolver<ResolversTypes['Locale'], ParentType, ContextType>;
  mobile?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orders?: Resolver<ResolversTypes['AdminCustomerOrders'], ParentType, ContextType, RequireFields<AdminCustomerOrdersArgs, 'first'>>;
  quotes?: Resolver<ResolversTypes['AdminCustomerQuotes'], ParentType, ContextType, RequireFields<AdminCustomerQuotesArgs, 'first'>>;
}>;

export type AdminCustomerCompanyResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['AdminCustomerCompany'] = ResolversParentTypes['AdminCustomerCompany']> = ResolversObject<{
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  company?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  companyActive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  connectedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  discountPercent?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type AdminCustomerConnectionResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['AdminCustomerConnection'] = ResolversParentTypes['AdminCustomerConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AdminCustomerEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AdminCustomerEdgeResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['AdminCustomerEdge'] = ResolversParentTypes['AdminCustomerEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AdminCustomer'], ParentType, ContextType>;
}>;

export type AdminCustomerOrderResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['AdminCustomerOrder'] = ResolversParentTypes['AdminCustomerOrder']> = ResolversObject<{
  companyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  companyQuoteNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  orderNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  paymentStatus?: Resolver<ResolversTypes['PaymentStatus'], ParentType, ContextType>;
  quoteNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OrderStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type AdminCustomerOrdersResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['AdminCustomerOrders'] = ResolversParentTypes['AdminCustomerOrders']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['AdminCustomerOrder']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AdminCustomerQuoteResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['AdminCustomerQuote'] = ResolversParentTypes['AdminCustomerQuote']> = ResolversObject<{
  companyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  finalTotal?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['QuoteStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type AdminCustomerQuotesResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['AdminCustomerQuotes'] = ResolversParentTypes['AdminCustomerQuotes']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['AdminCustomerQuote']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AdminCustomerResultResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['AdminCustomerResult'] = ResolversParentTypes['AdminCustomerResult']> = ResolversObject<{
  customer?: Resolver<Maybe<ResolversTypes['AdminCustomer']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['AdminActionError']>, ParentType, ContextType>;
}>;

export type AdminDashboardResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['AdminDashboard'] = ResolversParentTypes['AdminDashboard']> = ResolversObject<{
  activeCompanies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  companies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  customers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  daily?: Resolver<Array<ResolversTypes['DailyActivity']>, ParentType, ContextType, RequireFields<AdminDashboardDailyArgs, 'days'>>;
  disabledCustomers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  failingCompanies?: Resolver<Array<ResolversTypes['FailingCompany']>, ParentType, ContextType>;
  newCustomersThisWeek?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pendingDeliveries?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recentActivity?: Resolver<Array<ResolversTypes['AuditEvent']>, ParentType, ContextType, RequireFields<AdminDashboardRecentActivityArgs, 'first'>>;
}>;

export type AdminMailOutboxResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['AdminMailOutbox'] = ResolversParentTypes['AdminMailOutbox']> = ResolversObject<{
  messages?: Resolver<Array<ResolversTypes['MailMessage']>, ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['MailDeliveryMode'], ParentType, ContextType>;
  notifications?: Resolver<Array<ResolversTypes['OrderNotificationMail']>, ParentType, ContextType>;
}>;

export type AdminQueryResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['AdminQuery'] = ResolversParentTypes['AdminQuery']> = ResolversObject<{
  auditLog?: Resolver<ResolversTypes['AuditEventConnection'], ParentType, ContextType, RequireFields<AdminQueryAuditLogArgs, 'first'>>;
  companies?: Resolver<Array<ResolversTypes['AdminCompany']>, ParentType, ContextType, Partial<AdminQueryCompaniesArgs>>;
  company?: Resolver<Maybe<ResolversTypes['AdminCompany']>, ParentType, ContextType, RequireFields<AdminQueryCompanyArgs, 'id'>>;
  companyApiKeys?: Resolver<Array<ResolversTypes['ApiKey']>, ParentType, ContextType, Partial<AdminQueryCompanyApiKeysArgs>>;
  companySetup?: Resolver<ResolversTypes['CompanySetup'], ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['AdminCustomer']>, ParentType, ContextType, RequireFields<AdminQueryCustomerArgs, 'id'>>;
  customers?: Resolver<ResolversTypes['AdminCustomerConnection'], ParentType, ContextType, RequireFields<AdminQueryCustomersArgs, 'first'>>;
  dashboard?: Resolver<ResolversTypes['AdminDashboard'], ParentType, ContextType>;
  deliveryQueue?: Resolver<Array<ResolversTypes['QueuedDelivery']>, ParentType, ContextType, RequireFields<AdminQueryDeliveryQueueArgs, 'first'>>;
  mailOutbox?: Resolver<ResolversTypes['AdminMailOutbox'], ParentType, ContextType, RequireFields<AdminQueryMailOutboxArgs, 'first'>>;
  mailTemplates?: Resolver<Array<ResolversTypes['MailTemplate']>, ParentType, ContextType>;
  me?: Resolver<ResolversTypes['Admin'], ParentType, ContextType>;
  previewMailTemplate?: Resolver<ResolversTypes['MailTemplatePreview'], ParentType, ContextType, RequireFields<AdminQueryPreviewMailTemplateArgs, 'input'>>;
  recentErrors?: Resolver<Array<ResolversTypes['RecentError']>, ParentType, ContextType, RequireFields<AdminQueryRecentErrorsArgs, 'first'>>;
  systemHealth?: Resolver<ResolversTypes['SystemHealth'], ParentType, ContextType>;
}>;

export type ApiKeyResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['ApiKey'] = ResolversParentTypes['ApiKey']> = ResolversObject<{
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['ApiKeyScope']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ApiKeyStatus'], ParentType, ContextType>;
  usage?: Resolver<Array<ResolversTypes['ApiKeyUsageDay']>, ParentType, ContextType, RequireFields<ApiKeyUsageArgs, 'days'>>;
}>;

export type ApiKeyUsageDayResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['ApiKeyUsageDay'] = ResolversParentTypes['ApiKeyUsageDay']> = ResolversObject<{
  day?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  errors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rateLimited?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  requests?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuditEventResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['AuditEvent'] = ResolversParentTypes['AuditEvent']> = ResolversObject<{
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  actorKind?: Resolver<ResolversTypes['AuditActorKind'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  details?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ip?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requestId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetKind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type AuditEventConnectionResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['AuditEventConnection'] = ResolversParentTypes['AuditEventConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AuditEventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuditEventEdgeResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['AuditEventEdge'] = ResolversParentTypes['AuditEventEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEvent'], ParentType, ContextType>;
}>;

export type BillingDetailsResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['BillingDetails'] = ResolversParentTypes['BillingDetails']> = ResolversObject<{
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  companyRegistrationNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  houseNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postalCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  street?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  taxNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CompanyResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['Company'] = ResolversParentTypes['Company'], FederationReferenceType extends FederationReferenceTypes['Company'] = FederationReferenceTypes['Company']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Company']> | FederationReferenceType, FederationReferenceType, ContextType>;
  contact?: Resolver<ResolversTypes['CompanyContact'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CompanyCatalogCountsResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['CompanyCatalogCounts'] = ResolversParentTypes['CompanyCatalogCounts']> = ResolversObject<{
  accessories?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  edgeBandings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  materials?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CompanyConnectionStepResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['CompanyConnectionStep'] = ResolversParentTypes['CompanyConnectionStep']> = ResolversObject<{
  detail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CompanyConnectionStepKind'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CompanyConnectionStepStatus'], ParentType, ContextType>;
}>;

export type CompanyConnectionTestResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['CompanyConnectionTest'] = ResolversParentTypes['CompanyConnectionTest']> = ResolversObject<{
  catalogCounts?: Resolver<Maybe<ResolversTypes['CompanyCatalogCounts']>, ParentType, ContextType>;
  contractVersion?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['AdminCompanyError']>, ParentType, ContextType>;
  expectedContractVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  failedStep?: Resolver<Maybe<ResolversTypes['CompanyConnectionStepKind']>, ParentType, ContextType>;
  latencyMs?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['CompanyConnectionStep']>, ParentType, ContextType>;
}>;

export type CompanyContactResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['CompanyContact'] = ResolversParentTypes['CompanyContact']> = ResolversObject<{
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  legalName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  taxNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CompanyHealthResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['CompanyHealth'] = ResolversParentTypes['CompanyHealth']> = ResolversObject<{
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  circuit?: Resolver<ResolversTypes['CircuitState'], ParentType, ContextType>;
  errorRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['CompanyHealthSample']>, ParentType, ContextType, RequireFields<CompanyHealthHistoryArgs, 'hours'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastSampleAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastSuccessfulSyncAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastSyncError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  latencyMs?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['HealthStatus'], ParentType, ContextType>;
}>;

export type CompanyHealthSampleResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['CompanyHealthSample'] = ResolversParentTypes['CompanyHealthSample']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  calls?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  circuit?: Resolver<ResolversTypes['CircuitState'], ParentType, ContextType>;
  errorRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  failures?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  latencyMs?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  probeOk?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
}>;

export type CompanySetupResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['CompanySetup'] = ResolversParentTypes['CompanySetup']> = ResolversObject<{
  contractVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  script?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ConnectCompanyResultResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['ConnectCompanyResult'] = ResolversParentTypes['ConnectCompanyResult']> = ResolversObject<{
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['AccountError']>, ParentType, ContextType>;
}>;

export type CreateApiKeyResultResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['CreateApiKeyResult'] = ResolversParentTypes['CreateApiKeyResult']> = ResolversObject<{
  apiKey?: Resolver<Maybe<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['AccountError']>, ParentType, ContextType>;
  key?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CustomerResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer']> = ResolversObject<{
  activeCompany?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  apiKeys?: Resolver<Array<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  billing?: Resolver<ResolversTypes['BillingDetails'], ParentType, ContextType>;
  companies?: Resolver<Array<ResolversTypes['CustomerCompany']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  emailVerified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  locale?: Resolver<ResolversTypes['Locale'], ParentType, ContextType>;
  mobile?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notificationPreferences?: Resolver<ResolversTypes['NotificationPreferences'], ParentType, ContextType>;
}>;

export type CustomerCompanyResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['CustomerCompany'] = ResolversParentTypes['CustomerCompany']> = ResolversObject<{
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  company?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  connectedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  discountPercent?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type CustomerResultResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['CustomerResult'] = ResolversParentTypes['CustomerResult']> = ResolversObject<{
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['AccountError']>, ParentType, ContextType>;
}>;

export type DailyActivityResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['DailyActivity'] = ResolversParentTypes['DailyActivity']> = ResolversObject<{
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orders?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quotes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  signUps?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type DeleteQuotesResultResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['DeleteQuotesResult'] = ResolversParentTypes['DeleteQuotesResult']> = ResolversObject<{
  deletedIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['QuoteError']>, ParentType, ContextType>;
}>;

export type FailingCompanyResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['FailingCompany'] = ResolversParentTypes['FailingCompany']> = ResolversObject<{
  companyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  companyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  error?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  since?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['CompanyFailureSource'], ParentType, ContextType>;
}>;

export type MailMessageResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['MailMessage'] = ResolversParentTypes['MailMessage']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  html?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MailKind'], ParentType, ContextType>;
  link?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  locale?: Resolver<ResolversTypes['Locale'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MailTemplateResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['MailTemplate'] = ResolversParentTypes['MailTemplate']> = ResolversObject<{
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customized?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  defaultBody?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  defaultSubject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MailTemplateKind'], ParentType, ContextType>;
  locale?: Resolver<ResolversTypes['Locale'], ParentType, ContextType>;
  placeholders?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type MailTemplatePreviewResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['MailTemplatePreview'] = ResolversParentTypes['MailTemplatePreview']> = ResolversObject<{
  error?: Resolver<Maybe<ResolversTypes['AdminActionError']>, ParentType, ContextType>;
  html?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type MailTemplateResultResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['MailTemplateResult'] = ResolversParentTypes['MailTemplateResult']> = ResolversObject<{
  error?: Resolver<Maybe<ResolversTypes['AdminActionError']>, ParentType, ContextType>;
  template?: Resolver<Maybe<ResolversTypes['MailTemplate']>, ParentType, ContextType>;
}>;

export type MoneyResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  adminResendVerification?: Resolver<ResolversTypes['AdminActionResult'], ParentType, ContextType, RequireFields<MutationAdminResendVerificationArgs, 'customerId'>>;
  adminSendPasswordReset?: Resolver<ResolversTypes['AdminActionResult'], ParentType, ContextType, RequireFields<MutationAdminSendPasswordResetArgs, 'customerId'>>;
  adminSignIn?: Resolver<ResolversTypes['SignInResult'], ParentType, ContextType, RequireFields<MutationAdminSignInArgs, 'email' | 'password'>>;
  changePassword?: Resolver<ResolversTypes['AccountResult'], ParentType, ContextType, RequireFields<MutationChangePasswordArgs, 'currentPassword' | 'newPassword'>>;
  connectCompany?: Resolver<ResolversTypes['ConnectCompanyResult'], ParentType, ContextType, RequireFields<MutationConnectCompanyArgs, 'companyId'>>;
  createApiKey?: Resolver<ResolversTypes['CreateApiKeyResult'], ParentType, ContextType, RequireFields<MutationCreateApiKeyArgs, 'input'>>;
  createCompany?: Resolver<ResolversTypes['AdminCompanyResult'], ParentType, ContextType, RequireFields<MutationCreateCompanyArgs, 'input'>>;
  createCompanyApiKey?: Resolver<ResolversTypes['CreateApiKeyResult'], ParentType, ContextType, RequireFields<MutationCreateCompanyApiKeyArgs, 'input'>>;
  createQuote?: Resolver<ResolversTypes['QuoteResult'], ParentType, ContextType, RequireFields<MutationCreateQuoteArgs, 'input'>>;
  deleteAccount?: Resolver<ResolversTypes['AccountResult'], ParentType, ContextType, RequireFields<MutationDeleteAccountArgs, 'password'>>;
  deleteQuotes?: Resolver<ResolversTypes['DeleteQuotesResult'], ParentType, ContextType, RequireFields<MutationDeleteQuotesArgs, 'ids'>>;
  disableCustomer?: Resolver<ResolversTypes['AdminCustomerResult'], ParentType, ContextType, RequireFields<MutationDisableCustomerArgs, 'id'>>;
  disconnectCompany?: Resolver<ResolversTypes['CustomerResult'], ParentType, ContextType, RequireFields<MutationDisconnectCompanyArgs, 'companyId'>>;
  duplicateQuote?: Resolver<ResolversTypes['QuoteResult'], ParentType, ContextType, RequireFields<MutationDuplicateQuoteArgs, 'id'>>;
  enableCustomer?: Resolver<ResolversTypes['AdminCustomerResult'], ParentType, ContextType, RequireFields<MutationEnableCustomerArgs, 'id'>>;
  refreshSession?: Resolver<ResolversTypes['SignInResult'], ParentType, ContextType, RequireFields<MutationRefreshSessionArgs, 'refreshToken'>>;
  repriceQuote?: Resolver<ResolversTypes['RepriceQuoteResult'], ParentType, ContextType, RequireFields<MutationRepriceQuoteArgs, 'expectedVersion' | 'id'>>;
  requestPasswordReset?: Resolver<ResolversTypes['AccountResult'], ParentType, ContextType, RequireFields<MutationRequestPasswordResetArgs, 'email'>>;
  resendVerification?: Resolver<ResolversTypes['AccountResult'], ParentType, ContextType, RequireFields<MutationResendVerificationArgs, 'email'>>;
  resetMailTemplate?: Resolver<ResolversTypes['MailTemplateResult'], ParentType, ContextType, RequireFields<MutationResetMailTemplateArgs, 'kind' | 'locale'>>;
  resetPassword?: Resolver<ResolversTypes['AccountResult'], ParentType, ContextType, RequireFields<MutationResetPasswordArgs, 'password' | 'token'>>;
  retryDelivery?: Resolver<ResolversTypes['AdminActionResult'], ParentType, ContextType, RequireFields<MutationRetryDeliveryArgs, 'id'>>;
  revokeApiKey?: Resolver<ResolversTypes['RevokeApiKeyResult'], ParentType, ContextType, RequireFields<MutationRevokeApiKeyArgs, 'id'>>;
  revokeCompanyApiKey?: Resolver<ResolversTypes['RevokeApiKeyResult'], ParentType, ContextType, RequireFields<MutationRevokeCompanyApiKeyArgs, 'id'>>;
  setActiveCompany?: Resolver<ResolversTypes['CustomerResult'], ParentType, ContextType, RequireFields<MutationSetActiveCompanyArgs, 'companyId'>>;
  setCompanyActive?: Resolver<ResolversTypes['AdminCompanyResult'], ParentType, ContextType, RequireFields<MutationSetCompanyActiveArgs, 'active' | 'id'>>;
  signIn?: Resolver<ResolversTypes['SignInResult'], ParentType, ContextType, RequireFields<MutationSignInArgs, 'email' | 'password' | 'rememberMe'>>;
  signOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, Partial<MutationSignOutArgs>>;
  signUp?: Resolver<ResolversTypes['SignUpResult'], ParentType, ContextType, RequireFields<MutationSignUpArgs, 'input'>>;
  submitQuote?: Resolver<ResolversTypes['SubmitQuoteResult'], ParentType, ContextType, RequireFields<MutationSubmitQuoteArgs, 'id' | 'idempotencyKey'>>;
  testCompanyConnection?: Resolver<ResolversTypes['CompanyConnectionTest'], ParentType, ContextType, RequireFields<MutationTestCompanyConnectionArgs, 'input'>>;
  updateBilling?: Resolver<ResolversTypes['CustomerResult'], ParentType, ContextType, RequireFields<MutationUpdateBillingArgs, 'input'>>;
  updateCompany?: Resolver<ResolversTypes['AdminCompanyResult'], ParentType, ContextType, RequireFields<MutationUpdateCompanyArgs, 'id' | 'input'>>;
  updateMailTemplate?: Resolver<ResolversTypes['MailTemplateResult'], ParentType, ContextType, RequireFields<MutationUpdateMailTemplateArgs, 'input'>>;
  updateNotificationPreferences?: Resolver<ResolversTypes['CustomerResult'], ParentType, ContextType, RequireFields<MutationUpdateNotificationPreferencesArgs, 'input'>>;
  updateProfile?: Resolver<ResolversTypes['CustomerResult'], ParentType, ContextType, RequireFields<MutationUpdateProfileArgs, 'input'>>;
  updateQuote?: Resolver<ResolversTypes['QuoteResult'], ParentType, ContextType, RequireFields<MutationUpdateQuoteArgs, 'expectedVersion' | 'id' | 'input'>>;
  verifyEmail?: Resolver<ResolversTypes['VerifyEmailResult'], ParentType, ContextType, RequireFields<MutationVerifyEmailArgs, 'token'>>;
}>;

export type NotificationPreferencesResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['NotificationPreferences'] = ResolversParentTypes['NotificationPreferences']> = ResolversObject<{
  orderReady?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  orderStatusChanged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type OrderResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order'], FederationReferenceType extends FederationReferenceTypes['Order'] = FederationReferenceTypes['Order']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Order']> | FederationReferenceType, FederationReferenceType, ContextType>;
  cancelledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  company?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  companyQuoteNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deleted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inProductionAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  orderedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  paymentStatus?: Resolver<ResolversTypes['PaymentStatus'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['Quote'], ParentType, ContextType>;
  readyAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OrderStatus'], ParentType, ContextType>;
  timeline?: Resolver<Array<ResolversTypes['OrderEvent']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type OrderConnectionResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['OrderConnection'] = ResolversParentTypes['OrderConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['OrderEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OrderEdgeResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['OrderEdge'] = ResolversParentTypes['OrderEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Order'], ParentType, ContextType>;
}>;

export type OrderEventResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['OrderEvent'] = ResolversParentTypes['OrderEvent']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fromPaymentStatus?: Resolver<Maybe<ResolversTypes['PaymentStatus']>, ParentType, ContextType>;
  fromStatus?: Resolver<Maybe<ResolversTypes['OrderStatus']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrderEventKind'], ParentType, ContextType>;
  toPaymentStatus?: Resolver<Maybe<ResolversTypes['PaymentStatus']>, ParentType, ContextType>;
  toStatus?: Resolver<Maybe<ResolversTypes['OrderStatus']>, ParentType, ContextType>;
}>;

export type OrderNotificationMailResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['OrderNotificationMail'] = ResolversParentTypes['OrderNotificationMail']> = ResolversObject<{
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sentAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['NotificationStatus'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PasswordPolicyResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['PasswordPolicy'] = ResolversParentTypes['PasswordPolicy']> = ResolversObject<{
  maxLength?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  minCharacterClasses?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  minLength?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  notEmail?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PriceChangeResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['PriceChange'] = ResolversParentTypes['PriceChange']> = ResolversObject<{
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  itemId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  part?: Resolver<ResolversTypes['PriceChangePart'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  admin?: Resolver<Maybe<ResolversTypes['AdminQuery']>, ParentType, ContextType>;
  companies?: Resolver<Array<ResolversTypes['Company']>, ParentType, ContextType>;
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType, Partial<QueryCompanyArgs>>;
  devMailbox?: Resolver<Maybe<Array<ResolversTypes['MailMessage']>>, ParentType, ContextType, RequireFields<QueryDevMailboxArgs, 'first'>>;
  me?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType, RequireFields<QueryOrderArgs, 'id'>>;
  orders?: Resolver<ResolversTypes['OrderConnection'], ParentType, ContextType, RequireFields<QueryOrdersArgs, 'first'>>;
  passwordPolicy?: Resolver<ResolversTypes['PasswordPolicy'], ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['Quote']>, ParentType, ContextType, RequireFields<QueryQuoteArgs, 'id'>>;
  quotes?: Resolver<ResolversTypes['QuoteConnection'], ParentType, ContextType, RequireFields<QueryQuotesArgs, 'first'>>;
}>;

export type QueuedDeliveryResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['QueuedDelivery'] = ResolversParentTypes['QueuedDelivery']> = ResolversObject<{
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  companyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  companyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customerEmail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  leasedUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  nextAttemptAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  quoteId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quoteNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['DeliveryState'], ParentType, ContextType>;
}>;

export type QuoteResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['Quote'] = ResolversParentTypes['Quote'], FederationReferenceType extends FederationReferenceTypes['Quote'] = FederationReferenceTypes['Quote']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Quote']> | FederationReferenceType, FederationReferenceType, ContextType>;
  accessories?: Resolver<Array<ResolversTypes['QuoteAccessoryLine']>, ParentType, ContextType>;
  catalogVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  company?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  companyQuoteNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  delivery?: Resolver<Maybe<ResolversTypes['QuoteDelivery']>, ParentType, ContextType>;
  fees?: Resolver<Array<ResolversTypes['QuoteFeeLine']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
  panels?: Resolver<Array<ResolversTypes['QuotePanelLine']>, ParentType, ContextType>;
  priceChanges?: Resolver<Maybe<Array<ResolversTypes['PriceChange']>>, ParentType, ContextType>;
  pricedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  snapshotPricing?: Resolver<Maybe<ResolversTypes['QuoteSnapshotPricing']>, ParentType, ContextType>;
  stale?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['QuoteStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  totals?: Resolver<Maybe<ResolversTypes['QuoteTotals']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QuoteAccessoryLineResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['QuoteAccessoryLine'] = ResolversParentTypes['QuoteAccessoryLine']> = ResolversObject<{
  accessoryId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QuoteConnectionResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['QuoteConnection'] = ResolversParentTypes['QuoteConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['QuoteEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QuoteDeliveryResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['QuoteDelivery'] = ResolversParentTypes['QuoteDelivery']> = ResolversObject<{
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nextAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  pricedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['QuoteDeliveryState'], ParentType, ContextType>;
}>;

export type QuoteEdgeResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['QuoteEdge'] = ResolversParentTypes['QuoteEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Quote'], ParentType, ContextType>;
}>;

export type QuoteErrorResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['QuoteError'] = ResolversParentTypes['QuoteError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['QuoteErrorCode'], ParentType, ContextType>;
  currentVersion?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type QuoteFeeLineResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['QuoteFeeLine'] = ResolversParentTypes['QuoteFeeLine']> = ResolversObject<{
  feeTypeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QuotePanelLineResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['QuotePanelLine'] = ResolversParentTypes['QuotePanelLine']> = ResolversObject<{
  angleCut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  doubling?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  edgeBandingA?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  edgeBandingB?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  edgeBandingC?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  edgeBandingD?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  heightMm?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hingeHoleSide?: Resolver<Maybe<ResolversTypes['HingeHoleSide']>, ParentType, ContextType>;
  hingeHoles?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  materialId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  widthMm?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QuoteResultResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['QuoteResult'] = ResolversParentTypes['QuoteResult']> = ResolversObject<{
  error?: Resolver<Maybe<ResolversTypes['QuoteError']>, ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['Quote']>, ParentType, ContextType>;
}>;

export type QuoteSnapshotAmountsResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['QuoteSnapshotAmounts'] = ResolversParentTypes['QuoteSnapshotAmounts']> = ResolversObject<{
  gross?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  net?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  vat?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type QuoteSnapshotBoardResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['QuoteSnapshotBoard'] = ResolversParentTypes['QuoteSnapshotBoard']> = ResolversObject<{
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lengthMm?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  materialId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  offcuts?: Resolver<Array<ResolversTypes['QuoteSnapshotRect']>, ParentType, ContextType>;
  placements?: Resolver<Array<ResolversTypes['QuoteSnapshotPlacement']>, ParentType, ContextType>;
  usable?: Resolver<ResolversTypes['QuoteSnapshotRect'], ParentType, ContextType>;
  usage?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  widthMm?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QuoteSnapshotDiscountResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['QuoteSnapshotDiscount'] = ResolversParentTypes['QuoteSnapshotDiscount']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  percent?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type QuoteSnapshotLineResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['QuoteSnapshotLine'] = ResolversParentTypes['QuoteSnapshotLine']> = ResolversObject<{
  amounts?: Resolver<ResolversTypes['QuoteSnapshotAmounts'], ParentType, ContextType>;
  itemId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QuoteSnapshotMaterialResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['QuoteSnapshotMaterial'] = ResolversParentTypes['QuoteSnapshotMaterial']> = ResolversObject<{
  boardMaterial?: Resolver<ResolversTypes['QuoteSnapshotAmounts'], ParentType, ContextType>;
  boardsUsed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cutting?: Resolver<ResolversTypes['QuoteSnapshotAmounts'], ParentType, ContextType>;
  edgeBanding?: Resolver<ResolversTypes['QuoteSnapshotAmounts'], ParentType, ContextType>;
  materialId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pieceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  services?: Resolver<ResolversTypes['QuoteSnapshotAmounts'], ParentType, ContextType>;
  thicknessMm?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['QuoteSnapshotAmounts'], ParentType, ContextType>;
  usage?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type QuoteSnapshotPlacementResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['QuoteSnapshotPlacement'] = ResolversParentTypes['QuoteSnapshotPlacement']> = ResolversObject<{
  heightMm?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rotated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  widthMm?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  x?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  y?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QuoteSnapshotPricingResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['QuoteSnapshotPricing'] = ResolversParentTypes['QuoteSnapshotPricing']> = ResolversObject<{
  accessories?: Resolver<Array<ResolversTypes['QuoteSnapshotLine']>, ParentType, ContextType>;
  boards?: Resolver<Array<ResolversTypes['QuoteSnapshotBoard']>, ParentType, ContextType>;
  catalogVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  discount?: Resolver<ResolversTypes['QuoteSnapshotDiscount'], ParentType, ContextType>;
  fees?: Resolver<Array<ResolversTypes['QuoteSnapshotLine']>, ParentType, ContextType>;
  finalTotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  layoutsExact?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  materials?: Resolver<Array<ResolversTypes['QuoteSnapshotMaterial']>, ParentType, ContextType>;
  pricedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['QuoteSnapshotTotals'], ParentType, ContextType>;
}>;

export type QuoteSnapshotRectResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['QuoteSnapshotRect'] = ResolversParentTypes['QuoteSnapshotRect']> = ResolversObject<{
  heightMm?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  widthMm?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  x?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  y?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QuoteSnapshotTotalsResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['QuoteSnapshotTotals'] = ResolversParentTypes['QuoteSnapshotTotals']> = ResolversObject<{
  accessories?: Resolver<ResolversTypes['QuoteSnapshotAmounts'], ParentType, ContextType>;
  boardMaterial?: Resolver<ResolversTypes['QuoteSnapshotAmounts'], ParentType, ContextType>;
  cutting?: Resolver<ResolversTypes['QuoteSnapshotAmounts'], ParentType, ContextType>;
  edgeBanding?: Resolver<ResolversTypes['QuoteSnapshotAmounts'], ParentType, ContextType>;
  fees?: Resolver<ResolversTypes['QuoteSnapshotAmounts'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['QuoteSnapshotAmounts'], ParentType, ContextType>;
  services?: Resolver<ResolversTypes['QuoteSnapshotAmounts'], ParentType, ContextType>;
}>;

export type QuoteTotalsResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['QuoteTotals'] = ResolversParentTypes['QuoteTotals']> = ResolversObject<{
  discountPercent?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  final?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  gross?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  net?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  vat?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type ReadinessCheckResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['ReadinessCheck'] = ResolversParentTypes['ReadinessCheck']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type RecentErrorResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['RecentError'] = ResolversParentTypes['RecentError']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operationName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  path?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requestId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  service?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type RepriceQuoteResultResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['RepriceQuoteResult'] = ResolversParentTypes['RepriceQuoteResult']> = ResolversObject<{
  changes?: Resolver<Array<ResolversTypes['PriceChange']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['QuoteError']>, ParentType, ContextType>;
  previousTotals?: Resolver<Maybe<ResolversTypes['QuoteTotals']>, ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['Quote']>, ParentType, ContextType>;
}>;

export type RevokeApiKeyResultResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['RevokeApiKeyResult'] = ResolversParentTypes['RevokeApiKeyResult']> = ResolversObject<{
  apiKey?: Resolver<Maybe<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['AccountError']>, ParentType, ContextType>;
}>;

export type ServiceHealthResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['ServiceHealth'] = ResolversParentTypes['ServiceHealth']> = ResolversObject<{
  checks?: Resolver<Array<ResolversTypes['ReadinessCheck']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  latencyMs?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['HealthStatus'], ParentType, ContextType>;
}>;

export type SessionResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['Session'] = ResolversParentTypes['Session']> = ResolversObject<{
  accessToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  accessTokenExpiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  refreshToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  refreshTokenExpiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type SignInResultResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['SignInResult'] = ResolversParentTypes['SignInResult']> = ResolversObject<{
  admin?: Resolver<Maybe<ResolversTypes['Admin']>, ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['AccountError']>, ParentType, ContextType>;
  session?: Resolver<Maybe<ResolversTypes['Session']>, ParentType, ContextType>;
}>;

export type SignUpResultResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['SignUpResult'] = ResolversParentTypes['SignUpResult']> = ResolversObject<{
  customerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['AccountError']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type SubmitQuoteResultResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['SubmitQuoteResult'] = ResolversParentTypes['SubmitQuoteResult']> = ResolversObject<{
  error?: Resolver<Maybe<ResolversTypes['QuoteError']>, ParentType, ContextType>;
  priceChanges?: Resolver<Array<ResolversTypes['PriceChange']>, ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['Quote']>, ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  orderUpdated?: SubscriptionResolver<ResolversTypes['Order'], "orderUpdated", ParentType, ContextType, Partial<SubscriptionOrderUpdatedArgs>>;
  quoteUpdated?: SubscriptionResolver<ResolversTypes['Quote'], "quoteUpdated", ParentType, ContextType, Partial<SubscriptionQuoteUpdatedArgs>>;
}>;

export type SystemHealthResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['SystemHealth'] = ResolversParentTypes['SystemHealth']> = ResolversObject<{
  checkedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  companies?: Resolver<Array<ResolversTypes['CompanyHealth']>, ParentType, ContextType>;
  services?: Resolver<Array<ResolversTypes['ServiceHealth']>, ParentType, ContextType>;
}>;

export type VerifyEmailResultResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['VerifyEmailResult'] = ResolversParentTypes['VerifyEmailResult']> = ResolversObject<{
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['AccountError']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = PortalContext> = ResolversObject<{
  AccountError?: AccountErrorResolvers<ContextType>;
  AccountResult?: AccountResultResolvers<ContextType>;
  Admin?: AdminResolvers<ContextType>;
  AdminActionError?: AdminActionErrorResolvers<ContextType>;
  AdminActionResult?: AdminActionResultResolvers<ContextType>;
  AdminCompany?: AdminCompanyResolvers<ContextType>;
  AdminCompanyError?: AdminCompanyErrorResolvers<ContextType>;
  AdminCompanyResult?: AdminCompanyResultResolvers<ContextType>;
  AdminCustomer?: AdminCustomerResolvers<ContextType>;
  AdminCustomerCompany?: AdminCustomerCompanyResolvers<ContextType>;
  AdminCustomerConnection?: AdminCustomerConnectionResolvers<ContextType>;
  AdminCustomerEdge?: AdminCustomerEdgeResolvers<ContextType>;
  AdminCustomerOrder?: AdminCustomerOrderResolvers<ContextType>;
  AdminCustomerOrders?: AdminCustomerOrdersResolvers<ContextType>;
  AdminCustomerQuote?: AdminCustomerQuoteResolvers<ContextType>;
  AdminCustomerQuotes?: AdminCustomerQuotesResolvers<ContextType>;
  AdminCustomerResult?: AdminCustomerResultResolvers<ContextType>;
  AdminDashboard?: AdminDashboardResolvers<ContextType>;
  AdminMailOutbox?: AdminMailOutboxResolvers<ContextType>;
  AdminQuery?: AdminQueryResolvers<ContextType>;
  ApiKey?: ApiKeyResolvers<ContextType>;
  ApiKeyUsageDay?: ApiKeyUsageDayResolvers<ContextType>;
  AuditEvent?: AuditEventResolvers<ContextType>;
  AuditEventConnection?: AuditEventConnectionResolvers<ContextType>;
  AuditEventEdge?: AuditEventEdgeResolvers<ContextType>;
  BillingDetails?: BillingDetailsResolvers<ContextType>;
  Company?: CompanyResolvers<ContextType>;
  CompanyCatalogCounts?: CompanyCatalogCountsResolvers<ContextType>;
  CompanyConnectionStep?: CompanyConnectionStepResolvers<ContextType>;
  CompanyConnectionTest?: CompanyConnectionTestResolvers<ContextType>;
  CompanyContact?: CompanyContactResolvers<ContextType>;
  CompanyHealth?: CompanyHealthResolvers<ContextType>;
  CompanyHealthSample?: CompanyHealthSampleResolvers<ContextType>;
  CompanySetup?: CompanySetupResolvers<ContextType>;
  ConnectCompanyResult?: ConnectCompanyResultResolvers<ContextType>;
  CreateApiKeyResult?: CreateApiKeyResultResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  CustomerCompany?: CustomerCompanyResolvers<ContextType>;
  CustomerResult?: CustomerResultResolvers<ContextType>;
  DailyActivity?: DailyActivityResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  DeleteQuotesResult?: DeleteQuotesResultResolvers<ContextType>;
  FailingCompany?: FailingCompanyResolvers<ContextType>;
  MailMessage?: MailMessageResolvers<ContextType>;
  MailTemplate?: MailTemplateResolvers<ContextType>;
  MailTemplatePreview?: MailTemplatePreviewResolvers<ContextType>;
  MailTemplateResult?: MailTemplateResultResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NotificationPreferences?: NotificationPreferencesResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  OrderConnection?: OrderConnectionResolvers<ContextType>;
  OrderEdge?: OrderEdgeResolvers<ContextType>;
  OrderEvent?: OrderEventResolvers<ContextType>;
  OrderNotificationMail?: OrderNotificationMailResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PasswordPolicy?: PasswordPolicyResolvers<ContextType>;
  PriceChange?: PriceChangeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  QueuedDelivery?: QueuedDeliveryResolvers<ContextType>;
  Quote?: QuoteResolvers<ContextType>;
  QuoteAccessoryLine?: QuoteAccessoryLineResolvers<ContextType>;
  QuoteConnection?: QuoteConnectionResolvers<ContextType>;
  QuoteDelivery?: QuoteDeliveryResolvers<ContextType>;
  QuoteEdge?: QuoteEdgeResolvers<ContextType>;
  QuoteError?: QuoteErrorResolvers<ContextType>;
  QuoteFeeLine?: QuoteFeeLineResolvers<ContextType>;
  QuotePanelLine?: QuotePanelLineResolvers<ContextType>;
  QuoteResult?: QuoteResultResolvers<ContextType>;
  QuoteSnapshotAmounts?: QuoteSnapshotAmountsResolvers<ContextType>;
  QuoteSnapshotBoard?: QuoteSnapshotBoardResolvers<ContextType>;
  QuoteSnapshotDiscount?: QuoteSnapshotDiscountResolvers<ContextType>;
  QuoteSnapshotLine?: QuoteSnapshotLineResolvers<ContextType>;
  QuoteSnapshotMaterial?: QuoteSnapshotMaterialResolvers<ContextType>;
  QuoteSnapshotPlacement?: QuoteSnapshotPlacementResolvers<ContextType>;
  QuoteSnapshotPricing?: QuoteSnapshotPricingResolvers<ContextType>;
  QuoteSnapshotRect?: QuoteSnapshotRectResolvers<ContextType>;
  QuoteSnapshotTotals?: QuoteSnapshotTotalsResolvers<ContextType>;
  QuoteTotals?: QuoteTotalsResolvers<ContextType>;
  ReadinessCheck?: ReadinessCheckResolvers<ContextType>;
  RecentError?: RecentErrorResolvers<ContextType>;
  RepriceQuoteResult?: RepriceQuoteResultResolvers<ContextType>;
  RevokeApiKeyResult?: RevokeApiKeyResultResolvers<ContextType>;
  ServiceHealth?: ServiceHealthResolvers<ContextType>;
  Session?: SessionResolvers<ContextType>;
  SignInResult?: SignInResultResolvers<ContextType>;
  SignUpResult?: SignUpResultResolvers<ContextType>;
  SubmitQuoteResult?: SubmitQuoteResultResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  SystemHealth?: SystemHealthResolvers<ContextType>;
  VerifyEmailResult?: VerifyEmailResultResolvers<ContextType>;
}>;

