import type { Queryable } from '@portal/db';
import { openTestDb, type TestDb, testEngines } from '@portal/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  accessorySchema,
  call,
  edgeBandingSchema,
  expectSqlState,
  feeTypeSchema,
  linearMaterialSchema,
  materialFiltersSchema,
  materialSchema,
  page,
  servicesSchema,
} from '../test/helpers.ts';
import { CATALOG_PROFILES } from './companies.ts';
import { applyCompanySetup, demoCatalog, type Row, seedDemoCompany, stableUuid } from './index.ts';

const SLUG = 'turinova';
const catalog = demoCatalog(SLUG);
const live = (rows: Row[]) => rows.filter((r) => !r.deleted_at);
const liveMaterials = live(catalog.materials);
const activeMaterials = liveMaterials.filter((m) => m.active);
const materialId = (key: string) => stableUuid(SLUG, 'materials', key);
const groupId = (key: string) => stableUuid(SLUG, 'material_groups', key);
const brandId = (name: string) => stableUuid(SLUG, 'brands', name);

type Material = z.infer<typeof materialSchema>;
const materialPage = page(materialSchema);

class Rollback extends Error {}

/** Runs `fn` in a transaction that is rolled back, so the seeded data stays as it was. */
async function inRolledBackTransaction(db: TestDb, fn: (tx: Queryable) => Promise<void>) {
  await db
    .transaction(async (tx) => {
      await fn(tx);
      throw new Rollback();
    })
    .catch((e: unknown) => {
      if (!(e instanceof Rollback)) throw e;
    });
}

