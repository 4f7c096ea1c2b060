import { graphql } from '../../__generated__/index.ts';

/** What the submit button shows: where the quote is and how its delivery goes. */
export const SubmitQuoteStateFragment = graphql(`
  fragment SubmitQuoteState on Quote {
    id
    number
    status
    stale
    version
    updatedAt
    submittedAt
    companyQuoteNumber
    company {
      id
      name
    }
    totals {
      final {
        amount
        currency
      }
    }
    delivery {
      state
      attempts
      lastError
      nextAttemptAt
      deliveredAt
    }
    order {
      id
    }
  }
`);

export const SubmitQuoteStateQuery = graphql(`
  query SubmitQuote_State($id: ID!) {
    quote(id: $id) {
      ...SubmitQuoteState
    }
  }
`);

/** The same fields pushed: delivery attempts, the company's number, the order. */
export const SubmitQuoteLiveSubscription = graphql(`
  subscription SubmitQuote_Live($id: ID!) {
    quoteUpdated(quoteId: $id) {
      ...SubmitQuoteState
    }
  }
`);

export const SubmitQuoteMutation = graphql(`
  mutation SubmitQuote_Submit($id: ID!, $idempotencyKey: String!, $acceptPriceChanges: Boolean) {
    submitQuote(id: $id, idempotencyKey: $idempotencyKey, acceptPriceChanges: $acceptPriceChanges) {
      quote {
        ...SubmitQuoteState
      }
      priceChanges {
        part
        itemId
        field
        before
        after
      }
      error {
        code
        message
      }
    }
  }
`);
