import type { MaterialResolvers } from '../__generated__/resolvers-types.ts';
import { fromCompany } from '../company-errors.ts';
import { ofCompany } from '../mappers.ts';
import { grossMoney, netMoney } from '../money.ts';

export const Material: MaterialResolvers = {
  async __resolveReference({ companyId, id }, ctx) {
    const item = await fromCompany(ctx.loaders.materials.load({ companyId, id }));
    return item && ofCompany(companyId, item);
  },
  pricePerSqm: (m) => netMoney(m.pricePerSqm, m.currency),
  pricePerSqmGross: (m) => grossMoney(m.pricePerSqm, m.vatRate, m.currency),
};
