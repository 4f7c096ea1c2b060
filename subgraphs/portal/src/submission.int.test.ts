import { randomBytes, randomUUID } from 'node:crypto';
import {
  type CompanyLinks,
  createCompanyLinks,
  createDbCompanyDirectory,
  encryptSecret,
} from '@portal/company-link';
import { type Db, migrate, openDb } from '@portal/db';
import { type Engine, openTestDb, type TestDb, testEngines } from '@portal/db/testing';
import { applyCompanySetup, seedDemoCompany } from '@portal/demo-data';
import { decodePortalEvent, PORTAL_EVENTS_CHANNEL, type PortalEvent } from '@portal/events';
import type { Identity } from '@portal/identity';
import { generateLocalKeys, type LocalSupabase, startLocalSupabase } from '@portal/local-supabase';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../test/portal-harness.ts';
import { createPortalSubgraph } from './server.ts';
import { createDeliveryWorker, type DeliveryWorkerOptions } from './submission/delivery-worker.ts';

// Submission end to end inside the portal subgraph: submitQuote as the customer, the outbox,
// and the delivery worker calling a seeded demo company's `portal_submit_quote` through the
// local Supabase-compatible endpoint (faults injected there), on every portal engine.

const QUOTE_FIELDS = `id number status version submittedAt companyQuoteNumber pricedAt
  totals { gross { amount } final { amount } }
  delivery { state attempts lastError nextAttemptAt deliveredAt pricedAt }`;
const CREATE = `mutation($input: QuoteDraftInput!) {
  createQuote(input: $input) { quote { id version } error { code message field } } }`;
const SUBMIT = `mutation($id: ID!, $key: String!, $accept: Boolean) {
  submitQuote(id: $id, idempotencyKey: $key, acceptPriceChanges: $accept) {
    quote { ${QUOTE_FIELDS} }
    priceChanges { part itemId field before after }
    error { code message field } } }`;
const QUOTE = `query($id: ID!) { quote(id: $id) { ${QUOTE_FIELDS} } }`;

