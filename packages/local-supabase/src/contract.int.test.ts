/**
 * The company contract (docs/company-contract.md), checked through supabase-js `rpc()` as the
 * portal calls it.
 *
 * Targets:
 * - the local endpoint serving a demo company seeded by `@portal/demo-data` (every engine of
 *   `testEngines()`); the last part there changes rows to check the rules that need known data
 *   (inactive and soft-deleted rows, settings fall-through, catalog version);
 * - a real Supabase project when `SUPABASE_CONTRACT_URL` and `SUPABASE_CONTRACT_KEY` (its
 *   secret / service_role key) are set: read-only checks that hold for any catalog. Submission
 *   writes a quote into the company's system, so there it is checked only with documents the
 *   function refuses before writing, unless `SUPABASE_CONTRACT_WRITE=1` also allows one real
 *   submission (a draft quote of the customer "Portal contract test", to be deleted after).
 */
import type { Db } from '@portal/db';
import { openTestDb, type TestDb, testEngines } from '@portal/db/testing';
import { applyCompanySetup, DEMO_COMPANIES, seedDemoCompany } from '@portal/demo-data';
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { generateLocalKeys } from './api-keys.ts';
import { type LocalSupabase, startLocalSupabase } from './local-supabase.ts';

const REAL_URL = process.env.SUPABASE_CONTRACT_URL;
const REAL_KEY = process.env.SUPABASE_CONTRACT_KEY;
const REAL_WRITE = process.env.SUPABASE_CONTRACT_WRITE === '1';

// ---------------------------------------------------------------------------------------------
// Shapes
// ---------------------------------------------------------------------------------------------

/** Money and rates: exact decimals as strings, never JSON numbers. */
const decimal = z.string().regex(/^-?\d+(\.\d+)?$/, 'an exact decimal in a string');
const timestamp = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?\+00:00$/, 'an ISO timestamp in UTC');
const id = z.guid();
const reference = z.strictObject({ id, name: z.string() }).nullable();

const material = z.strictObject({
  id,
  name: z.string().min(1),
  brand: reference,
  group: reference,
  length_mm: z.int().positive(),
  width_mm: z.int().positive(),
  thickness_mm: z.int().positive(),
  grain_direction: z.boolean(),
  on_stock: z.boolean(),
  active: z.boolean(),
  price_per_sqm: decimal,
  base_price: z.int(),
  multiplier: decimal,
  vat_rate: decimal,
  currency: z.string().min(1),
  unit: z.string().nullable(),
  image_url: z.string().nullable(),
  updated_at: timestamp,
  settings: z.strictObject({
    kerf_mm: z.int().nonnegative(),
    trim_top_mm: z.int().nonnegative(),
    trim_right_mm: z.int().nonnegative(),
    trim_bottom_mm: z.int().nonnegative(),
    trim_left_mm: z.int().nonnegative(),
    rotatable: z.boolean(),
    waste_multi: decimal,
    usage_limit: decimal,
  }),
});

const edgeBanding = z.strictObject({
  id,
  brand: reference,
  type: z.string(),
  width: z.int().positive(),
  thickness: decimal,
  decor: z.string(),
  price_per_m: decimal,
  overhang_mm: z.int().nonnegative(),
  vat_rate: decimal,
  currency: z.string().min(1),
  active: z.boolean(),
  favourite_priority: z.int().nullable(),
  updated_at: timestamp,
});

const linearMaterial = z.strictObject({
  id,
  name: z.string().min(1),
  brand: reference,
  type: z.string(),
  width: z.number().positive(),
  length: z.number().positive(),
  thickness: z.number().positive(),
  price_per_m: decimal,
  on_stock: z.boolean(),
  active: z.boolean(),
  vat_rate: decimal,
  currency: z.string().min(1),
  updated_at: timestamp,
});

const accessory = z.strictObject({
  id,
  name: z.string().min(1),
  sku: z.string(),
  base_price: z.int(),
  multiplier: decimal,
  net_price: z.int().nullable(),
  unit_price_net: decimal,
  vat_rate: decimal,
  currency: z.string().min(1),
  unit: z.string().nullable(),
  active: z.boolean(),
  updated_at: timestamp,
});

