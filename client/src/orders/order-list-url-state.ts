import type { OrderStatus, PaymentStatus } from '../__generated__/graphql.ts';

/** The orders list's state as the URL keeps it: `?q=…&status=READY&payment=NOT_PAID&page=2`. */
export interface OrderListUrlState {
  q: string;
  status: OrderStatus | null;
  payment: PaymentStatus | null;
  page: number;
}

/** Every order status, in the order an order goes through them (DOMAIN.md). */
export const ORDER_STATUSES = [
  'SUBMITTED',
  'ORDERED',
  'IN_PRODUCTION',
  'READY',
  'FINISHED',
  'CANCELLED',
] as const satisfies readonly OrderStatus[];

export const PAYMENT_STATUSES = [
  'NOT_PAID',
  'PARTIAL',
  'PAID',
] as const satisfies readonly PaymentStatus[];

/** Orders per page; the list is the customer's own, so one fixed size is enough. */
export const ORDER_PAGE_SIZE = 20;

/** The API takes a search of 1–100 characters. */
const MAX_SEARCH = 100;

function pick<T extends string>(values: readonly T[], value: string | null): T | null {
  return values.find((v) => v === value) ?? null;
}

/** Unknown values (an old link, a typo) fall back to "all" instead of an API error. */
export function parseOrderListUrl(params: URLSearchParams): OrderListUrlState {
  const page = Number(params.get('page') ?? '1');
  return {
    q: (params.get('q') ?? '').slice(0, MAX_SEARCH),
    status: pick(ORDER_STATUSES, params.get('status')),
    payment: pick(PAYMENT_STATUSES, params.get('payment')),
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** Only what differs from the defaults goes into the URL. */
export function orderListUrlParams(state: OrderListUrlState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim() !== '') params.set('q', state.q);
  if (state.status) params.set('status', state.status);
  if (state.payment) params.set('payment', state.payment);
  if (state.page > 1) params.set('page', String(state.page));
  return params;
}

/** A new search or filter starts at the first page: the old page number counted other rows. */
export function changeOrderListState(
  state: OrderListUrlState,
  change: Partial<OrderListUrlState>,
): OrderListUrlState {
  const next = { ...state, ...change };
  const refiltered =
    (change.q !== undefined && change.q !== state.q) ||
    change.status !== undefined ||
    change.payment !== undefined;
  if (refiltered && change.page === undefined) next.page = 1;
  return next;
}

/** The API filter for a state; undefined when the list is unfiltered. */
export function orderFilter(state: OrderListUrlState) {
  const search = state.q.trim();
  if (!search && !state.status && !state.payment) return undefined;
  return {
    ...(search ? { search } : {}),
    ...(state.status ? { status: [state.status] } : {}),
    ...(state.payment ? { paymentStatus: [state.payment] } : {}),
  };
}

/** Identifies one list (search + filters): its page cursors are kept apart from other lists'. */
export function orderListKey(state: OrderListUrlState): string {
  return JSON.stringify([state.q.trim(), state.status, state.payment]);
}
