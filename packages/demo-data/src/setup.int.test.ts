import { readFile } from 'node:fs/promises';
import { openTestDb, type TestDb, testEngines } from '@portal/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  call,
  expectSqlState,
  fingerprint,
  materialSchema,
  queryAs,
  servicesSchema,
  tableContents,
} from '../test/helpers.ts';
import { applyCompanySetup, PORTAL_SYSTEM_USER_ID, seedDemoCompany } from './index.ts';

const FIXTURE = new URL('../test/fixtures/turinova-existing.sql', import.meta.url);

/** Every contract function, called with arguments that are valid on any database. */
const CONTRACT_CALLS = [
  'portal_contract_version()',
  'portal_catalog_version()',
  'portal_materials_by_ids(array[]::uuid[])',
  'portal_materials_search()',
  'portal_material_filters()',
  'portal_edge_bandings_by_ids(array[]::uuid[])',
  'portal_edge_bandings_search()',
  'portal_linear_materials_by_ids(array[]::uuid[])',
  'portal_linear_materials_search()',
  'portal_accessories_by_ids(array[]::uuid[])',
  'portal_accessories_search()',
  'portal_services()',
  'portal_fee_types_by_ids(array[]::uuid[])',
  'portal_fee_types_search()',
];

const TURINOVA_TABLES = [
  'vat',
  'currencies',
  'units',
  'brands',
  'material_groups',
  'partners',
  'payment_methods',
  'materials',
  'material_settings',
  'material_group_settings',
  'edge_materials',
  'linear_materials',
  'accessories',
  'cutting_fees',
  'feetypes',
  'customers',
  'quotes',
  'quote_panels',
  'quote_materials_pricing',
  'quote_edge_materials_breakdown',
  'quote_services_breakdown',
  'quote_fees',
  'quote_accessories',
];

