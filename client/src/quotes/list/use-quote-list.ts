import { skipToken, useApolloClient, useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import type { QuoteList_QuotesQuery } from '../../__generated__/graphql.ts';
import { type FieldError, fieldError } from '../../apollo/field-error.ts';
import { retryQuery } from '../../apollo/retry-query.ts';
import { recordPageEnd } from '../../catalog/cursor-stack.ts';
import { CursorStacks } from '../../catalog/cursor-stacks.ts';
import { usePageStart } from '../../catalog/use-page-start.ts';
import { QuoteListCursorsQuery, QuoteListQuery } from './quote-list-documents.ts';
import {
  QUOTE_PAGE_SIZE,
  type QuoteListUrlState,
  quoteFilter,
  quoteListKey,
} from './quote-list-url-state.ts';

export type QuoteListNode = QuoteList_QuotesQuery['quotes']['edges'][number]['node'];

export interface QuoteList {
  /** The page's quotes, or the last page's while this one loads; undefined at first. */
  nodes: QuoteListNode[] | undefined;
  /** The nodes shown are the last page's. */
  stale: boolean;
  totalCount: number | undefined;
  hasNextPage: boolean;
  failure: FieldError | undefined;
  retry: () => void;
  next: () => void;
  /** Forget the known page starts (the list changed: a delete or a copy). */
  reset: () => void;
}

/**
 * One page of the customer's saved quotes, paged forward by cursor like the catalog lists
 * (`catalog/cursor-stack.ts`): pages reached by paging are known, a page opened directly is
 * found by reading cursors forward.
 */
export function useQuoteList(
  state: QuoteListUrlState,
  goTo: (page: number, replace?: boolean) => void,
): QuoteList {
  const client = useApolloClient();
  const [cursorStacks, setCursorStacks] = useState(() => new CursorStacks());
  const listKey = quoteListKey(state);
  const filter = useMemo(() => quoteFilter(state), [state]);

  const start = usePageStart({
    cursorStacks,
    listKey,
    page: state.page,
    size: QUOTE_PAGE_SIZE,
    fetchCursors: async (after, first) => {
      const { data, error } = await client.query({
        query: QuoteListCursorsQuery,
        variables: { filter, first, after },
        fetchPolicy: 'no-cache',
      });
      if (!data) throw error ?? new Error('quotes came back empty');
      return {
        cursors: data.quotes.edges.map((edge) => edge.cursor),
        hasNextPage: data.quotes.pageInfo.hasNextPage,
      };
    },
    onPastEnd: (lastPage) => goTo(Math.max(1, lastPage), true),
  });

  const result = useQuery(
    QuoteListQuery,
    start.after === undefined
      ? skipToken
      : {
          variables: { filter, first: QUOTE_PAGE_SIZE, after: start.after },
          fetchPolicy: 'cache-and-network',
        },
  );
  const connection = result.data?.quotes;
  const previous = connection ? undefined : result.previousData?.quotes;
  const failure = connection
    ? undefined
    : (fieldError(result.error, ['quotes']) ??
      (start.error
        ? fieldError(start.error instanceof Error ? start.error : new Error(String(start.error)), [
            'quotes',
          ])
        : undefined));

  return {
    nodes: (connection ?? previous)?.edges.map((edge) => edge.node),
    stale: !connection && previous !== undefined,
    totalCount: connection?.totalCount,
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    failure,
    retry: () => (start.error ? start.retry() : retryQuery(result.refetch)),
    next: () => {
      if (!connection) return;
      const { endCursor, hasNextPage } = connection.pageInfo;
      cursorStacks.set(
        listKey,
        recordPageEnd(cursorStacks.get(listKey), state.page, endCursor, hasNextPage),
      );
      if (hasNextPage) goTo(state.page + 1);
    },
    reset: () => setCursorStacks(new CursorStacks()),
  };
}
