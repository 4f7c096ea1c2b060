import type { Db, Queryable } from '@portal/db';
import type { BillingRow } from './customer-rows.ts';
import { EMPTY_BILLING } from './customer-rows.ts';
import { iso, isoOrNull } from './timestamps.ts';

/*
 * What the admin panel reads and changes about customers (docs/admin.md). Service-side: these
 * statements run as the owner, never as a client role; the admin namespace's rules decide who
 * reaches them (support and admins read, admins change).
 */

/** A customer as the admin panel lists and shows it. */
export interface AdminCustomerRow {
  id: string;
  email: string;
  name: string;
  mobile: string | null;
  locale: 'hu' | 'en';
  emailVerifiedAt: string | null;
  disabledAt: string | null;
  deletedAt: string | null;
  createdAt: string;
  /** Current company connections. */
  companyCount: number;
}

export interface AdminCustomerFilter {
  /** Part of the name or email, case-insensitive. */
  search?: string | null;
  verified?: boolean | null;
  disabled?: boolean | null;
  /** Connected to this company now. */
  companyId?: string | null;
}

export interface AdminCustomerCompanyRow {
  company: { id: string; name: string; slug: string };
  companyActive: boolean;
  discountPercent: string;
  active: boolean;
  connectedAt: string;
}

export interface AdminCustomerQuoteRow {
  id: string;
  number: string;
  status: string;
  companyName: string;
  finalTotal: string | null;
  currency: string | null;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
}

export interface AdminCustomerOrderRow {
  id: string;
  orderNumber: string | null;
  quoteNumber: string;
  companyQuoteNumber: string;
  status: string;
  paymentStatus: string;
  companyName: string;
  updatedAt: string;
}

/** Opaque to clients: the created time and id of the last customer of a page. */
export function encodeCustomerCursor(row: { createdAt: string; id: string }): string {
  return Buffer.from(`customer:${row.createdAt}|${row.id}`).toString('base64url');
}

export function decodeCustomerCursor(value: string): { createdAt: string; id: string } | null {
  const match = /^customer:([0-9T:.Z-]{20,30})\|([0-9a-f-]{36})$/.exec(
    Buffer.from(value, 'base64url').toString('utf8'),
  );
  if (!match || Number.isNaN(new Date(match[1]!).getTime())) return null;
  return { createdAt: match[1]!, id: match[2]! };
}

const CUSTOMER_SELECT = `select c.id, c.email, c.name, c.mobile, c.locale,
    c.email_verified_at, c.disabled_at, c.deleted_at, c.created_at,
    (select count(*)::int from customer_companies cc
      where cc.customer_id = c.id and cc.disconnected_at is null) as company_count
  from customers c`;

interface RawCustomer {
  id: string;
  email: string;
  name: string;
  mobile: string | null;
  locale: 'hu' | 'en';
  email_verified_at: Date | null;
  disabled_at: Date | null;
  deleted_at: Date | null;
  created_at: Date;
  company_count: number;
}

const toCustomer = (r: RawCustomer): AdminCustomerRow => ({
  id: r.id,
  email: r.email,
  name: r.name,
  mobile: r.mobile,
  locale: r.locale,
  emailVerifiedAt: isoOrNull(r.email_verified_at),
  disabledAt: isoOrNull(r.disabled_at),
  deletedAt: isoOrNull(r.deleted_at),
  createdAt: iso(r.created_at),
  companyCount: Number(r.company_count),
});

