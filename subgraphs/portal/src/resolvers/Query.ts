import { BadUserInputError, NotFoundError } from '@portal/errors';
import type { QueryResolvers } from '../__generated__/resolvers-types.ts';
import { isUuid } from '../data/uuid.ts';

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
};