const feeType = z.strictObject({
  id,
  name: z.string().min(1),
  net_price: decimal,
  vat_rate: decimal,
  currency: z.string().min(1),
  updated_at: timestamp,
});

const services = z.strictObject({
  cutting_fee_per_m: decimal,
  hinge_hole_fee_per_hole: decimal,
  doubling_fee_per_sqm: decimal,
  angle_cut_fee_per_panel: decimal,
  vat_rate: decimal,
  currency: z.string().min(1),
});

const materialFilters = z.strictObject({
  brands: z.array(z.strictObject({ id, name: z.string(), count: z.int().positive() })),
  thicknesses: z.array(z.int().positive()),
});

const page = <T extends z.ZodType>(item: T) =>
  z.strictObject({ total_count: z.int().nonnegative(), items: z.array(item) });

interface Catalog {
  label: string;
  search: string;
  byIds: string;
  item: z.ZodType<{ id: string; active?: boolean }>;
  /** Text of an item that its search must find (name, sku, decor…). */
  searchable: (item: Record<string, unknown>) => string;
}

const CATALOGS: Catalog[] = [
  {
    label: 'materials',
    search: 'portal_materials_search',
    byIds: 'portal_materials_by_ids',
    item: material,
    searchable: (i) => String(i.name),
  },
  {
    label: 'edge bandings',
    search: 'portal_edge_bandings_search',
    byIds: 'portal_edge_bandings_by_ids',
    item: edgeBanding,
    searchable: (i) => String(i.decor),
  },
  {
    label: 'linear materials',
    search: 'portal_linear_materials_search',
    byIds: 'portal_linear_materials_by_ids',
    item: linearMaterial,
    searchable: (i) => String(i.name),
  },
  {
    label: 'accessories',
    search: 'portal_accessories_search',
    byIds: 'portal_accessories_by_ids',
    item: accessory,
    searchable: (i) => String(i.sku),
  },
  {
    label: 'fee types',
    search: 'portal_fee_types_search',
    byIds: 'portal_fee_types_by_ids',
    item: feeType,
    searchable: (i) => String(i.name),
  },
];

const CONTRACT_FUNCTIONS: Array<[string, Record<string, unknown>]> = [
  ['portal_contract_version', {}],
  ['portal_submit_quote', { p_quote: {} }],
  ['portal_catalog_version', {}],
  ['portal_material_filters', {}],
  ['portal_services', {}],
  ...CATALOGS.flatMap(
    (c): Array<[string, Record<string, unknown>]> => [
      [c.search, {}],
      [c.byIds, { p_ids: [] }],
    ],
  ),
];

// ---------------------------------------------------------------------------------------------
// Calls
// ---------------------------------------------------------------------------------------------

interface Target {
  service: SupabaseClient;
  /** Local target only: a client with the company's anon key. */
  anon?: SupabaseClient;
  /** Local target only: the company database, to change rows. */
  db?: Db;
}

function client(url: string, key: string): SupabaseClient {
  return createClient(url, key, { auth: { persistSession: false, autoRefreshToken: false } });
}

