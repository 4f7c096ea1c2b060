import type { CustomerResolvers } from '../__generated__/resolvers-types.ts';

// Every field reads as the customer of the parent row, under RLS; the row itself only ever
// comes from the customer's own `me`, sign-in or account mutation.
export const Customer: CustomerResolvers = {
  emailVerified: (c) => c.emailVerifiedAt !== null,
  locale: (c) => (c.locale === 'en' ? 'EN' : 'HU'),
  billing: (c, _args, ctx) => ctx.accounts.customerRows.billing(c.id),
  notificationPreferences: (c) => ({
    orderReady: c.notifyOrderReady,
    orderStatusChanged: c.notifyOrderStatusChanged,
  }),
  companies: (c, _args, ctx) => ctx.accounts.customerCompanies.list(c.id),
  activeCompany: async (c, _args, ctx) =>
    (await ctx.accounts.customerCompanies.list(c.id)).find((cc) => cc.active)?.company ?? null,
  apiKeys: (c, _args, ctx) => ctx.accounts.apiKeys.listForCustomer(c.id),
};
