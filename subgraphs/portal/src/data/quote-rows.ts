import type { Db, Queryable } from '@portal/db';
import { publishPortalEvent } from '@portal/events';
import type { AccessoryLine, FeeLine, PanelLine, QuoteDraft } from '../quotes/quote-input.ts';
import type { PriceSnapshot, StoredPrice } from '../quotes/quote-pricer.ts';
import { asCustomer } from './as-customer.ts';
import type { CompanyRow } from './company-rows.ts';
import { iso, isoOrNull } from './timestamps.ts';

export type QuoteStatusValue =
  | 'draft'
  | 'submitting'
  | 'submitted'
  | 'ordered'
  | 'in_production'
  | 'ready'
  | 'finished'
  | 'cancelled';

export const QUOTE_STATUSES: readonly QuoteStatusValue[] = [
  'draft',
  'submitting',
  'submitted',
  'ordered',
  'in_production',
  'ready',
  'finished',
  'cancelled',
];

/** A saved quote as the `Quote` resolvers receive it. */
export interface QuoteRow {
  id: string;
  number: string;
  status: QuoteStatusValue;
  company: CompanyRow;
  comment: string | null;
  panels: PanelLine[];
  accessories: AccessoryLine[];
  fees: FeeLine[];
  version: number;
  /** Null until priced on the server. */
  priced: {
    at: string;
    catalogVersion: string | null;
    currency: string;
    net: string;
    vat: string;
    gross: string;
    discountPercent: string;
    final: string;
  } | null;
  /** The unit prices, rates and settings of the price; null until priced. */
  snapshot: PriceSnapshot | null;
  /** Submission to the company (migration 0005); null (or absent) while a draft. */
  submission?: QuoteSubmissionState | null;
  createdAt: string;
  updatedAt: string;
}

/** Where a submitted quote's delivery to the company is (`quote_submissions`). */
export interface QuoteSubmissionState {
  submittedAt: string;
  /** When the submitted price was computed: the submit itself, or earlier when the quote went
   * at the customer's last-seen prices (the company could not be asked then). */
  pricedAt: string | null;
  idempotencyKey: string;
  companyQuoteNumber: string | null;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
}

interface RawQuote {
  id: string;
  number: string;
  status: QuoteStatusValue;
  company_id: string;
  company_name: string;
  company_slug: string;
  company_legal_name: string | null;
  company_address: string | null;
  company_tax_number: string | null;
  company_phone: string | null;
  company_email: string | null;
  company_website: string | null;
  comment: string | null;
  panels: PanelLine[];
  accessories: AccessoryLine[];
  fees: FeeLine[];
  version: number;
  catalog_version: string | null;
  priced_at: Date | null;
  currency: string | null;
  total_net: string | null;
  total_vat: string | null;
  total_gross: string | null;
  discount_percent: string | null;
  final_total: string | null;
  snapshot: PriceSnapshot | null;
  submitted_at: Date | null;
  submit_idempotency_key: string | null;
  company_quote_number: string | null;
  delivery_priced_at: Date | null;
  delivery_attempts: number | null;
  delivery_last_error: string | null;
  delivery_next_attempt_at: Date | null;
  delivery_delivered_at: Date | null;
  created_at: Date;
  updated_at: Date;
  cursor_ts: string;
}

// `companies` is under RLS (active only) and the quote policies need a current connection,
// so a join never reaches a quote the customer may not see.
const SELECT = `
  select q.id, q.number, q.status, q.company_id, c.name as company_name, c.slug as company_slug,
         c.legal_name as company_legal_name, c.address as company_address,
         c.tax_number as company_tax_number, c.phone as company_phone,
         c.email as company_email, c.website as company_website,
         q.comment, q.panels, q.accessories, q.fees, q.version, q.catalog_version, q.priced_at,
         q.currency, q.total_net::text as total_net, q.total_vat::text as total_vat,
         q.total_gross::text as total_gross, q.discount_percent::text as discount_percent,
         q.final_total::text as final_total, q.snapshot, q.created_at, q.updated_at,
         q.updated_at::text as cursor_ts, q.submitted_at, q.submit_idempotency_key,
         q.company_quote_number, s.priced_at as delivery_priced_at,
         s.attempts as delivery_attempts,
         s.last_error as delivery_last_error, s.next_attempt_at as delivery_next_attempt_at,
         s.delivered_at as delivery_delivered_at
    from quotes q
    join companies c on c.id = q.company_id
    left join quote_submissions s on s.quote_id = q.id`;

