import { graphql } from '../../__generated__/index.ts';

/** Whether the quote's prices are out of date, and what differs (asked of the company). */
export const QuoteStaleQuery = graphql(`
  query QuoteStaleBanner_Quote($id: ID!) {
    quote(id: $id) {
      id
      status
      version
      stale
      pricedAt
      totals {
        final {
          amount
          currency
        }
      }
      priceChanges {
        part
        itemId
        field
        before
        after
      }
    }
  }
`);

export const RepriceQuoteMutation = graphql(`
  mutation QuoteStaleBanner_Reprice($id: ID!, $expectedVersion: Int!) {
    repriceQuote(id: $id, expectedVersion: $expectedVersion) {
      quote {
        id
        version
        stale
        pricedAt
        updatedAt
        priceChanges {
          part
          itemId
          field
          before
          after
        }
        totals {
          net {
            amount
            currency
          }
          vat {
            amount
            currency
          }
          gross {
            amount
            currency
          }
          discountPercent
          final {
            amount
            currency
          }
        }
      }
      previousTotals {
        gross {
          amount
          currency
        }
        final {
          amount
          currency
        }
      }
      changes {
        part
        itemId
        field
        before
        after
      }
      error {
        code
        message
        currentVersion
      }
    }
  }
`);
