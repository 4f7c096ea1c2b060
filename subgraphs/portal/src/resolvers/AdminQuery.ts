import { NotFoundError } from '@portal/errors';
import type { AdminQueryResolvers } from '../__generated__/resolvers-types.ts';

export const AdminQuery: AdminQueryResolvers = {
  async me(ns, _args, ctx) {
    const admin = await ctx.accounts.adminAccounts.byId(ns.adminId);
    if (!admin) throw new NotFoundError('The signed-in admin no longer exists or is disabled');
    return admin;
  },
};
