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

// `Quote.snapshotPricing`: a quote that is no longer a draft shows the price it was saved with,
// whatever the company's catalog says now; it adds up to the stored totals, and its layouts
// (with the grain direction kept in the snapshot) name the quote's rows.

const AMOUNTS = 'net { amount } vat { amount } gross { amount currency }';
const PRICING = `snapshotPricing {
  currency catalogVersion pricedAt layoutsExact
  materials { materialId name thicknessMm boardsUsed pieceCount usage total { ${AMOUNTS} } }
  boards { materialId index lengthMm widthMm usage placements { row label widthMm heightMm } }
  accessories { row itemId name quantity amounts { ${AMOUNTS} } }
  fees { row itemId name quantity amounts { ${AMOUNTS} } }
  totals { quote { ${AMOUNTS} } boardMaterial { gross { amount } } }
  discount { percent amount { amount } }
  finalTotal { amount currency } }`;
const CREATE = `mutation($input: QuoteDraftInput!) { createQuote(input: $input) {
  quote { id totals { net { amount } vat { amount } gross { amount } final { amount } } }
  error { code message } } }`;
const QUOTE = `query($id: ID!) { quote(id: $id) { id status stale
  totals { net { amount } vat { amount } gross { amount } final { amount } } ${PRICING} } }`;

describe.each(testEngines())('Quote.snapshotPricing on %s', (engine) => {
  let portalDb: TestDb;
  let companyDb: Db;
  let supabase: LocalSupabase;
  let subgraph: ReturnType<typeof createPortalSubgraph>;
  let customer: Identity;
  let companyId: string;
  const catalog = { material: '', edge: '', accessory: '', fee: '' };

  async function run(query: string, variables: Record<string, unknown>) {
    const response = await subgraph.server.executeOperation(
      { query, variables },
      { contextValue: await subgraph.contextFor(customer, 'snapshot-test') },
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
      `insert into customers (email, name, email_verified_at) values ('s@example.hu', 'S', now())
       returning id`,
    );
    await portalDb.query(
      `insert into customer_companies (customer_id, company_id, discount_percent, is_active)
       values ($1, $2, 5, true)`,
      [c!.id, companyId],
    );
    customer = { kind: 'customer', customerId: c!.id, email: 's@example.hu', sessionId: 's' };
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

  it('keeps a submitted quote at the prices it was saved with after a catalog raise', async () => {
    const created = (
      await run(CREATE, {
        input: {
          companyId,
          panels: [
            {
              materialId: catalog.material,
              widthMm: 720,
              heightMm: 560,
              quantity: 6,
              label: 'Oldal',
              edgeBandingA: catalog.edge,
            },
            { materialId: catalog.material, widthMm: 1200, heightMm: 400, quantity: 2 },
          ],
          accessories: [{ accessoryId: catalog.accessory, quantity: 3 }],
          fees: [{ feeTypeId: catalog.fee, quantity: 1 }],
        },
      })
    ).data.createQuote;
    expect(created.error).toBeNull();
    const { id, totals } = created.quote;

    const before = (await run(QUOTE, { id })).data.quote;
    const pricing = before.snapshotPricing;
    expect(pricing).not.toBeNull();
    // The same numbers as the stored totals (the PDF's computation).
    expect(pricing.totals.quote.gross.amount).toBe(totals.gross.amount);
    expect(pricing.totals.quote.net.amount).toBe(totals.net.amount);
    expect(pricing.finalTotal.amount).toBe(totals.final.amount);
    expect(pricing.discount.percent).toMatch(/^5(\.0+)?$/);
    expect(pricing.layoutsExact).toBe(true);
    expect(pricing.materials).toHaveLength(1);
    expect(pricing.materials[0].materialId.toLowerCase()).toBe(catalog.material.toLowerCase());
    expect(pricing.materials[0].name).not.toBe(catalog.material);
    expect(pricing.materials[0].pieceCount).toBe(8);
    // Placements name the quote's 1-based rows.
    const rows = pricing.boards.flatMap((b: any) => b.placements.map((p: any) => p.row));
    expect(rows.filter((r: number) => r === 1)).toHaveLength(6);
    expect(rows.filter((r: number) => r === 2)).toHaveLength(2);
    expect(pricing.boards[0].placements.find((p: any) => p.row === 1)?.label).toBe('Oldal');
    expect(pricing.accessories).toMatchObject([{ row: 1, quantity: 3, name: expect.any(String) }]);
    expect(pricing.fees).toMatchObject([{ row: 1, quantity: 1 }]);

    // Frozen (submitted), then the company raises the board's price.
    await portalDb.query(`update quotes set status = 'submitted' where id = $1`, [id]);
    await companyDb.query('update materials set base_price = base_price + 5000 where id = $1', [
      catalog.material,
    ]);

    const after = (await run(QUOTE, { id })).data.quote;
    expect(after.status).toBe('SUBMITTED');
    // The catalog did change for this quote …
    expect(after.stale).toBe(true);
    // … but what it shows is what it was saved (and submitted) with.
    expect(after.snapshotPricing).toEqual(pricing);
    expect(after.totals).toEqual(before.totals);
  });

  it('says when the layouts cannot be reproduced exactly (a snapshot without grain)', async () => {
    const created = (
      await run(CREATE, {
        input: {
          companyId,
          panels: [{ materialId: catalog.material, widthMm: 500, heightMm: 300, quantity: 2 }],
        },
      })
    ).data.createQuote;
    const { id, totals } = created.quote;
    // A quote priced before the snapshot kept the boards' grain direction.
    await portalDb.query(
      `update quotes set snapshot = snapshot - 'grainDirections', status = 'submitted'
        where id = $1`,
      [id],
    );
    const q = (await run(QUOTE, { id })).data.quote;
    expect(q.snapshotPricing.layoutsExact).toBe(false);
    expect(q.snapshotPricing.totals.quote.gross.amount).toBe(totals.gross.amount);
  });

  it('is null while a draft is unpriced', async () => {
    const created = (
      await run(CREATE, { input: { companyId, panels: [], accessories: [], fees: [] } })
    ).data.createQuote;
    expect(created.error).toBeNull();
    await portalDb.query(
      `update quotes set snapshot = null, total_net = null, total_vat = null, total_gross = null,
         final_total = null, priced_at = null, discount_percent = null, priced_lines = null
        where id = $1`,
      [created.quote.id],
    );
    const q = (await run(QUOTE, { id: created.quote.id })).data.quote;
    expect(q.totals).toBeNull();
    expect(q.snapshotPricing).toBeNull();
  });
});
