import type { OrderEventKind, OrderStatus } from '../__generated__/graphql.ts';

interface PushedOrder {
  id: string;
  status: OrderStatus;
  timeline: readonly { kind: OrderEventKind }[];
}

/**
 * Whether a pushed order is a status change worth a toast. `known` is the status the app knew
 * before (undefined: an order it had not seen — then the last timeline entry decides, so a
 * payment-only change of an unseen order is not announced as a status change).
 */
export function isStatusChange(order: PushedOrder, known: OrderStatus | undefined): boolean {
  if (known !== undefined) return known !== order.status;
  const last = order.timeline.at(-1);
  return last !== undefined && last.kind !== 'PAYMENT';
}
