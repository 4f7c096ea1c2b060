import type { Db, Queryable } from '@portal/db';
import { iso, isoOrNull } from './timestamps.ts';

/*
 * The admin panel's views of the delivery queue (`quote_submissions`, 0005), the order-ready
 * notifications (0006) and the dashboard's counts. Service-side, read by admins and support.
 */

export type DeliveryState = 'pending' | 'failing' | 'paused';

export interface QueuedDeliveryRow {
  id: string;
  quoteId: string;
  quoteNumber: string;
  companyId: string;
  companyName: string;
  customerId: string;
  customerEmail: string;
  /** `paused`: the company is deactivated, nothing is sent until it is active again. */
  state: DeliveryState;
  attempts: number;
  lastError: string | null;
  lastAttemptAt: string | null;
  nextAttemptAt: string;
  /** A worker holds the row (an attempt is under way) until then. */
  leasedUntil: string | null;
  createdAt: string;
}

export interface NotificationRow {
  id: string;
  kind: string;
  to: string;
  subject: string;
  status: 'sent' | 'pending' | 'failed';
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

export interface DailyCountRow {
  date: string;
  signUps: number;
  quotes: number;
  orders: number;
}

export interface FailingCompanyRow {
  companyId: string;
  companyName: string;
  /** `order_sync`: the last order sync failed; `delivery`: submitted quotes keep failing. */
  source: 'order_sync' | 'delivery';
  error: string;
  since: string;
}

export function createAdminOpsRows(db: Db) {
  return {
    /** Undelivered submissions, the longest waiting first; `state` narrows them. */
    async deliveryQueue(state: DeliveryState | null, limit: number): Promise<QueuedDeliveryRow[]> {
      const stateSql = `case when not co.active then 'paused'
                             when s.last_error is not null then 'failing'
                             else 'pending' end`;
      const rows = await db.query<{
        id: string;
        quote_id: string;
        quote_number: string;
        company_id: string;
        company_name: string;
        customer_id: string;
        customer_email: string;
        state: DeliveryState;
        attempts: number;
        last_error: string | null;
        last_attempt_at: Date | null;
        next_attempt_at: Date;
        lease_until: Date | null;
        created_at: Date;
      }>(
        `select * from (
           select s.id, s.quote_id, q.number as quote_number, s.company_id,
                  co.name as company_name, s.customer_id, c.email as customer_email,
                  ${stateSql} as state, s.attempts, s.last_error, s.last_attempt_at,
                  s.next_attempt_at,
                  case when s.lease_until > now() then s.lease_until end as lease_until,
                  s.created_at
             from quote_submissions s
             join quotes q on q.id = s.quote_id
             join companies co on co.id = s.company_id
             join customers c on c.id = s.customer_id
            where s.delivered_at is null) d
          where $1::text is null or d.state = $1::text
          order by d.created_at, d.id limit $2`,
        [state, limit],
      );
      return rows.map((r) => ({
        id: r.id,
        quoteId: r.quote_id,
        quoteNumber: r.quote_number,
        companyId: r.company_id,
        companyName: r.company_name,
        customerId: r.customer_id,
        customerEmail: r.customer_email,
        state: r.state,
        attempts: Number(r.attempts),
        lastError: r.last_error,
        lastAttemptAt: isoOrNull(r.last_attempt_at),
        nextAttemptAt: iso(r.next_attempt_at),
        leasedUntil: isoOrNull(r.lease_until),
        createdAt: iso(r.created_at),
      }));
    },

    /**
     * Makes an undelivered submission due now (the worker takes it at its next tick, or at
     * once when woken). A row under a lease is left to its worker. `delivered` / `not_found`
     * when there is nothing to retry.
     */
    async retryDelivery(
      tx: Queryable,
      id: string,
    ): Promise<'done' | 'not_found' | 'delivered' | 'in_flight'> {
      const [row] = await tx.query<{ delivered: boolean; leased: boolean }>(
        `select delivered_at is not null as delivered,
                coalesce(lease_until > now(), false) as leased
           from quote_submissions where id = $1 for update`,
        [id],
      );
      if (!row) return 'not_found';
      if (row.delivered) return 'delivered';
      if (row.leased) return 'in_flight';
      await tx.query('update quote_submissions set next_attempt_at = now() where id = $1', [id]);
      return 'done';
    },

    /** Order notifications (the mails the order sync asks for), newest first, with status. */
    async notifications(limit: number): Promise<NotificationRow[]> {
      const rows = await db.query<{
        id: string;
        kind: string;
        mail: { to?: string; subject?: string };
        attempts: number;
        last_error: string | null;
        created_at: Date;
        sent_at: Date | null;
      }>(
        `select id, kind, mail, attempts, last_error, created_at, sent_at
           from order_notifications order by created_at desc, id limit $1`,
        [limit],
      );
      return rows.map((r) => {
        const mail = typeof r.mail === 'string' ? JSON.parse(r.mail) : r.mail;
        return {
          id: r.id,
          kind: r.kind,
          to: String(mail.to ?? ''),
          subject: String(mail.subject ?? ''),
          status: r.sent_at ? 'sent' : r.last_error ? 'failed' : 'pending',
          attempts: Number(r.attempts),
          lastError: r.last_error,
          createdAt: iso(r.created_at),
          sentAt: isoOrNull(r.sent_at),
        };
      });
    },

    async totals(): Promise<{
      activeCompanies: number;
      companies: number;
      customers: number;
      newCustomersThisWeek: number;
      disabledCustomers: number;
      pendingDeliveries: number;
    }> {
      const [row] = await db.query<Record<string, number>>(
        `select
           (select count(*)::int from companies where active) as active_companies,
           (select count(*)::int from companies) as companies,
           (select count(*)::int from customers where deleted_at is null) as customers,
           (select count(*)::int from customers
             where deleted_at is null and created_at >= now() - interval '7 days') as new_week,
           (select count(*)::int from customers
             where deleted_at is null and disabled_at is not null) as disabled,
           (select count(*)::int from quote_submissions where delivered_at is null) as pending`,
      );
      return {
        activeCompanies: Number(row?.active_companies ?? 0),
        companies: Number(row?.companies ?? 0),
        customers: Number(row?.customers ?? 0),
        newCustomersThisWeek: Number(row?.new_week ?? 0),
        disabledCustomers: Number(row?.disabled ?? 0),
        pendingDeliveries: Number(row?.pending ?? 0),
      };
    },

    /**
     * Per UTC day of the last `days` days (today included, oldest first): sign-ups, quotes
     * created and orders placed (the day the company ordered the quote).
     */
    async daily(days: number): Promise<DailyCountRow[]> {
      const rows = await db.query<{
        day: string;
        sign_ups: number;
        quotes: number;
        orders: number;
      }>(
        `with days as (
           select (now() at time zone 'UTC')::date - g as day
             from generate_series(0, $1::int - 1) as g
         ), since as (
           select ((now() at time zone 'UTC')::date - ($1::int - 1)) as first
         ), s as (
           select (created_at at time zone 'UTC')::date as day, count(*)::int as n
             from customers, since
            where (created_at at time zone 'UTC')::date >= since.first group by 1
         ), q as (
           select (created_at at time zone 'UTC')::date as day, count(*)::int as n
             from quotes, since
            where (created_at at time zone 'UTC')::date >= since.first group by 1
         ), o as (
           select (ordered_at at time zone 'UTC')::date as day, count(*)::int as n
             from orders, since
            where ordered_at is not null
              and (ordered_at at time zone 'UTC')::date >= since.first group by 1
         )
         select to_char(d.day, 'YYYY-MM-DD') as day, coalesce(s.n, 0) as sign_ups,
                coalesce(q.n, 0) as quotes, coalesce(o.n, 0) as orders
           from days d
           left join s on s.day = d.day
           left join q on q.day = d.day
           left join o on o.day = d.day
          order by d.day`,
        [days],
      );
      return rows.map((r) => ({
        date: r.day,
        signUps: Number(r.sign_ups),
        quotes: Number(r.quotes),
        orders: Number(r.orders),
      }));
    },

    /**
     * Active companies failing now: the last order sync failed (and has not succeeded since),
     * or submitted quotes to them wait with an error. The operations view adds live health.
     */
    async failingCompanies(): Promise<FailingCompanyRow[]> {
      const rows = await db.query<{
        company_id: string;
        company_name: string;
        source: 'order_sync' | 'delivery';
        error: string;
        since: Date;
      }>(
        `select co.id as company_id, co.name as company_name, 'order_sync' as source,
                sc.last_error as error, sc.last_error_at as since
           from order_sync_cursors sc join companies co on co.id = sc.company_id
          where co.active and sc.last_error is not null and sc.last_error_at is not null
            and (sc.last_success_at is null or sc.last_error_at > sc.last_success_at)
         union all
         select co.id, co.name, 'delivery',
                (array_agg(s.last_error order by s.last_attempt_at desc))[1],
                min(s.last_attempt_at)
           from quote_submissions s join companies co on co.id = s.company_id
          where co.active and s.delivered_at is null and s.last_error is not null
            and s.last_attempt_at is not null
          group by co.id, co.name
          order by 2, 3`,
      );
      return rows.map((r) => ({
        companyId: r.company_id,
        companyName: r.company_name,
        source: r.source,
        error: r.error,
        since: iso(r.since),
      }));
    },
  };
}

export type AdminOpsRows = ReturnType<typeof createAdminOpsRows>;

/** What `AdminQuery.dashboard` hands to its fields (each reads its own figures). */
export type DashboardParent = Record<string, never>;

/** What `AdminQuery.mailOutbox` hands to its fields. */
export interface MailOutboxParent {
  first: number;
}
