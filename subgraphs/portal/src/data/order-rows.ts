import type { Db } from '@portal/db';
import type { OrderStatusValue, PaymentStatusValue } from '../orders/order-status.ts';
import { asCustomer } from './as-customer.ts';
import type { CompanyRow } from './company-rows.ts';
import type { QuoteCursor } from './quote-rows.ts';
import { iso, isoOrNull } from './timestamps.ts';

/** An order as the `Order` resolvers receive it. */
export interface OrderRow {
  id: string;
  quoteId: string;
  customerId: string;
  company: CompanyRow;
  number: string | null;
  companyQuoteNumber: string;
  status: OrderStatusValue;
  paymentStatus: PaymentStatusValue;
  orderedAt: string | null;
  inProductionAt: string | null;
  readyAt: string | null;
  finishedAt: string | null;
  cancelledAt: string | null;
  deleted: boolean;
  createdAt: string;
  updatedAt: string;
}

/** One timeline entry. */
export interface OrderEventRow {
  id: string;
  at: string;
  kind: 'created' | 'status' | 'payment' | 'deleted';
  from: string | null;
  to: string | null;
}

interface RawOrder {
  id: string;
  quote_id: string;
  customer_id: string;
  company_id: string;
  company_name: string;
  company_slug: string;
  order_number: string | null;
  company_quote_number: string;
  status: OrderStatusValue;
  payment_status: PaymentStatusValue;
  ordered_at: Date | null;
  in_production_at: Date | null;
  ready_at: Date | null;
  finished_at: Date | null;
  cancelled_at: Date | null;
  company_deleted: boolean;
  created_at: Date;
  updated_at: Date;
  cursor_ts: string;
}

// Under the customer's RLS: `orders` is visible when its quote is, `companies` when active.
const SELECT = `
  select o.id, o.quote_id, o.customer_id, o.company_id, c.name as company_name,
         c.slug as company_slug, o.order_number, o.company_quote_number, o.status,
         o.payment_status, o.ordered_at, o.in_production_at, o.ready_at, o.finished_at,
         o.cancelled_at, o.company_deleted, o.created_at, o.updated_at,
         o.updated_at::text as cursor_ts
    from orders o
    join companies c on c.id = o.company_id`;

function toRow(r: RawOrder): OrderRow {
  return {
    id: r.id,
    quoteId: r.quote_id,
    customerId: r.customer_id,
    company: { id: r.company_id, name: r.company_name, slug: r.company_slug },
    number: r.order_number,
    companyQuoteNumber: r.company_quote_number,
    status: r.status,
    paymentStatus: r.payment_status,
    orderedAt: isoOrNull(r.ordered_at),
    inProductionAt: isoOrNull(r.in_production_at),
    readyAt: isoOrNull(r.ready_at),
    finishedAt: isoOrNull(r.finished_at),
    cancelledAt: isoOrNull(r.cancelled_at),
    deleted: r.company_deleted,
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
  };
}

export interface OrderListFilter {
  statuses: OrderStatusValue[] | null;
  paymentStatuses: PaymentStatusValue[] | null;
  search: string | null;
  companyId: string | null;
}

export interface OrderPage {
  rows: Array<{ row: OrderRow; cursor: QuoteCursor }>;
  hasNextPage: boolean;
  totalCount: number;
}

/** `%`, `_` and `\` of a search are literal characters. */
function likePattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The customer's orders, read as the customer under RLS (never another customer's row). */
export function createOrderRows(db: Db) {
  return {
    async byId(customerId: string, id: string): Promise<OrderRow | null> {
      const [row] = await asCustomer(db, customerId, (tx) =>
        tx.query<RawOrder>(`${SELECT} where o.id = $1 and o.customer_id = $2`, [id, customerId]),
      );
      return row ? toRow(row) : null;
    },

    async byQuoteIds(customerId: string, quoteIds: readonly string[]): Promise<OrderRow[]> {
      if (quoteIds.length === 0) return [];
      const rows = await asCustomer(db, customerId, (tx) =>
        tx.query<RawOrder>(`${SELECT} where o.quote_id = any($1::uuid[]) and o.customer_id = $2`, [
          quoteIds,
          customerId,
        ]),
      );
      return rows.map(toRow);
    },

    async timeline(customerId: string, orderId: string): Promise<OrderEventRow[]> {
      const rows = await asCustomer(db, customerId, (tx) =>
        tx.query<{
          id: string;
          at: Date;
          kind: OrderEventRow['kind'];
          from_value: string | null;
          to_value: string | null;
        }>(
          `select e.id::text as id, e.at, e.kind, e.from_value, e.to_value
             from order_events e where e.order_id = $1 order by e.id`,
          [orderId],
        ),
      );
      return rows.map((r) => ({
        id: r.id,
        at: iso(r.at),
        kind: r.kind,
        from: r.from_value,
        to: r.to_value,
      }));
    },

    /** Most recently changed first, `limit` per page after `cursor`. */
    async list(
      customerId: string,
      filter: OrderListFilter,
      limit: number,
      cursor: QuoteCursor | null,
    ): Promise<OrderPage> {
      const where = ['o.customer_id = $1'];
      const params: unknown[] = [customerId];
      if (filter.statuses) {
        params.push(filter.statuses);
        where.push(`o.status = any($${params.length}::text[])`);
      }
      if (filter.paymentStatuses) {
        params.push(filter.paymentStatuses);
        where.push(`o.payment_status = any($${params.length}::text[])`);
      }
      if (filter.companyId) {
        params.push(filter.companyId);
        where.push(`o.company_id = $${params.length}`);
      }
      if (filter.search) {
        params.push(likePattern(filter.search));
        const p = `$${params.length}`;
        where.push(
          `(o.order_number ilike ${p} or o.company_quote_number ilike ${p}
            or exists (select from quotes q where q.id = o.quote_id and q.number ilike ${p}))`,
        );
      }
      const filtered = where.join(' and ');
      return asCustomer(db, customerId, async (tx) => {
        const [count] = await tx.query<{ n: string | number }>(
          `select count(*) as n from orders o join companies c on c.id = o.company_id
            where ${filtered}`,
          params,
        );
        const pageParams = [...params];
        let after = '';
        if (cursor) {
          pageParams.push(cursor.updatedAt, cursor.id);
          const a = pageParams.length - 1;
          after = ` and (o.updated_at, o.id) < ($${a}::timestamptz, $${a + 1}::uuid)`;
        }
        pageParams.push(limit + 1);
        const rows = await tx.query<RawOrder>(
          `${SELECT} where ${filtered}${after}
            order by o.updated_at desc, o.id desc limit $${pageParams.length}`,
          pageParams,
        );
        const page = rows.slice(0, limit);
        return {
          rows: page.map((r) => ({ row: toRow(r), cursor: { updatedAt: r.cursor_ts, id: r.id } })),
          hasNextPage: rows.length > limit,
          totalCount: Number(count?.n ?? 0),
        };
      });
    },
  };
}

export type OrderRows = ReturnType<typeof createOrderRows>;
