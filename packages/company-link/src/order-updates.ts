import { z } from 'zod';

/**
 * `portal_order_updates` (contract version 2, docs/company-contract.md): the company quotes
 * that portal quotes became, changed since a cursor. The cursor is opaque: the portal stores
 * the `next_cursor` it got and sends it back; rows may come again (the portal compares states).
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuid = z.string().regex(UUID, 'expected a uuid');
const timestamp = z
  .string()
  .refine((s) => !Number.isNaN(Date.parse(s)), 'expected a timestamp')
  .transform((s) => new Date(s).toISOString());
const optionalTimestamp = timestamp.nullish().transform((v) => v ?? null);

/** Page size bounds of `portal_order_updates`. */
export const ORDER_UPDATES_LIMIT_MAX = 500;

export const orderUpdateRow = z
  .object({
    portal_quote_id: uuid,
    quote_id: uuid,
    quote_number: z.string(),
    /** The company's `quote_status`, as it is (the portal maps it). */
    status: z.string().min(1),
    order_number: z.string().nullish(),
    payment_status: z.string().min(1),
    ordered_at: optionalTimestamp,
    in_production_at: optionalTimestamp,
    ready_at: optionalTimestamp,
    finished_at: optionalTimestamp,
    cancelled_at: optionalTimestamp,
    updated_at: timestamp,
    deleted: z.boolean(),
  })
  .transform((r) => ({
    portalQuoteId: r.portal_quote_id,
    companyQuoteId: r.quote_id,
    companyQuoteNumber: r.quote_number,
    status: r.status,
    orderNumber: r.order_number ?? null,
    paymentStatus: r.payment_status,
    orderedAt: r.ordered_at,
    inProductionAt: r.in_production_at,
    readyAt: r.ready_at,
    finishedAt: r.finished_at,
    cancelledAt: r.cancelled_at,
    updatedAt: r.updated_at,
    deleted: r.deleted,
  }));

export const orderUpdatesRow = z
  .object({
    items: z.array(orderUpdateRow),
    next_cursor: z.string().min(1),
    has_more: z.boolean(),
  })
  .transform((r) => ({ items: r.items, nextCursor: r.next_cursor, hasMore: r.has_more }));

/** One company quote's state as the company reports it. */
export type OrderUpdate = z.output<typeof orderUpdateRow>;
/** One page of `portal_order_updates`. */
export type OrderUpdates = z.output<typeof orderUpdatesRow>;
