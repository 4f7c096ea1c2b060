import type { CompanyServicesResolvers } from '../__generated__/resolvers-types.ts';
import { grossMoney, netMoney } from '../money.ts';

export const CompanyServices: CompanyServicesResolvers = {
  cuttingFeePerM: (s) => netMoney(s.cuttingFeePerM, s.currency),
  hingeHoleFeePerHole: (s) => netMoney(s.hingeHoleFeePerHole, s.currency),
  doublingFeePerSqm: (s) => netMoney(s.doublingFeePerSqm, s.currency),
  angleCutFeePerPanel: (s) => netMoney(s.angleCutFeePerPanel, s.currency),
  cuttingFeePerMGross: (s) => grossMoney(s.cuttingFeePerM, s.vatRate, s.currency),
  hingeHoleFeePerHoleGross: (s) => grossMoney(s.hingeHoleFeePerHole, s.vatRate, s.currency),
  doublingFeePerSqmGross: (s) => grossMoney(s.doublingFeePerSqm, s.vatRate, s.currency),
  angleCutFeePerPanelGross: (s) => grossMoney(s.angleCutFeePerPanel, s.vatRate, s.currency),
};
