import type { Queryable } from '@portal/db';

/**
 * The demo company console's operations (docs/orders.md, "Acting as a company"): what a
 * company's staff do in Turinova to a portal quote, done directly on a company database so a
 * newcomer can watch the portal follow. Each operation is one statement on `quotes` that sets
 * the status, the matching timestamp column and `updated_at` itself (Turinova's trigger would
 * set the timestamp too; setting it here keeps the demo right on a schema without it).
 */

/** The statuses the console moves a quote through (the company's `quote_status` values). */
export type ConsoleStatus = 'ordered' | 'in_production' | 'ready' | 'finished' | 'cancelled';
export type ConsolePaymentStatus = 'not_paid' | 'partial' | 'paid';

export const CONSOLE_STATUSES: readonly ConsoleStatus[] = [
  'ordered',
  'in_production',
  'ready',
  'finished',
  'cancelled',
];
export const CONSOLE_PAYMENT_STATUSES: readonly ConsolePaymentStatus[] = [
  'not_paid',
  'partial',
  'paid',
];

/** Which status may follow which; `cancelled` follows anything not finished or cancelled. */
const NEXT: Record<string, ConsoleStatus | null> = {
  draft: 'ordered',
  accepted: 'ordered',
  ordered: 'in_production',
  in_production: 'ready',
  ready: 'finished',
  finished: null,
  cancelled: null,
};

/** The timestamp column each status sets (first time only). */
const STAMP: Record<ConsoleStatus, string> = {
  ordered: 'ordered_at',
  in_production: 'in_production_at',
  ready: 'ready_at',
  finished: 'finished_at',
  cancelled: 'cancelled_at',
};

export class DemoConsoleError extends Error {
  readonly code: 'not_found' | 'invalid_transition' | 'invalid_input';

  constructor(code: DemoConsoleError['code'], message: string) {
    super(message);
    this.name = 'DemoConsoleError';
    this.code = code;
  }
}

/** A quote as the console lists it. */
export interface ConsoleQuote {
  id: string;
  quoteNumber: string;
  status: string;
  orderNumber: string | null;
  paymentStatus: string;
  customerName: string;
  totalGross: string;
  portalQuoteId: string | null;
  updatedAt: string;
  /** The status `advance` would move it to; null at the end. */
  next: ConsoleStatus | null;
  cancellable: boolean;
}

interface RawQuote {
  id: string;
  quote_number: string;
  status: string;
  order_number: string | null;
  payment_status: string | null;
  customer_name: string;
  total_gross: string;
  portal_quote_id: string | null;
  updated_at: Date | string;
}

function toQuote(r: RawQuote): ConsoleQuote {
  const next = NEXT[r.status] ?? null;
  return {
    id: r.id,
    quoteNumber: r.quote_number,
    status: r.status,
    orderNumber: r.order_number,
    paymentStatus: r.payment_status ?? 'not_paid',
    customerName: r.customer_name,
    totalGross: r.total_gross,
    portalQuoteId: r.portal_quote_id,
    updatedAt: new Date(r.updated_at).toISOString(),
    next,
    cancellable: r.status !== 'finished' && r.status !== 'cancelled',
  };
}

const SELECT = `
  select q.id, q.quote_number, q.status::text as status, q.order_number,
         q.payment_status::text as payment_status, c.name as customer_name,
         q.total_gross::text as total_gross, l.portal_quote_id, q.updated_at
    from quotes q
    join customers c on c.id = q.customer_id
    left join portal_quote_links l on l.quote_id = q.id`;

/** The company's live portal quotes (from the portal, not deleted), newest change first. */
export async function listPortalQuotes(db: Queryable, limit = 100): Promise<ConsoleQuote[]> {
  const rows = await db.query<RawQuote>(
    `${SELECT}
      where q.deleted_at is null and (q.source = 'customer_portal' or l.quote_id is not null)
      order by q.updated_at desc, q.id
      limit $1`,
    [limit],
  );
  return rows.map(toQuote);
}

