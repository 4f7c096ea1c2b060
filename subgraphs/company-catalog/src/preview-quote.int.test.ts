import { randomBytes } from 'node:crypto';
import { createDbCompanyDirectory, encryptSecret, type Material } from '@portal/company-link';
import { type Db, migrate, openDb } from '@portal/db';
import { openTestDb, type TestDb } from '@portal/db/testing';
import { applyCompanySetup, seedDemoCompany } from '@portal/demo-data';
import type { Identity } from '@portal/identity';
import { generateLocalKeys, type LocalSupabase, startLocalSupabase } from '@portal/local-supabase';
import { type PricingMethod, priceQuote } from '@portal/pricing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type CatalogSubgraph, createCatalogSubgraph } from './server.ts';

// previewQuote against two seeded demo companies behind the local Supabase-compatible endpoint:
// prices checked against the pricing library, contract calls cold and warm, invalidation by
// catalog version, bad input, unknown and unavailable companies.

const MIGRATIONS = new URL('../../../supabase/migrations', import.meta.url).pathname;
const ACTIVE = ['turinova', 'debreceni-lapszabasz'] as const;
/** Short, so the invalidation test waits little; long enough for "warm" to stay warm. */
const VERSION_TTL_MS = 1_500;

interface GraphQLResult {
  data?: Record<string, any> | null;
  errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, any> }>;
}

let portalDb: TestDb;
let directory: ReturnType<typeof createDbCompanyDirectory>;
const companyDbs = new Map<string, Db>();
let supabase: LocalSupabase;
const ids: Record<string, string> = {};
const customer: Identity = {
  kind: 'customer',
  customerId: '00000000-0000-4000-8000-0000000000c1',
  email: 'asztalos@example.hu',
  sessionId: 's1',
};

/** Catalog rows of turinova to build cut lists from. */
let materials: Material[];
let edgeIds: string[];
let accessoryId: string;
let feeTypeId: string;
let otherCompanyMaterialId: string;

const newSubgraph = (): CatalogSubgraph =>
  createCatalogSubgraph({
    directory,
    timeoutMs: 1_000,
    signingKey: randomBytes(32),
    catalogCache: { versionTtlMs: VERSION_TTL_MS },
  });

async function preview(
  subgraph: CatalogSubgraph,
  companyId: string,
  input: unknown,
  identity: Identity = customer,
  selection = PRICING_FIELDS,
): Promise<GraphQLResult> {
  const response = await subgraph.server.executeOperation(
    {
      query: `query ($companyId: ID!, $input: QuoteInput!) { previewQuote(companyId: $companyId, input: $input) { ${selection} } }`,
      variables: { companyId, input },
    },
    { contextValue: await subgraph.contextFor(identity, 'preview-test') },
  );
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return response.body.singleResult as GraphQLResult;
}

const amounts = 'net { amount currency } vat { amount } gross { amount } vatRate';
const PRICING_FIELDS = /* GraphQL */ `
  companyId catalogVersion pricedAt currency
  materials {
    material { id name } boardsUsed usage pricingMethod chargedM2 cutLengthM
    boards { index placements { x y widthMm heightMm rotated row label } cuts { lengthMm } usage pricingMethod }
    boardMaterial { ${amounts} }
    edgeBandings { edgeBanding { id } lengthM amounts { ${amounts} } }
    edgeBandingTotal { ${amounts} }
    cutting { lengthM feePerM { amount } amounts { ${amounts} } }
    services { service quantity unit unitPrice { amount } amounts { ${amounts} } }
    servicesTotal { ${amounts} }
    total { ${amounts} }
  }
  accessories { row accessory { id name } quantity unitPrice { amount } amounts { ${amounts} } }
  fees { row fee { id name } quantity unitPrice { amount } amounts { ${amounts} } }
  totals {
    boardMaterial { gross { amount } } edgeBanding { gross { amount } } cutting { gross { amount } }
    services { gross { amount } } materials { ${amounts} } accessories { ${amounts} }
    fees { ${amounts} } quote { ${amounts} }
  }
  discount { percent discountableGross { amount } amount { amount } }
  finalTotal { amount currency }
`;

/** `slug fn` of every call the endpoint answered, sorted. */
const endpointCalls = () =>
  supabase
    .calls()
    .map((c) => `${c.slug} ${c.fn}`)
    .sort();

