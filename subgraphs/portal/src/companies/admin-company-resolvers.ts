import { NotFoundError } from '@portal/errors';
import type { AdminQueryResolvers, MutationResolvers } from '../__generated__/resolvers-types.ts';
import { signedInAdmin } from '../auth/caller.ts';

/** `admin { companies company companySetup }`: admins and support (AdminQuery's rule). */
export const adminCompanyQueries: Pick<
  AdminQueryResolvers,
  'companies' | 'company' | 'companySetup'
> = {
  companies: (_ns, { search, active }, ctx) => ctx.adminCompanies.list({ search, active }),
  async company(_ns, { id }, ctx) {
    const company = await ctx.adminCompanies.byId(id);
    if (!company) throw new NotFoundError('No company with this id');
    return company;
  },
  companySetup: (_ns, _args, ctx) => ctx.adminCompanies.setup(),
};

/** The registry's changes and the connection test: admins only (permissions.ts). */
export const adminCompanyMutations: Pick<
  MutationResolvers,
  'createCompany' | 'updateCompany' | 'setCompanyActive' | 'testCompanyConnection'
> = {
  createCompany: (_p, { input }, ctx) =>
    ctx.adminCompanies.create(signedInAdmin(ctx.identity), input, ctx.meta),
  updateCompany: (_p, { id, input }, ctx) =>
    ctx.adminCompanies.update(signedInAdmin(ctx.identity), id, input, ctx.meta),
  setCompanyActive: (_p, { id, active }, ctx) =>
    ctx.adminCompanies.setActive(signedInAdmin(ctx.identity), id, active, ctx.meta),
  testCompanyConnection: (_p, { input }, ctx) =>
    ctx.adminCompanies.testConnection(signedInAdmin(ctx.identity), input, ctx.meta),
};
