import { useMemo } from 'react';
import type { OrderList_OrdersQuery } from '../__generated__/graphql.ts';
import { type CursorList, useCursorList } from '../catalog/use-cursor-list.ts';
import { OrderListCursorsQuery, OrderListQuery } from './order-documents.ts';
import {
  ORDER_PAGE_SIZE,
  type OrderListUrlState,
  orderFilter,
  orderListKey,
} from './order-list-url-state.ts';

export type OrderListNode = OrderList_OrdersQuery['orders']['edges'][number]['node'];

/** One page of the customer's orders; `reset` reads it again (a pushed change reordered it). */
export function useOrderList(
  state: OrderListUrlState,
  goTo: (page: number, replace?: boolean) => void,
): CursorList<OrderListNode> {
  const filter = useMemo(() => orderFilter(state), [state]);
  return useCursorList({
    field: 'orders',
    listQuery: OrderListQuery,
    cursorsQuery: OrderListCursorsQuery,
    connection: (data) => data.orders,
    cursorConnection: (data) => data.orders,
    variables: (page) => ({ filter, ...page }),
    listKey: orderListKey(state),
    page: state.page,
    pageSize: ORDER_PAGE_SIZE,
    goTo,
    refetchOnReset: true,
  });
}
