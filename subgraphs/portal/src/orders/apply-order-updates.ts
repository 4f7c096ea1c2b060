import type { OrderUpdate } from '@portal/company-link';
import type { Queryable } from '@portal/db';
import { publishPortalEvent } from '@portal/events';
import { orderReadyMail } from '../mail/order-mail.ts';
import {
  type OrderStatusValue,
  type PaymentStatusValue,
  portalOrderStatus,
  portalPaymentStatus,
} from './order-status.ts';

/** What one applied page changed, for logs and tests. */
export interface AppliedPage {
  /** False when another run had already moved the cursor: nothing was written. */
  applied: boolean;
  /** Orders created or changed (each got one event published). */
  changedOrders: string[];
  /** Timeline events appended. */
  events: number;
}

interface OrderState {
  id: string;
  status: OrderStatusValue;
  company_status: string;
  payment_status: PaymentStatusValue;
  order_number: string | null;
  company_quote_number: string;
  company_deleted: boolean;
  ordered_at: Date | null;
  in_production_at: Date | null;
  ready_at: Date | null;
  finished_at: Date | null;
  cancelled_at: Date | null;
  company_updated_at: Date | null;
}

interface QuoteOwner {
  id: string;
  number: string;
  status: string;
  customer_id: string;
  company_name: string;
  email: string;
  name: string;
  locale: 'hu' | 'en';
  notify_order_ready: boolean;
  deleted_at: Date | null;
}

const sameTime = (a: Date | null, b: string | null) =>
  (a === null ? null : a.getTime()) === (b === null ? null : Date.parse(b));

/**
 * Applies one page of `portal_order_updates` in the caller's transaction, only if the company's
 * cursor is still `expectedCursor` (another run — a webhook, another instance — may have
 * applied this page meanwhile: then nothing is written). The cursor row is locked first, so
 * two runs apply one after the other, and each compares with the state the other left:
 * a repeated update appends nothing. Events are published in the same transaction.
 */
export async function applyOrderUpdates(
  tx: Queryable,
  input: {
    companyId: string;
    expectedCursor: string | null;
    nextCursor: string;
    items: OrderUpdate[];
    publicUrl: string;
  },
): Promise<AppliedPage> {
  const { companyId } = input;
  await tx.query(
    `insert into order_sync_cursors (company_id) values ($1) on conflict (company_id) do nothing`,
    [companyId],
  );
  const [cursorRow] = await tx.query<{ cursor: string | null }>(
    `select cursor from order_sync_cursors where company_id = $1 for update`,
    [companyId],
  );
  if ((cursorRow?.cursor ?? null) !== input.expectedCursor) {
    return { applied: false, changedOrders: [], events: 0 };
  }

  const changedOrders: string[] = [];
  let events = 0;
  for (const item of input.items) {
    const outcome = await applyOne(tx, companyId, item, input.publicUrl);
    if (outcome) {
      changedOrders.push(outcome.orderId);
      events += outcome.events;
    }
  }

  await tx.query(
    `update order_sync_cursors
        set cursor = $2, last_success_at = now(), last_error = null, last_error_at = null,
            updated_at = now()
      where company_id = $1`,
    [companyId, input.nextCursor],
  );
  return { applied: true, changedOrders, events };
}

