import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Queryable } from '@portal/db';
import { openTestDb, type TestDb, testEngines } from '@portal/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, expectSqlState } from '../test/helpers.ts';
import { type SubmitDocument, submitDocument } from '../test/submit-document.ts';
import { applyCompanySetup, PORTAL_SYSTEM_USER_ID, seedDemoCompany } from './index.ts';

const SLUG = 'turinova';

interface Submitted {
  quote_id: string;
  quote_number: string;
  customer_id: string;
  submitted_at: string;
  created: boolean;
}

/** Calls the function the way PostgREST does: one transaction, as service_role. */
function submit(db: TestDb, document: unknown): Promise<Submitted> {
  return db.transaction(async (tx) => {
    await tx.query(`select set_config('role', 'service_role', true)`);
    return call<Submitted>(tx, 'portal_submit_quote($1::jsonb)', [JSON.stringify(document)]);
  });
}

const count = async (db: Queryable, table: string) => {
  const [row] = await db.query<{ n: number }>(`select count(*)::int as n from ${table}`);
  return row!.n;
};

const QUOTE_TABLES = [
  'customers',
  'quotes',
  'quote_panels',
  'quote_materials_pricing',
  'quote_edge_materials_breakdown',
  'quote_services_breakdown',
  'quote_fees',
  'quote_accessories',
  'portal_quote_links',
];

async function counts(db: Queryable) {
  const result: Record<string, number> = {};
  for (const table of QUOTE_TABLES) result[table] = await count(db, table);
  return result;
}

