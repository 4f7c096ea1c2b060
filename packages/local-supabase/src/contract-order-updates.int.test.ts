/**
 * The company contract's `portal_order_updates` (docs/company-contract.md, "Order updates"),
 * through supabase-js `rpc()` on the local endpoint as the portal calls it: the shape, the
 * transaction-id cursor (paging, a late commit, repeated rows), soft deletions, argument errors.
 */
import { randomUUID } from 'node:crypto';
import { openTestDb, type TestDb, testEngines } from '@portal/db/testing';
import { applyCompanySetup, insertLinkedQuote } from '@portal/demo-data';
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { generateLocalKeys } from './api-keys.ts';
import { type LocalSupabase, startLocalSupabase } from './local-supabase.ts';

const timestamp = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?\+00:00$/, 'an ISO timestamp in UTC');
const item = z.strictObject({
  portal_quote_id: z.guid(),
  quote_id: z.guid(),
  quote_number: z.string().regex(/^Q-\d{4}-\d{3,}$/),
  status: z.string(),
  order_number: z.string().nullable(),
  payment_status: z.string(),
  ordered_at: timestamp.nullable(),
  in_production_at: timestamp.nullable(),
  ready_at: timestamp.nullable(),
  finished_at: timestamp.nullable(),
  cancelled_at: timestamp.nullable(),
  updated_at: timestamp,
  deleted: z.boolean(),
});
const result = z.strictObject({
  items: z.array(item),
  next_cursor: z.string().min(1),
  has_more: z.boolean(),
});
type Result = z.infer<typeof result>;

