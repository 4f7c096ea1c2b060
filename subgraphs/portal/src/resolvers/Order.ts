import { NotFoundError } from '@portal/errors';
import type {
  OrderEventResolvers,
  OrderResolvers,
  OrderStatus,
  PaymentStatus,
} from '../__generated__/resolvers-types.ts';
import { isUuid } from '../data/uuid.ts';
import { orderReaderId } from '../orders/order-actor.ts';

const upper = <T extends string>(value: string | null): T | null =>
  value === null ? null : (value.toUpperCase() as T);

export const Order: OrderResolvers = {
  // Scoped to the caller like `Query.order`: another customer's id is null.
  __resolveReference: async (ref, ctx) => {
    const customerId = orderReaderId(ctx.identity);
    if (!customerId || !isUuid(ref.id)) return null;
    return ctx.orders.byId(customerId, ref.id);
  },
  // Visible together with its order (RLS): the order's row says the quote is the caller's.
  quote: async (o, _args, ctx) => {
    const quote = await ctx.quotes.byId(o.customerId, o.quoteId);
    if (!quote) throw new NotFoundError(`The quote of order ${o.id} is not available`);
    return quote;
  },
  status: (o) => upper<OrderStatus>(o.status)!,
  paymentStatus: (o) => upper<PaymentStatus>(o.paymentStatus)!,
  timeline: (o, _args, ctx) => ctx.orders.timeline(o.customerId, o.id),
};

export const OrderEvent: OrderEventResolvers = {
  kind: (e) => upper(e.kind) as never,
  fromStatus: (e) => (e.kind === 'status' ? upper<OrderStatus>(e.from) : null),
  toStatus: (e) => (e.kind === 'status' || e.kind === 'created' ? upper<OrderStatus>(e.to) : null),
  fromPaymentStatus: (e) => (e.kind === 'payment' ? upper<PaymentStatus>(e.from) : null),
  toPaymentStatus: (e) => (e.kind === 'payment' ? upper<PaymentStatus>(e.to) : null),
};