function toRow(r: RawQuote): QuoteRow {
  return {
    id: r.id,
    number: r.number,
    status: r.status,
    company: {
      id: r.company_id,
      name: r.company_name,
      slug: r.company_slug,
      contact: {
        legalName: r.company_legal_name,
        address: r.company_address,
        taxNumber: r.company_tax_number,
        phone: r.company_phone,
        email: r.company_email,
        website: r.company_website,
      },
    },
    comment: r.comment,
    panels: r.panels,
    accessories: r.accessories,
    fees: r.fees,
    version: r.version,
    priced:
      r.priced_at === null
        ? null
        : {
            at: iso(r.priced_at),
            catalogVersion: r.catalog_version,
            currency: r.currency ?? 'HUF',
            net: r.total_net ?? '0.00',
            vat: r.total_vat ?? '0.00',
            gross: r.total_gross ?? '0.00',
            discountPercent: r.discount_percent ?? '0.00',
            final: r.final_total ?? r.total_gross ?? '0.00',
          },
    snapshot: r.snapshot,
    submission:
      r.submitted_at === null
        ? null
        : {
            submittedAt: iso(r.submitted_at),
            pricedAt: isoOrNull(r.delivery_priced_at),
            idempotencyKey: r.submit_idempotency_key ?? '',
            companyQuoteNumber: r.company_quote_number,
            attempts: r.delivery_attempts ?? 0,
            lastError: r.delivery_last_error,
            nextAttemptAt: isoOrNull(r.delivery_next_attempt_at),
            deliveredAt: isoOrNull(r.delivery_delivered_at),
          },
    createdAt: iso(r.created_at),
    updatedAt: isoOrNull(r.updated_at) ?? iso(r.created_at),
  };
}

export interface QuoteListFilter {
  statuses: QuoteStatusValue[] | null;
  search: string | null;
  companyId: string | null;
}

export interface QuoteCursor {
  updatedAt: string;
  id: string;
}

export interface QuotePage {
  rows: Array<{ row: QuoteRow; cursor: QuoteCursor }>;
  hasNextPage: boolean;
  totalCount: number;
}

/** Escapes `%`, `_` and `\` so a search is a plain substring. */
function likePattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
}

/** Where-clause over `q` for a filter; parameters start after `offset`. */
function filterSql(filter: QuoteListFilter, offset: number) {
  const where = ['q.deleted_at is null'];
  const params: unknown[] = [];
  const next = (value: unknown) => {
    params.push(value);
    return `$${offset + params.length}`;
  };
  if (filter.statuses) where.push(`q.status = any(${next(filter.statuses)}::text[])`);
  if (filter.companyId) where.push(`q.company_id = ${next(filter.companyId)}::uuid`);
  if (filter.search) {
    const p = next(likePattern(filter.search));
    where.push(`(q.number ilike ${p} or q.comment ilike ${p})`);
  }
  return { where, params };
}

export type UpdateOutcome =
  | { kind: 'updated'; row: QuoteRow }
  | { kind: 'not_found' }
  | { kind: 'not_draft' }
  | { kind: 'company_changed' }
  | { kind: 'version_conflict'; currentVersion: number };

export type DeleteOutcome =
  | { kind: 'deleted'; ids: string[] }
  | { kind: 'not_found'; index: number }
  | { kind: 'not_draft'; index: number };

export type CreateOutcome = { kind: 'created'; row: QuoteRow } | { kind: 'company_refused' };

/** One quote as the transaction's role may see it (the customer's, under RLS). */
export async function quoteByIdIn(tx: Queryable, id: string): Promise<QuoteRow | null> {
  return byIdIn(tx, id);
}

async function byIdIn(tx: Queryable, id: string): Promise<QuoteRow | null> {
  const [raw] = await tx.query<RawQuote>(`${SELECT} where q.id = $1 and q.deleted_at is null`, [
    id,
  ]);
  return raw ? toRow(raw) : null;
}

