import { useApolloClient, useSubscription } from '@apollo/client/react';
import type { LiveOrderUpdatesSubscription } from '../__generated__/graphql.ts';
import { graphql } from '../__generated__/index.ts';
import { useOnReconnected } from './live-context.tsx';

/**
 * What an order page and the orders list refresh when the company moves an order: status,
 * payment, dates and the timeline. Orders are normalized by id, so every query showing the
 * order updates from one event.
 */
const LiveOrderUpdatesDocument = graphql(`
  subscription LiveOrderUpdates($orderId: ID) {
    orderUpdated(orderId: $orderId) {
      id
      number
      status
      paymentStatus
      orderedAt
      inProductionAt
      readyAt
      finishedAt
      cancelledAt
      deleted
      updatedAt
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

export type LiveOrder = LiveOrderUpdatesSubscription['orderUpdated'];

export interface OrderUpdatesOptions {
  /** Only this order; every order of the customer's when absent. */
  orderId?: string | undefined;
  /** Called with each pushed order (e.g. a toast on a status change). */
  onUpdate?: (order: LiveOrder) => void;
  skip?: boolean;
}

/**
 * Keeps the customer's orders in the cache up to date while the calling page is open. After a
 * lost connection every active query is read again, since changes made meanwhile were not
 * pushed (the order page's timeline, the orders list and its filters alike).
 */
export function useOrderUpdates({ orderId, onUpdate, skip = false }: OrderUpdatesOptions = {}) {
  const client = useApolloClient();
  useSubscription(LiveOrderUpdatesDocument, {
    variables: { orderId: orderId ?? null },
    skip,
    onData: ({ data }) => {
      if (data.data && onUpdate) onUpdate(data.data.orderUpdated);
    },
  });
  useOnReconnected(() => {
    if (!skip) void client.refetchQueries({ include: 'active' }).catch(() => {});
  });
}
