import { useMemo } from 'react';
import type { QuoteList_QuotesQuery } from '../../__generated__/graphql.ts';
import { type CursorList, useCursorList } from '../../catalog/use-cursor-list.ts';
import { QuoteListCursorsQuery, QuoteListQuery } from './quote-list-documents.ts';
import {
  QUOTE_PAGE_SIZE,
  type QuoteListUrlState,
  quoteFilter,
  quoteListKey,
} from './quote-list-url-state.ts';

export type QuoteListNode = QuoteList_QuotesQuery['quotes']['edges'][number]['node'];

/** One page of the customer's saved quotes; `reset` after a delete or a copy. */
export function useQuoteList(
  state: QuoteListUrlState,
  goTo: (page: number, replace?: boolean) => void,
): CursorList<QuoteListNode> {
  const filter = useMemo(() => quoteFilter(state), [state]);
  return useCursorList({
    field: 'quotes',
    listQuery: QuoteListQuery,
    cursorsQuery: QuoteListCursorsQuery,
    connection: (data) => data.quotes,
    cursorConnection: (data) => data.quotes,
    variables: (page) => ({ filter, ...page }),
    listKey: quoteListKey(state),
    page: state.page,
    pageSize: QUOTE_PAGE_SIZE,
    goTo,
  });
}