/** Whether the customer may use the company now: active and connected (both under RLS). */
async function companyUsable(tx: Queryable, companyId: string): Promise<boolean> {
  const rows = await tx.query(
    `select 1 from customer_companies cc join companies c on c.id = cc.company_id
      where cc.company_id = $1 and cc.disconnected_at is null`,
    [companyId],
  );
  return rows.length > 0;
}

/** The price columns of a write, in the order `PRICE_COLUMNS` names them; all null unpriced. */
function priceParams(price: StoredPrice | null): unknown[] {
  if (!price) return [null, null, null, null, null, null, null, null, null, null];
  return [
    JSON.stringify(price.snapshot),
    JSON.stringify(price.lines),
    price.catalogVersion,
    price.pricedAt,
    price.currency,
    price.net,
    price.vat,
    price.gross,
    price.discountPercent,
    price.final,
  ];
}

const PRICE_COLUMNS = [
  'snapshot',
  'priced_lines',
  'catalog_version',
  'priced_at',
  'currency',
  'total_net',
  'total_vat',
  'total_gross',
  'discount_percent',
  'final_total',
];

async function insertDraft(
  tx: Queryable,
  customerId: string,
  draft: QuoteDraft,
  price: StoredPrice | null,
): Promise<CreateOutcome> {
  if (!(await companyUsable(tx, draft.companyId))) return { kind: 'company_refused' };
  const [created] = await tx.query<{ id: string }>(
    `insert into quotes (customer_id, company_id, comment, panels, accessories, fees,
                         ${PRICE_COLUMNS.join(', ')})
     values ($1, $2, $3, $4::jsonb, $5::jsonb, $6::jsonb,
             $7::jsonb, $8::jsonb, $9, $10::timestamptz, $11, $12::numeric, $13::numeric,
             $14::numeric, $15::numeric, $16::numeric)
     returning id`,
    [
      customerId,
      draft.companyId,
      draft.comment,
      JSON.stringify(draft.panels),
      JSON.stringify(draft.accessories),
      JSON.stringify(draft.fees),
      ...priceParams(price),
    ],
  );
  const row = await byIdIn(tx, created!.id);
  return { kind: 'created', row: row! };
}

/**
 * A customer's saved quotes. Every statement runs as the customer under RLS, so a quote of
 * another customer, or at a company the customer is not connected to, is simply not there.
 */