/** A 12-row cut list over three materials with banding, drilling, doubling and angle cuts. */
function cutList() {
  const [m1, m2, m3] = materials;
  return {
    panels: [
      {
        materialId: m1!.id,
        widthMm: 720,
        heightMm: 560,
        quantity: 4,
        label: 'Oldal',
        edgeBandingA: edgeIds[0],
        edgeBandingC: edgeIds[0],
      },
      {
        materialId: m1!.id,
        widthMm: 600,
        heightMm: 560,
        quantity: 2,
        label: 'Polc',
        edgeBandingA: edgeIds[1],
      },
      {
        materialId: m2!.id,
        widthMm: 716,
        heightMm: 396,
        quantity: 6,
        label: 'Ajtó',
        hingeHoles: 2,
        hingeHoleSide: 'LONG',
        edgeBandingA: edgeIds[0],
        edgeBandingB: edgeIds[0],
        edgeBandingC: edgeIds[0],
        edgeBandingD: edgeIds[0],
      },
      { materialId: m1!.id, widthMm: 800, heightMm: 300, quantity: 3 },
      {
        materialId: m3!.id,
        widthMm: 1200,
        heightMm: 600,
        quantity: 1,
        doubling: true,
        label: 'Pult',
      },
      { materialId: m2!.id, widthMm: 500, heightMm: 400, quantity: 2, angleCut: true },
    ],
    accessories: [{ accessoryId, quantity: 8 }],
    fees: [{ feeTypeId, quantity: 1 }],
  };
}

beforeAll(async () => {
  portalDb = await openTestDb('pglite');
  await migrate(portalDb, MIGRATIONS);
  const local = [];
  const keys = new Map<string, ReturnType<typeof generateLocalKeys>>();
  for (const slug of ACTIVE) {
    const db = await openDb();
    await applyCompanySetup(db);
    await seedDemoCompany(db, slug);
    companyDbs.set(slug, db);
    keys.set(slug, generateLocalKeys());
    local.push({ slug, db, ...keys.get(slug)! });
  }
  supabase = await startLocalSupabase({ companies: local, port: 0 });
  const encryptionKey = randomBytes(32);
  const register = async (slug: string, active: boolean) => {
    const [row] = await portalDb.query<{ id: string }>(
      `insert into companies (name, slug, active, supabase_url, secret_key_ciphertext)
       values ($1, $2, $3, $4, $5) returning id`,
      [
        slug,
        slug,
        active,
        supabase.companyUrl(ACTIVE.includes(slug as never) ? slug : 'turinova'),
        encryptSecret(
          keys.get(ACTIVE.includes(slug as never) ? slug : 'turinova')!.serviceKey,
          encryptionKey,
        ),
      ],
    );
    ids[slug] = row!.id;
  };
  for (const slug of ACTIVE) await register(slug, true);
  await register('regi', false);
  directory = createDbCompanyDirectory(portalDb, encryptionKey, { ttlMs: 1_000 });

  const link = await newSubgraph()
    .contextFor(customer, 'setup')
    .then((ctx) => ctx.links.get(ids.turinova!));
  const onStock = await link.materialsSearch({ limit: 100 });
  // Three ordinary boards (big enough for the cut list), on stock or not, as the catalog has them.
  materials = onStock.items.filter((m) => m.lengthMm >= 2000 && m.widthMm >= 1000).slice(0, 3);
  expect(materials).toHaveLength(3);
  edgeIds = (await link.edgeBandingsSearch({ limit: 2 })).items.map((e) => e.id);
  accessoryId = (await link.accessoriesSearch({ limit: 1 })).items[0]!.id;
  feeTypeId = (await link.feeTypesSearch({ limit: 1 })).items[0]!.id;
  const other = await newSubgraph()
    .contextFor(customer, 'setup')
    .then((ctx) => ctx.links.get(ids['debreceni-lapszabasz']!));
  otherCompanyMaterialId = (await other.materialsSearch({ limit: 1 })).items[0]!.id;
});

afterAll(async () => {
  await supabase?.close();
  for (const db of companyDbs.values()) await db.close();
  await portalDb?.close();
});

beforeEach(() => {
  for (const slug of ACTIVE) supabase.setFault(slug, null);
  supabase.resetCalls();
});