/** `%` and `_` typed by the admin are searched for, not wildcards. */
const likePattern = (text: string) => `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function createAdminCustomerRows(db: Db) {
  return {
    transaction: <T>(fn: (tx: Queryable) => Promise<T>) => db.transaction(fn),

    /** Newest first; deleted (anonymised) accounts are left out. */
    async page(
      filter: AdminCustomerFilter,
      limit: number,
      after: { createdAt: string; id: string } | null,
    ): Promise<{ rows: AdminCustomerRow[]; totalCount: number }> {
      const where: string[] = ['c.deleted_at is null'];
      const params: unknown[] = [];
      const param = (value: unknown) => {
        params.push(value);
        return `$${params.length}`;
      };
      const search = filter.search?.trim();
      if (search) {
        const p = param(likePattern(search));
        where.push(`(lower(c.name) like ${p} or lower(c.email) like ${p})`);
      }
      if (filter.verified != null) {
        where.push(`c.email_verified_at is ${filter.verified ? 'not null' : 'null'}`);
      }
      if (filter.disabled != null) {
        where.push(`c.disabled_at is ${filter.disabled ? 'not null' : 'null'}`);
      }
      if (filter.companyId) {
        where.push(`exists (select from customer_companies cc
          where cc.customer_id = c.id and cc.company_id = ${param(filter.companyId)}
            and cc.disconnected_at is null)`);
      }
      const [count] = await db.query<{ n: number }>(
        `select count(*)::int as n from customers c where ${where.join(' and ')}`,
        params,
      );
      if (after) {
        where.push(
          `(c.created_at, c.id) < (${param(after.createdAt)}::timestamptz, ${param(after.id)}::uuid)`,
        );
      }
      const raw = await db.query<RawCustomer>(
        `${CUSTOMER_SELECT} where ${where.join(' and ')}
          order by c.created_at desc, c.id desc limit ${param(limit)}`,
        params,
      );
      return { rows: raw.map(toCustomer), totalCount: Number(count?.n ?? 0) };
    },

    async byId(id: string, tx: Queryable = db): Promise<AdminCustomerRow | null> {
      const [row] = await tx.query<RawCustomer>(`${CUSTOMER_SELECT} where c.id = $1`, [id]);
      return row ? toCustomer(row) : null;
    },

    async billing(customerId: string): Promise<BillingRow> {
      const [row] = await db.query<BillingRow>(
        `select name, country, city, postal_code as "postalCode", street,
                house_number as "houseNumber", tax_number as "taxNumber",
                company_registration_number as "companyRegistrationNumber"
           from customer_billing where customer_id = $1`,
        [customerId],
      );
      return row ?? EMPTY_BILLING;
    },

    /** Current connections, deactivated companies included (marked), by company name. */
    async companies(customerId: string): Promise<AdminCustomerCompanyRow[]> {
      const rows = await db.query<{
        id: string;
        name: string;
        slug: string;
        company_active: boolean;
        discount_percent: string;
        is_active: boolean;
        connected_at: Date;
      }>(
        `select co.id, co.name, co.slug, co.active as company_active,
                cc.discount_percent::text as discount_percent, cc.is_active, cc.connected_at
           from customer_companies cc join companies co on co.id = cc.company_id
          where cc.customer_id = $1 and cc.disconnected_at is null
          order by co.name, co.id`,
        [customerId],
      );
      return rows.map((r) => ({
        company: { id: r.id, name: r.name, slug: r.slug },
        companyActive: r.company_active,
        discountPercent: r.discount_percent,
        active: r.is_active,
        connectedAt: iso(r.connected_at),
      }));
    },

    async quotes(
      customerId: string,
      limit: number,
    ): Promise<{ rows: AdminCustomerQuoteRow[]; totalCount: number }> {
      const [count] = await db.query<{ n: number }>(
        'select count(*)::int as n from quotes where customer_id = $1 and deleted_at is null',
        [customerId],
      );
      const rows = await db.query<{
        id: string;
        number: string;
        status: string;
        company_name: string;
        final_total: string | null;
        currency: string | null;
        created_at: Date;
        updated_at: Date;
        submitted_at: Date | null;
      }>(
        `select q.id, q.number, q.status, co.name as company_name,
                q.final_total::text as final_total, q.currency, q.created_at, q.updated_at,
                q.submitted_at
           from quotes q join companies co on co.id = q.company_id
          where q.customer_id = $1 and q.deleted_at is null
          order by q.updated_at desc, q.id desc limit $2`,
        [customerId, limit],
      );
      return {
        totalCount: Number(count?.n ?? 0),
        rows: rows.map((r) => ({
          id: r.id,
          number: r.number,
          status: r.status,
          companyName: r.company_name,
          finalTotal: r.final_total,
          currency: r.currency,
          createdAt: iso(r.created_at),
          updatedAt: iso(r.updated_at),
          submittedAt: isoOrNull(r.submitted_at),
        })),
      };
    },

    async orders(
      customerId: string,
      limit: number,
    ): Promise<{ rows: AdminCustomerOrderRow[]; totalCount: number }> {
      const [count] = await db.query<{ n: number }>(
        'select count(*)::int as n from orders where customer_id = $1',
        [customerId],
      );
      const rows = await db.query<{
        id: string;
        order_number: string | null;
        quote_number: string;
        company_quote_number: string;
        status: string;
        payment_status: string;
        company_name: string;
        updated_at: Date;
      }>(
        `select o.id, o.order_number, q.number as quote_number, o.company_quote_number,
                o.status, o.payment_status, co.name as company_name, o.updated_at
           from orders o
           join quotes q on q.id = o.quote_id
           join companies co on co.id = o.company_id
          where o.customer_id = $1
          order by o.updated_at desc, o.id desc limit $2`,
        [customerId, limit],
      );
      return {
        totalCount: Number(count?.n ?? 0),
        rows: rows.map((r) => ({
          id: r.id,
          orderNumber: r.order_number,
          quoteNumber: r.quote_number,
          companyQuoteNumber: r.company_quote_number,
          status: r.status,
          paymentStatus: r.payment_status,
          companyName: r.company_name,
          updatedAt: iso(r.updated_at),
        })),
      };
    },

    /**
     * Disables (or enables) the account in `tx`. Disabling also revokes every open session
     * (`account_disabled`): refresh tokens stop working, and `accessRefused` refuses the access
     * tokens of those sessions at once. False when nothing changed (already so, or deleted).
     */
    async setDisabled(tx: Queryable, customerId: string, disabled: boolean): Promise<boolean> {
      const changed = await tx.query(
        disabled
          ? `update customers set disabled_at = now(), updated_at = now()
              where id = $1 and disabled_at is null and deleted_at is null returning id`
          : `update customers set disabled_at = null, updated_at = now()
              where id = $1 and disabled_at is not null and deleted_at is null returning id`,
        [customerId],
      );
      if (changed.length === 0) return false;
      if (disabled) {
        await tx.query(
          `update auth_sessions set revoked_at = now(), revoked_reason = 'account_disabled'
            where customer_id = $1 and revoked_at is null`,
          [customerId],
        );
      }
      return true;
    },

    /**
     * Whether a customer's access token must be refused although its signature is good: the
     * account is disabled now, or the token's session has ended — signed out, replaced after a
     * password change or reset, revoked for a replayed refresh token, or ended by a disable (so
     * a token issued before a disable stays dead after the account is enabled again).
     */
    async accessRefused(customerId: string, sessionId: string | null): Promise<boolean> {
      const [row] = await db.query<{ refused: boolean }>(
        `select c.disabled_at is not null
                or exists (select from auth_sessions s
                            where s.id = $2::uuid and s.customer_id = c.id
                              and s.revoked_at is not null) as refused
           from customers c where c.id = $1::uuid`,
        [customerId, sessionId],
      );
      return row?.refused === true;
    },
  };
}

export type AdminCustomerRows = ReturnType<typeof createAdminCustomerRows>;
