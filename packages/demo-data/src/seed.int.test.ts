import { openTestDb, type TestDb, testEngines } from '@portal/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableContents } from '../test/helpers.ts';
import { CATALOG_PROFILES } from './companies.ts';
import {
  applyCompanySetup,
  CATALOG_TABLES,
  DEMO_COMPANIES,
  demoCatalog,
  type Row,
  seedDemoCompany,
} from './index.ts';

const live = (rows: Row[]) => rows.filter((r) => !r.deleted_at);

describe('demo companies', () => {
  it('are four, three of them active, each with a catalog profile', () => {
    expect(DEMO_COMPANIES.map((c) => c.slug)).toEqual([
      'turinova',
      'kecskemeti-butorlap',
      'debreceni-lapszabasz',
      'szegedi-panel',
    ]);
    expect(DEMO_COMPANIES.filter((c) => c.active).map((c) => c.slug)).toHaveLength(3);
    expect(DEMO_COMPANIES.find((c) => c.slug === 'szegedi-panel')!.active).toBe(false);
    for (const company of DEMO_COMPANIES) {
      // The portal registry's slug rule (supabase/migrations/0002_companies.sql).
      expect(company.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(CATALOG_PROFILES[company.slug]).toBeDefined();
    }
  });

  it('have deterministic catalogs that differ between companies', () => {
    for (const { slug } of DEMO_COMPANIES) {
      expect(demoCatalog(slug)).toEqual(demoCatalog(slug));
    }
    const [a, b, c] = ['turinova', 'kecskemeti-butorlap', 'debreceni-lapszabasz'].map(demoCatalog);
    const names = (cat: typeof a) => new Set(live(cat!.materials).map((m) => String(m.name)));
    const price = (cat: typeof a, name: string) =>
      cat!.materials.find((m) => m.name === name && !m.deleted_at)?.price_per_sqm;
    for (const [x, y] of [
      [a, b],
      [a, c],
      [b, c],
    ] as const) {
      expect(names(x)).not.toEqual(names(y));
      expect(price(x, 'W1000 ST9 Prémium fehér 18 mm')).not.toBe(
        price(y, 'W1000 ST9 Prémium fehér 18 mm'),
      );
      const ids = new Set(x!.materials.map((m) => m.id));
      expect(y!.materials.some((m) => ids.has(m.id))).toBe(false);
    }
    const fees = [a, b, c].map((cat) => cat!.cutting_fees[0]!.fee_per_meter);
    expect(new Set(fees).size).toBe(3);
    expect(() => demoCatalog('no-such-company')).toThrow(/Unknown demo company/);
  });

  it('meet the minimum catalog of an active company', () => {
    for (const { slug, active } of DEMO_COMPANIES) {
      if (!active) continue;
      const cat = demoCatalog(slug);
      const materials = live(cat.materials);
      expect(materials.length, slug).toBeGreaterThanOrEqual(150);
      expect(live(cat.edge_materials).length, slug).toBeGreaterThanOrEqual(100);
      expect(live(cat.accessories).length, slug).toBeGreaterThanOrEqual(40);
      expect(cat.linear_materials.length, slug).toBeGreaterThan(0);
      expect(cat.cutting_fees).toHaveLength(1);
      expect(cat.feetypes.some((f) => String(f.net_price).startsWith('-'))).toBe(true);
      expect(cat.vat.map((v) => v.kulcs)).toContain('27');
      expect(cat.currencies.map((c) => c.name)).toContain('HUF');
      expect(materials.filter((m) => !m.on_stock).length).toBeGreaterThan(10);
      expect(materials.filter((m) => !m.active).length).toBeGreaterThanOrEqual(2);
      expect(materials.filter((m) => m.grain_direction).length).toBeGreaterThan(40);
      expect(cat.material_settings.length).toBeGreaterThan(0);
      expect(cat.material_group_settings.length).toBeGreaterThan(0);
      const thicknesses = materials.map((m) => Number(m.thickness_mm));
      expect(Math.min(...thicknesses)).toBe(8);
      expect(Math.max(...thicknesses)).toBe(38);
      const sizes = new Set(materials.map((m) => `${m.length_mm}×${m.width_mm}`));
      expect(sizes).toContain('2800×2070');
      expect(sizes).toContain('2070×2800');
      expect(sizes.size).toBeGreaterThan(2);
      for (const m of materials) {
        expect(Number(m.base_price)).toBeGreaterThan(0);
        expect(Number(m.multiplier)).toBeGreaterThanOrEqual(1);
        expect(Number(m.multiplier)).toBeLessThanOrEqual(5);
        expect(m.partners_id).toBeTruthy();
        expect(m.units_id).toBeTruthy();
      }
      const decors = new Set(cat.edge_materials.map((e) => e.decor));
      for (const decor of ['W1000', 'H1145', 'U999']) expect(decors).toContain(decor);
    }
  });
});

describe.each(testEngines())('seeding on %s', (engine) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await openTestDb(engine);
    await applyCompanySetup(db);
  });
  afterAll(() => db?.close());

  /** Empties the catalog (one database serves every company in turn). */
  const emptyCatalog = () =>
    db.exec(`truncate ${CATALOG_TABLES.map((t) => `public.${t}`).join(', ')} cascade`);

  it.each(DEMO_COMPANIES.map((c) => c.slug))(
    'seeds %s once, quickly, satisfying the schema',
    async (slug) => {
      await emptyCatalog();
      const started = performance.now();
      expect(await seedDemoCompany(db, slug)).toEqual({ seeded: true });
      const elapsed = performance.now() - started;
      // Well under a couple of seconds even on a busy machine.
      expect(elapsed).toBeLessThan(2500);

      const cat = demoCatalog(slug);
      for (const table of CATALOG_TABLES) {
        const [row] = await db.query<{ n: number }>(
          `select count(*)::int as n from public.${table}`,
        );
        expect(row!.n, table).toBe(cat[table].length);
      }
      const ids = await db.query<{ id: string }>('select id from materials order by id');
      expect(ids.map((r) => r.id)).toEqual(cat.materials.map((m) => String(m.id)).sort());
      // Prices are what Turinova's triggers compute from base price × multiplier.
      const [mismatch] = await db.query<{ n: number }>(
        `select count(*)::int as n from materials where price_per_sqm <> round(base_price * multiplier, 2)`,
      );
      expect(mismatch!.n).toBe(0);

      const contents = await tableContents(db);
      expect(await seedDemoCompany(db, slug)).toEqual({ seeded: false });
      expect(await tableContents(db)).toEqual(contents);
    },
  );

  it('seeds inside a caller transaction and leaves a foreign catalog alone', async () => {
    await emptyCatalog();
    expect(await db.transaction((tx) => seedDemoCompany(tx, 'kecskemeti-butorlap'))).toEqual({
      seeded: true,
    });
    // Another company's seed does not mix into an existing catalog.
    expect(await seedDemoCompany(db, 'turinova')).toEqual({ seeded: false });
    const [row] = await db.query<{ n: number }>('select count(*)::int as n from materials');
    expect(row!.n).toBe(demoCatalog('kecskemeti-butorlap').materials.length);
  });
});
