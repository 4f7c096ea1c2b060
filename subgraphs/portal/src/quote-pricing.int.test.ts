import { randomBytes } from 'node:crypto';
import { createCompanyLinks, createDbCompanyDirectory, encryptSecret } from '@portal/company-link';
import { type Db, migrate, openDb } from '@portal/db';
import { openTestDb, type TestDb, testEngines } from '@portal/db/testing';
import { applyCompanySetup, seedDemoCompany } from '@portal/demo-data';
import type { Identity } from '@portal/identity';
import { generateLocalKeys, type LocalSupabase, startLocalSupabase } from '@portal/local-supabase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../test/portal-harness.ts';
import { createPortalSubgraph } from './server.ts';

// Pricing on save against a seeded demo company behind the local Supabase-compatible endpoint:
// the portal reads the catalog through company-link with PORTAL_ENCRYPTION_KEY.

const FIELDS = `quote { id version pricedAt catalogVersion stale
  totals { net { amount currency } vat { amount } gross { amount } discountPercent final { amount } } }
  error { code message field }`;
const CREATE = `mutation($input: QuoteDraftInput!) { createQuote(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: QuoteDraftInput!, $v: Int!) {
  updateQuote(id: $id, input: $input, expectedVersion: $v) { ${FIELDS} } }`;
const REPRICE = `mutation($id: ID!, $v: Int!) { repriceQuote(id: $id, expectedVersion: $v) {
  quote { id version stale totals { gross { amount } } }
  previousTotals { gross { amount } }
  changes { part itemId field before after }
  error { code field currentVersion } } }`;
const QUOTE = `query($id: ID!) { quote(id: $id) { id stale pricedAt totals { gross { amount } } } }`;