/** Calls a function and returns its data, failing with the PostgREST error when there is one. */
async function call<T>(
  target: Target,
  fn: string,
  args: Record<string, unknown>,
  schema: z.ZodType<T>,
): Promise<T> {
  const { data, error, status } = await target.service.rpc(fn, args);
  if (error) throw new Error(`${fn} answered ${status}: ${JSON.stringify(error)}`);
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    throw new Error(`${fn} broke the contract shape: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

const MISSING_ID = '00000000-0000-4000-8000-000000000000';

/**
 * A `portal_submit_quote` document over whatever catalog the target has: its first active
 * material, edge banding, accessory and fee type, with amounts that add up.
 */
async function submitDocument(
  target: Target,
  options: { materialId?: string } = {},
): Promise<Record<string, unknown>> {
  const first = async <T extends { id: string }>(fn: string, item: z.ZodType<T>) =>
    (await call(target, fn, { p_limit: 1 }, page(item))).items[0];
  const materialRow = await first('portal_materials_search', material);
  const edge = await first('portal_edge_bandings_search', edgeBanding);
  const accessoryRow = await first('portal_accessories_search', accessory);
  const fee = await first('portal_fee_types_search', feeType);
  const materialId = options.materialId ?? materialRow?.id;
  if (!materialId) throw new Error('The target has no active material to submit a quote with');
  const line = { net: '100.00', vat: '27.00', gross: '127.00' };
  const zero = { net: '0.00', vat: '0.00', gross: '0.00' };
  return {
    portal_quote_id: crypto.randomUUID(),
    portal_quote_number: 'PQ-2026-999',
    customer: {
      email: 'portal-contract-test@example.invalid',
      name: 'Portal contract test',
      mobile: null,
      billing: null,
    },
    comment: 'Contract test (customer portal); safe to delete',
    currency: 'HUF',
    discount_percent: '0',
    totals: {
      materials: line,
      fees: fee ? line : zero,
      accessories: accessoryRow ? line : zero,
      final: `${127 * (1 + (fee ? 1 : 0) + (accessoryRow ? 1 : 0))}.00`,
    },
    panels: [
      {
        material_id: materialId,
        width_mm: 500,
        height_mm: 400,
        quantity: 1,
        label: null,
        edge_a_id: edge?.id ?? null,
        edge_b_id: null,
        edge_c_id: null,
        edge_d_id: null,
        hinge_holes: 0,
        hinge_hole_side: null,
        doubling: false,
        angle_cut: false,
      },
    ],
    materials: [
      {
        material_id: materialId,
        board_length_mm: materialRow?.length_mm ?? 2800,
        board_width_mm: materialRow?.width_mm ?? 2070,
        on_stock: true,
        boards_used: 1,
        usage_percentage: '3.45',
        pricing_method: 'panel_area',
        charged_sqm: '0.2000',
        price_per_sqm: '500.00',
        vat_rate: '27',
        usage_limit: '0.65',
        waste_multi: '1',
        cutting_length_m: '0.00',
        material: line,
        edge_materials: zero,
        cutting: zero,
        services: zero,
        total: line,
        edge_breakdown: [],
        services_breakdown: [],
      },
    ],
    fees: fee
      ? [
          {
            fee_type_id: fee.id,
            name: null,
            quantity: 1,
            unit_price_net: '100.00',
            vat_rate: '27',
            ...line,
          },
        ]
      : [],
    accessories: accessoryRow
      ? [
          {
            accessory_id: accessoryRow.id,
            name: null,
            quantity: 1,
            unit_price_net: '100.00',
            vat_rate: '27',
            ...line,
          },
        ]
      : [],
  };
}

// ---------------------------------------------------------------------------------------------
// The suite, shared by both targets
// ---------------------------------------------------------------------------------------------

function contractSuite(kind: 'local' | 'supabase', target: () => Target): void {
  it('portal_contract_version is 2', async () => {
    expect(await call(target(), 'portal_contract_version', {}, z.unknown())).toEqual({
      version: 2,
    });
  });

  describe('portal_submit_quote', () => {
    const submitted = z.strictObject({
      quote_id: id,
      quote_number: z.string().min(1),
      customer_id: id,
      submitted_at: timestamp,
      created: z.boolean(),
    });

    async function refusal(document: unknown) {
      const { data, error, status } = await target().service.rpc('portal_submit_quote', {
        p_quote: document,
      });
      return { data, status, code: error?.code, message: error?.message };
    }

    it('refuses a malformed document with 400 / 22023 naming the path', async () => {
      expect(await refusal({ portal_quote_id: 'nem-uuid' })).toEqual({
        data: null,
        status: 400,
        code: '22023',
        message: 'p_quote.portal_quote_id must be a uuid',
      });
    });

    it('refuses an unknown material with 400 / PS001 before writing anything', async () => {
      const document = await submitDocument(target(), { materialId: MISSING_ID });
      expect(await refusal(document)).toEqual({
        data: null,
        status: 400,
        code: 'PS001',
        message: `unknown material ${MISSING_ID} at p_quote.panels[0].material_id`,
      });
    });

    it.runIf(kind === 'local' || REAL_WRITE)(
      'creates the company quote once: the same portal quote again returns it',
      async () => {
        const document = await submitDocument(target());
        const first = await call(target(), 'portal_submit_quote', { p_quote: document }, submitted);
        expect(first.created).toBe(true);
        const again = await call(target(), 'portal_submit_quote', { p_quote: document }, submitted);
        expect(again).toEqual({ ...first, created: false });
      },
    );
  });

  it('portal_catalog_version is a text version, the same while nothing changes', async () => {
    const version = z.strictObject({ version: z.string().min(1) });
    const first = await call(target(), 'portal_catalog_version', {}, version);
    const second = await call(target(), 'portal_catalog_version', {}, version);
    expect(second).toEqual(first);
  });

  it('portal_services has money as strings', async () => {
    await call(target(), 'portal_services', {}, services);
  });

  it('portal_material_filters: brands with counts, thicknesses ascending', async () => {
    const filters = await call(target(), 'portal_material_filters', {}, materialFilters);
    expect(filters.thicknesses).toEqual([...filters.thicknesses].sort((a, b) => a - b));
    expect(new Set(filters.thicknesses).size).toBe(filters.thicknesses.length);
    const all = await call(target(), 'portal_materials_search', { p_limit: 1 }, page(material));
    const brandCount = filters.brands.reduce((sum, b) => sum + b.count, 0);
    expect(brandCount).toBeLessThanOrEqual(all.total_count);
  });

  it('portal_materials_search filters by brand, thickness and stock', async () => {
    const filters = await call(target(), 'portal_material_filters', {}, materialFilters);
    const [brand] = filters.brands;
    if (brand) {
      const byBrand = await call(
        target(),
        'portal_materials_search',
        { p_brand_ids: [brand.id], p_limit: 500 },
        page(material),
      );
      expect(byBrand.total_count).toBe(brand.count);
      for (const m of byBrand.items) expect(m.brand?.id).toBe(brand.id);
      // Search also matches the brand name.
      const byName = await call(
        target(),
        'portal_materials_search',
        { p_search: brand.name.toUpperCase(), p_limit: 1 },
        page(material),
      );
      expect(byName.total_count).toBeGreaterThanOrEqual(brand.count);
    }
    const [thickness] = filters.thicknesses;
    if (thickness !== undefined) {
      const byThickness = await call(
        target(),
        'portal_materials_search',
        { p_thicknesses: [thickness], p_limit: 500 },
        page(material),
      );
      expect(byThickness.total_count).toBeGreaterThan(0);
      for (const m of byThickness.items) expect(m.thickness_mm).toBe(thickness);
    }
    for (const onStock of [true, false]) {
      const stocked = await call(
        target(),
        'portal_materials_search',
        { p_on_stock: onStock, p_limit: 500 },
        page(material),
      );
      for (const m of stocked.items) expect(m.on_stock).toBe(onStock);
    }
  });

  describe.each(CATALOGS)('$label', (catalog) => {
    it('search: {total_count, items} of active rows, 50 by default (also for null)', async () => {
      const result = await call(target(), catalog.search, {}, page(catalog.item));
      expect(result.items.length).toBe(Math.min(result.total_count, 50));
      for (const item of result.items) expect(item.active ?? true).toBe(true);
      const nulls = await call(
        target(),
        catalog.search,
        { p_limit: null, p_offset: null },
        page(catalog.item),
      );
      expect(nulls).toEqual(result);
      for (const blank of [null, '', '   ']) {
        const everything = await call(
          target(),
          catalog.search,
          { p_search: blank, p_limit: 1 },
          page(catalog.item),
        );
        expect(everything.total_count).toBe(result.total_count);
      }
    });

    it('search: pages are stable (limit/offset cut one order)', async () => {
      const four = await call(target(), catalog.search, { p_limit: 4 }, page(catalog.item));
      const first = await call(target(), catalog.search, { p_limit: 2 }, page(catalog.item));
      const second = await call(
        target(),
        catalog.search,
        { p_limit: 2, p_offset: 2 },
        page(catalog.item),
      );
      expect([...first.items, ...second.items].map((i) => i.id)).toEqual(
        four.items.map((i) => i.id),
      );
      expect(second.total_count).toBe(four.total_count);
      const beyond = await call(
        target(),
        catalog.search,
        { p_limit: 1, p_offset: four.total_count },
        page(catalog.item),
      );
      expect(beyond).toEqual({ total_count: four.total_count, items: [] });
    });

    it('search: matches case-insensitively anywhere in the text', async () => {
      const { items } = await call(target(), catalog.search, { p_limit: 5 }, page(catalog.item));
      const item = items.at(-1);
      if (!item) return; // an empty catalog has nothing to find
      const text = catalog.searchable(item as Record<string, unknown>);
      const middle = text.slice(Math.floor(text.length / 4), Math.ceil((text.length * 3) / 4));
      const swapped = [...middle]
        .map((ch) => (ch === ch.toUpperCase() ? ch.toLowerCase() : ch.toUpperCase()))
        .join('');
      // Surrounding blanks are trimmed.
      const found = await call(
        target(),
        catalog.search,
        { p_search: `  ${swapped} `, p_limit: 500 },
        page(catalog.item),
      );
      expect(found.items.map((i) => i.id)).toContain(item.id);
    });

    it('search: paging outside 1–500 / ≥ 0 is 22023 (HTTP 400) naming the argument', async () => {
      for (const [args, name] of [
        [{ p_limit: 0 }, 'p_limit'],
        [{ p_limit: 501 }, 'p_limit'],
        [{ p_offset: -1 }, 'p_offset'],
      ] as const) {
        const { data, error, status } = await target().service.rpc(catalog.search, args);
        expect(data).toBeNull();
        expect(status).toBe(400);
        expect(error?.code).toBe('22023');
        expect(error?.message).toContain(name);
      }
    });

    it('by_ids: the rows found, unknown ids left out', async () => {
      const { items } = await call(target(), catalog.search, { p_limit: 3 }, page(catalog.item));
      const ids = items.map((i) => i.id);
      const found = await call(
        target(),
        catalog.byIds,
        { p_ids: [...ids, MISSING_ID] },
        z.array(catalog.item),
      );
      expect(found.map((i) => i.id).sort()).toEqual([...ids].sort());
      expect(found).toEqual(expect.arrayContaining(items));
      for (const none of [[], null]) {
        expect(await call(target(), catalog.byIds, { p_ids: none }, z.array(catalog.item))).toEqual(
          [],
        );
      }
    });
  });

  it('portal_materials_search: an empty filter array means no filter', async () => {
    const all = await call(target(), 'portal_materials_search', { p_limit: 1 }, page(material));
    const empty = await call(
      target(),
      'portal_materials_search',
      { p_brand_ids: [], p_thicknesses: [], p_limit: 1 },
      page(material),
    );
    expect(empty.total_count).toBe(all.total_count);
  });

  it('portal_edge_bandings_search matches the label type-width/thickness-decor', async () => {
    const { items } = await call(
      target(),
      'portal_edge_bandings_search',
      { p_limit: 5 },
      page(edgeBanding),
    );
    for (const e of items) {
      const label = `${e.type}-${e.width}/${Number(e.thickness)}-${e.decor}`;
      const found = await call(
        target(),
        'portal_edge_bandings_search',
        { p_search: label.toLowerCase(), p_limit: 500 },
        page(edgeBanding),
      );
      expect(
        found.items.map((i) => i.id),
        label,
      ).toContain(e.id);
    }
  });

  describe.runIf(kind === 'local')('only on the local target (known data, rows changed)', () => {
    const db = () => target().db!;
    const firstId = async (sql: string) => {
      const [row] = await db().query<{ id: string }>(sql);
      if (!row) throw new Error(`The demo company has no row for: ${sql}`);
      return row.id;
    };

    it('denies the anon key every contract function (HTTP 401, 42501)', async () => {
      for (const [fn, args] of CONTRACT_FUNCTIONS) {
        const { data, error, status } = await target().anon!.rpc(fn, args);
        expect({ fn, data, status, code: error?.code }).toEqual({
          fn,
          data: null,
          status: 401,
          code: '42501',
        });
      }
    });

    it('search treats % _ and \\ as literal characters', async () => {
      await db().query(
        `insert into feetypes (name, net_price, vat_id, currency_id)
         select 'Kedvezmény 50% törzsvevő_\\ teszt', -1000, vat_id, currency_id
           from feetypes where deleted_at is null limit 1`,
      );
      for (const pattern of ['%', '_', '\\', '50%', ' 50% ']) {
        const [expected] = await db().query<{ n: number }>(
          `select count(*)::int as n from feetypes
            where deleted_at is null and strpos(name, btrim($1)) > 0`,
          [pattern],
        );
        expect(expected!.n).toBeGreaterThan(0);
        const found = await call(
          target(),
          'portal_fee_types_search',
          { p_search: pattern },
          page(feeType),
        );
        expect({ pattern, total: found.total_count }).toEqual({ pattern, total: expected!.n });
      }
    });

    it('money comes as the database stores it, to the cent', async () => {
      const [row] = await db().query<{ id: string; price: string; multiplier: string }>(
        `select id, round(price_per_sqm, 2)::text as price, multiplier::text as multiplier
           from materials where deleted_at is null order by name limit 1`,
      );
      const [m] = await call(
        target(),
        'portal_materials_by_ids',
        { p_ids: [row!.id] },
        z.array(material),
      );
      expect(m).toMatchObject({ price_per_sqm: row!.price, multiplier: row!.multiplier });
    });

    it('effective settings fall through material → group → defaults, field by field', async () => {
      const [m] = await db().query<{ id: string; group_id: string }>(
        `select id, group_id from materials
          where deleted_at is null and group_id is not null order by name limit 1`,
      );
      const settingsOf = async () => {
        const [item] = await call(
          target(),
          'portal_materials_by_ids',
          { p_ids: [m!.id] },
          z.array(material),
        );
        return item!.settings;
      };
      await db().query('delete from material_settings where material_id = $1', [m!.id]);
      await db().query('delete from material_group_settings where group_id = $1', [m!.group_id]);
      expect(await settingsOf()).toEqual({
        kerf_mm: 3,
        trim_top_mm: 0,
        trim_right_mm: 10,
        trim_bottom_mm: 0,
        trim_left_mm: 10,
        rotatable: true,
        waste_multi: expect.stringMatching(/^1(\.0+)?$/),
        usage_limit: '0.65',
      });
      await db().query(
        `insert into material_group_settings (group_id, kerf_mm, trim_top_mm, trim_right_mm,
           trim_bottom_mm, trim_left_mm, rotatable, waste_multi, usage_limit)
         values ($1, 5, null, null, 7, null, false, null, 0.70)`,
        [m!.group_id],
      );
      expect(await settingsOf()).toMatchObject({
        kerf_mm: 5,
        trim_top_mm: 0,
        trim_right_mm: 10,
        trim_bottom_mm: 7,
        rotatable: false,
        usage_limit: '0.70',
      });
      await db().query(
        `insert into material_settings (material_id, kerf_mm, trim_top_mm, trim_right_mm,
           trim_bottom_mm, trim_left_mm, rotatable, waste_multi, usage_limit)
         values ($1, 4, 1, 2, 3, 4, true, 1.2, null)`,
        [m!.id],
      );
      expect(await settingsOf()).toEqual({
        kerf_mm: 4,
        trim_top_mm: 1,
        trim_right_mm: 2,
        trim_bottom_mm: 3,
        trim_left_mm: 4,
        rotatable: true,
        waste_multi: '1.2',
        usage_limit: '0.70',
      });
    });

    it.each([
      ['materials', 'portal_materials_search', 'portal_materials_by_ids'],
      ['edge_materials', 'portal_edge_bandings_search', 'portal_edge_bandings_by_ids'],
      ['linear_materials', 'portal_linear_materials_search', 'portal_linear_materials_by_ids'],
    ])('inactive %s rows: only in by_ids, with "active": false', async (table, search, byIds) => {
      const rowId = await firstId(
        `select id from ${table} where deleted_at is null and active order by id limit 1`,
      );
      const before = await call(target(), search, { p_limit: 1 }, page(z.unknown()));
      await db().query(`update ${table} set active = false where id = $1`, [rowId]);
      const after = await call(target(), search, { p_limit: 500 }, page(z.object({ id })));
      expect(after.total_count).toBe(before.total_count - 1);
      expect(after.items.map((i) => i.id)).not.toContain(rowId);
      const found = await call(
        target(),
        byIds,
        { p_ids: [rowId] },
        z.array(z.object({ id, active: z.boolean() })),
      );
      expect(found).toEqual([expect.objectContaining({ id: rowId, active: false })]);
    });

    it.each([
      ['materials', 'portal_materials_search', 'portal_materials_by_ids'],
      ['edge_materials', 'portal_edge_bandings_search', 'portal_edge_bandings_by_ids'],
      ['linear_materials', 'portal_linear_materials_search', 'portal_linear_materials_by_ids'],
      ['accessories', 'portal_accessories_search', 'portal_accessories_by_ids'],
      ['feetypes', 'portal_fee_types_search', 'portal_fee_types_by_ids'],
    ])('soft-deleted %s rows never appear', async (table, search, byIds) => {
      const rowId = await firstId(
        `select id from ${table} t
          where deleted_at is null and coalesce((to_jsonb(t) ->> 'active')::boolean, true)
          order by id desc limit 1`,
      );
      const before = await call(target(), search, { p_limit: 1 }, page(z.unknown()));
      await db().query(`update ${table} set deleted_at = now() where id = $1`, [rowId]);
      const after = await call(target(), search, { p_limit: 1 }, page(z.unknown()));
      expect(after.total_count).toBe(before.total_count - 1);
      expect(await call(target(), byIds, { p_ids: [rowId] }, z.array(z.unknown()))).toEqual([]);
    });

    it('rows without vat or currency get "27" and "HUF"', async () => {
      const feeId = await firstId('select id from feetypes where deleted_at is null limit 1');
      // Turinova's columns are not null; a dropped constraint stands for an older database.
      await db().exec('alter table feetypes alter column vat_id drop not null');
      await db().exec('alter table feetypes alter column currency_id drop not null');
      await db().query('update feetypes set vat_id = null, currency_id = null where id = $1', [
        feeId,
      ]);
      const [fee] = await call(
        target(),
        'portal_fee_types_by_ids',
        { p_ids: [feeId] },
        z.array(feeType),
      );
      expect(fee).toMatchObject({ vat_rate: '27', currency: 'HUF' });
    });

    it('portal_catalog_version changes when a catalog row changes', async () => {
      const version = z.strictObject({ version: z.string().min(1) });
      const tables = ['brands', 'material_groups', 'vat', 'currencies', 'units', 'cutting_fees'];
      let previous = await call(target(), 'portal_catalog_version', {}, version);
      for (const table of tables) {
        const rowId = await firstId(`select id from ${table} limit 1`);
        await db().query(`update ${table} set created_at = created_at where id = $1`, [rowId]);
        const next = await call(target(), 'portal_catalog_version', {}, version);
        expect(next.version, `after an update of ${table}`).not.toBe(previous.version);
        previous = next;
      }
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Targets
// ---------------------------------------------------------------------------------------------

describe.each(testEngines())('company contract: local endpoint, demo company on %s', (engine) => {
  const company = DEMO_COMPANIES[0]!;
  let db: TestDb;
  let local: LocalSupabase;
  let target: Target;

  beforeAll(async () => {
    db = await openTestDb(engine);
    await applyCompanySetup(db);
    await seedDemoCompany(db, company.slug);
    const keys = generateLocalKeys();
    local = await startLocalSupabase({ companies: [{ slug: company.slug, db, ...keys }] });
    const url = local.companyUrl(company.slug);
    target = { service: client(url, keys.serviceKey), anon: client(url, keys.anonKey), db };
  });

  afterAll(async () => {
    await local?.close();
    await db?.close();
  });

  contractSuite('local', () => target);
});

describe.skipIf(!REAL_URL || !REAL_KEY)('company contract: real Supabase project', () => {
  let target: Target;

  beforeAll(() => {
    target = { service: client(REAL_URL!, REAL_KEY!) };
  });

  contractSuite('supabase', () => target);
});
