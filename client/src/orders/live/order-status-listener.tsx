import { useQuery } from '@apollo/client/react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderStatus } from '../../__generated__/graphql.ts';
import { type LiveOrder, useOrderUpdates } from '../../apollo/live-orders.ts';
import { OrdersChangedQuery } from '../order-documents.ts';
import { showOrderToast } from '../order-toasts.tsx';
import { isStatusChange } from '../status-change.ts';

/**
 * Mounted once in the app shell while signed in: subscribes to every order of the customer's
 * (`orderUpdated` without an id), toasts each status change wherever the customer is, and
 * keeps the nav badge's order list (`OrdersNav_Recent`) current — a pushed order already in
 * it updates through the normalized cache, a new one makes it read again.
 */
export function OrderStatusListener() {
  const { t } = useTranslation();
  const recent = useQuery(OrdersChangedQuery, { fetchPolicy: 'cache-and-network' });
  // The statuses last known per order, to tell a status change from a payment change.
  const known = useRef(new Map<string, OrderStatus>());
  for (const edge of recent.data?.orders.edges ?? []) {
    if (!known.current.has(edge.node.id)) known.current.set(edge.node.id, edge.node.status);
  }

  const onUpdate = (order: LiveOrder) => {
    const before = known.current.get(order.id);
    const listed = recent.data?.orders.edges.find((edge) => edge.node.id === order.id)?.node;
    if (isStatusChange(order, listed ? before : undefined)) {
      const status = t(`orders.status.${order.status}`);
      const number = order.number ?? listed?.companyQuoteNumber ?? '';
      showOrderToast({
        orderId: order.id,
        title: t('orders.toast.title', { status }),
        text: listed ? t('orders.toast.text', { number, company: listed.company.name }) : number,
      });
    }
    known.current.set(order.id, order.status);
    if (!listed) void recent.refetch().catch(() => {});
  };
  useOrderUpdates({ onUpdate });
  return null;
}