describe.each(testEngines())('quotes priced on save on %s', (engine) => {
  let portalDb: TestDb;
  let companyDb: Db;
  let supabase: LocalSupabase;
  let subgraph: ReturnType<typeof createPortalSubgraph>;
  let customer: Identity;
  let companyId: string;
  const catalog = { materials: [] as string[], edge: '', accessory: '', fee: '' };

  async function run(query: string, variables: Record<string, unknown>) {
    const response = await subgraph.server.executeOperation(
      { query, variables },
      { contextValue: await subgraph.contextFor(customer, 'pricing-test') },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult as { data?: any; errors?: any[] };
  }

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
      `insert into customers (email, name, email_verified_at) values ('p@example.hu', 'P', now())
       returning id`,
    );
    await portalDb.query(
      `insert into customer_companies (customer_id, company_id, discount_percent, is_active)
       values ($1, $2, 10, true)`,
      [c!.id, companyId],
    );
    customer = { kind: 'customer', customerId: c!.id, email: 'p@example.hu', sessionId: 's' };
    subgraph = createPortalSubgraph({
      db: portalDb,
      signingKey: randomBytes(32),
      encryptionKey,
      log: () => {},
    });
    await subgraph.server.start();

    const link = await createCompanyLinks(createDbCompanyDirectory(portalDb, encryptionKey)).get(
      companyId,
    );
    const materials = (await link.materialsSearch({ limit: 100 })).items.filter(
      (m) => m.active && m.lengthMm >= 2000 && m.widthMm >= 1000,
    );
    catalog.materials = materials.slice(0, 2).map((m) => m.id);
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

  const draft = (quantity = 4) => ({
    companyId,
    panels: [
      {
        materialId: catalog.materials[0],
        widthMm: 720,
        heightMm: 560,
        quantity,
        edgeBandingA: catalog.edge,
      },
    ],
    accessories: [{ accessoryId: catalog.accessory, quantity: 2 }],
    fees: [{ feeTypeId: catalog.fee, quantity: 1 }],
  });

  it('prices a draft on create and update and keeps the snapshot', async () => {
    const created = (await run(CREATE, { input: draft() })).data.createQuote;
    expect(created.error).toBeNull();
    const q = created.quote;
    expect(q.pricedAt).not.toBeNull();
    expect(q.catalogVersion).toMatch(/\w+/);
    expect(q.stale).toBe(false);
    expect(q.totals.discountPercent).toBe('10.00');
    expect(q.totals.net.currency).toBe('HUF');
    expect(Number(q.totals.gross.amount)).toBeGreaterThan(0);
    expect(Number(q.totals.final.amount)).toBeLessThan(Number(q.totals.gross.amount));
    const [row] = await portalDb.query<{ snapshot: any }>(
      'select snapshot from quotes where id = $1',
      [q.id],
    );
    expect(Object.keys(row!.snapshot.materials)).toEqual([catalog.materials[0]]);
    expect(row!.snapshot).toMatchObject({
      catalogVersion: q.catalogVersion,
      discountPercent: '10.00',
      services: { cuttingFeePerM: expect.any(String) },
    });

    const updated = (await run(UPDATE, { id: q.id, input: draft(8), v: 1 })).data.updateQuote;
    expect(updated.error).toBeNull();
    expect(Number(updated.quote.totals.gross.amount)).toBeGreaterThan(
      Number(q.totals.gross.amount),
    );
  });

  it('refuses ids the company does not sell, naming the row', async () => {
    const input = draft();
    input.panels.push({ ...input.panels[0]!, materialId: catalog.edge });
    const r = (await run(CREATE, { input })).data.createQuote;
    expect(r).toMatchObject({
      quote: null,
      error: { code: 'INVALID_INPUT', field: 'input.panels[1].materialId' },
    });
    const tooLarge = draft();
    tooLarge.panels[0]!.widthMm = 9000;
    const big = (await run(CREATE, { input: tooLarge })).data.createQuote;
    expect(big.error).toMatchObject({ code: 'INVALID_INPUT' });
    expect(big.error.field).toMatch(/^input\.panels\[0\]/);
  });

  it('is stale only when a price it used changed, and saves unpriced when the company is down', async () => {
    const q = (await run(CREATE, { input: draft() })).data.createQuote.quote;
    // Another material's price: the catalog version moves, this quote's prices do not.
    await companyDb.query('update materials set base_price = base_price + 100 where id = $1', [
      catalog.materials[1],
    ]);
    expect((await run(QUOTE, { id: q.id })).data.quote.stale).toBe(false);
    await companyDb.query('update materials set base_price = base_price + 100 where id = $1', [
      catalog.materials[0],
    ]);
    const stale = (await run(QUOTE, { id: q.id })).data.quote;
    expect(stale.stale).toBe(true);
    // Nothing repriced silently.
    expect(stale.totals.gross.amount).toBe(q.totals.gross.amount);

    // The customer confirms: a stale confirmation (an older version) is refused first.
    const old = (await run(REPRICE, { id: q.id, v: 0 })).data.repriceQuote;
    expect(old.error).toMatchObject({ code: 'VERSION_CONFLICT', currentVersion: 1 });
    const repriced = (await run(REPRICE, { id: q.id, v: 1 })).data.repriceQuote;
    expect(repriced.error).toBeNull();
    expect(repriced.previousTotals.gross.amount).toBe(q.totals.gross.amount);
    expect(Number(repriced.quote.totals.gross.amount)).toBeGreaterThan(
      Number(q.totals.gross.amount),
    );
    expect(repriced.quote).toMatchObject({ version: 2, stale: false });
    expect(repriced.changes).toEqual([
      {
        part: 'MATERIAL',
        itemId: catalog.materials[0],
        field: 'pricePerSqm',
        before: expect.any(String),
        after: expect.any(String),
      },
    ]);
    const [change] = repriced.changes;
    expect(Number(change.after)).toBeGreaterThan(Number(change.before));

    supabase.setFault('turinova', { kind: 'down' });
    try {
      const down = (await run(CREATE, { input: draft() })).data.createQuote;
      expect(down.error).toBeNull();
      expect(down.quote).toMatchObject({ pricedAt: null, totals: null, stale: null });
    } finally {
      supabase.setFault('turinova', null);
    }
  });
});
