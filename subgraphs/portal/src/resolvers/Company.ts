import type { CompanyResolvers } from '../__generated__/resolvers-types.ts';
import { isUuid } from '../data/uuid.ts';

export const Company: CompanyResolvers = {
  __resolveReference: (ref, ctx) => (isUuid(ref.id) ? ctx.companies.byId(ref.id) : null),
};