describe.each(testEngines())('company setup script on %s', (engine) => {
  // Roles are cluster-wide and a pool has several connections: only a server can race.
  it.skipIf(engine === 'pglite')(
    'can run concurrently: on several databases of one server and twice on one',
    async () => {
      const dbs = await Promise.all([openTestDb(engine), openTestDb(engine), openTestDb(engine)]);
      try {
        await Promise.all([...dbs.map((db) => applyCompanySetup(db)), applyCompanySetup(dbs[0]!)]);
        for (const db of dbs) {
          expect(await call(db, 'portal_contract_version()')).toEqual({ version: 2 });
        }
      } finally {
        await Promise.all(dbs.map((db) => db.close()));
      }
    },
  );

  describe('on an empty database', () => {
    let db: TestDb;
    beforeAll(async () => {
      db = await openTestDb(engine);
      await applyCompanySetup(db);
    });
    afterAll(() => db?.close());

    it('creates the Supabase roles, the system user and every Turinova table', async () => {
      const roles = await db.query<{ rolname: string }>(
        `select rolname from pg_roles where rolname in ('anon', 'authenticated', 'service_role')`,
      );
      expect(roles.map((r) => r.rolname).sort()).toEqual(['anon', 'authenticated', 'service_role']);
      const users = await db.query<{ id: string; email: string }>(
        'select id, email from auth.users',
      );
      expect(users).toEqual([
        { id: PORTAL_SYSTEM_USER_ID, email: 'customer-portal-system@turinova.internal' },
      ]);
      const tables = await db.query<{ name: string }>(
        `select table_name as name from information_schema.tables where table_schema = 'public'`,
      );
      expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(TURINOVA_TABLES));
      const [overhang] = await db.query<{ n: number }>(
        `select count(*)::int as n from information_schema.columns
         where table_name = 'edge_materials' and column_name = 'ráhagyás'`,
      );
      expect(overhang!.n).toBe(1);
    });

    it('creates tables with the real constraints', async () => {
      const brand = '11111111-1111-4111-8111-111111111111';
      await db.query(`insert into brands (id, name) values ($1, 'Teszt')`, [brand]);
      // materials need a partner and a unit, a positive base price and a sane multiplier.
      await expectSqlState(
        db.query(
          `insert into materials (name, length_mm, width_mm, thickness_mm, base_price, units_id)
           values ('x', 2800, 2070, 18, 1000, gen_random_uuid())`,
        ),
        '23502',
      );
      await db.exec(
        `insert into units (id, name, shortform) values ('22222222-2222-4222-8222-222222222222', 'Darab', 'db');
         insert into partners (id, name) values ('33333333-3333-4333-8333-333333333333', 'P');`,
      );
      const material = (base: number, multiplier: string) =>
        db.query(
          `insert into materials (name, length_mm, width_mm, thickness_mm, base_price, multiplier,
             units_id, partners_id)
           values ('y', 2800, 2070, 18, $1, $2, '22222222-2222-4222-8222-222222222222',
             '33333333-3333-4333-8333-333333333333')`,
          [base, multiplier],
        );
      await expectSqlState(material(0, '1.20'), '23514');
      await expectSqlState(material(1000, '5.01'), '23514');
      await expectSqlState(material(1000, '0.99'), '23514');
      await expectSqlState(
        db.query(`insert into customers (name) values ('Kiss Bútor Kft.'), ('Kiss Bútor Kft.')`),
        '23505',
      );
      await expectSqlState(
        db.query(`insert into quotes (customer_id, quote_number, total_net, total_vat, total_gross,
            final_total_after_discount, created_by)
          values (gen_random_uuid(), 'Q-1', 0, 0, 0, 0, gen_random_uuid())`),
        '23503',
      );
      await db.query(`delete from brands where id = $1`, [brand]);
      await db.exec('delete from units; delete from partners;');
    });

    it('provides quote and order number generators that count deleted quotes', async () => {
      const year = new Date().getUTCFullYear();
      expect(await call(db, 'generate_quote_number()')).toBe(`Q-${year}-001`);
      expect(await call(db, `generate_order_number('2026-03-04')`)).toBe('ORD-2026-03-04-001');
      await db.transaction(async (tx) => {
        await tx.query(
          `insert into customers (id, name) values ('44444444-4444-4444-8444-444444444444', 'C')`,
        );
        await tx.query(
          `insert into quotes (customer_id, quote_number, total_net, total_vat, total_gross,
             final_total_after_discount, created_by, order_number, deleted_at)
           values ('44444444-4444-4444-8444-444444444444', $1, 0, 0, 0, 0, $2,
             'ORD-2026-03-04-001', now())`,
          [`Q-${year}-001`, PORTAL_SYSTEM_USER_ID],
        );
        expect(await call(tx, 'generate_quote_number()')).toBe(`Q-${year}-002`);
        expect(await call(tx, `generate_order_number('2026-03-04')`)).toBe('ORD-2026-03-04-002');
        await tx.exec('delete from quotes; delete from customers;');
      });
    });

    it('numbers the 1000th quote and order of a period with four digits (no endless loop)', async () => {
      const year = new Date().getUTCFullYear();
      await db.transaction(async (tx) => {
        await tx.query(
          `insert into customers (id, name) values ('55555555-5555-4555-8555-555555555555', 'D')`,
        );
        // Numbers 001–999 are taken, as after a busy year.
        await tx.query(
          `insert into quotes (customer_id, quote_number, total_net, total_vat, total_gross,
             final_total_after_discount, created_by, order_number)
           select '55555555-5555-4555-8555-555555555555', $1 || lpad(n::text, 3, '0'), 0, 0, 0, 0,
             $2, 'ORD-2026-03-04-' || lpad(n::text, 3, '0')
             from generate_series(1, 999) as n`,
          [`Q-${year}-`, PORTAL_SYSTEM_USER_ID],
        );
        expect(await call(tx, 'generate_quote_number()')).toBe(`Q-${year}-1000`);
        expect(await call(tx, `generate_order_number('2026-03-04')`)).toBe('ORD-2026-03-04-1000');
        await tx.query(
          `insert into quotes (customer_id, quote_number, total_net, total_vat, total_gross,
             final_total_after_discount, created_by)
           values ('55555555-5555-4555-8555-555555555555', $1, 0, 0, 0, 0, $2)`,
          [`Q-${year}-1000`, PORTAL_SYSTEM_USER_ID],
        );
        expect(await call(tx, 'generate_quote_number()')).toBe(`Q-${year}-1001`);
        await tx.exec('delete from quotes; delete from customers;');
      });
    });

    it("replaces an earlier version's three-digit generator, and only that", async () => {
      const old = (table: string, fn: string, prefix: string) => `
        create or replace function public.${fn} returns ${fn.startsWith('generate_quote') ? 'varchar' : 'text'}
          language plpgsql set search_path = public, pg_temp as $f$
          declare v_next integer := 1; v_number text;
          begin
            loop
              v_number := '${prefix}' || lpad(v_next::text, 3, '0');
              exit when not exists (select from quotes where ${table} = v_number);
              v_next := v_next + 1;
            end loop;
            return v_number;
          end; $f$`;
      await db.exec(old('quote_number', 'generate_quote_number()', 'Q-'));
      await db.exec(
        old('order_number', 'generate_order_number(target_date date default current_date)', 'ORD-'),
      );
      await applyCompanySetup(db);
      const bodies = await db.query<{ src: string }>(
        `select prosrc as src from pg_proc where proname in ('generate_quote_number', 'generate_order_number')`,
      );
      expect(bodies).toHaveLength(2);
      for (const { src } of bodies) expect(src).toContain('greatest(3, length(v_next::text))');
    });

    it('applied a second time changes nothing, also on a seeded catalog', async () => {
      await seedDemoCompany(db, 'turinova');
      const before = await fingerprint(db);
      await applyCompanySetup(db);
      const after = await fingerprint(db);
      expect(after).toEqual(before);
    });

    it('defines every portal function as security definer with a pinned search_path', async () => {
      const functions = await db.query<{
        signature: string;
        definer: boolean;
        config: string[] | null;
        anon: boolean;
        authenticated: boolean;
        service: boolean;
      }>(`
        select p.oid::regprocedure::text as signature, p.prosecdef as definer, p.proconfig as config,
               has_function_privilege('anon', p.oid, 'execute') as anon,
               has_function_privilege('authenticated', p.oid, 'execute') as authenticated,
               has_function_privilege('service_role', p.oid, 'execute') as service
        from pg_proc p join pg_namespace n on n.oid = p.pronamespace
        where n.nspname = 'public' and p.proname like 'portal\\_%'`);
      expect(functions.length).toBeGreaterThanOrEqual(CONTRACT_CALLS.length);
      for (const f of functions) {
        expect(f, f.signature).toMatchObject({
          definer: true,
          config: ['search_path=public, pg_temp'],
          anon: false,
          authenticated: false,
          service: true,
        });
      }
    });

    it('lets only service_role execute the portal functions', async () => {
      for (const fn of CONTRACT_CALLS) {
        for (const role of ['anon', 'authenticated']) {
          const error = await expectSqlState(queryAs(db, role, `select public.${fn}`), '42501');
          expect(error.message).toMatch(/permission denied/);
        }
        const [row] = await queryAs<{ result: unknown }>(
          db,
          'service_role',
          `select public.${fn} as result`,
        );
        expect(row!.result, fn).toBeDefined();
      }
    });

    it('keeps the tables it creates closed to anon and authenticated', async () => {
      await expectSqlState(queryAs(db, 'anon', 'select * from public.materials'), '42501');
      await expectSqlState(queryAs(db, 'authenticated', 'select * from public.quotes'), '42501');
    });
  });

  describe('on a database that already runs Turinova', () => {
    let db: TestDb;
    let before: Record<string, string[]>;
    beforeAll(async () => {
      db = await openTestDb(engine);
      await db.exec(await readFile(FIXTURE, 'utf8'));
      before = await fingerprint(db);
      await applyCompanySetup(db);
    });
    afterAll(() => db?.close());

    it('keeps every existing table, column, index, trigger, function and row', async () => {
      const after = await fingerprint(db);
      for (const kind of [
        'column',
        'index',
        'constraint',
        'trigger',
        'enum',
        'relation',
        'function',
      ]) {
        expect(after[kind], kind).toEqual(expect.arrayContaining(before[kind] ?? []));
      }
      // Only the system user is added to the existing tables.
      const changed = after.rows!.filter((line) => !before.rows!.includes(line));
      const existingTables = new Set(before.rows!.map((line) => line.split(' ')[0]));
      expect(changed.filter((line) => existingTables.has(line.split(' ')[0]))).toEqual([
        expect.stringMatching(/^auth\.users 2 /),
      ]);
      // Tables the company lacked are created (Turinova without linear_materials).
      expect(after.rows!.some((line) => line.startsWith('public.linear_materials 0 '))).toBe(true);
      // The company's own generator is not replaced.
      expect(await call(db, 'generate_quote_number()')).toMatch(/^Q-\d{4}-002$/);
      // Unknown columns are still there with their values.
      const [material] = await db.query<{ barcode: string; default_warehouse_id: string }>(
        `select barcode, default_warehouse_id from materials where name = 'EGGER H1145 ST10 18mm'`,
      );
      expect(material).toEqual({
        barcode: '5995001000011',
        default_warehouse_id: '7f9b2c1e-3a4d-4e5f-8a6b-1c2d3e4f5a09',
      });
    });

    it('adds the system user the way Supabase Auth expects it', async () => {
      const [user] = await db.query(
        `select email, aud, role, instance_id, confirmation_token, recovery_token,
                email_change_token_new, email_change, is_sso_user, is_anonymous
         from auth.users where id = $1`,
        [PORTAL_SYSTEM_USER_ID],
      );
      expect(user).toEqual({
        email: 'customer-portal-system@turinova.internal',
        aud: 'authenticated',
        role: 'authenticated',
        instance_id: '00000000-0000-0000-0000-000000000000',
        confirmation_token: '',
        recovery_token: '',
        email_change_token_new: '',
        email_change: '',
        is_sso_user: false,
        is_anonymous: false,
      });
    });

    it('serves the existing catalog through the portal functions', async () => {
      const materials = materialSchema
        .array()
        .parse(
          await call(db, 'portal_materials_by_ids($1::uuid[])', [
            [
              '3c1d5a7e-0b2c-4d3e-9f40-5a6b7c8d9e01',
              '3c1d5a7e-0b2c-4d3e-9f40-5a6b7c8d9e02',
              '3c1d5a7e-0b2c-4d3e-9f40-5a6b7c8d9e03',
            ],
          ]),
        );
      const byName = Object.fromEntries(materials.map((m) => [m.name, m]));
      // Own settings row.
      expect(byName['EGGER H1145 ST10 18mm']).toMatchObject({
        price_per_sqm: '5376.80',
        multiplier: '1.43',
        unit: 'm2',
        settings: {
          kerf_mm: 4,
          trim_top_mm: 10,
          rotatable: false,
          waste_multi: '1.15',
          usage_limit: '0.70',
        },
      });
      // Group row without a usage_limit column: the default fills in.
      expect(byName['EGGER W1000 ST9 18mm']!.settings).toEqual({
        kerf_mm: 5,
        trim_top_mm: 8,
        trim_right_mm: 8,
        trim_bottom_mm: 8,
        trim_left_mm: 8,
        rotatable: false,
        waste_multi: '1.3',
        usage_limit: '0.65',
      });
      // No brand, no VAT, no currency, a group without settings, withdrawn.
      expect(byName['Régi forgácslap 16mm']).toMatchObject({
        brand: null,
        group: { name: 'Egyéb' },
        active: false,
        vat_rate: '27',
        currency: 'HUF',
        settings: { kerf_mm: 3, trim_top_mm: 0, trim_right_mm: 10, waste_multi: '1' },
      });
      const search = (await call(db, 'portal_materials_search()')) as { total_count: number };
      expect(search.total_count).toBe(2);

      const edges = (await call(db, 'portal_edge_bandings_by_ids($1::uuid[])', [
        ['3c1d5a7e-0b2c-4d3e-9f40-5a6b7c8d9e11', '3c1d5a7e-0b2c-4d3e-9f40-5a6b7c8d9e12'],
      ])) as Array<Record<string, unknown>>;
      expect(edges).toEqual([
        expect.objectContaining({
          decor: 'H1145',
          overhang_mm: 30,
          currency: 'HUF',
          price_per_m: '320',
          thickness: '2.00',
          active: true,
          favourite_priority: 1,
        }),
        expect.objectContaining({
          decor: 'W1000',
          overhang_mm: 0,
          active: false,
          thickness: '0.40',
        }),
      ]);
      const accessories = (await call(db, `portal_accessories_search('blum')`)) as {
        items: Array<Record<string, unknown>>;
      };
      expect(accessories.items).toEqual([
        expect.objectContaining({
          sku: 'BLUM-71B3550',
          active: true,
          unit_price_net: '1656',
          unit: 'db',
        }),
      ]);
      expect(servicesSchema.parse(await call(db, 'portal_services()'))).toEqual({
        cutting_fee_per_m: '350.00',
        hinge_hole_fee_per_hole: '55.00',
        doubling_fee_per_sqm: '200.00',
        angle_cut_fee_per_panel: '110.00',
        vat_rate: '27',
        currency: 'HUF',
      });
      const fees = (await call(db, 'portal_fee_types_search()')) as {
        items: Array<{ name: string; net_price: string }>;
      };
      expect(fees.items.map((f) => [f.name, f.net_price])).toEqual([
        ['Kedvezmény', '-1500.00'],
        ['Szállítás', '8000.00'],
      ]);
    });

    it('notices a change of an edge banding that has no updated_at trigger', async () => {
      const version = async () =>
        ((await call(db, 'portal_catalog_version()')) as { version: string }).version;
      const first = await version();
      expect(await version()).toBe(first);
      await db.query(`update edge_materials set price = 340 where decor = 'H1145'`);
      const second = await version();
      expect(second).not.toBe(first);
      await db.query(
        `update material_groups set description = 'Laminált lapok' where name = 'Bútorlap'`,
      );
      expect(await version()).not.toBe(second);
    });

    it('applied a second time changes nothing', async () => {
      const first = await fingerprint(db);
      await applyCompanySetup(db);
      expect(await fingerprint(db)).toEqual(first);
    });

    it('still keeps the portal functions from anon', async () => {
      await expectSqlState(queryAs(db, 'anon', 'select public.portal_materials_search()'), '42501');
      expect(await tableContents(db, ['public.materials']).then((lines) => lines[0])).toMatch(
        /^public\.materials 3 /,
      );
    });
  });
});
