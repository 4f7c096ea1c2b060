import type { EdgeBandingResolvers } from '../__generated__/resolvers-types.ts';
import { fromCompany } from '../company-errors.ts';
import { ofCompany } from '../mappers.ts';
import { grossMoney, netMoney, plainDecimal } from '../money.ts';

export const EdgeBanding: EdgeBandingResolvers = {
  async __resolveReference({ companyId, id }, ctx) {
    const item = await fromCompany(ctx.loaders.edgeBandings.load({ companyId, id }));
    return item && ofCompany(companyId, item);
  },
  // How the shops name an edge banding: type-width/thickness-decor, e.g. ABS-22/2-H1145.
  label: (e) => `${e.type}-${e.widthMm}/${plainDecimal(e.thicknessMm)}-${e.decor}`,
  pricePerM: (e) => netMoney(e.pricePerM, e.currency),
  pricePerMGross: (e) => grossMoney(e.pricePerM, e.vatRate, e.currency),
};
