import type {
  Accessory,
  CompanyNotFoundError,
  CompanyUnavailableError,
  EdgeBanding,
  FeeType,
  LinearMaterial,
  Material,
  Services,
} from '@portal/company-link';

/** What `Company` resolvers receive: the id from the gateway and whether the company can serve. */
export interface CompanyRef {
  id: string;
  /** Why the company cannot serve its catalog (unknown, inactive, misconfigured); null if it can. */
  problem: CompanyNotFoundError | CompanyUnavailableError | null;
}

/** Catalog models carry the company they came from: it is half of their federation key. */
type OfCompany<T> = T & { companyId: string };

export type MaterialModel = OfCompany<Material>;
export type EdgeBandingModel = OfCompany<EdgeBanding>;
export type LinearMaterialModel = OfCompany<LinearMaterial>;
export type AccessoryModel = OfCompany<Accessory>;
export type FeeModel = OfCompany<FeeType>;
export type ServicesModel = Services;

export function ofCompany<T extends object>(companyId: string, item: T): OfCompany<T> {
  return { ...item, companyId };
}
