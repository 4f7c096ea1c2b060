import type { LinearMaterialResolvers } from '../__generated__/resolvers-types.ts';
import { fromCompany } from '../company-errors.ts';
import { ofCompany } from '../mappers.ts';
import { grossMoney, netMoney } from '../money.ts';

export const LinearMaterial: LinearMaterialResolvers = {
  async __resolveReference({ companyId, id }, ctx) {
    const item = await fromCompany(ctx.loaders.linearMaterials.load({ companyId, id }));
    return item && ofCompany(companyId, item);
  },
  pricePerM: (l) => netMoney(l.pricePerM, l.currency),
  pricePerMGross: (l) => grossMoney(l.pricePerM, l.vatRate, l.currency),
};
