import { skipToken, useApolloClient, useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import type { OrderList_OrdersQuery } from '../__generated__/graphql.ts';
import { type FieldError, fieldError } from '../apollo/field-error.ts';
import { retryQuery } from '../apollo/retry-query.ts';
import { recordPageEnd } from '../catalog/cursor-stack.ts';
import { CursorStacks } from '../catalog/cursor-stacks.ts';
import { usePageStart } from '../catalog/use-page-start.ts';
import { OrderListCursorsQuery, OrderListQuery } from './order-documents.ts';
import {
  ORDER_PAGE_SIZE,
  type OrderListUrlState,
  orderFilter,
  orderListKey,
} from './order-list-url-state.ts';

export type OrderListNode = OrderList_OrdersQuery['orders']['edges'][number]['node'];

export interface OrderList {
  /** The page's orders, or the last page's while this one loads; undefined at first. */
  nodes: OrderListNode[] | undefined;
  /** The nodes shown are the last page's. */
  stale: boolean;
  totalCount: number | undefined;
  hasNextPage: boolean;
  failure: FieldError | undefined;
  retry: () => void;
  next: () => void;
  /** Forget the known page starts and read the page again (a pushed change reordered it). */
  reset: () => void;
}

/**
 * One page of the customer's orders, paged forward by cursor like the catalog and quote lists
 * (`catalog/cursor-stack.ts`).
 */
export function useOrderList(
  state: OrderListUrlState,
  goTo: (page: number, replace?: boolean) => void,
): OrderList {
  const client = useApolloClient();
  const [cursorStacks, setCursorStacks] = useState(() => new CursorStacks());
  const listKey = orderListKey(state);
  const filter = useMemo(() => orderFilter(state), [state]);

  const start = usePageStart({
    cursorStacks,
    listKey,
    page: state.page,
    size: ORDER_PAGE_SIZE,
    fetchCursors: async (after, first) => {
      const { data, error } = await client.query({
        query: OrderListCursorsQuery,
        variables: { filter, first, after },
        fetchPolicy: 'no-cache',
      });
      if (!data) throw error ?? new Error('orders came back empty');
      return {
        cursors: data.orders.edges.map((edge) => edge.cursor),
        hasNextPage: data.orders.pageInfo.hasNextPage,
      };
    },
    onPastEnd: (lastPage) => goTo(Math.max(1, lastPage), true),
  });

  const result = useQuery(
    OrderListQuery,
    start.after === undefined
      ? skipToken
      : {
          variables: { filter, first: ORDER_PAGE_SIZE, after: start.after },
          fetchPolicy: 'cache-and-network',
        },
  );
  const connection = result.data?.orders;
  const previous = connection ? undefined : result.previousData?.orders;
  const failure = connection
    ? undefined
    : (fieldError(result.error, ['orders']) ??
      (start.error
        ? fieldError(start.error instanceof Error ? start.error : new Error(String(start.error)), [
            'orders',
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
    reset: () => {
      setCursorStacks(new CursorStacks());
      // Skipped while a page start is being found: that read brings the new list anyway.
      if (start.after !== undefined) void result.refetch().catch(() => {});
    },
  };
}
