import { type Db, openDb } from '@portal/db';
import { applyCompanySetup, seedDemoCompany } from '@portal/demo-data';
import { generateLocalKeys, type LocalSupabase, startLocalSupabase } from '@portal/local-supabase';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type CallEvent, type CompanyLink, createCompanyLink } from './company-link.ts';
import { CONTRACT_VERSION, type SubmitQuotePayload } from './contract.ts';
import { CompanyRequestError, CompanyUnavailableError } from './errors.ts';

// The link against the real contract functions (supabase/company/setup.sql on a seeded demo
// company) served by the local Supabase-compatible endpoint: the zod shapes must accept what
// the functions really return, and failures must map to the right errors.

const SLUG = 'turinova';
const ID = '7a1c4f0e-0000-4000-8000-000000000001';

describe('company link against a real company endpoint', () => {
  let db: Db;
  let supabase: LocalSupabase;
  let keys: ReturnType<typeof generateLocalKeys>;
  let link: CompanyLink;
  const events: CallEvent[] = [];

  beforeAll(async () => {
    db = await openDb();
    await applyCompanySetup(db);
    await seedDemoCompany(db, SLUG);
    keys = generateLocalKeys();
    supabase = await startLocalSupabase({ companies: [{ slug: SLUG, db, ...keys }], port: 0 });
    link = createCompanyLink(
      { id: ID, slug: SLUG, supabaseUrl: supabase.companyUrl(SLUG), secretKey: keys.serviceKey },
      { timeoutMs: 1_000, onCall: (e) => events.push(e) },
    );
  });
  afterAll(async () => {
    await supabase?.close();
    await db?.close();
  });
  beforeEach(() => {
    supabase.setFault(SLUG, null);
    events.length = 0;
  });

  it('reads every contract function into models', async () => {
    expect(await link.contractVersion()).toBe(CONTRACT_VERSION);
    expect(await link.catalogVersion()).toEqual(expect.any(String));

    const materials = await link.materialsSearch({ limit: 5 });
    expect(materials.totalCount).toBeGreaterThan(5);
    expect(materials.items).toHaveLength(5);
    const [material] = materials.items;
    expect(material!.pricePerSqm).toMatch(/^\d+\.\d{2}$/);
    expect(material!.settings.kerfMm).toEqual(expect.any(Number));
    const byIds = await link.materialsByIds(materials.items.map((m) => m.id));
    expect(byIds.map((m) => m.id).sort()).toEqual(materials.items.map((m) => m.id).sort());

    const filters = await link.materialFilters();
    expect(filters.brands.length).toBeGreaterThan(0);
    expect(filters.thicknesses).toEqual([...filters.thicknesses].sort((a, b) => a - b));

    const edges = await link.edgeBandingsSearch({ limit: 3 });
    expect(edges.items).toHaveLength(3);
    expect(await link.edgeBandingsByIds([edges.items[0]!.id])).toHaveLength(1);
    const linear = await link.linearMaterialsSearch({ limit: 3 });
    expect(await link.linearMaterialsByIds(linear.items.map((l) => l.id))).toHaveLength(
      linear.items.length,
    );
    const accessories = await link.accessoriesSearch({ search: null, limit: 3 });
    expect(accessories.items[0]!.unitPriceNet).toMatch(/^-?\d+(\.\d+)?$/);
    expect(await link.accessoriesByIds([accessories.items[0]!.id])).toHaveLength(1);
    const fees = await link.feeTypesSearch({});
    expect(await link.feeTypesByIds(fees.items.map((f) => f.id))).toHaveLength(fees.items.length);
    expect(await link.services()).toMatchObject({ vatRate: expect.any(String) });

    expect(events.every((e) => e.ok && e.companyId === ID)).toBe(true);
  });

  it('searches case-insensitively and pages in a stable order', async () => {
    const all = await link.materialsSearch({ limit: 500 });
    const firstPage = await link.materialsSearch({ limit: 4, offset: 0 });
    const secondPage = await link.materialsSearch({ limit: 4, offset: 4 });
    expect([...firstPage.items, ...secondPage.items].map((m) => m.id)).toEqual(
      all.items.slice(0, 8).map((m) => m.id),
    );
    const word = all.items[0]!.name.split(' ')[0]!;
    const found = await link.materialsSearch({ search: word.toUpperCase(), limit: 500 });
    expect(found.totalCount).toBeGreaterThan(0);
    expect(found.totalCount).toBeLessThanOrEqual(all.totalCount);
  });

  it('reports an argument the company refuses as a request error with its SQLSTATE', async () => {
    const error = await link.materialsSearch({ limit: 0 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CompanyRequestError);
    expect(error).toMatchObject({ sqlState: '22023', status: 400, fn: 'portal_materials_search' });
    expect((error as Error).message).toMatch(/p_limit/);
  });

  it('reports a refused key as unavailable', async () => {
    const anon = createCompanyLink({
      id: ID,
      slug: SLUG,
      supabaseUrl: supabase.companyUrl(SLUG),
      secretKey: keys.anonKey,
    });
    await expect(anon.services()).rejects.toMatchObject({
      code: 'COMPANY_UNAVAILABLE',
      reason: 'unauthorized',
    });
  });

  it.each([
    ['down', { kind: 'down' as const }, 'network', /could not be reached/],
    ['garbage', { kind: 'garbage' as const }, 'invalid-response', /not JSON/],
    ['status', { kind: 'status' as const, status: 503 }, 'server-error', /HTTP 503/],
    ['delay', { kind: 'delay' as const, ms: 3_000 }, 'timeout', /did not answer within 1000 ms/],
  ])('maps the %s fault', async (_label, fault, reason, message) => {
    supabase.setFault(SLUG, fault);
    const started = performance.now();
    const error = await link.materialsSearch({ limit: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CompanyUnavailableError);
    expect(error).toMatchObject({ reason, companyId: ID, fn: 'portal_materials_search' });
    expect((error as Error).message).toMatch(message);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(events).toEqual([expect.objectContaining({ ok: false })]);
  });

  it('submits a quote once and returns the same company quote on a repeat', async () => {
    const [material] = (await link.materialsSearch({ limit: 1 })).items;
    const line = { net: '1000.00', vat: '270.00', gross: '1270.00' };
    const zero = { net: '0.00', vat: '0.00', gross: '0.00' };
    const payload: SubmitQuotePayload = {
      portalQuoteId: crypto.randomUUID(),
      portalQuoteNumber: 'PQ-2026-042',
      customer: { email: 'link@example.hu', name: 'Link Teszt', mobile: null, billing: null },
      comment: null,
      currency: 'HUF',
      discountPercent: '0',
      totals: { materials: line, fees: zero, accessories: zero, final: '1270.00' },
      panels: [
        {
          materialId: material!.id,
          widthMm: 600,
          heightMm: 400,
          quantity: 1,
          label: null,
          edgeAId: null,
          edgeBId: null,
          edgeCId: null,
          edgeDId: null,
          hingeHoles: 0,
          hingeHoleSide: null,
          doubling: false,
          angleCut: false,
        },
      ],
      materials: [
        {
          materialId: material!.id,
          boardLengthMm: material!.lengthMm,
          boardWidthMm: material!.widthMm,
          onStock: material!.onStock,
          boardsUsed: 1,
          usagePercentage: '4.14',
          pricingMethod: 'panel_area',
          chargedSqm: '0.24',
          pricePerSqm: material!.pricePerSqm,
          vatRate: '27',
          usageLimit: '0.65',
          wasteMulti: '1',
          cuttingLengthM: '0',
          material: line,
          edgeMaterials: zero,
          cutting: zero,
          services: zero,
          total: line,
          edgeBreakdown: [],
          servicesBreakdown: [],
        },
      ],
      fees: [],
      accessories: [],
    };
    const first = await link.submitQuote(payload);
    expect(first).toEqual({
      quoteId: expect.any(String),
      quoteNumber: expect.stringMatching(/^Q-\d{4}-\d{3,}$/),
      customerId: expect.any(String),
      submittedAt: expect.any(String),
      created: true,
    });
    expect(await link.submitQuote(payload)).toEqual({ ...first, created: false });

    const unknown = { ...payload, portalQuoteId: crypto.randomUUID() };
    unknown.panels = [{ ...payload.panels[0]!, materialId: crypto.randomUUID() }];
    const error = await link.submitQuote(unknown).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CompanyRequestError);
    expect(error).toMatchObject({ fn: 'portal_submit_quote', status: 400, sqlState: 'PS001' });
  });
});
