import type { CompanyServicesResolvers } from '../__generated__/resolvers-types.ts';
import { netMoney } from '../money.ts';

export const CompanyServices: CompanyServicesResolvers = {
  cuttingFeePerM: (s) => netMoney(s.cuttingFeePerM, s.currency),
  hingeHoleFeePerHole: (s) => netMoney(s.hingeHoleFeePerHole, s.currency),
  doublingFeePerSqm: (s) => netMoney(s.doublingFeePerSqm, s.currency),
  angleCutFeePerPanel: (s) => netMoney(s.angleCutFeePerPanel, s.currency),
};