describe('previewQuote against real demo companies', () => {
  it('prices a cut list exactly as the pricing library does with the catalog prices', async () => {
    const subgraph = newSubgraph();
    const input = cutList();
    const res = await preview(subgraph, ids.turinova!, input);
    expect(res.errors).toBeUndefined();
    const priced = res.data!.previewQuote;

    // The expected result from the library, fed the same catalog rows read directly.
    const link = await (await subgraph.contextFor(customer, 'x')).links.get(ids.turinova!);
    const [rows, edges, accessories, fees, services, version] = await Promise.all([
      link.materialsByIds(materials.map((m) => m.id)),
      link.edgeBandingsByIds(edgeIds),
      link.accessoriesByIds([accessoryId]),
      link.feeTypesByIds([feeTypeId]),
      link.services(),
      link.catalogVersion(),
    ]);
    const row = (id: string) => rows.find((m) => m.id === id)!;
    const order = [...new Set(input.panels.map((p) => p.materialId))];
    const expected = priceQuote({
      materials: order.map((id) => ({
        material: row(id),
        panels: input.panels.flatMap((p, i) =>
          p.materialId === id
            ? [
                {
                  ...p,
                  id: String(i),
                  hingeHoleSide: p.hingeHoleSide === 'LONG' ? ('long' as const) : null,
                },
              ]
            : [],
        ),
      })),
      edgeBandings: edges,
      services,
      accessories: [{ ...accessories[0]!, id: '0', accessoryId, quantity: 8 }],
      fees: [{ ...fees[0]!, id: '0', unitPriceNet: fees[0]!.netPrice, quantity: 1 }],
    });

    expect(priced.catalogVersion).toBe(version);
    expect(priced.currency).toBe('HUF');
    expect(Date.parse(priced.pricedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(priced.finalTotal).toEqual({ amount: expected.finalTotal, currency: 'HUF' });
    expect(priced.totals.quote.gross.amount).toBe(expected.totals.quote.gross);
    expect(priced.totals.materials.net.amount).toBe(expected.totals.materials.net);
    expect(priced.totals.accessories.gross.amount).toBe(expected.totals.accessories.gross);
    expect(priced.totals.fees.gross.amount).toBe(expected.totals.fees.gross);
    expect(priced.discount).toEqual({
      percent: '0',
      discountableGross: { amount: expected.discount.discountableGross },
      amount: { amount: '0.00' },
    });
    expect(priced.materials.map((m: { material: { id: string } }) => m.material.id)).toEqual(order);
    priced.materials.forEach((m: Record<string, any>, i: number) => {
      const e = expected.materials[i]!;
      expect(m.boardsUsed).toBe(e.boardsUsed);
      expect(m.boards).toHaveLength(e.boardsUsed);
      expect(m.chargedM2).toBe(e.chargedM2);
      expect(m.pricingMethod).toBe(
        e.pricingMethod && (e.pricingMethod.toUpperCase() as Uppercase<PricingMethod | 'mixed'>),
      );
      expect(m.boardMaterial.gross.amount).toBe(e.materialLine.gross);
      expect(m.cutting.amounts.net.amount).toBe(e.cuttingLine.net);
      expect(m.total.gross.amount).toBe(e.total.gross);
    });

    // Known catalog prices, by hand: cutting = cut length × the company's fee per metre.
    const m0 = priced.materials[0];
    expect(m0.cutting.feePerM.amount).toBe(Number(services.cuttingFeePerM).toFixed(2));
    expect(Number(m0.cutting.amounts.net.amount)).toBeCloseTo(
      Number(m0.cutLengthM) * Number(services.cuttingFeePerM),
      2,
    );
    // Hinge holes of "Ajtó": 6 panels × 2 holes at the company's fee.
    const hinge = priced.materials[1].services.find(
      (s: { service: string }) => s.service === 'HINGE_HOLES',
    );
    expect(hinge).toMatchObject({ quantity: '12', unit: 'hole' });
    // Placements point back at the customer's rows (1-based), every piece placed once.
    const placed = priced.materials[0].boards.flatMap((b: { placements: { row: number }[] }) =>
      b.placements.map((p) => p.row),
    );
    expect(placed.sort()).toEqual([1, 1, 1, 1, 2, 2, 4, 4, 4]);
    expect(priced.accessories[0]).toMatchObject({
      row: 1,
      quantity: 8,
      accessory: { id: accessoryId },
    });
  });

  it('reads the catalog with one call per kind cold, and with none warm', async () => {
    const subgraph = newSubgraph();
    expect((await preview(subgraph, ids.turinova!, cutList())).errors).toBeUndefined();
    expect(endpointCalls()).toEqual([
      'turinova portal_accessories_by_ids',
      'turinova portal_catalog_version',
      'turinova portal_edge_bandings_by_ids',
      'turinova portal_fee_types_by_ids',
      'turinova portal_materials_by_ids',
      'turinova portal_services',
    ]);
    supabase.resetCalls();
    expect((await preview(subgraph, ids.turinova!, cutList())).errors).toBeUndefined();
    expect(endpointCalls()).toEqual([]);
  });

  it('sees a changed price after the version interval, never a stale one after it', async () => {
    const subgraph = newSubgraph();
    const cutting = async () => {
      const res = await preview(subgraph, ids.turinova!, cutList());
      expect(res.errors).toBeUndefined();
      return res.data!.previewQuote as Record<string, any>;
    };
    const before = await cutting();
    const fee = Number(before.materials[0].cutting.feePerM.amount);
    await companyDbs
      .get('turinova')!
      .query('update cutting_fees set fee_per_meter = fee_per_meter + 100');
    try {
      await new Promise((resolve) => setTimeout(resolve, VERSION_TTL_MS + 100));
      supabase.resetCalls();
      const after = await cutting();
      expect(Number(after.materials[0].cutting.feePerM.amount)).toBe(fee + 100);
      expect(after.catalogVersion).not.toBe(before.catalogVersion);
      expect(after.finalTotal.amount).not.toBe(before.finalTotal.amount);
      // A new version: every kind is read again, once.
      expect(endpointCalls()).toHaveLength(6);
      // And warm again right after: only the (fresh) version may be asked again.
      supabase.resetCalls();
      await cutting();
      expect(endpointCalls()).toEqual([]);
    } finally {
      await companyDbs
        .get('turinova')!
        .query('update cutting_fees set fee_per_meter = fee_per_meter - 100');
    }
  });

  it.each([
    [
      'a zero quantity',
      (i: any) => {
        i.panels[3].quantity = 0;
      },
      'input.panels[3].quantity',
      /row 4.*quantity/,
    ],
    [
      'a negative size',
      (i: any) => {
        i.panels[1].widthMm = -5;
      },
      'input.panels[1].widthMm',
      /"Polc" \(row 2\).*width/,
    ],
    [
      'an absurd quantity',
      (i: any) => {
        i.panels[0].quantity = 200_000;
      },
      'input.panels[0].quantity',
      /quantity/,
    ],
    [
      'a panel larger than its board',
      (i: any) => {
        i.panels[3].widthMm = 9000;
        i.panels[3].heightMm = 9000;
      },
      'input.panels[3]',
      /row 4/,
    ],
    [
      'an unknown material',
      (i: any) => {
        i.panels[2].materialId = '00000000-0000-4000-8000-00000000dead';
      },
      'input.panels[2].materialId',
      /"Ajtó" \(row 3\).*material/,
    ],
    [
      'a malformed material id',
      (i: any) => {
        i.panels[0].materialId = 'abc';
      },
      'input.panels[0].materialId',
      /not in this company's catalog/,
    ],
    [
      'a material of another company',
      (i: any) => {
        i.panels[4].materialId = otherCompanyMaterialId;
      },
      'input.panels[4].materialId',
      /"Pult" \(row 5\)/,
    ],
    [
      'an unknown edge banding',
      (i: any) => {
        i.panels[1].edgeBandingD = '00000000-0000-4000-8000-00000000beef';
      },
      'input.panels[1].edgeBandingD',
      /side D/,
    ],
    [
      'an unknown accessory',
      (i: any) => {
        i.accessories[0].accessoryId = '00000000-0000-4000-8000-00000000feed';
      },
      'input.accessories[0].accessoryId',
      /Accessory line 1/,
    ],
    [
      'an unknown fee type',
      (i: any) => {
        i.fees[0].feeTypeId = '00000000-0000-4000-8000-00000000f00d';
      },
      'input.fees[0].feeTypeId',
      /Fee line 1/,
    ],
    [
      'too many hinge holes',
      (i: any) => {
        i.panels[2].hingeHoles = 11;
      },
      'input.panels[2].hingeHoles',
      /hinge holes/,
    ],
    [
      'too many pieces',
      (i: any) => {
        i.panels = Array.from({ length: 6 }, () => ({ ...i.panels[0], quantity: 10_000 }));
      },
      'input.panels[5].quantity',
      /Too many pieces/,
    ],
  ])('refuses %s with BAD_USER_INPUT naming the field', async (_label, change, field, message) => {
    const input = cutList();
    change(input);
    const res = await preview(newSubgraph(), ids.turinova!, input);
    expect(res.data).toBeNull();
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(res.errors![0]!.message).toMatch(message);
  });

  it('refuses an inactive material and edge banding by name and row', async () => {
    const db = companyDbs.get('turinova')!;
    const subgraph = newSubgraph();
    await db.query('update materials set active = false where id = $1', [materials[1]!.id]);
    try {
      const res = await preview(subgraph, ids.turinova!, cutList());
      expect(res.errors![0]!.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.panels[2].materialId',
      });
      expect(res.errors![0]!.message).toContain(`"${materials[1]!.name}" is no longer sold`);
    } finally {
      await db.query('update materials set active = true where id = $1', [materials[1]!.id]);
    }
    await db.query('update edge_materials set active = false where id = $1', [edgeIds[1]]);
    try {
      const res = await preview(newSubgraph(), ids.turinova!, cutList());
      expect(res.errors![0]!.extensions).toMatchObject({ field: 'input.panels[1].edgeBandingA' });
      expect(res.errors![0]!.message).toMatch(/no longer sold/);
    } finally {
      await db.query('update edge_materials set active = true where id = $1', [edgeIds[1]]);
    }
  });

  it('gives every board its diagram: the same placements, labels and cuts in one value', async () => {
    const res = await preview(
      newSubgraph(),
      ids.turinova!,
      cutList(),
      customer,
      'boards { placements { x y widthMm heightMm rotated row label } cuts { x1 y1 x2 y2 } diagram }',
    );
    expect(res.errors).toBeUndefined();
    const boards = res.data!.previewQuote.boards as Array<{
      placements: Array<{
        x: number;
        y: number;
        widthMm: number;
        heightMm: number;
        rotated: boolean;
        row: number;
        label: string | null;
      }>;
      cuts: Array<{ x1: number; y1: number; x2: number; y2: number }>;
      diagram: { placements: number[][]; cuts: number[][]; labels: Record<string, string> };
    }>;
    expect(boards.length).toBeGreaterThan(1);
    let labelled = 0;
    for (const board of boards) {
      expect(board.diagram.placements).toEqual(
        board.placements.map((p) => [p.x, p.y, p.widthMm, p.heightMm, p.rotated ? 1 : 0, p.row]),
      );
      expect(board.diagram.cuts).toEqual(board.cuts.map((c) => [c.x1, c.y1, c.x2, c.y2]));
      for (const p of board.placements) {
        expect(board.diagram.labels[p.row]).toBe(p.label ?? undefined);
        if (p.label) labelled++;
      }
    }
    expect(labelled).toBeGreaterThan(0);
  });

  it('refuses 200 000 panel rows fast with a limit, before asking the company', async () => {
    const row = cutList().panels[0]!;
    const input = { panels: Array.from({ length: 200_000 }, () => row) };
    const started = performance.now();
    const res = await preview(newSubgraph(), ids.turinova!, input);
    // In process there is no body limit: GraphQL coerces all 200 000 rows first (~2 s idle,
    // ~5 s on a busy 2-core machine). Through HTTP the 1 MB body limit refuses it at once
    // (packages/embedded/src/preview-quote.int.test.ts).
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(res.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.panels',
    });
    expect(res.errors![0]!.message).toMatch(/at most 1000, got 200000/);
    expect(res.errors![0]!.extensions?.limit).toBe(1000);
    expect(endpointCalls()).toEqual([]);
  });

  it('answers NOT_FOUND for an unknown or deactivated company', async () => {
    for (const companyId of ['00000000-0000-4000-8000-000000000000', ids.regi!]) {
      const res = await preview(newSubgraph(), companyId, cutList());
      expect(res.errors![0]!.extensions?.code).toBe('NOT_FOUND');
    }
    const malformed = await preview(newSubgraph(), 'nope', cutList());
    expect(malformed.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'companyId',
    });
    expect(endpointCalls()).toEqual([]);
  });

  it('answers COMPANY_UNAVAILABLE when the company is down', async () => {
    supabase.setFault('turinova', { kind: 'down' });
    const res = await preview(newSubgraph(), ids.turinova!, cutList());
    expect(res.data).toBeNull();
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'COMPANY_UNAVAILABLE' });
  });

  it('refuses anonymous callers and partner keys without catalog:read', async () => {
    const subgraph = newSubgraph();
    for (const identity of [
      { kind: 'anonymous' } as const,
      {
        kind: 'partner' as const,
        apiKeyId: 'k',
        scopes: ['quotes:read' as const],
        owner: { kind: 'customer' as const, customerId: customer.customerId },
      },
    ]) {
      const res = await preview(
        subgraph,
        ids.turinova!,
        cutList(),
        identity,
        'finalTotal { amount }',
      );
      expect(res.errors![0]!.extensions?.code).toBe('FORBIDDEN');
    }
    const partner = await preview(
      subgraph,
      ids.turinova!,
      cutList(),
      {
        kind: 'partner',
        apiKeyId: 'k',
        scopes: ['catalog:read'],
        owner: { kind: 'company', companyId: ids.turinova! },
      },
      'finalTotal { amount }',
    );
    expect(partner.errors).toBeUndefined();
  });
});
