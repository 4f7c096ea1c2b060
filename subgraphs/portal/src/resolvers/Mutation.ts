import type { MutationResolvers } from '../__generated__/resolvers-types.ts';
import type { AccountError } from '../auth/account-error.ts';
import {
  BillingInputSchema,
  NotificationInputSchema,
  ProfileInputSchema,
  parseInput,
} from '../auth/account-input.ts';
import { signedInAdmin, signedInCustomer } from '../auth/caller.ts';
import { adminCompanyMutations } from '../companies/admin-company-resolvers.ts';
import type { PortalContext } from '../context.ts';
import type { ConnectionChange } from '../data/customer-company-rows.ts';
import { isUuid } from '../data/uuid.ts';
import * as quoteOperations from '../quotes/quote-operations.ts';
import { submitQuote } from '../submission/submit-quote.ts';
import { adminPanelMutations } from './AdminPanel.ts';

type Outcome = { error?: AccountError | undefined };

/** `{ ok, error }` of the mutations that only succeed or fail. */
const okOrError = (r: Outcome) => ({ ok: !r.error, error: r.error ?? null });

const CONNECTION_ERRORS = {
  company_not_found: {
    code: 'COMPANY_NOT_FOUND',
    message: 'No active company with this id',
    field: 'companyId',
    retryAfterSeconds: null,
  },
  not_connected: {
    code: 'COMPANY_NOT_CONNECTED',
    message: 'You are not connected to this company',
    field: 'companyId',
    retryAfterSeconds: null,
  },
} as const satisfies Record<Exclude<ConnectionChange, 'done'>, AccountError>;

/** The customer after a connection change, or why it was refused. */
async function afterConnectionChange(
  ctx: PortalContext,
  customerId: string,
  change: ConnectionChange,
) {
  if (change !== 'done') return { customer: null, error: CONNECTION_ERRORS[change] };
  return { customer: await ctx.accounts.customerRows.byId(customerId), error: null };
}

