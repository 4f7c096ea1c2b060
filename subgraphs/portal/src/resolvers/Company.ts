import DataLoader from 'dataloader';
import type { CompanyResolvers } from '../__generated__/resolvers-types.ts';
import { type CompanyContact, NO_CONTACT } from '../companies/company-contact.ts';
import type { PortalContext } from '../context.ts';
import { isUuid } from '../data/uuid.ts';

/** One read of the companies' contact details per request, however many companies it shows. */
const contactLoaders = new WeakMap<PortalContext, DataLoader<string, CompanyContact>>();
function contactLoader(ctx: PortalContext) {
  let loader = contactLoaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const found = await ctx.companies.contacts(ids);
      return ids.map((id) => found.get(id) ?? NO_CONTACT);
    });
    contactLoaders.set(ctx, loader);
  }
  return loader;
}

export const Company: CompanyResolvers = {
  __resolveReference: (ref, ctx) => (isUuid(ref.id) ? ctx.companies.byId(ref.id) : null),
  // Public like the name: an inactive company's details are not shown (none).
  contact: (company, _args, ctx) =>
    company.contact ?? (isUuid(company.id) ? contactLoader(ctx).load(company.id) : NO_CONTACT),
};
