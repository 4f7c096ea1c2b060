import { graphql } from '../../__generated__/index.ts';

export const AdminCustomersQuery = graphql(`
  query AdminCustomers($filter: AdminCustomerFilter, $first: Int, $after: String) {
    admin {
      customers(filter: $filter, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            email
            name
            emailVerified
            disabled
            companyCount
            createdAt
          }
        }
      }
    }
  }
`);

export const AdminCustomerFields = graphql(`
  fragment AdminCustomerFields on AdminCustomer {
    id
    email
    name
    mobile
    locale
    emailVerified
    disabled
    disabledAt
    createdAt
  }
`);

export const AdminCustomerQuery = graphql(`
  query AdminCustomer($id: ID!) {
    admin {
      customer(id: $id) {
        ...AdminCustomerFields
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
        companies {
          company {
            id
            name
          }
          companyActive
          discountPercent
          active
          connectedAt
        }
        quotes(first: 20) {
          totalCount
          nodes {
            id
            number
            status
            companyName
            finalTotal
            currency
            updatedAt
          }
        }
        orders(first: 20) {
          totalCount
          nodes {
            id
            orderNumber
            quoteNumber
            status
            paymentStatus
            companyName
            updatedAt
          }
        }
        activity(first: 20) {
          id
          at
          actorKind
          action
          ip
        }
      }
    }
  }
`);

export const DisableCustomerMutation = graphql(`
  mutation AdminDisableCustomer($id: ID!, $reason: String) {
    disableCustomer(id: $id, reason: $reason) {
      customer {
        ...AdminCustomerFields
      }
      error {
        code
        message
      }
    }
  }
`);

export const EnableCustomerMutation = graphql(`
  mutation AdminEnableCustomer($id: ID!) {
    enableCustomer(id: $id) {
      customer {
        ...AdminCustomerFields
      }
      error {
        code
        message
      }
    }
  }
`);

export const ResendVerificationMutation = graphql(`
  mutation AdminResendVerification($id: ID!) {
    adminResendVerification(customerId: $id) {
      ok
      error {
        code
        message
      }
    }
  }
`);

export const SendPasswordResetMutation = graphql(`
  mutation AdminSendPasswordReset($id: ID!) {
    adminSendPasswordReset(customerId: $id) {
      ok
      error {
        code
        message
      }
    }
  }
`);
