import { graphql } from '../__generated__/index.ts';

/** One page of the customer's orders. */
export const OrderListQuery = graphql(`
  query OrderList_Orders($filter: OrderFilter, $first: Int!, $after: String) {
    orders(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          number
          companyQuoteNumber
          status
          paymentStatus
          updatedAt
          company {
            id
            name
          }
          quote {
            id
            number
          }
        }
      }
    }
  }
`);

/** The same list, cursors only: finds the start of a page opened directly. */
export const OrderListCursorsQuery = graphql(`
  query OrderList_Cursors($filter: OrderFilter, $first: Int!, $after: String) {
    orders(filter: $filter, first: $first, after: $after) {
      pageInfo {
        hasNextPage
      }
      edges {
        cursor
      }
    }
  }
`);

/** An order with its timeline (`/orders/:id`). */
export const OrderDetailQuery = graphql(`
  query OrderDetail_Order($id: ID!) {
    order(id: $id) {
      id
      number
      companyQuoteNumber
      status
      paymentStatus
      deleted
      orderedAt
      inProductionAt
      readyAt
      finishedAt
      cancelledAt
      createdAt
      updatedAt
      company {
        id
        name
      }
      quote {
        id
        number
      }
      timeline {
        id
        at
        kind
        fromStatus
        toStatus
        fromPaymentStatus
        toPaymentStatus
      }
    }
  }
`);

/**
 * The recently changed orders, for the nav badge: the list is ordered most recently changed
 * first, so the first hundred hold every order changed since the customer last looked unless
 * they ignored more than that.
 */
export const OrdersChangedQuery = graphql(`
  query OrdersNav_Recent {
    orders(first: 100) {
      edges {
        node {
          id
          updatedAt
          status
          number
          companyQuoteNumber
          company {
            id
            name
          }
        }
      }
    }
  }
`);