export function createQuoteRows(db: Db) {
  return {
    byId: (customerId: string, id: string) => asCustomer(db, customerId, (tx) => byIdIn(tx, id)),

    list: (
      customerId: string,
      filter: QuoteListFilter,
      first: number,
      after: QuoteCursor | null,
    ): Promise<QuotePage> =>
      asCustomer(db, customerId, async (tx) => {
        const { where, params } = filterSql(filter, 0);
        const [count] = await tx.query<{ n: string }>(
          `select count(*)::text as n from quotes q join companies c on c.id = q.company_id
            where ${where.join(' and ')}`,
          params,
        );
        const pageWhere = [...where];
        const pageParams = [...params];
        if (after) {
          pageParams.push(after.updatedAt, after.id);
          pageWhere.push(
            `(q.updated_at, q.id) < ($${pageParams.length - 1}::timestamptz, $${pageParams.length}::uuid)`,
          );
        }
        pageParams.push(first + 1);
        const raws = await tx.query<RawQuote>(
          `${SELECT} where ${pageWhere.join(' and ')}
            order by q.updated_at desc, q.id desc limit $${pageParams.length}`,
          pageParams,
        );
        return {
          rows: raws.slice(0, first).map((r) => ({
            row: toRow(r),
            cursor: { updatedAt: r.cursor_ts, id: r.id },
          })),
          hasNextPage: raws.length > first,
          totalCount: Number(count?.n ?? 0),
        };
      }),

    /** The customer's discount at a usable company; null when not connected or inactive. */
    discountFor: (customerId: string, companyId: string) =>
      asCustomer(db, customerId, async (tx) => {
        const [row] = await tx.query<{ d: string }>(
          `select cc.discount_percent::text as d
             from customer_companies cc join companies c on c.id = cc.company_id
            where cc.company_id = $1 and cc.disconnected_at is null`,
          [companyId],
        );
        return row?.d ?? null;
      }),

    create: (customerId: string, draft: QuoteDraft, price: StoredPrice | null = null) =>
      asCustomer(db, customerId, (tx) => insertDraft(tx, customerId, draft, price)),

    /**
     * Replaces a draft's lines if it is still at `expectedVersion`; a write based on an older
     * version is refused (never merged), and the caller learns the current version.
     */
    update: (
      customerId: string,
      id: string,
      draft: QuoteDraft,
      expectedVersion: number,
      price: StoredPrice | null = null,
    ) =>
      asCustomer(db, customerId, async (tx): Promise<UpdateOutcome> => {
        const current = await byIdIn(tx, id);
        if (!current) return { kind: 'not_found' };
        if (current.status !== 'draft') return { kind: 'not_draft' };
        // Catalog ids belong to one company: a draft stays where it was made (duplicate it).
        if (draft.companyId !== current.company.id) return { kind: 'company_changed' };
        const changed = await tx.query<{ id: string }>(
          `update quotes
              set comment = $3, panels = $4::jsonb, accessories = $5::jsonb, fees = $6::jsonb,
                  version = version + 1, updated_at = now(),
                  -- the new lines' price, or none: an old price no longer describes them
                  snapshot = $7::jsonb, priced_lines = $8::jsonb, catalog_version = $9,
                  priced_at = $10::timestamptz, currency = $11, total_net = $12::numeric,
                  total_vat = $13::numeric, total_gross = $14::numeric,
                  discount_percent = $15::numeric, final_total = $16::numeric
            where id = $1 and version = $2 and status = 'draft' and deleted_at is null
            returning id`,
          [
            id,
            expectedVersion,
            draft.comment,
            JSON.stringify(draft.panels),
            JSON.stringify(draft.accessories),
            JSON.stringify(draft.fees),
            ...priceParams(price),
          ],
        );
        if (changed.length === 0) {
          // The row is locked by now; re-read what won.
          const now = await byIdIn(tx, id);
          if (!now) return { kind: 'not_found' };
          if (now.status !== 'draft') return { kind: 'not_draft' };
          return { kind: 'version_conflict', currentVersion: now.version };
        }
        // Other tabs and devices showing this draft (`quoteUpdated`) learn of the new lines or
        // price when, and only if, this write commits.
        await publishPortalEvent(tx, {
          type: 'quote',
          id,
          customerId,
          companyId: current.company.id,
        });
        return { kind: 'updated', row: (await byIdIn(tx, id))! };
      }),

    /** A new draft with the same company, lines and comment (a new number, unpriced). */
    duplicate: (customerId: string, id: string) =>
      asCustomer(db, customerId, async (tx): Promise<CreateOutcome | { kind: 'not_found' }> => {
        const source = await byIdIn(tx, id);
        if (!source) return { kind: 'not_found' };
        return insertDraft(
          tx,
          customerId,
          {
            companyId: source.company.id,
            comment: source.comment,
            panels: source.panels,
            accessories: source.accessories,
            fees: source.fees,
          },
          null,
        );
      }),

    /** Soft-deletes drafts, all or none: one id not found or not a draft refuses the lot. */
    softDelete: (customerId: string, ids: string[]) =>
      asCustomer(db, customerId, async (tx): Promise<DeleteOutcome> => {
        const found = await tx.query<{ id: string; status: QuoteStatusValue }>(
          `select id, status from quotes
            where id = any($1::uuid[]) and deleted_at is null`,
          [ids],
        );
        const status = new Map(found.map((r) => [r.id, r.status]));
        for (const [index, id] of ids.entries()) {
          const s = status.get(id.toLowerCase());
          if (s === undefined) return { kind: 'not_found', index };
          if (s !== 'draft') return { kind: 'not_draft', index };
        }
        const deleted = await tx.query<{ id: string }>(
          `update quotes set deleted_at = now(), updated_at = now(), version = version + 1
            where id = any($1::uuid[]) and status = 'draft' and deleted_at is null
            returning id`,
          [ids],
        );
        return { kind: 'deleted', ids: deleted.map((r) => r.id) };
      }),
  };
}

export type QuoteRows = ReturnType<typeof createQuoteRows>;