async function applyOne(
  tx: Queryable,
  companyId: string,
  item: OrderUpdate,
  publicUrl: string,
): Promise<{ orderId: string; events: number } | null> {
  // The portal quote, locked: the delivery worker may be marking it submitted right now.
  const [quote] = await tx.query<QuoteOwner>(
    `select q.id, q.number, q.status, q.customer_id, co.name as company_name,
            cu.email, cu.name, cu.locale, cu.notify_order_ready, cu.deleted_at
       from quotes q
       join customers cu on cu.id = q.customer_id
       join companies co on co.id = q.company_id
      where q.id = $1 and q.company_id = $2
      for update of q`,
    [item.portalQuoteId, companyId],
  );
  // A link to a quote this portal does not have (another portal's, or erased with its
  // customer): nothing to mirror.
  if (!quote) return null;

  const status = portalOrderStatus(item.status, item.deleted);
  const payment = portalPaymentStatus(item.paymentStatus);
  const [existing] = await tx.query<OrderState>(
    `select id, status, company_status, payment_status, order_number, company_quote_number,
            company_deleted, ordered_at, in_production_at, ready_at, finished_at, cancelled_at,
            company_updated_at
       from orders where quote_id = $1 for update`,
    [quote.id],
  );

  const values = [
    item.companyQuoteId,
    item.companyQuoteNumber,
    item.orderNumber,
    status,
    item.status,
    payment,
    item.orderedAt,
    item.inProductionAt,
    item.readyAt,
    item.finishedAt,
    item.cancelledAt,
    item.deleted,
    item.updatedAt,
  ];
  const appended: Array<{ kind: string; from: string | null; to: string | null }> = [];
  let orderId: string;

  if (!existing) {
    const [row] = await tx.query<{ id: string }>(
      `insert into orders (quote_id, customer_id, company_id, company_quote_id,
                           company_quote_number, order_number, status, company_status,
                           payment_status, ordered_at, in_production_at, ready_at, finished_at,
                           cancelled_at, company_deleted, company_updated_at)
       values ($14, $15, $16, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
       returning id`,
      [...values, quote.id, quote.customer_id, companyId],
    );
    orderId = row!.id;
    appended.push({ kind: 'created', from: null, to: status });
    if (payment !== 'not_paid') appended.push({ kind: 'payment', from: 'not_paid', to: payment });
    if (item.deleted) appended.push({ kind: 'deleted', from: null, to: null });
  } else {
    orderId = existing.id;
    const unchanged =
      existing.status === status &&
      existing.company_status === item.status &&
      existing.payment_status === payment &&
      existing.order_number === item.orderNumber &&
      existing.company_quote_number === item.companyQuoteNumber &&
      existing.company_deleted === item.deleted &&
      sameTime(existing.ordered_at, item.orderedAt) &&
      sameTime(existing.in_production_at, item.inProductionAt) &&
      sameTime(existing.ready_at, item.readyAt) &&
      sameTime(existing.finished_at, item.finishedAt) &&
      sameTime(existing.cancelled_at, item.cancelledAt) &&
      sameTime(existing.company_updated_at, item.updatedAt);
    if (unchanged) return null;
    await tx.query(
      `update orders
          set company_quote_id = $1, company_quote_number = $2, order_number = $3, status = $4,
              company_status = $5, payment_status = $6, ordered_at = $7, in_production_at = $8,
              ready_at = $9, finished_at = $10, cancelled_at = $11, company_deleted = $12,
              company_updated_at = $13, updated_at = now()
        where id = $14`,
      [...values, orderId],
    );
    if (existing.status !== status) {
      appended.push({ kind: 'status', from: existing.status, to: status });
    }
    if (existing.payment_status !== payment) {
      appended.push({ kind: 'payment', from: existing.payment_status, to: payment });
    }
    if (!existing.company_deleted && item.deleted) {
      appended.push({ kind: 'deleted', from: null, to: null });
    }
  }

  for (const e of appended) {
    await tx.query(
      `insert into order_events (order_id, kind, from_value, to_value) values ($1, $2, $3, $4)`,
      [orderId, e.kind, e.from, e.to],
    );
  }

  // The portal quote follows (never a draft: that one was not submitted). A quote still
  // `submitting` is in the company already (its delivery's answer was lost or is on its way):
  // it takes the company's quote too, which the delivery worker would have written.
  if (quote.status !== status && quote.status !== 'draft') {
    await tx.query(
      `update quotes
          set status = $2, updated_at = now(),
              company_quote_id = coalesce(company_quote_id, $3),
              company_quote_number = coalesce(company_quote_number, $4)
        where id = $1`,
      [quote.id, status, item.companyQuoteId, item.companyQuoteNumber],
    );
    await publishPortalEvent(tx, {
      type: 'quote',
      id: quote.id,
      customerId: quote.customer_id,
      companyId,
    });
  }

  // Ready: mail once per order (the unique key), if the customer asked for it.
  const becameReady = status === 'ready' && existing?.status !== 'ready';
  if (becameReady && quote.notify_order_ready && quote.deleted_at === null) {
    const mail = orderReadyMail({
      to: {
        email: quote.email,
        name: quote.name,
        locale: quote.locale,
        customerId: quote.customer_id,
      },
      orderId,
      number: item.orderNumber ?? item.companyQuoteNumber,
      quoteNumber: quote.number,
      companyName: quote.company_name,
      publicUrl,
    });
    await tx.query(
      `insert into order_notifications (order_id, kind, mail) values ($1, 'ready', $2)
       on conflict (order_id, kind) do nothing`,
      [orderId, JSON.stringify(mail)],
    );
  }

  await publishPortalEvent(tx, {
    type: 'order',
    id: orderId,
    customerId: quote.customer_id,
    companyId,
  });
  return { orderId, events: appended.length };
}