describe.each(testEngines())('quote submission on %s', (engine: Engine) => {
  let portalDb: TestDb;
  let companyDb: Db;
  let supabase: LocalSupabase;
  let subgraph: ReturnType<typeof createPortalSubgraph>;
  let links: CompanyLinks;
  let customer: Identity;
  let customerId: string;
  let companyId: string;
  const catalog = { material: '', edge: '', accessory: '', fee: '' };

  async function run(query: string, variables: Record<string, unknown>, who = customer) {
    const response = await subgraph.server.executeOperation(
      { query, variables },
      { contextValue: await subgraph.contextFor(who, 'submission-test') },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    const result = response.body.singleResult as { data?: any; errors?: any[] };
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data;
  }

  const worker = (options: Partial<DeliveryWorkerOptions> = {}) =>
    createDeliveryWorker({
      db: portalDb,
      links,
      backoff: { baseMs: 1, maxMs: 5 },
      log: () => {},
      ...options,
    });

  async function draft(quantity = 2): Promise<string> {
    const created = await run(CREATE, {
      input: {
        companyId,
        comment: 'Beküldés teszt',
        panels: [
          {
            materialId: catalog.material,
            widthMm: 720,
            heightMm: 560,
            quantity,
            edgeBandingA: catalog.edge,
            edgeBandingC: catalog.edge,
            hingeHoles: 2,
            hingeHoleSide: 'LONG',
          },
          {
            materialId: catalog.material,
            widthMm: 400,
            heightMm: 300,
            quantity: 1,
            angleCut: true,
          },
        ],
        accessories: [{ accessoryId: catalog.accessory, quantity: 3 }],
        fees: [{ feeTypeId: catalog.fee, quantity: 1 }],
      },
    });
    expect(created.createQuote.error).toBeNull();
    return created.createQuote.quote.id;
  }

  const submit = async (id: string, key: string = randomUUID(), accept?: boolean) =>
    (await run(SUBMIT, { id, key, ...(accept === undefined ? {} : { accept }) })).submitQuote;
  const read = async (id: string) => (await run(QUOTE, { id })).quote;

  /** The company quotes a portal quote became (through the setup script's link table). */
  const companyQuotes = (portalQuoteId: string) =>
    companyDb.query<{ id: string; quote_number: string; source: string; status: string }>(
      `select q.id, q.quote_number, q.source, q.status::text as status
         from portal_quote_links l join quotes q on q.id = l.quote_id
        where l.portal_quote_id = $1`,
      [portalQuoteId],
    );

  beforeAll(async () => {
    portalDb = await openTestDb(engine);
    await migrate(portalDb, MIGRATIONS);
    companyDb = await openDb();
    await applyCompanySetup(companyDb);
    await seedDemoCompany(companyDb, 'turinova');
    const keys = generateLocalKeys();
    supabase = await startLocalSupabase({
      companies: [{ slug: 'turinova', db: companyDb, ...keys }],
      port: 0,
    });
    const encryptionKey = randomBytes(32);
    const [company] = await portalDb.query<{ id: string }>(
      `insert into companies (name, slug, supabase_url, secret_key_ciphertext)
       values ('Turinova', 'turinova', $1, $2) returning id`,
      [supabase.companyUrl('turinova'), encryptSecret(keys.serviceKey, encryptionKey)],
    );
    companyId = company!.id;
    const [c] = await portalDb.query<{ id: string }>(
      `insert into customers (email, name, mobile, email_verified_at)
       values ('bekuldo@example.hu', 'Beküldő Béla', '+36 1 234 5678', now()) returning id`,
    );
    await portalDb.query(
      `insert into customer_companies (customer_id, company_id, discount_percent, is_active)
       values ($1, $2, 5, true)`,
      [c!.id, companyId],
    );
    await portalDb.query(
      `insert into customer_billing (customer_id, name, city, tax_number)
       values ($1, 'Béla Bútor Kft.', 'Kecskemét', '11111111-2-03')`,
      [c!.id],
    );
    customerId = c!.id;
    customer = { kind: 'customer', customerId, email: 'bekuldo@example.hu', sessionId: 's' };
    // No worker of its own: each test runs workers itself, to control when they run.
    subgraph = createPortalSubgraph({
      db: portalDb,
      signingKey: randomBytes(32),
      encryptionKey,
      log: () => {},
    });
    await subgraph.server.start();
    links = createCompanyLinks(createDbCompanyDirectory(portalDb, encryptionKey, { ttlMs: 0 }), {
      timeoutMs: 2_000,
      submitTimeoutMs: 2_000,
    });
    const link = await links.get(companyId);
    catalog.material = (await link.materialsSearch({ limit: 100 })).items.find(
      (m) => m.active && m.lengthMm >= 2000 && m.widthMm >= 1000,
    )!.id;
    catalog.edge = (await link.edgeBandingsSearch({ limit: 1 })).items[0]!.id;
    catalog.accessory = (await link.accessoriesSearch({ limit: 1 })).items[0]!.id;
    catalog.fee = (await link.feeTypesSearch({ limit: 1 })).items[0]!.id;
  });

  afterAll(async () => {
    await subgraph?.server.stop();
    await supabase?.close();
    await companyDb?.close();
    await portalDb?.close();
  });

  beforeEach(async () => {
    supabase.setFault('turinova', null);
    await portalDb.query('update companies set active = true');
    // Earlier tests' rows are delivered or left for their own test: start with none due.
    await portalDb.query(
      `update quote_submissions set next_attempt_at = now() + interval '1 day'
        where delivered_at is null`,
    );
  });

  it('submits at once, then the worker delivers it into the company with its number', async () => {
    const id = await draft();
    const key = randomUUID();
    const submitted = await submit(id, key);
    expect(submitted.error).toBeNull();
    expect(submitted.quote).toMatchObject({
      id,
      status: 'SUBMITTING',
      submittedAt: expect.any(String),
      companyQuoteNumber: null,
      delivery: { state: 'SUBMITTING', attempts: 0, lastError: null, deliveredAt: null },
    });
    const [outbox] = await portalDb.query<{ payload: any; idempotency_key: string }>(
      'select payload, idempotency_key from quote_submissions where quote_id = $1',
      [id],
    );
    expect(outbox!.idempotency_key).toBe(key);
    // The frozen document: the portal's prices, the customer's contact and billing.
    expect(outbox!.payload).toMatchObject({
      portalQuoteId: id,
      portalQuoteNumber: expect.stringMatching(/^PQ-\d{4}-\d{3,}$/),
      discountPercent: '5.00',
      totals: { final: submitted.quote.totals.final.amount },
      customer: {
        email: 'bekuldo@example.hu',
        name: 'Beküldő Béla',
        billing: { name: 'Béla Bútor Kft.', city: 'Kecskemét' },
      },
    });

    expect(await worker().runOnce()).toEqual({ claimed: 1, delivered: 1, failed: 0 });
    const [company] = await companyQuotes(id);
    expect(company).toMatchObject({
      quote_number: expect.stringMatching(/^Q-\d{4}-\d{3,}$/),
      source: 'customer_portal',
      status: 'draft',
    });
    const [totals] = await companyDb.query<{ final: string; panels: number; customer: string }>(
      `select q.final_total_after_discount::text as final,
              (select count(*)::int from quote_panels p where p.quote_id = q.id) as panels,
              c.name as customer
         from quotes q join customers c on c.id = q.customer_id where q.id = $1`,
      [company!.id],
    );
    expect(totals).toEqual({
      final: submitted.quote.totals.final.amount,
      panels: 2,
      customer: 'Beküldő Béla',
    });
    expect(await read(id)).toMatchObject({
      status: 'SUBMITTED',
      companyQuoteNumber: company!.quote_number,
      delivery: { state: 'SUBMITTED', attempts: 1, lastError: null, nextAttemptAt: null },
    });
    // Nothing left to do.
    expect(await worker().runOnce()).toEqual({ claimed: 0, delivered: 0, failed: 0 });
  });

  it('queues a priced draft while the company is down, at the prices the customer saw', async () => {
    const id = await draft();
    const seen = await read(id);
    expect(seen.pricedAt).not.toBeNull();
    supabase.setFault('turinova', { kind: 'down' });
    const key = randomUUID();
    const submitted = await submit(id, key);
    expect(submitted.error).toBeNull();
    expect(submitted.quote).toMatchObject({
      id,
      status: 'SUBMITTING',
      // Not repriced: the price the customer saw, computed before the submit.
      pricedAt: seen.pricedAt,
      totals: seen.totals,
      delivery: { state: 'SUBMITTING', attempts: 0, pricedAt: seen.pricedAt },
    });
    expect(Date.parse(submitted.quote.delivery.pricedAt)).toBeLessThan(
      Date.parse(submitted.quote.submittedAt),
    );
    const [outbox] = await portalDb.query<{ payload: any }>(
      'select payload from quote_submissions where quote_id = $1',
      [id],
    );
    expect(outbox!.payload).toMatchObject({
      portalQuoteId: id,
      comment: 'Beküldés teszt',
      discountPercent: '5.00',
      totals: { final: seen.totals.final.amount },
      customer: { email: 'bekuldo@example.hu', billing: { name: 'Béla Bútor Kft.' } },
    });
    expect(outbox!.payload.materials[0].boardsUsed).toBeGreaterThan(0);
    // The same click again while down: the same result.
    expect(await submit(id, key)).toMatchObject({ error: null, quote: { status: 'SUBMITTING' } });

    // Still down when the worker tries: it stays queued.
    const w = worker();
    expect(await w.runOnce()).toEqual({ claimed: 1, delivered: 0, failed: 1 });
    expect(await read(id)).toMatchObject({
      status: 'SUBMITTING',
      companyQuoteNumber: null,
      delivery: { state: 'FAILED_RETRYING', attempts: 1 },
    });
    expect(await companyQuotes(id)).toEqual([]);

    supabase.setFault('turinova', null);
    await new Promise((r) => setTimeout(r, 10));
    expect(await w.runOnce()).toEqual({ claimed: 1, delivered: 1, failed: 0 });
    const companies = await companyQuotes(id);
    expect(companies).toHaveLength(1);
    const [company] = await companyDb.query<{ final: string }>(
      'select final_total_after_discount::text as final from quotes where id = $1',
      [companies[0]!.id],
    );
    expect(company!.final).toBe(seen.totals.final.amount);
    expect(await read(id)).toMatchObject({
      status: 'SUBMITTED',
      companyQuoteNumber: companies[0]!.quote_number,
      totals: seen.totals,
      delivery: { state: 'SUBMITTED', attempts: 2, lastError: null, pricedAt: seen.pricedAt },
    });
  });

  it('refuses an unpriced draft while the company is down: nothing is queued', async () => {
    supabase.setFault('turinova', { kind: 'down' });
    // Saved while the company is down: saved unpriced.
    const id = await draft();
    expect((await read(id)).pricedAt).toBeNull();
    const refused = await submit(id);
    expect(refused).toMatchObject({
      quote: null,
      error: { code: 'PRICING_UNAVAILABLE', message: expect.stringContaining('no price yet') },
    });
    expect((await read(id)).status).toBe('DRAFT');
    expect(
      await portalDb.query('select 1 from quote_submissions where quote_id = $1', [id]),
    ).toEqual([]);
    // Back: priced on submit, and the customer must see that price first.
    supabase.setFault('turinova', null);
    expect((await submit(id)).error).toMatchObject({ code: 'PRICE_CHANGED' });
  });

  it('refuses a priced draft while the company is down once the discount changed', async () => {
    const id = await draft();
    await portalDb.query(
      'update customer_companies set discount_percent = 10 where customer_id = $1',
      [customerId],
    );
    try {
      supabase.setFault('turinova', { kind: 'down' });
      expect(await submit(id)).toMatchObject({
        quote: null,
        error: { code: 'PRICING_UNAVAILABLE', message: expect.stringContaining('discount') },
      });
      expect((await read(id)).status).toBe('DRAFT');
    } finally {
      await portalDb.query(
        'update customer_companies set discount_percent = 5 where customer_id = $1',
        [customerId],
      );
    }
  });

  it('publishes a quote event on submit, on a failed attempt and on delivery', async () => {
    const events: PortalEvent[] = [];
    const listening = await portalDb.listen(PORTAL_EVENTS_CHANNEL, {
      onNotification: (payload) => {
        const event = decodePortalEvent(payload);
        if (event) events.push(event);
      },
    });
    try {
      const id = await draft();
      const ofThis = () => events.filter((e) => e.id === id);
      await submit(id);
      await expect.poll(() => ofThis().length).toBe(1);
      supabase.setFault('turinova', { kind: 'down', onlyFunction: 'portal_submit_quote' });
      await worker().runOnce();
      await expect.poll(() => ofThis().length).toBe(2);
      supabase.setFault('turinova', null);
      await new Promise((r) => setTimeout(r, 10));
      await worker().runOnce();
      await expect.poll(() => ofThis().length).toBe(3);
      expect(ofThis()).toEqual(Array(3).fill({ type: 'quote', id, customerId, companyId }));
    } finally {
      await listening.close();
    }
  });

  it('answers a repeated key with the same result, another key with ALREADY_SUBMITTED', async () => {
    const id = await draft();
    const key = randomUUID();
    // The same submission sent twice at once (a double click, a retried request).
    const [a, b] = await Promise.all([submit(id, key), submit(id, key)]);
    expect(a.error).toBeNull();
    expect(b.error).toBeNull();
    expect(b.quote.submittedAt).toBe(a.quote.submittedAt);
    const again = await submit(id, key);
    expect(again).toMatchObject({ error: null, quote: { id, status: 'SUBMITTING' } });
    const other = await submit(id, randomUUID());
    expect(other).toMatchObject({ quote: null, error: { code: 'ALREADY_SUBMITTED', field: 'id' } });
    const rows = await portalDb.query('select id from quote_submissions where quote_id = $1', [id]);
    expect(rows).toHaveLength(1);
    await portalDb.query(
      'update quote_submissions set next_attempt_at = now() where quote_id = $1',
      [id],
    );
    await worker().runOnce();
    expect(await companyQuotes(id)).toHaveLength(1);
    // Retried after delivery: still the same result, now SUBMITTED.
    expect((await submit(id, key)).quote).toMatchObject({ status: 'SUBMITTED' });
  });

  it('refuses a price the customer has not seen, until they accept it', async () => {
    const id = await draft(3);
    const before = await read(id);
    await companyDb.query('update materials set base_price = base_price + 250 where id = $1', [
      catalog.material,
    ]);
    try {
      const refused = await submit(id);
      expect(refused.quote).toBeNull();
      expect(refused.error).toMatchObject({ code: 'PRICE_CHANGED', field: 'acceptPriceChanges' });
      expect(refused.priceChanges).toEqual([
        expect.objectContaining({
          part: 'MATERIAL',
          itemId: catalog.material,
          field: 'pricePerSqm',
        }),
      ]);
      expect((await read(id)).status).toBe('DRAFT');
      expect(
        await portalDb.query('select 1 from quote_submissions where quote_id = $1', [id]),
      ).toEqual([]);
      const accepted = await submit(id, randomUUID(), true);
      expect(accepted.error).toBeNull();
      // Frozen at the new price.
      expect(Number(accepted.quote.totals.gross.amount)).toBeGreaterThan(
        Number(before.totals.gross.amount),
      );
    } finally {
      await companyDb.query('update materials set base_price = base_price - 250 where id = $1', [
        catalog.material,
      ]);
    }
  });

  it('refuses an empty draft and a quote that is not the caller’s', async () => {
    const empty = await run(CREATE, { input: { companyId, panels: [] } });
    const emptyId = empty.createQuote.quote.id;
    expect((await submit(emptyId)).error).toMatchObject({ code: 'INVALID_INPUT', field: 'id' });
    const id = await draft();
    const stranger: Identity = {
      kind: 'customer',
      customerId: randomUUID(),
      email: 'x@example.hu',
      sessionId: 's',
    };
    const foreign = (await run(SUBMIT, { id, key: 'k' }, stranger)).submitQuote;
    expect(foreign.error).toMatchObject({ code: 'NOT_FOUND' });
    expect((await submit(id, '   ')).error).toMatchObject({ field: 'idempotencyKey' });
  });

  it('keeps a quote queued while the company is down and delivers it when it is back', async () => {
    const id = await draft();
    await submit(id);
    supabase.setFault('turinova', { kind: 'down' });
    const w = worker();
    expect(await w.runOnce()).toEqual({ claimed: 1, delivered: 0, failed: 1 });
    const waiting = await read(id);
    expect(waiting).toMatchObject({
      status: 'SUBMITTING',
      companyQuoteNumber: null,
      delivery: {
        state: 'FAILED_RETRYING',
        attempts: 1,
        lastError: expect.stringContaining('could not be reached'),
      },
    });
    expect(waiting.delivery.nextAttemptAt).not.toBeNull();
    // Still down on the next attempt: the wait grows (1 ms, 2 ms… in this test).
    await new Promise((r) => setTimeout(r, 10));
    expect(await w.runOnce()).toMatchObject({ failed: 1 });
    expect(await companyQuotes(id)).toEqual([]);

    supabase.setFault('turinova', null);
    await new Promise((r) => setTimeout(r, 10));
    expect(await w.runOnce()).toEqual({ claimed: 1, delivered: 1, failed: 0 });
    expect(await read(id)).toMatchObject({
      status: 'SUBMITTED',
      delivery: { state: 'SUBMITTED', attempts: 3, lastError: null },
    });
    expect(await companyQuotes(id)).toHaveLength(1);
  });

  it('re-delivers after a worker died between the company insert and the portal update', async () => {
    const id = await draft();
    await submit(id);
    let crashes = 1;
    const dying = worker({
      leaseMs: 2_000,
      afterCompanyCall: () => {
        if (crashes-- > 0) throw new Error('killed');
      },
    });
    // The company has the quote; the portal never recorded it, and the lease is still held.
    expect(await dying.runOnce()).toEqual({ claimed: 1, delivered: 0, failed: 0 });
    expect(await companyQuotes(id)).toHaveLength(1);
    expect((await read(id)).status).toBe('SUBMITTING');
    expect(await worker().runOnce()).toEqual({ claimed: 0, delivered: 0, failed: 0 });
    // The lease runs out (made to, here): another worker takes the row, and the company
    // answers with the quote it already has.
    await portalDb.query(
      `update quote_submissions set lease_until = now() - interval '1 millisecond'
        where quote_id = $1`,
      [id],
    );
    expect(await worker().runOnce()).toEqual({ claimed: 1, delivered: 1, failed: 0 });
    const companies = await companyQuotes(id);
    expect(companies).toHaveLength(1);
    expect(await read(id)).toMatchObject({
      status: 'SUBMITTED',
      companyQuoteNumber: companies[0]!.quote_number,
      delivery: { attempts: 2 },
    });
  });

  it('delivers each quote once with two workers (two instances) running at once', async () => {
    // A second instance: its own pool on PostgreSQL; on PGlite the one shared connection.
    const second: Db =
      engine === 'postgres' ? await openDb({ url: portalDb.url!, max: 2 }) : portalDb;
    try {
      const ids: string[] = [];
      for (let i = 0; i < 5; i += 1) {
        const id = await draft(i + 1);
        await submit(id);
        ids.push(id);
      }
      const a = worker({ batchSize: 3 });
      const b = createDeliveryWorker({
        db: second,
        links,
        batchSize: 3,
        backoff: { baseMs: 1, maxMs: 5 },
        log: () => {},
      });
      let delivered = 0;
      for (let round = 0; round < 5 && delivered < ids.length; round += 1) {
        const [x, y] = await Promise.all([a.runOnce(), b.runOnce()]);
        delivered += x.delivered + y.delivered;
      }
      expect(delivered).toBe(5);
      for (const id of ids) expect(await companyQuotes(id)).toHaveLength(1);
      const attempts = await portalDb.query<{ attempts: number }>(
        'select attempts from quote_submissions where quote_id = any($1::uuid[])',
        [ids],
      );
      // Never claimed twice: one attempt each.
      expect(attempts.map((r) => r.attempts)).toEqual([1, 1, 1, 1, 1]);
    } finally {
      if (second !== portalDb) await second.close();
    }
  });

  it('pauses delivery to a deactivated company', async () => {
    const id = await draft();
    await submit(id);
    await portalDb.query('update companies set active = false where id = $1', [companyId]);
    expect(await worker().runOnce()).toEqual({ claimed: 0, delivered: 0, failed: 0 });
    await portalDb.query('update companies set active = true where id = $1', [companyId]);
    expect(await worker().runOnce()).toEqual({ claimed: 1, delivered: 1, failed: 0 });
  });

  it('runs on its own: started, woken by a submit, closed cleanly', async () => {
    const w = worker({ intervalMs: 60_000 });
    w.start();
    try {
      // The first run happens at start; this quote is found by the wake-up, long before 60 s.
      await new Promise((r) => setTimeout(r, 50));
      const id = await draft();
      await submit(id);
      w.wake();
      const deadline = Date.now() + 5_000;
      while ((await read(id)).status !== 'SUBMITTED' && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 25));
      }
      expect((await read(id)).status).toBe('SUBMITTED');
    } finally {
      await w.close();
    }
    w.wake(); // after close: nothing runs, nothing throws
  });
});