async function current(db: Queryable, quoteId: string): Promise<ConsoleQuote> {
  if (!/^[0-9a-f-]{36}$/i.test(quoteId)) {
    throw new DemoConsoleError('invalid_input', `'${quoteId}' is not a quote id`);
  }
  const [row] = await db.query<RawQuote>(`${SELECT} where q.id = $1 and q.deleted_at is null`, [
    quoteId,
  ]);
  if (!row) throw new DemoConsoleError('not_found', `No quote ${quoteId}`);
  return toQuote(row);
}

/**
 * Moves a quote to `to`: the next status in draft → ordered → in_production → ready →
 * finished, or `cancelled` from any open status. Ordering assigns the order number with the
 * company's `generate_order_number(date)`.
 */
export async function moveQuote(
  db: Queryable,
  quoteId: string,
  to: ConsoleStatus,
): Promise<ConsoleQuote> {
  if (!CONSOLE_STATUSES.includes(to)) {
    throw new DemoConsoleError('invalid_input', `'${String(to)}' is not a status`);
  }
  const quote = await current(db, quoteId);
  const allowed = to === 'cancelled' ? quote.cancellable : quote.next === to;
  if (!allowed) {
    throw new DemoConsoleError(
      'invalid_transition',
      `Quote ${quote.quoteNumber} cannot move from ${quote.status} to ${to}`,
    );
  }
  const stamp = STAMP[to];
  // The status check in the WHERE makes a concurrent move of the same quote lose cleanly.
  const rows = await db.query<{ id: string }>(
    `update quotes
        set status = $2::text::quote_status,
            ${stamp} = coalesce(${stamp}, now()),
            order_number = case when $2 = 'ordered'
                                then coalesce(order_number, generate_order_number(current_date))
                                else order_number end,
            updated_at = now()
      where id = $1 and status::text = $3 and deleted_at is null
      returning id`,
    [quoteId, to, quote.status],
  );
  if (rows.length === 0) {
    throw new DemoConsoleError(
      'invalid_transition',
      `Quote ${quote.quoteNumber} changed meanwhile`,
    );
  }
  return current(db, quoteId);
}

/** Records a payment state: `partial` or `paid` (or back to `not_paid`). */
export async function recordPayment(
  db: Queryable,
  quoteId: string,
  paymentStatus: ConsolePaymentStatus,
): Promise<ConsoleQuote> {
  if (!CONSOLE_PAYMENT_STATUSES.includes(paymentStatus)) {
    throw new DemoConsoleError(
      'invalid_input',
      `'${String(paymentStatus)}' is not a payment status`,
    );
  }
  await current(db, quoteId);
  await db.query(
    `update quotes set payment_status = $2, updated_at = now()
      where id = $1 and deleted_at is null`,
    [quoteId, paymentStatus],
  );
  return current(db, quoteId);
}

/**
 * A minimal portal quote in a company database, as `portal_submit_quote` would leave it
 * (a `customer_portal` draft linked to `portalQuoteId`), without panels or pricing rows. For
 * tests of the order sync and the console; real quotes arrive through submission.
 */
export async function insertLinkedQuote(
  db: Queryable,
  input: { portalQuoteId: string; customerName: string; customerEmail?: string },
): Promise<{ id: string; quoteNumber: string }> {
  const [customer] = await db.query<{ id: string }>(
    `with found as (
       select id from customers where name = $1 and deleted_at is null
     ), made as (
       insert into customers (name, email)
       select $1, $2 where not exists (select from found)
       returning id
     )
     select id from found union all select id from made`,
    [input.customerName, input.customerEmail ?? null],
  );
  const [quote] = await db.query<{ id: string; quote_number: string }>(
    `insert into quotes (customer_id, quote_number, status, total_net, total_vat, total_gross,
                         final_total_after_discount, created_by, source)
     values ($1, generate_quote_number(), 'draft', 10000, 2700, 12700, 12700,
             'c0000000-0000-0000-0000-000000000001', 'customer_portal')
     returning id, quote_number`,
    [customer!.id],
  );
  await db.query(
    `insert into portal_quote_links (portal_quote_id, quote_id, submitted_at)
     values ($1, $2, now())`,
    [input.portalQuoteId, quote!.id],
  );
  return { id: quote!.id, quoteNumber: quote!.quote_number };
}
