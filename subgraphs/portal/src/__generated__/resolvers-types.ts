import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CompanyRow } from '../data/company-rows.ts';
import type { CustomerRow } from '../data/customer-rows.ts';
import type { CustomerCompanyRow } from '../data/customer-company-rows.ts';
import type { AdminRow, AdminNamespace } from '../data/admin-rows.ts';
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
  /** API keys made for companies' integrations, newest first: of one company, or of all. */
  companyApiKeys: Array<ApiKey>;
  /** The signed-in admin. */
  me: Admin;
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
export type AdminQueryCompanyApiKeysArgs = {
  companyId?: InputMaybe<Scalars['ID']['input']>;
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
  /** Only events at or after this time. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
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

/**
 * A panel-cutting shop ("lapszabászat") on the portal. Its catalog fields (materials, edge
 * bandings, accessories, services, fees) come from the company's own database.
 */
export type Company = {
  __typename?: 'Company';
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

/** The result of `deleteQuotes`. */
export type DeleteQuotesResult = {
  __typename?: 'DeleteQuotesResult';
  /** The ids of the deleted drafts; empty when refused. */
  deletedIds: Array<Scalars['ID']['output']>;
  /** Why nothing was deleted. */
  error?: Maybe<QuoteError>;
};

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
  /** Disconnects the signed-in customer from a company; if it was the active one, none is active. */
  disconnectCompany: CustomerResult;
  /** Copies one of the caller's quotes (any status) into a new, unpriced draft with a new number. */
  duplicateQuote: QuoteResult;
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
  /** Sets a new password with the single-use token of a reset link; signs every session out. */
  resetPassword: AccountResult;
  /** Revokes one of the signed-in customer's API keys at once. */
  revokeApiKey: RevokeApiKeyResult;
  /** Admins (role `admin`) only: revokes a company's API key at once. */
  revokeCompanyApiKey: RevokeApiKeyResult;
  /** Makes a connected, active company the signed-in customer's active company. */
  setActiveCompany: CustomerResult;
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
  /** Replaces the signed-in customer's billing details (absent fields become empty). */
  updateBilling: CustomerResult;
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
export type MutationDisconnectCompanyArgs = {
  companyId: Scalars['ID']['input'];
};


/** Account, session, company-connection and API-key changes. */
export type MutationDuplicateQuoteArgs = {
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
export type MutationResetPasswordArgs = {
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
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
export type MutationUpdateBillingArgs = {
  input: BillingInput;
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
  AdminQuery: ResolverTypeWrapper<AdminNamespace>;
  AdminRole: AdminRole;
  ApiKey: ResolverTypeWrapper<ApiKeyRow>;
  ApiKeyInput: ApiKeyInput;
  ApiKeyScope: ApiKeyScope;
  ApiKeyStatus: ApiKeyStatus;
  AuditActorKind: AuditActorKind;
  AuditEvent: ResolverTypeWrapper<AuditEventRow>;
  AuditEventConnection: ResolverTypeWrapper<Omit<AuditEventConnection, 'edges'> & { edges: Array<ResolversTypes['AuditEventEdge']> }>;
  AuditEventEdge: ResolverTypeWrapper<Omit<AuditEventEdge, 'node'> & { node: ResolversTypes['AuditEvent'] }>;
  AuditLogFilter: AuditLogFilter;
  BillingDetails: ResolverTypeWrapper<BillingDetails>;
  BillingInput: BillingInput;
  Company: ResolverTypeWrapper<CompanyRow>;
  CompanyApiKeyInput: CompanyApiKeyInput;
  ConnectCompanyResult: ResolverTypeWrapper<Omit<ConnectCompanyResult, 'customer'> & { customer?: Maybe<ResolversTypes['Customer']> }>;
  CreateApiKeyResult: ResolverTypeWrapper<Omit<CreateApiKeyResult, 'apiKey'> & { apiKey?: Maybe<ResolversTypes['ApiKey']> }>;
  Customer: ResolverTypeWrapper<CustomerRow>;
  CustomerCompany: ResolverTypeWrapper<CustomerCompanyRow>;
  CustomerResult: ResolverTypeWrapper<Omit<CustomerResult, 'customer'> & { customer?: Maybe<ResolversTypes['Customer']> }>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  DeleteQuotesResult: ResolverTypeWrapper<DeleteQuotesResult>;
  HingeHoleSide: HingeHoleSide;
  Locale: Locale;
  MailKind: MailKind;
  MailMessage: ResolverTypeWrapper<MailRow>;
  Money: ResolverTypeWrapper<Money>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NotificationPreferences: ResolverTypeWrapper<NotificationPreferences>;
  NotificationPreferencesInput: NotificationPreferencesInput;
  Order: ResolverTypeWrapper<OrderRow>;
  OrderConnection: ResolverTypeWrapper<Omit<OrderConnection, 'edges'> & { edges: Array<ResolversTypes['OrderEdge']> }>;
  OrderEdge: ResolverTypeWrapper<Omit<OrderEdge, 'node'> & { node: ResolversTypes['Order'] }>;
  OrderEvent: ResolverTypeWrapper<OrderEventRow>;
  OrderEventKind: OrderEventKind;
  OrderFilter: OrderFilter;
  OrderStatus: OrderStatus;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PasswordPolicy: ResolverTypeWrapper<PasswordPolicy>;
  PaymentStatus: PaymentStatus;
  PriceChange: ResolverTypeWrapper<PriceChange>;
  PriceChangePart: PriceChangePart;
  ProfileInput: ProfileInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
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
  QuoteStatus: QuoteStatus;
  QuoteTotals: ResolverTypeWrapper<QuoteTotals>;
  RepriceQuoteResult: ResolverTypeWrapper<Omit<RepriceQuoteResult, 'quote'> & { quote?: Maybe<ResolversTypes['Quote']> }>;
  RevokeApiKeyResult: ResolverTypeWrapper<Omit<RevokeApiKeyResult, 'apiKey'> & { apiKey?: Maybe<ResolversTypes['ApiKey']> }>;
  Session: ResolverTypeWrapper<Session>;
  SignInResult: ResolverTypeWrapper<Omit<SignInResult, 'admin' | 'customer'> & { admin?: Maybe<ResolversTypes['Admin']>, customer?: Maybe<ResolversTypes['Customer']> }>;
  SignUpInput: SignUpInput;
  SignUpResult: ResolverTypeWrapper<SignUpResult>;
  SubmitQuoteResult: ResolverTypeWrapper<Omit<SubmitQuoteResult, 'quote'> & { quote?: Maybe<ResolversTypes['Quote']> }>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
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
  AdminQuery: AdminNamespace;
  ApiKey: ApiKeyRow;
  ApiKeyInput: ApiKeyInput;
  AuditEvent: AuditEventRow;
  AuditEventConnection: Omit<AuditEventConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuditEventEdge']> };
  AuditEventEdge: Omit<AuditEventEdge, 'node'> & { node: ResolversParentTypes['AuditEvent'] };
  AuditLogFilter: AuditLogFilter;
  BillingDetails: BillingDetails;
  BillingInput: BillingInput;
  Company: CompanyRow;
  CompanyApiKeyInput: CompanyApiKeyInput;
  ConnectCompanyResult: Omit<ConnectCompanyResult, 'customer'> & { customer?: Maybe<ResolversParentTypes['Customer']> };
  CreateApiKeyResult: Omit<CreateApiKeyResult, 'apiKey'> & { apiKey?: Maybe<ResolversParentTypes['ApiKey']> };
  Customer: CustomerRow;
  CustomerCompany: CustomerCompanyRow;
  CustomerResult: Omit<CustomerResult, 'customer'> & { customer?: Maybe<ResolversParentTypes['Customer']> };
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  DeleteQuotesResult: DeleteQuotesResult;
  MailMessage: MailRow;
  Money: Money;
  Mutation: Record<PropertyKey, never>;
  NotificationPreferences: NotificationPreferences;
  NotificationPreferencesInput: NotificationPreferencesInput;
  Order: OrderRow;
  OrderConnection: Omit<OrderConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrderEdge']> };
  OrderEdge: Omit<OrderEdge, 'node'> & { node: ResolversParentTypes['Order'] };
  OrderEvent: OrderEventRow;
  OrderFilter: OrderFilter;
  PageInfo: PageInfo;
  PasswordPolicy: PasswordPolicy;
  PriceChange: PriceChange;
  ProfileInput: ProfileInput;
  Query: Record<PropertyKey, never>;
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
  QuoteTotals: QuoteTotals;
  RepriceQuoteResult: Omit<RepriceQuoteResult, 'quote'> & { quote?: Maybe<ResolversParentTypes['Quote']> };
  RevokeApiKeyResult: Omit<RevokeApiKeyResult, 'apiKey'> & { apiKey?: Maybe<ResolversParentTypes['ApiKey']> };
  Session: Session;
  SignInResult: Omit<SignInResult, 'admin' | 'customer'> & { admin?: Maybe<ResolversParentTypes['Admin']>, customer?: Maybe<ResolversParentTypes['Customer']> };
  SignUpInput: SignUpInput;
  SignUpResult: SignUpResult;
  SubmitQuoteResult: Omit<SubmitQuoteResult, 'quote'> & { quote?: Maybe<ResolversParentTypes['Quote']> };
  Subscription: Record<PropertyKey, never>;
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

export type AdminQueryResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['AdminQuery'] = ResolversParentTypes['AdminQuery']> = ResolversObject<{
  auditLog?: Resolver<ResolversTypes['AuditEventConnection'], ParentType, ContextType, RequireFields<AdminQueryAuditLogArgs, 'first'>>;
  companyApiKeys?: Resolver<Array<ResolversTypes['ApiKey']>, ParentType, ContextType, Partial<AdminQueryCompanyApiKeysArgs>>;
  me?: Resolver<ResolversTypes['Admin'], ParentType, ContextType>;
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
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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

export type MoneyResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  adminSignIn?: Resolver<ResolversTypes['SignInResult'], ParentType, ContextType, RequireFields<MutationAdminSignInArgs, 'email' | 'password'>>;
  changePassword?: Resolver<ResolversTypes['AccountResult'], ParentType, ContextType, RequireFields<MutationChangePasswordArgs, 'currentPassword' | 'newPassword'>>;
  connectCompany?: Resolver<ResolversTypes['ConnectCompanyResult'], ParentType, ContextType, RequireFields<MutationConnectCompanyArgs, 'companyId'>>;
  createApiKey?: Resolver<ResolversTypes['CreateApiKeyResult'], ParentType, ContextType, RequireFields<MutationCreateApiKeyArgs, 'input'>>;
  createCompanyApiKey?: Resolver<ResolversTypes['CreateApiKeyResult'], ParentType, ContextType, RequireFields<MutationCreateCompanyApiKeyArgs, 'input'>>;
  createQuote?: Resolver<ResolversTypes['QuoteResult'], ParentType, ContextType, RequireFields<MutationCreateQuoteArgs, 'input'>>;
  deleteAccount?: Resolver<ResolversTypes['AccountResult'], ParentType, ContextType, RequireFields<MutationDeleteAccountArgs, 'password'>>;
  deleteQuotes?: Resolver<ResolversTypes['DeleteQuotesResult'], ParentType, ContextType, RequireFields<MutationDeleteQuotesArgs, 'ids'>>;
  disconnectCompany?: Resolver<ResolversTypes['CustomerResult'], ParentType, ContextType, RequireFields<MutationDisconnectCompanyArgs, 'companyId'>>;
  duplicateQuote?: Resolver<ResolversTypes['QuoteResult'], ParentType, ContextType, RequireFields<MutationDuplicateQuoteArgs, 'id'>>;
  refreshSession?: Resolver<ResolversTypes['SignInResult'], ParentType, ContextType, RequireFields<MutationRefreshSessionArgs, 'refreshToken'>>;
  repriceQuote?: Resolver<ResolversTypes['RepriceQuoteResult'], ParentType, ContextType, RequireFields<MutationRepriceQuoteArgs, 'expectedVersion' | 'id'>>;
  requestPasswordReset?: Resolver<ResolversTypes['AccountResult'], ParentType, ContextType, RequireFields<MutationRequestPasswordResetArgs, 'email'>>;
  resendVerification?: Resolver<ResolversTypes['AccountResult'], ParentType, ContextType, RequireFields<MutationResendVerificationArgs, 'email'>>;
  resetPassword?: Resolver<ResolversTypes['AccountResult'], ParentType, ContextType, RequireFields<MutationResetPasswordArgs, 'password' | 'token'>>;
  revokeApiKey?: Resolver<ResolversTypes['RevokeApiKeyResult'], ParentType, ContextType, RequireFields<MutationRevokeApiKeyArgs, 'id'>>;
  revokeCompanyApiKey?: Resolver<ResolversTypes['RevokeApiKeyResult'], ParentType, ContextType, RequireFields<MutationRevokeCompanyApiKeyArgs, 'id'>>;
  setActiveCompany?: Resolver<ResolversTypes['CustomerResult'], ParentType, ContextType, RequireFields<MutationSetActiveCompanyArgs, 'companyId'>>;
  signIn?: Resolver<ResolversTypes['SignInResult'], ParentType, ContextType, RequireFields<MutationSignInArgs, 'email' | 'password' | 'rememberMe'>>;
  signOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, Partial<MutationSignOutArgs>>;
  signUp?: Resolver<ResolversTypes['SignUpResult'], ParentType, ContextType, RequireFields<MutationSignUpArgs, 'input'>>;
  submitQuote?: Resolver<ResolversTypes['SubmitQuoteResult'], ParentType, ContextType, RequireFields<MutationSubmitQuoteArgs, 'id' | 'idempotencyKey'>>;
  updateBilling?: Resolver<ResolversTypes['CustomerResult'], ParentType, ContextType, RequireFields<MutationUpdateBillingArgs, 'input'>>;
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

export type QuoteTotalsResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['QuoteTotals'] = ResolversParentTypes['QuoteTotals']> = ResolversObject<{
  discountPercent?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  final?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  gross?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  net?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  vat?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
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

export type VerifyEmailResultResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['VerifyEmailResult'] = ResolversParentTypes['VerifyEmailResult']> = ResolversObject<{
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['AccountError']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = PortalContext> = ResolversObject<{
  AccountError?: AccountErrorResolvers<ContextType>;
  AccountResult?: AccountResultResolvers<ContextType>;
  Admin?: AdminResolvers<ContextType>;
  AdminQuery?: AdminQueryResolvers<ContextType>;
  ApiKey?: ApiKeyResolvers<ContextType>;
  AuditEvent?: AuditEventResolvers<ContextType>;
  AuditEventConnection?: AuditEventConnectionResolvers<ContextType>;
  AuditEventEdge?: AuditEventEdgeResolvers<ContextType>;
  BillingDetails?: BillingDetailsResolvers<ContextType>;
  Company?: CompanyResolvers<ContextType>;
  ConnectCompanyResult?: ConnectCompanyResultResolvers<ContextType>;
  CreateApiKeyResult?: CreateApiKeyResultResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  CustomerCompany?: CustomerCompanyResolvers<ContextType>;
  CustomerResult?: CustomerResultResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  DeleteQuotesResult?: DeleteQuotesResultResolvers<ContextType>;
  MailMessage?: MailMessageResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NotificationPreferences?: NotificationPreferencesResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  OrderConnection?: OrderConnectionResolvers<ContextType>;
  OrderEdge?: OrderEdgeResolvers<ContextType>;
  OrderEvent?: OrderEventResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PasswordPolicy?: PasswordPolicyResolvers<ContextType>;
  PriceChange?: PriceChangeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Quote?: QuoteResolvers<ContextType>;
  QuoteAccessoryLine?: QuoteAccessoryLineResolvers<ContextType>;
  QuoteConnection?: QuoteConnectionResolvers<ContextType>;
  QuoteDelivery?: QuoteDeliveryResolvers<ContextType>;
  QuoteEdge?: QuoteEdgeResolvers<ContextType>;
  QuoteError?: QuoteErrorResolvers<ContextType>;
  QuoteFeeLine?: QuoteFeeLineResolvers<ContextType>;
  QuotePanelLine?: QuotePanelLineResolvers<ContextType>;
  QuoteResult?: QuoteResultResolvers<ContextType>;
  QuoteTotals?: QuoteTotalsResolvers<ContextType>;
  RepriceQuoteResult?: RepriceQuoteResultResolvers<ContextType>;
  RevokeApiKeyResult?: RevokeApiKeyResultResolvers<ContextType>;
  Session?: SessionResolvers<ContextType>;
  SignInResult?: SignInResultResolvers<ContextType>;
  SignUpResult?: SignUpResultResolvers<ContextType>;
  SubmitQuoteResult?: SubmitQuoteResultResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  VerifyEmailResult?: VerifyEmailResultResolvers<ContextType>;
}>;

