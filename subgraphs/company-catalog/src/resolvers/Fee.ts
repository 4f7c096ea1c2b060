import type { FeeResolvers } from '../__generated__/resolvers-types.ts';
import { fromCompany } from '../company-errors.ts';
import { ofCompany } from '../mappers.ts';
import { grossMoney, netMoney } from '../money.ts';

export const Fee: FeeResolvers = {
  async __resolveReference({ companyId, id }, ctx) {
    const item = await fromCompany(ctx.loaders.feeTypes.load({ companyId, id }));
    return item && ofCompany(companyId, item);
  },
  unitPrice: (f) => netMoney(f.netPrice, f.currency),
  unitPriceGross: (f) => grossMoney(f.netPrice, f.vatRate, f.currency),
};