describe.each(testEngines())('portal_submit_quote on %s', (engine) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await openTestDb(engine);
    await applyCompanySetup(db);
    await seedDemoCompany(db, SLUG);
  });
  afterAll(() => db?.close());

  it('reports contract version 2', async () => {
    expect(await call(db, 'portal_contract_version()')).toEqual({ version: 2 });
  });

  it('writes the quote into every Turinova table with the numbers sent', async () => {
    const doc = submitDocument(SLUG);
    const result = await submit(db, doc);
    const year = new Date().getFullYear();
    expect(result).toMatchObject({ created: true, quote_number: `Q-${year}-001` });

    const [quote] = await db.query(
      `select customer_id, quote_number, status::text, total_net::text, total_vat::text,
              total_gross::text, discount_percent::text, final_total_after_discount::text,
              created_by, fees_total_gross::text, accessories_total_net::text, source, comment
       from quotes where id = $1`,
      [result.quote_id],
    );
    expect(quote).toEqual({
      customer_id: result.customer_id,
      quote_number: `Q-${year}-001`,
      status: 'draft',
      total_net: '11640.00',
      total_vat: '3142.80',
      total_gross: '14782.80',
      discount_percent: '0.00',
      final_total_after_discount: '29149.04',
      created_by: PORTAL_SYSTEM_USER_ID,
      fees_total_gross: '10160.00',
      accessories_total_net: '3312.00',
      source: 'customer_portal',
      comment: 'Hétfőn viszem',
    });

    const [customer] = await db.query(
      `select name, email, mobile, billing_name, billing_city, billing_tax_number
       from customers where id = $1`,
      [result.customer_id],
    );
    expect(customer).toEqual({
      name: 'Kovács Béla',
      email: 'kovacs.bela@example.hu',
      mobile: '+36 30 123 4567',
      billing_name: 'Kovács Asztalosműhely Kft.',
      billing_city: 'Budapest',
      billing_tax_number: '12345678-2-42',
    });

    const panels = await db.query(
      `select width_mm, height_mm, quantity, label, edge_material_a_id, edge_material_b_id,
              panthelyfuras_quantity, panthelyfuras_oldal, duplungolas, szogvagas
       from quote_panels where quote_id = $1 order by width_mm desc`,
      [result.quote_id],
    );
    const edgeId = doc.panels[0]!.edge_a_id;
    expect(panels).toEqual([
      {
        width_mm: 720,
        height_mm: 560,
        quantity: 2,
        label: 'Oldal',
        edge_material_a_id: edgeId,
        edge_material_b_id: null,
        panthelyfuras_quantity: 1,
        panthelyfuras_oldal: 'rövid',
        duplungolas: false,
        szogvagas: false,
      },
      {
        width_mm: 400,
        height_mm: 300,
        quantity: 1,
        label: null,
        edge_material_a_id: null,
        edge_material_b_id: null,
        panthelyfuras_quantity: 0,
        panthelyfuras_oldal: null,
        duplungolas: false,
        szogvagas: true,
      },
    ]);

    const [pricing] = await db.query<Record<string, unknown> & { id: string }>(
      `select p.id, p.material_name = m.name as named, p.thickness_mm = m.thickness_mm as thick,
              p.board_length_mm, p.boards_used, p.usage_percentage::text, p.pricing_method,
              p.charged_sqm::text, p.price_per_sqm::text, p.vat_rate::text, p.currency,
              p.usage_limit::text, p.waste_multi::text, p.material_gross::text,
              p.edge_materials_net::text, p.cutting_length_m::text, p.cutting_vat::text,
              p.services_gross::text, p.total_gross::text
       from quote_materials_pricing p join materials m on m.id = p.material_id
       where p.quote_id = $1`,
      [result.quote_id],
    );
    expect(pricing).toEqual({
      id: expect.any(String),
      named: true,
      thick: true,
      board_length_mm: 2800,
      boards_used: 1,
      usage_percentage: '16.00',
      pricing_method: 'panel_area',
      charged_sqm: '1.0000',
      price_per_sqm: '10000.00',
      vat_rate: '0.2700',
      currency: 'HUF',
      usage_limit: '0.6500',
      waste_multi: '1.20',
      material_gross: '12700.00',
      edge_materials_net: '640.00',
      cutting_length_m: '3.00',
      cutting_vat: '243.00',
      services_gross: '127.00',
      total_gross: '14782.80',
    });
    expect(
      await db.query(
        `select edge_material_id, edge_material_name, total_length_m::text, price_per_m::text,
                net_price::text, vat_amount::text, gross_price::text
         from quote_edge_materials_breakdown where quote_materials_pricing_id = $1`,
        [pricing!.id],
      ),
    ).toEqual([
      {
        edge_material_id: edgeId,
        edge_material_name: expect.stringMatching(/^ABS-22\/0\.4-/),
        total_length_m: '2.00',
        price_per_m: '320.00',
        net_price: '640.00',
        vat_amount: '172.80',
        gross_price: '812.80',
      },
    ]);
    expect(
      await db.query(
        `select service_type, quantity::text, unit_price::text, net_price::text, gross_price::text
         from quote_services_breakdown where quote_materials_pricing_id = $1`,
        [pricing!.id],
      ),
    ).toEqual([
      {
        service_type: 'panthelyfuras',
        quantity: '2.00',
        unit_price: '50.00',
        net_price: '100.00',
        gross_price: '127.00',
      },
    ]);
    expect(
      await db.query(
        `select f.feetype_id, f.fee_name = t.name as named, unit_price_net::text, vat_rate::text,
                vat_amount::text, gross_price::text, f.currency_id = t.currency_id as currency,
                quantity
         from quote_fees f join feetypes t on t.id = f.feetype_id where f.quote_id = $1`,
        [result.quote_id],
      ),
    ).toEqual([
      {
        feetype_id: doc.fees[0]!.fee_type_id,
        named: true,
        unit_price_net: '8000.00',
        vat_rate: '0.2700',
        vat_amount: '2160.00',
        gross_price: '10160.00',
        currency: true,
        quantity: 1,
      },
    ]);
    expect(
      await db.query(
        `select q.accessory_id, q.accessory_name = a.name as named, q.sku = a.sku as sku,
                q.unit_id = a.units_id as unit, q.unit_name <> '' as unit_named, q.quantity,
                q.unit_price_net::text, q.vat_rate::text, q.total_net::text, q.total_gross::text,
                q.base_price = a.base_price as base
         from quote_accessories q join accessories a on a.id = q.accessory_id
         where q.quote_id = $1`,
        [result.quote_id],
      ),
    ).toEqual([
      {
        accessory_id: doc.accessories[0]!.accessory_id,
        named: true,
        sku: true,
        unit: true,
        unit_named: true,
        quantity: 2,
        unit_price_net: '1656.00',
        vat_rate: '0.2700',
        total_net: '3312.00',
        total_gross: '4206.24',
        base: true,
      },
    ]);
    expect(
      await db.query(
        `select quote_id, portal_quote_number, customer_id from portal_quote_links
         where portal_quote_id = $1`,
        [doc.portal_quote_id],
      ),
    ).toEqual([
      {
        quote_id: result.quote_id,
        portal_quote_number: 'PQ-2026-001',
        customer_id: result.customer_id,
      },
    ]);
  });

  it('returns the existing company quote for the same portal quote and writes nothing', async () => {
    const doc = submitDocument(SLUG);
    const first = await submit(db, doc);
    const before = await counts(db);
    // Even a changed document: the portal quote was delivered once, that quote stands.
    const again = await submit(db, { ...doc, comment: 'más' });
    expect(again).toEqual({ ...first, created: false });
    expect(await counts(db)).toEqual(before);
  });

  it('creates one quote when the same portal quote arrives twice at once', async () => {
    const doc = submitDocument(SLUG);
    const before = await counts(db);
    const [a, b] = await Promise.all([submit(db, doc), submit(db, doc)]);
    expect(a.quote_id).toBe(b.quote_id);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    const after = await counts(db);
    expect(after.quotes).toBe(before.quotes! + 1);
    expect(after.quote_panels).toBe(before.quote_panels! + 2);
    expect(after.portal_quote_links).toBe(before.portal_quote_links! + 1);
  });

  it('gives two quotes of one new customer at once one customer and two numbers', async () => {
    const customer = {
      email: `egyszerre-${randomUUID()}@example.hu`,
      name: `Egyszerre ${randomUUID()}`,
      mobile: null,
      billing: null,
    };
    const [a, b] = await Promise.all([
      submit(db, submitDocument(SLUG, { customer })),
      submit(db, submitDocument(SLUG, { customer })),
    ]);
    expect(a.customer_id).toBe(b.customer_id);
    expect(a.quote_number).not.toBe(b.quote_number);
  });

  describe('which customer', () => {
    const unique = () => randomUUID().slice(0, 8);

    it('matches by email, ignoring case, whatever the name', async () => {
      const email = `email-${unique()}@example.hu`;
      const [existing] = await db.query<{ id: string }>(
        `insert into customers (name, email) values ($1, $2) returning id`,
        [`Cégnév ${unique()}`, email.toUpperCase()],
      );
      const result = await submit(
        db,
        submitDocument(SLUG, {
          customer: { email, name: 'Egészen Más Név', mobile: null, billing: null },
        }),
      );
      expect(result.customer_id).toBe(existing!.id);
    });

    it('matches by name a customer the company keeps without an email', async () => {
      const name = `Névvel ${unique()}`;
      const [existing] = await db.query<{ id: string }>(
        `insert into customers (name) values ($1) returning id`,
        [name],
      );
      const result = await submit(
        db,
        submitDocument(SLUG, {
          customer: { email: `${unique()}@example.hu`, name, mobile: null, billing: null },
        }),
      );
      expect(result.customer_id).toBe(existing!.id);
    });

    it('never merges a same-named customer with another email: a new one says whose it is', async () => {
      const name = `Szabó ${unique()}`;
      const email = `szabo-${unique()}@example.hu`;
      const [other] = await db.query<{ id: string }>(
        `insert into customers (name, email) values ($1, 'masik@example.hu') returning id`,
        [name],
      );
      const result = await submit(
        db,
        submitDocument(SLUG, { customer: { email, name, mobile: null, billing: null } }),
      );
      expect(result.customer_id).not.toBe(other!.id);
      const [created] = await db.query(`select name, email from customers where id = $1`, [
        result.customer_id,
      ]);
      expect(created).toEqual({ name: `${name} (${email})`, email });
    });

    it('creates a customer without an email when a deleted one still holds it', async () => {
      const email = `torolt-${unique()}@example.hu`;
      await db.query(`insert into customers (name, email, deleted_at) values ($1, $2, now())`, [
        `Törölt ${unique()}`,
        email,
      ]);
      const name = `Visszatérő ${unique()}`;
      const result = await submit(
        db,
        submitDocument(SLUG, { customer: { email, name, mobile: null, billing: null } }),
      );
      const [created] = await db.query(`select name, email from customers where id = $1`, [
        result.customer_id,
      ]);
      expect(created).toEqual({ name, email: null });
    });
  });

  describe('refuses, writing nothing,', () => {
    async function refused(doc: unknown, code: string, message: RegExp) {
      const before = await counts(db);
      const error = await expectSqlState(submit(db, doc), code);
      expect(error.message).toMatch(message);
      expect(await counts(db)).toEqual(before);
    }

    it('an unknown material (PS001)', async () => {
      const doc: SubmitDocument = submitDocument(SLUG);
      const missing = randomUUID();
      doc.panels[1] = { ...doc.panels[1]!, material_id: missing };
      await refused(
        doc,
        'PS001',
        new RegExp(`unknown material ${missing} at p_quote.panels\\[1\\]`),
      );
    });

    it('an unknown edge material (PS002), accessory (PS003) and fee type (PS004)', async () => {
      const edge = submitDocument(SLUG);
      edge.panels[0] = { ...edge.panels[0]!, edge_c_id: randomUUID() };
      await refused(edge, 'PS002', /p_quote\.panels\[0\]\.edge_c_id/);
      const accessory = submitDocument(SLUG);
      accessory.accessories[0] = { ...accessory.accessories[0]!, accessory_id: randomUUID() };
      await refused(accessory, 'PS003', /p_quote\.accessories\[0\]\.accessory_id/);
      const fee = submitDocument(SLUG);
      fee.fees[0] = { ...fee.fees[0]!, fee_type_id: randomUUID() };
      await refused(fee, 'PS004', /p_quote\.fees\[0\]\.fee_type_id/);
    });

    it('a malformed document, naming the path (22023)', async () => {
      await refused({ portal_quote_id: 'x' }, '22023', /p_quote\.portal_quote_id must be a uuid/);
      await refused(
        submitDocument(SLUG, { panels: [] }),
        '22023',
        /p_quote\.panels must not be empty/,
      );
      const float = submitDocument(SLUG);
      float.fees[0] = { ...float.fees[0]!, net: 8000 as unknown as string };
      await refused(float, '22023', /p_quote\.fees\[0\]\.net must be a decimal string/);
      await refused(
        submitDocument(SLUG, {
          totals: {
            ...submitDocument(SLUG).totals,
            fees: { net: '1.00', vat: '0.27', gross: '1.27' },
          },
        }),
        '22023',
        /do not add up/,
      );
    });
  });

  it('is executable by service_role only', async () => {
    for (const role of ['anon', 'authenticated']) {
      await expectSqlState(
        db.transaction(async (tx) => {
          await tx.query(`select set_config('role', $1, true)`, [role]);
          await call(tx, 'portal_submit_quote($1::jsonb)', [JSON.stringify(submitDocument(SLUG))]);
        }),
        '42501',
      );
    }
  });

  describe('on a database that already runs Turinova (an older schema)', () => {
    const FIXTURE = new URL('../test/fixtures/turinova-existing.sql', import.meta.url);
    let existing: TestDb;
    beforeAll(async () => {
      existing = await openTestDb(engine);
      await existing.exec(await readFile(FIXTURE, 'utf8'));
      await applyCompanySetup(existing);
    });
    afterAll(() => existing?.close());

    it('takes the quote, writing only the columns that table has', async () => {
      // The fixture's own catalog rows, in the demo document's places.
      const doc = submitDocument(SLUG);
      const material = '3c1d5a7e-0b2c-4d3e-9f40-5a6b7c8d9e01';
      const edge = '3c1d5a7e-0b2c-4d3e-9f40-5a6b7c8d9e11';
      doc.panels = doc.panels.map((p) => ({
        ...p,
        material_id: material,
        edge_a_id: p.edge_a_id && edge,
        edge_c_id: p.edge_c_id && edge,
      }));
      doc.materials = doc.materials.map((m) => ({
        ...m,
        material_id: material,
        edge_breakdown: m.edge_breakdown.map((e) => ({ ...e, edge_material_id: edge })),
      }));
      doc.fees = doc.fees.map((f) => ({
        ...f,
        fee_type_id: '3c1d5a7e-0b2c-4d3e-9f40-5a6b7c8d9e31',
      }));
      doc.accessories = doc.accessories.map((a) => ({
        ...a,
        accessory_id: '3c1d5a7e-0b2c-4d3e-9f40-5a6b7c8d9e21',
      }));
      const result = await submit(existing, doc);
      expect(result).toMatchObject({ created: true, quote_number: expect.stringMatching(/^Q-/) });
      // Its quotes table has no `comment`, its customers no billing columns: the rest is there.
      const [quote] = await existing.query(
        `select q.source, q.status::text as status, q.final_total_after_discount::text as final,
                c.name, c.email
           from quotes q join customers c on c.id = q.customer_id where q.id = $1`,
        [result.quote_id],
      );
      expect(quote).toEqual({
        source: 'customer_portal',
        status: 'draft',
        final: '29149.04',
        name: 'Kovács Béla',
        email: 'kovacs.bela@example.hu',
      });
      const [{ n }] = (await existing.query<{ n: number }>(
        'select count(*)::int as n from quote_panels where quote_id = $1',
        [result.quote_id],
      )) as [{ n: number }];
      expect(n).toBe(2);
      expect((await submit(existing, doc)).created).toBe(false);
    });
  });
});
