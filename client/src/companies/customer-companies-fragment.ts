import { graphql } from '../__generated__/index.ts';

/**
 * The customer's companies and the active one: what the header switcher shows. Every
 * mutation that changes them selects this, so the switcher follows at once from the cache.
 */
export const CustomerCompaniesFragment = graphql(`
  fragment CustomerCompanies on Customer {
    id
    activeCompany {
      id
      name
      slug
    }
    companies {
      active
      company {
        id
        name
        slug
      }
    }
  }
`);
