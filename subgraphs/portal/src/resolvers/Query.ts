import { BadUserInputError, ForbiddenError, NotFoundError } from '@portal/errors';
import type { QueryResolvers } from '../__generated__/resolvers-types.ts';
import { PASSWORD_POLICY } from '../auth/password-policy.ts';
import { isUuid } from '../data/uuid.ts';
import * as orderOperations from '../orders/order-operations.ts';
import * as quoteOperations from '../quotes/quote-operations.ts';

export const Query: QueryResolvers = {
  companies: (_parent, _args, ctx) => ctx.companies.listActive(),

  async company(_parent, { id, slug }, ctx) {
    if ((id == null) === (slug == null)) {
      throw new BadUserInputError(
        'Give exactly one of `id` and `slug`',
        id == null ? 'id' : 'slug',
      );
    }
    if (id != null) {
      if (!isUuid(id)) throw new BadUserInputError(`'${id}' is not a valid company id`, 'id');
      const row = await ctx.companies.byId(id);
      if (!row) throw new NotFoundError(`No active company with id ${id}`);
      return row;
    }
    const row = await ctx.companies.bySlug(slug!);
    if (!row) throw new NotFoundError(`No active company with slug '${slug}'`);
    return row;
  },

  me: (_parent, _args, ctx) =>
    ctx.identity.kind === 'customer'
      ? ctx.accounts.customerRows.byId(ctx.identity.customerId)
      : null,

  admin: (_parent, _args, ctx) => {
    if (ctx.identity.kind !== 'admin') throw new ForbiddenError('Admins only');
    return { adminId: ctx.identity.adminId };
  },

  passwordPolicy: () => PASSWORD_POLICY,

  async devMailbox(_parent, { first }, ctx) {
    // Public, and it holds every reset link: only in development/embedded mode, and never
    // when mail goes over SMTP (the outbox holds nothing to show then anyway).
    if (!ctx.devMailbox) return null;
    const limit = first ?? 50;
    if (!Number.isInteger(limit) || limit < 1 || limit > 200) {
      throw new BadUserInputError('`first` must be 1–200', 'first');
    }
    return ctx.accounts.outbox.latest(limit);
  },

  quote: (_parent, args, ctx) => quoteOperations.quote(ctx, args),
  quotes: (_parent, args, ctx) => quoteOperations.quotes(ctx, args),
  order: (_parent, args, ctx) => orderOperations.order(ctx, args),
  orders: (_parent, args, ctx) => orderOperations.orders(ctx, args),
};