describe.each(testEngines())('portal contract functions on %s (seeded demo data)', (engine) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await openTestDb(engine);
    await applyCompanySetup(db);
    await seedDemoCompany(db, SLUG);
  });
  afterAll(() => db?.close());

  const materialsSearch = async (args: string, params: unknown[] = []) =>
    materialPage.parse(await call(db, `portal_materials_search(${args})`, params));

  /** Every item of a search, page by page. */
  async function allPages<T>(
    fn: string,
    limit: number,
    parse: (v: unknown) => { total_count: number; items: T[] },
  ) {
    const items: T[] = [];
    let total = -1;
    for (let offset = 0; ; offset += limit) {
      const result = parse(await call(db, `${fn}(p_limit := $1, p_offset := $2)`, [limit, offset]));
      total = result.total_count;
      items.push(...result.items);
      if (result.items.length < limit) break;
    }
    return { total, items };
  }

  it('reports contract version 2', async () => {
    expect(await call(db, 'portal_contract_version()')).toEqual({ version: 2 });
  });

  describe('materials', () => {
    it('search returns active materials in name order, page by page', async () => {
      const first = await materialsSearch('');
      expect(first.total_count).toBe(activeMaterials.length);
      expect(first.items).toHaveLength(50);

      const { total, items } = await allPages('portal_materials_search', 37, (v) =>
        materialPage.parse(v),
      );
      expect(total).toBe(activeMaterials.length);
      const expected = await db.query<{ id: string }>(
        `select id from materials where deleted_at is null and active order by name, id`,
      );
      expect(items.map((m) => m.id)).toEqual(expected.map((r) => r.id));
      expect(items.every((m) => m.active)).toBe(true);

      const beyond = await materialsSearch('p_offset := 100000');
      expect(beyond).toEqual({ total_count: activeMaterials.length, items: [] });
      expect((await materialsSearch('p_limit := 500')).items).toHaveLength(activeMaterials.length);
      expect((await materialsSearch('p_limit := null, p_offset := null')).items).toHaveLength(50);
    });

    it('search matches name, brand and group, case-insensitively, with literal wildcards', async () => {
      const bardolino = await materialsSearch(`'BARDOLINO'`);
      expect(bardolino.total_count).toBeGreaterThan(0);
      expect(bardolino.items.every((m) => /bardolino/i.test(m.name))).toBe(true);
      expect((await materialsSearch(`'tölgy natúr'`)).total_count).toBeGreaterThan(0);

      const egger = await materialsSearch(`'egger', p_limit := 500`);
      expect(egger.total_count).toBe(
        activeMaterials.filter((m) => m.brand_id === brandId('Egger')).length,
      );
      const gloss = await materialsSearch(`'bútorlap FÉNYES', p_limit := 500`);
      expect(gloss.items.length).toBeGreaterThan(0);
      expect(gloss.items.every((m) => m.group?.name === 'Bútorlap fényes')).toBe(true);

      expect((await materialsSearch(`'%'`)).total_count).toBe(0);
      expect((await materialsSearch(`'_'`)).total_count).toBe(0);
      expect((await materialsSearch(`'  '`)).total_count).toBe(activeMaterials.length);
      expect((await materialsSearch('null')).total_count).toBe(activeMaterials.length);
    });

    it('filters by brand, thickness and stock', async () => {
      const egger = brandId('Egger');
      const byBrand = await materialsSearch('p_brand_ids := $1::uuid[], p_limit := 500', [[egger]]);
      expect(byBrand.items.every((m) => m.brand?.id === egger)).toBe(true);
      expect(byBrand.total_count).toBe(activeMaterials.filter((m) => m.brand_id === egger).length);

      const thick = await materialsSearch('p_thicknesses := array[18, 25], p_limit := 500');
      expect(thick.items.every((m) => [18, 25].includes(m.thickness_mm))).toBe(true);
      expect(thick.total_count).toBe(
        activeMaterials.filter((m) => m.thickness_mm === 18 || m.thickness_mm === 25).length,
      );

      const notOnStock = await materialsSearch('p_on_stock := false, p_limit := 500');
      expect(notOnStock.total_count).toBeGreaterThan(0);
      expect(notOnStock.items.every((m) => !m.on_stock)).toBe(true);

      const combined = await materialsSearch(`'tölgy', $1::uuid[], array[18], true, 500`, [
        [egger],
      ]);
      expect(combined.total_count).toBeGreaterThan(0);
      expect(
        combined.items.every(
          (m) =>
            /tölgy/i.test(m.name) && m.brand?.id === egger && m.thickness_mm === 18 && m.on_stock,
        ),
      ).toBe(true);

      // An empty filter list means no filter.
      const empty = await materialsSearch(`p_brand_ids := '{}', p_thicknesses := '{}'`);
      expect(empty.total_count).toBe(activeMaterials.length);
    });

    it('by_ids returns inactive materials too, but never soft-deleted ones', async () => {
      const inactive = liveMaterials.filter((m) => !m.active).map((m) => String(m.id));
      const deleted = catalog.materials.filter((m) => m.deleted_at).map((m) => String(m.id));
      const core = materialId('W1000 ST9|18');
      expect(inactive.length).toBeGreaterThan(0);
      const result = materialSchema
        .array()
        .parse(
          await call(db, 'portal_materials_by_ids($1::uuid[])', [
            [...inactive, ...deleted, core, '00000000-0000-4000-8000-000000000000'],
          ]),
        );
      expect(result.map((m) => m.id).sort()).toEqual([...inactive, core].sort());
      expect(
        result
          .filter((m) => !m.active)
          .map((m) => m.id)
          .sort(),
      ).toEqual([...inactive].sort());
      expect(await call(db, `portal_materials_by_ids('{}')`)).toEqual([]);
      expect(await call(db, 'portal_materials_by_ids(null)')).toEqual([]);

      const searched = await allPages('portal_materials_search', 500, (v) => materialPage.parse(v));
      const ids = new Set(searched.items.map((m) => m.id));
      expect(inactive.some((id) => ids.has(id))).toBe(false);
      expect(deleted.some((id) => ids.has(id))).toBe(false);
    });

    it('returns the documented shape with money as strings', async () => {
      const [material] = materialSchema
        .array()
        .parse(
          await call(db, 'portal_materials_by_ids($1::uuid[])', [[materialId('W1000 ST9|18')]]),
        );
      const row = catalog.materials.find((m) => m.id === materialId('W1000 ST9|18'))!;
      expect(material).toMatchObject({
        name: 'W1000 ST9 Prémium fehér 18 mm',
        brand: { id: brandId('Egger'), name: 'Egger' },
        group: { id: groupId('lfp'), name: 'Laminált forgácslap' },
        length_mm: 2800,
        width_mm: 2070,
        thickness_mm: 18,
        grain_direction: false,
        active: true,
        price_per_sqm: row.price_per_sqm,
        base_price: row.base_price,
        multiplier: row.multiplier,
        vat_rate: '27',
        currency: 'HUF',
        unit: 'm²',
        image_url: null,
      });
      expect(Date.parse(material!.updated_at)).not.toBeNaN();

      const [raw] = materialSchema
        .array()
        .parse(
          await call(db, 'portal_materials_by_ids($1::uuid[])', [[materialId('raw-chipboard-18')]]),
        );
      // No brand, no group, no VAT and no currency: the contract defaults.
      expect(raw).toMatchObject({ brand: null, group: null, vat_rate: '27', currency: 'HUF' });
    });

    it('returns the effective settings: own row, else group row field by field, else defaults', async () => {
      const byIds = async (ids: string[]) =>
        materialSchema.array().parse(await call(db, 'portal_materials_by_ids($1::uuid[])', [ids]));
      const own = catalog.material_settings.find(
        (s) => s.material_id === materialId('H1145 ST10|18'),
      )!;
      const [withOwn] = await byIds([materialId('H1145 ST10|18')]);
      expect(withOwn!.settings).toEqual({
        kerf_mm: own.kerf_mm,
        trim_top_mm: own.trim_top_mm,
        trim_right_mm: own.trim_right_mm,
        trim_bottom_mm: own.trim_bottom_mm,
        trim_left_mm: own.trim_left_mm,
        rotatable: own.rotatable,
        waste_multi: String(own.waste_multi),
        usage_limit: own.usage_limit,
      });

      const inGroup = (key: string) =>
        liveMaterials.find(
          (m) =>
            m.group_id === groupId(key) &&
            !catalog.material_settings.some((s) => s.material_id === m.id),
        )!;
      const [mdf, gloss] = await byIds([
        String(inGroup('mdf').id),
        String(inGroup('gloss').id),
      ]).then((list) => [
        list.find((m: Material) => m.group?.name === 'MDF')!,
        list.find((m: Material) => m.group?.name === 'Bútorlap fényes')!,
      ]);
      // The MDF group row leaves the left trim and the usage limit empty: defaults fill in.
      expect(mdf!.settings).toEqual({
        kerf_mm: 3,
        trim_top_mm: 0,
        trim_right_mm: 10,
        trim_bottom_mm: 0,
        trim_left_mm: 10,
        rotatable: true,
        waste_multi: '1.1',
        usage_limit: '0.65',
      });
      expect(gloss!.settings).toEqual({
        kerf_mm: 4,
        trim_top_mm: 15,
        trim_right_mm: 15,
        trim_bottom_mm: 15,
        trim_left_mm: 15,
        rotatable: true,
        waste_multi: '1.2',
        usage_limit: '0.75',
      });
      // Laminated boards of this company have no group row: the contract defaults.
      const [plain] = await byIds([String(inGroup('lfp').id)]);
      expect(plain!.settings).toEqual({
        kerf_mm: 3,
        trim_top_mm: 0,
        trim_right_mm: 10,
        trim_bottom_mm: 0,
        trim_left_mm: 10,
        rotatable: true,
        waste_multi: '1',
        usage_limit: '0.65',
      });
    });

    it('lists brand and thickness filters over active materials', async () => {
      const filters = materialFiltersSchema.parse(await call(db, 'portal_material_filters()'));
      const expectedBrands = catalog.brands
        .map((b) => ({
          id: String(b.id),
          name: String(b.name),
          count: activeMaterials.filter((m) => m.brand_id === b.id).length,
        }))
        .filter((b) => b.count > 0)
        .sort((a, b) => (a.name < b.name ? -1 : 1));
      expect(filters.brands).toEqual(expectedBrands);
      const thicknesses = [...new Set(activeMaterials.map((m) => Number(m.thickness_mm)))].sort(
        (a, b) => a - b,
      );
      expect(filters.thicknesses).toEqual(thicknesses);
    });
  });

  describe('edge bandings', () => {
    const edgePage = page(edgeBandingSchema);
    const liveEdges = live(catalog.edge_materials);
    const activeEdges = liveEdges.filter((e) => e.active);

    it('search pages through active edge bandings in decor order', async () => {
      const { total, items } = await allPages('portal_edge_bandings_search', 64, (v) =>
        edgePage.parse(v),
      );
      expect(total).toBe(activeEdges.length);
      expect(items.map((e) => e.id).sort()).toEqual(activeEdges.map((e) => String(e.id)).sort());
      const decors = items.map((e) => e.decor);
      expect(decors).toEqual(
        (
          await db.query<{ decor: string }>(
            `select decor from edge_materials where deleted_at is null and active
           order by decor, type, width, thickness, id`,
          )
        ).map((r) => r.decor),
      );
    });

    it('search matches decor, type, brand and the label', async () => {
      const h1145 = edgePage.parse(await call(db, `portal_edge_bandings_search('h1145')`));
      expect(h1145.total_count).toBeGreaterThan(0);
      expect(h1145.items.every((e) => e.decor === 'H1145')).toBe(true);
      const pvc = edgePage.parse(await call(db, `portal_edge_bandings_search('pvc', 500)`));
      expect(pvc.total_count).toBe(activeEdges.filter((e) => e.type === 'PVC').length);
      const rehau = edgePage.parse(await call(db, `portal_edge_bandings_search('REHAU', 500)`));
      expect(rehau.items.every((e) => e.brand?.name === 'Rehau')).toBe(true);
      const label = edgePage.parse(await call(db, `portal_edge_bandings_search('ABS-22/2-W1000')`));
      expect(label.items).toEqual([
        expect.objectContaining({ type: 'ABS', width: 22, thickness: '2.00', decor: 'W1000' }),
      ]);
    });

    it('returns overhang, price per metre and favourites as documented', async () => {
      const profile = CATALOG_PROFILES[SLUG]!;
      const id = stableUuid(SLUG, 'edge_materials', 'W1000|ABS|22|2.00');
      const row = liveEdges.find((e) => e.id === id)!;
      const [edge] = edgeBandingSchema
        .array()
        .parse(await call(db, 'portal_edge_bandings_by_ids($1::uuid[])', [[id]]));
      expect(edge).toMatchObject({
        brand: { name: 'Egger' },
        type: 'ABS',
        width: 22,
        thickness: '2.00',
        decor: 'W1000',
        price_per_m: row.price,
        overhang_mm: profile.overhangMm,
        vat_rate: '27',
        currency: 'HUF',
        active: true,
        favourite_priority: 1,
      });
      const inactive = liveEdges.filter((e) => !e.active).map((e) => String(e.id));
      const deleted = catalog.edge_materials.filter((e) => e.deleted_at).map((e) => String(e.id));
      const found = edgeBandingSchema
        .array()
        .parse(
          await call(db, 'portal_edge_bandings_by_ids($1::uuid[])', [[...inactive, ...deleted]]),
        );
      expect(found.map((e) => e.id).sort()).toEqual([...inactive].sort());
    });
  });

  describe('linear materials, accessories, services and fee types', () => {
    it('linear materials: sizes as numbers, price per metre as a string', async () => {
      const linearPage = page(linearMaterialSchema);
      const all = linearPage.parse(await call(db, 'portal_linear_materials_search(null, 500)'));
      expect(all.total_count).toBe(live(catalog.linear_materials).length);
      const worktops = linearPage.parse(
        await call(db, `portal_linear_materials_search('MUNKALAP', 500)`),
      );
      expect(worktops.items.length).toBeGreaterThan(0);
      expect(worktops.items.every((l) => /munkalap/i.test(l.name))).toBe(true);
      const first = catalog.linear_materials[0]!;
      const [one] = linearMaterialSchema
        .array()
        .parse(await call(db, 'portal_linear_materials_by_ids($1::uuid[])', [[first.id]]));
      expect(one).toMatchObject({
        name: first.name,
        width: Number(first.width),
        length: Number(first.length),
        thickness: Number(first.thickness),
        price_per_m: first.price_per_m,
        type: first.type,
      });
    });

    it('accessories: search by name or SKU, unit price from net_price', async () => {
      const accessoryPage = page(accessorySchema);
      const all = accessoryPage.parse(await call(db, 'portal_accessories_search(p_limit := 500)'));
      expect(all.total_count).toBe(live(catalog.accessories).length);
      expect(all.items.every((a) => a.unit_price_net === String(a.net_price))).toBe(true);
      const bySku = accessoryPage.parse(await call(db, `portal_accessories_search('blum-71b35')`));
      const expected = live(catalog.accessories)
        .filter((a) => String(a.sku).startsWith('BLUM-71B35'))
        .sort((a, b) => (String(a.name) < String(b.name) ? -1 : 1))
        .map((a) => a.sku);
      expect(expected.length).toBeGreaterThan(0);
      expect(bySku.items.map((a) => a.sku)).toEqual(expected);
      const deleted = catalog.accessories.find((a) => a.deleted_at)!;
      expect(await call(db, 'portal_accessories_by_ids($1::uuid[])', [[deleted.id]])).toEqual([]);
      const clip = all.items.find((a) => a.sku === expected[0])!;
      expect(clip).toMatchObject({ unit: 'db', vat_rate: '27', currency: 'HUF', active: true });
      expect(Number(clip.unit_price_net)).toBe(
        Math.round(clip.base_price * Number(clip.multiplier)),
      );
    });

    it('services come from the cutting_fees row', async () => {
      const fees = CATALOG_PROFILES[SLUG]!.cuttingFees;
      expect(servicesSchema.parse(await call(db, 'portal_services()'))).toEqual({
        cutting_fee_per_m: fees.perMeter,
        hinge_hole_fee_per_hole: fees.perHole,
        doubling_fee_per_sqm: fees.perSqmDoubling,
        angle_cut_fee_per_panel: fees.perPanelAngle,
        vat_rate: '27',
        currency: 'HUF',
      });
    });

    it('services fall back to the defaults without a cutting_fees row', async () => {
      await inRolledBackTransaction(db, async (tx) => {
        await tx.exec('delete from cutting_fees');
        expect(await call(tx, 'portal_services()')).toEqual({
          cutting_fee_per_m: '300.00',
          hinge_hole_fee_per_hole: '50.00',
          doubling_fee_per_sqm: '200.00',
          angle_cut_fee_per_panel: '100.00',
          vat_rate: '27',
          currency: 'HUF',
        });
      });
    });

    it('fee types include discounts as negative amounts', async () => {
      const fees = page(feeTypeSchema).parse(await call(db, 'portal_fee_types_search()'));
      expect(fees.total_count).toBe(catalog.feetypes.length);
      expect(fees.items.find((f) => f.name === 'Törzsvásárlói kedvezmény')?.net_price).toBe(
        '-2000.00',
      );
      const delivery = page(feeTypeSchema).parse(
        await call(db, `portal_fee_types_search('SZÁLLÍTÁS')`),
      );
      // "Hulladék visszaszállítás" contains the word too.
      expect(delivery.items.map((f) => f.name)).toEqual([
        'Hulladék visszaszállítás',
        'Szállítás Budapesten belül',
        'Szállítás Pest megyébe',
      ]);
      const ids = delivery.items.map((f) => f.id);
      expect(
        feeTypeSchema.array().parse(await call(db, 'portal_fee_types_by_ids($1::uuid[])', [ids])),
      ).toEqual(delivery.items);
    });
  });

  it('rejects paging arguments out of range with 22023, naming the argument', async () => {
    for (const fn of [
      'portal_materials_search',
      'portal_edge_bandings_search',
      'portal_linear_materials_search',
      'portal_accessories_search',
      'portal_fee_types_search',
    ]) {
      for (const [args, name] of [
        ['p_limit := 0', 'p_limit'],
        ['p_limit := 501', 'p_limit'],
        ['p_limit := -5', 'p_limit'],
        ['p_offset := -1', 'p_offset'],
      ] as const) {
        const error = await expectSqlState(call(db, `${fn}(${args})`), '22023');
        expect(error.message, `${fn}(${args})`).toContain(name);
      }
    }
  });

  describe('catalog version', () => {
    const version = async (q: Queryable) =>
      ((await call(q, 'portal_catalog_version()')) as { version: string }).version;

    it('is stable while nothing changes', async () => {
      const first = await version(db);
      expect(first).toMatch(/^[0-9a-f]{32}$/);
      expect(await version(db)).toBe(first);
    });

    it('changes on a price update, a soft delete, a hard delete and an insert', async () => {
      const initial = await version(db);
      const id = materialId('W1000 ST9|18');
      const changes = [
        `update materials set base_price = base_price + 100 where id = '${id}'`,
        `update materials set deleted_at = now() where id = '${id}'`,
        `delete from feetypes where name = 'Csomagolás fóliázással'`,
        `update material_group_settings set kerf_mm = 5 where group_id = '${groupId('gloss')}'`,
        `update vat set kulcs = 25 where name = 'ÁFA 27%'`,
        `insert into brands (name) values ('Új márka')`,
      ];
      for (const change of changes) {
        await inRolledBackTransaction(db, async (tx) => {
          const before = await version(tx);
          expect(before).toBe(initial);
          await tx.exec(change);
          expect(await version(tx), change).not.toBe(before);
        });
      }
      expect(await version(db)).toBe(initial);
    });

    it('shows the new price after a base price change', async () => {
      await inRolledBackTransaction(db, async (tx) => {
        const id = materialId('U999 ST2|18');
        await tx.query('update materials set base_price = 4000, multiplier = 1.50 where id = $1', [
          id,
        ]);
        const [material] = (await call(tx, 'portal_materials_by_ids($1::uuid[])', [
          [id],
        ])) as Material[];
        expect(material!.price_per_sqm).toBe('6000.00');
      });
    });
  });
});