describe.each(testEngines())('contract portal_order_updates on %s', (engine) => {
  let db: TestDb;
  let local: LocalSupabase;
  let service: SupabaseClient;
  let anon: SupabaseClient;

  beforeAll(async () => {
    db = await openTestDb(engine);
    await applyCompanySetup(db);
    const keys = generateLocalKeys();
    local = await startLocalSupabase({ companies: [{ slug: 'acme', db, ...keys }] });
    const options = { auth: { persistSession: false, autoRefreshToken: false } };
    service = createClient(local.companyUrl('acme'), keys.serviceKey, options);
    anon = createClient(local.companyUrl('acme'), keys.anonKey, options);
  });

  afterAll(async () => {
    await local?.close();
    await db?.close();
  });

  async function updates(cursor: string | null, limit?: number): Promise<Result> {
    const args = { p_cursor: cursor, ...(limit !== undefined ? { p_limit: limit } : {}) };
    const { data, error, status } = await service.rpc('portal_order_updates', args);
    if (error) throw new Error(`portal_order_updates answered ${status}: ${error.message}`);
    return result.parse(data);
  }

  /** Every page until the cycle ends: the items and the cursor to continue from. */
  async function drain(cursor: string | null, limit = 100) {
    const items: Result['items'] = [];
    let next = cursor;
    for (let i = 0; i < 100; i += 1) {
      const page = await updates(next, limit);
      items.push(...page.items);
      next = page.next_cursor;
      if (!page.has_more) return { items, cursor: next };
    }
    throw new Error('no end of the cycle');
  }

  let cursor: string | null = null;

  it('from the beginning: every linked quote, never an unlinked one', async () => {
    const a = await insertLinkedQuote(db, { portalQuoteId: randomUUID(), customerName: 'OU A' });
    const b = await insertLinkedQuote(db, { portalQuoteId: randomUUID(), customerName: 'OU B' });
    const [unlinked] = await db.query<{ id: string }>(
      `insert into quotes (customer_id, quote_number, total_net, total_vat, total_gross,
                           final_total_after_discount, created_by)
       select customer_id, generate_quote_number(), 1, 0, 1, 1, created_by
         from quotes where id = $1 returning id`,
      [a.id],
    );
    const all = await drain(null);
    const ids = all.items.map((i) => i.quote_id);
    expect(ids).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(ids).not.toContain(unlinked!.id);
    expect(all.items.find((i) => i.quote_id === a.id)).toMatchObject({
      quote_number: a.quoteNumber,
      status: 'draft',
      order_number: null,
      payment_status: 'not_paid',
      ordered_at: null,
      deleted: false,
    });
    cursor = all.cursor;
  });

  it('after the cursor: the changed quote with its new state and status timestamps', async () => {
    const c = await insertLinkedQuote(db, { portalQuoteId: randomUUID(), customerName: 'OU C' });
    const before = await drain(cursor);
    expect(before.items.map((i) => i.quote_id)).toContain(c.id);
    if (engine === 'pglite') {
      // One connection, nothing else running: an idle database has nothing new.
      expect((await updates(before.cursor)).items).toEqual([]);
    }
    await db.query(
      `update quotes set status = 'ordered', order_number = generate_order_number(current_date),
              payment_status = 'partial'
        where id = $1`,
      [c.id],
    );
    const after = await drain(before.cursor);
    const changed = after.items.find((i) => i.quote_id === c.id);
    expect(changed).toMatchObject({
      status: 'ordered',
      order_number: expect.stringMatching(/^ORD-/),
      payment_status: 'partial',
      ordered_at: expect.any(String),
    });
    cursor = after.cursor;
  });

  it('a soft-deleted quote comes with deleted: true', async () => {
    const d = await insertLinkedQuote(db, { portalQuoteId: randomUUID(), customerName: 'OU D' });
    const seen = await drain(cursor);
    await db.query(`update quotes set deleted_at = now() where id = $1`, [d.id]);
    const after = await drain(seen.cursor);
    expect(after.items.find((i) => i.quote_id === d.id)).toMatchObject({ deleted: true });
    cursor = after.cursor;
  });

  it('pages: limit rows at a time, has_more until the end, nothing missing', async () => {
    const made = [];
    for (let i = 0; i < 5; i += 1) {
      made.push(
        await insertLinkedQuote(db, { portalQuoteId: randomUUID(), customerName: `OU P${i}` }),
      );
    }
    const first = await updates(cursor, 2);
    expect(first.items).toHaveLength(2);
    expect(first.has_more).toBe(true);
    const rest = await drain(first.next_cursor, 2);
    const ids = [...first.items, ...rest.items].map((i) => i.quote_id);
    expect(ids).toEqual(expect.arrayContaining(made.map((m) => m.id)));
  });

  // Two transactions at once need two connections: PostgreSQL only (PGlite has one).
  const onPostgres = engine === 'postgres' ? it : () => {};
  onPostgres(
    'a change committed after a later one was read is not missed (late commit)',
    async () => {
      const e = await insertLinkedQuote(db, { portalQuoteId: randomUUID(), customerName: 'OU E' });
      const f = await insertLinkedQuote(db, { portalQuoteId: randomUUID(), customerName: 'OU F' });
      const start = await drain(null);
      const slow = new pg.Client({ connectionString: db.url });
      await slow.connect();
      try {
        // The slow transaction writes E first (its updated_at is this early time)…
        await slow.query('begin');
        await slow.query(`update quotes set status = 'ordered' where id = $1`, [e.id]);
        // …then F is changed and committed, and the portal reads up to here.
        await db.query(`update quotes set status = 'ready' where id = $1`, [f.id]);
        const read = await drain(start.cursor);
        expect(read.items.find((i) => i.quote_id === f.id)?.status).toBe('ready');
        expect(read.items.find((i) => i.quote_id === e.id)?.status ?? 'draft').toBe('draft');
        // E commits only now, with an updated_at older than F's.
        await slow.query('commit');
        const later = await drain(read.cursor);
        expect(later.items.find((i) => i.quote_id === e.id)?.status).toBe('ordered');
      } finally {
        await slow.end();
      }
    },
  );

  it('refuses a malformed cursor and a limit outside 1–500 (22023, HTTP 400)', async () => {
    for (const args of [
      { p_cursor: 'nonsense' },
      { p_cursor: 'x1:1:2:3:' },
      { p_cursor: null, p_limit: 0 },
      { p_cursor: null, p_limit: 501 },
    ]) {
      const { error, status } = await service.rpc('portal_order_updates', args);
      expect({ args, status, code: error?.code }).toEqual({ args, status: 400, code: '22023' });
    }
  });

  it('is not for the anon key (HTTP 401, 42501)', async () => {
    const { error, status } = await anon.rpc('portal_order_updates', { p_cursor: null });
    expect({ status, code: error?.code }).toEqual({ status: 401, code: '42501' });
  });
});
