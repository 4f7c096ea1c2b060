import { graphql } from '../../__generated__/index.ts';

/** One page of the customer's saved quotes. `stale` is left out: it asks each company. */
export const QuoteListQuery = graphql(`
  query QuoteList_Quotes($filter: QuoteFilter, $first: Int!, $after: String) {
    quotes(filter: $filter, first: $first, after: $after) {
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
          status
          comment
          version
          updatedAt
          company {
            id
            name
          }
          totals {
            gross {
              amount
              currency
            }
            final {
              amount
              currency
            }
          }
        }
      }
    }
  }
`);

/** The same list, cursors only: finds the start of a page opened directly. */
export const QuoteListCursorsQuery = graphql(`
  query QuoteList_Cursors($filter: QuoteFilter, $first: Int!, $after: String) {
    quotes(filter: $filter, first: $first, after: $after) {
      pageInfo {
        hasNextPage
      }
      edges {
        cursor
      }
    }
  }
`);

export const DeleteQuotesMutation = graphql(`
  mutation QuoteList_DeleteQuotes($ids: [ID!]!) {
    deleteQuotes(ids: $ids) {
      deletedIds
      error {
        code
        field
        message
      }
    }
  }
`);

export const DuplicateQuoteMutation = graphql(`
  mutation QuoteList_DuplicateQuote($id: ID!) {
    duplicateQuote(id: $id) {
      quote {
        id
        number
      }
      error {
        code
        message
      }
    }
  }
`);
