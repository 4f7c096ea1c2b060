import type { AccessoryResolvers } from '../__generated__/resolvers-types.ts';
import { fromCompany } from '../company-errors.ts';
import { ofCompany } from '../mappers.ts';
import { grossMoney, netMoney } from '../money.ts';

export const Accessory: AccessoryResolvers = {
  async __resolveReference({ companyId, id }, ctx) {
    const item = await fromCompany(ctx.loaders.accessories.load({ companyId, id }));
    return item && ofCompany(companyId, item);
  },
  unitPrice: (a) => netMoney(a.unitPriceNet, a.currency),
  unitPriceGross: (a) => grossMoney(a.unitPriceNet, a.vatRate, a.currency),
};
