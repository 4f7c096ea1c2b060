import { InMemoryCache } from '@apollo/client';

// Catalog ids are only unique within one company's database, so the company is part of the key.
const perCompany = { keyFields: ['companyId', 'id'] };

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Material: perCompany,
      EdgeBanding: perCompany,
      LinearMaterial: perCompany,
      Accessory: perCompany,
      Fee: perCompany,
      // Brands and groups are per company too but carry no company id; keep them inside their
      // material rather than merging equal ids of different companies.
      Brand: { keyFields: false },
      MaterialGroup: { keyFields: false },
      // A customer's connections have no id of their own; a new answer replaces the list.
      Customer: { fields: { companies: { merge: false } } },
    },
  });
}
