import { useApolloClient, useSubscription } from '@apollo/client/react';
import { graphql } from '../__generated__/index.ts';
import { useOnReconnected } from './live-context.tsx';

/**
 * What a live quote page refreshes: the fields a submission or the company changes. The quote
 * is normalized by id in the cache, so every query showing it updates from one event.
 */
const LiveQuoteDocument = graphql(`
  subscription LiveQuote($id: ID!) {
    quoteUpdated(quoteId: $id) {
      id
      status
      version
      updatedAt
      stale
      totals {
        gross {
          amount
          currency
        }
      }
    }
  }
`);

const LiveQuoteRefetch = graphql(`
  query LiveQuoteRefetch($id: ID!) {
    quote(id: $id) {
      id
      status
      version
      updatedAt
      stale
      totals {
        gross {
          amount
          currency
        }
      }
    }
  }
`);

/**
 * Keeps quote `id` in the cache up to date while the calling page is open: pushed changes
 * arrive through the subscription, and after a lost connection the quote is read again (events
 * in between were missed). Skipped without an id.
 */
export function useLiveQuote(id: string | undefined): void {
  const client = useApolloClient();
  useSubscription(LiveQuoteDocument, { variables: { id: id ?? '' }, skip: !id });
  useOnReconnected(() => {
    if (!id) return;
    client
      .query({ query: LiveQuoteRefetch, variables: { id }, fetchPolicy: 'network-only' })
      .catch(() => {});
  });
}