export const Mutation: MutationResolvers = {
  // The company registry, admins only (companies/admin-companies.ts).
  ...adminCompanyMutations,

  async signUp(_p, { input }, ctx) {
    const r = await ctx.accounts.customerAccounts.signUp(input);
    return r.error
      ? { ok: false, customerId: null, error: r.error }
      : { ok: true, customerId: r.customerId, error: null };
  },

  async verifyEmail(_p, { token }, ctx) {
    const r = await ctx.accounts.customerAccounts.verifyEmail(token);
    return r.error
      ? { ok: false, email: null, error: r.error }
      : { ok: true, email: r.email, error: null };
  },

  resendVerification: async (_p, { email }, ctx) =>
    okOrError(await ctx.accounts.customerAccounts.resendVerification(email)),

  async signIn(_p, { email, password, rememberMe }, ctx) {
    const r = await ctx.accounts.customerAccounts.signIn(
      email,
      password,
      rememberMe === true,
      ctx.meta,
    );
    if (r.error) return { session: null, customer: null, admin: null, error: r.error };
    return { session: r.session, customer: r.customer, admin: null, error: null };
  },

  async adminSignIn(_p, { email, password }, ctx) {
    const r = await ctx.accounts.adminAccounts.signIn(email, password, ctx.meta);
    if ('error' in r) return { session: null, customer: null, admin: null, error: r.error };
    return { session: r.session, customer: null, admin: r.admin, error: null };
  },

  async refreshSession(_p, { refreshToken }, ctx) {
    const r = await ctx.accounts.sessions.refresh(refreshToken, ctx.meta);
    if (!r.ok) {
      return {
        session: null,
        customer: null,
        admin: null,
        error: {
          code: 'INVALID_REFRESH_TOKEN',
          message: 'This session has ended; sign in again',
          field: 'refreshToken',
          retryAfterSeconds: null,
        },
      };
    }
    const { principal } = r;
    if (principal.kind === 'customer') {
      const customer = await ctx.accounts.customerRows.byId(principal.id);
      return { session: r.session, customer, admin: null, error: null };
    }
    const admin = await ctx.accounts.adminAccounts.byId(principal.id);
    return { session: r.session, customer: null, admin, error: null };
  },

  async signOut(_p, { refreshToken }, ctx) {
    const { identity } = ctx;
    if (identity.kind === 'customer' || identity.kind === 'admin') {
      await ctx.accounts.sessions.revoke(identity.sessionId);
    }
    if (refreshToken) await ctx.accounts.sessions.revokeByRefreshToken(refreshToken);
    return true;
  },

  requestPasswordReset: async (_p, { email }, ctx) =>
    okOrError(await ctx.accounts.customerAccounts.requestPasswordReset(email)),

  resetPassword: async (_p, { token, password }, ctx) =>
    okOrError(await ctx.accounts.customerAccounts.resetPassword(token, password, ctx.meta)),

  async changePassword(_p, { currentPassword, newPassword }, ctx) {
    const me = signedInCustomer(ctx.identity);
    return okOrError(
      await ctx.accounts.customerAccounts.changePassword(
        me.customerId,
        me.sessionId,
        currentPassword,
        newPassword,
        ctx.meta,
      ),
    );
  },

  async updateProfile(_p, { input }, ctx) {
    const me = signedInCustomer(ctx.identity);
    const parsed = parseInput(ProfileInputSchema, input);
    if ('error' in parsed) return { customer: null, error: parsed.error };
    const { name, mobile, locale } = parsed.value;
    const customer = await ctx.accounts.customerRows.updateProfile(me.customerId, {
      name: name ?? undefined,
      // Absent keeps the number; an empty string removes it.
      mobile: mobile == null ? undefined : mobile === '' ? null : mobile,
      locale: locale ?? undefined,
    });
    return { customer, error: null };
  },

  async updateBilling(_p, { input }, ctx) {
    const me = signedInCustomer(ctx.identity);
    const parsed = parseInput(BillingInputSchema, input);
    if ('error' in parsed) return { customer: null, error: parsed.error };
    const customer = await ctx.accounts.customerRows.replaceBilling(me.customerId, parsed.value);
    return { customer, error: null };
  },

  async updateNotificationPreferences(_p, { input }, ctx) {
    const me = signedInCustomer(ctx.identity);
    const parsed = parseInput(NotificationInputSchema, input);
    if ('error' in parsed) return { customer: null, error: parsed.error };
    const customer = await ctx.accounts.customerRows.updateNotifications(
      me.customerId,
      parsed.value,
    );
    return { customer, error: null };
  },

  async deleteAccount(_p, { password }, ctx) {
    const me = signedInCustomer(ctx.identity);
    return okOrError(
      await ctx.accounts.customerAccounts.deleteAccount(me.customerId, password, ctx.meta),
    );
  },

  async connectCompany(_p, { companyId }, ctx) {
    const me = signedInCustomer(ctx.identity);
    if (!isUuid(companyId)) return afterConnectionChange(ctx, me.customerId, 'company_not_found');
    const change = await ctx.accounts.customerCompanies.connect(me.customerId, companyId);
    return afterConnectionChange(ctx, me.customerId, change);
  },

  async disconnectCompany(_p, { companyId }, ctx) {
    const me = signedInCustomer(ctx.identity);
    if (!isUuid(companyId)) return afterConnectionChange(ctx, me.customerId, 'not_connected');
    const change = await ctx.accounts.customerCompanies.disconnect(me.customerId, companyId);
    return afterConnectionChange(ctx, me.customerId, change);
  },

  async setActiveCompany(_p, { companyId }, ctx) {
    const me = signedInCustomer(ctx.identity);
    if (!isUuid(companyId)) return afterConnectionChange(ctx, me.customerId, 'company_not_found');
    const change = await ctx.accounts.customerCompanies.setActive(me.customerId, companyId);
    return afterConnectionChange(ctx, me.customerId, change);
  },

  async createApiKey(_p, { input }, ctx) {
    const me = signedInCustomer(ctx.identity);
    const r = await ctx.accounts.apiKeys.createForCustomer(me.customerId, input, ctx.meta);
    if ('error' in r) return { apiKey: null, key: null, error: r.error };
    return { apiKey: r.apiKey, key: r.key, error: null };
  },

  async revokeApiKey(_p, { id }, ctx) {
    const me = signedInCustomer(ctx.identity);
    const r = await ctx.accounts.apiKeys.revokeForCustomer(me.customerId, id, ctx.meta);
    if ('error' in r) return { apiKey: null, error: r.error };
    return { apiKey: r.apiKey, error: null };
  },

  async createCompanyApiKey(_p, { input }, ctx) {
    const admin = signedInAdmin(ctx.identity);
    const r = await ctx.accounts.apiKeys.createForCompany(admin, input, ctx.meta);
    if ('error' in r) return { apiKey: null, key: null, error: r.error };
    return { apiKey: r.apiKey, key: r.key, error: null };
  },

  async revokeCompanyApiKey(_p, { id }, ctx) {
    const admin = signedInAdmin(ctx.identity);
    const r = await ctx.accounts.apiKeys.revokeForCompany(admin, id, ctx.meta);
    if ('error' in r) return { apiKey: null, error: r.error };
    return { apiKey: r.apiKey, error: null };
  },

  // Customers, delivery retry and email templates (admins only): `AdminPanel.ts`.
  ...adminPanelMutations,

  createQuote: (_p, args, ctx) => quoteOperations.createQuote(ctx, args),
  updateQuote: (_p, args, ctx) => quoteOperations.updateQuote(ctx, args),
  duplicateQuote: (_p, args, ctx) => quoteOperations.duplicateQuote(ctx, args),
  deleteQuotes: (_p, args, ctx) => quoteOperations.deleteQuotes(ctx, args),
  repriceQuote: (_p, args, ctx) => quoteOperations.repriceQuote(ctx, args),
  submitQuote: (_p, args, ctx) => submitQuote(ctx, args),
};
