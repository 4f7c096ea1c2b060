import { graphql } from '../__generated__/index.ts';

/**
 * The signed-in customer as the settings show it. Every settings mutation answers with it,
 * so the cache (and with it every section and the header) shows the saved state.
 */
export const SettingsCustomerFragment = graphql(`
  fragment SettingsCustomer on Customer {
    id
    email
    name
    mobile
    locale
    billing {
      name
      country
      city
      postalCode
      street
      houseNumber
      taxNumber
      companyRegistrationNumber
    }
    notificationPreferences {
      orderReady
      orderStatusChanged
    }
  }
`);
