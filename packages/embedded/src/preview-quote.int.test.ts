import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LIMITS } from '@portal/pricing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSystem, startSystem } from './start-system.ts';

// previewQuote through the gateway on the embedded default: the customer's discount (from the
// portal, the same as on a saved quote), the quote builder's full query within the cost limit,
// and the limits a huge cut list runs into.

interface Result {
  data?: any;
  errors?: Array<{ message: string; extensions?: Record<string, any> }>;
}

let dataDir: string;
let system: RunningSystem;
const lines: string[] = [];
let turinova: string;
let kecskemet: string;
/** Three materials, two edge bandings, an accessory and a fee type of turinova. */
let catalog: { materials: string[]; edges: string[]; accessory: string; fee: string };

async function post(body: string, token?: string): Promise<Response> {
  return fetch(system.graphqlUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body,
  });
}

async function gql(query: string, variables = {}, token?: string): Promise<Result> {
  return (await (await post(JSON.stringify({ query, variables }), token)).json()) as Result;
}

/** A verified, signed-in customer connected to the given companies; their access token. */
async function customer(email: string, companyIds: string[]): Promise<string> {
  const password = 'Lapszabasz-2026';
  await gql('mutation($i: SignUpInput!) { signUp(input: $i) { ok } }', {
    i: { email, password, name: 'Árajánlat Ödön', companyIds },
  });
  const logged = lines.find((l) => l.startsWith(`mail to ${email}`));
  const token = new URL(logged!.split(' — ')[1]!).searchParams.get('token');
  await gql('mutation($t: String!) { verifyEmail(token: $t) { ok } }', { t: token });
  const signIn = await gql(
    'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { session { accessToken } } }',
    { e: email, p: password },
  );
  return signIn.data.signIn.session.accessToken as string;
}

async function setDiscount(email: string, companyId: string, percent: string): Promise<void> {
  await system.portalDb.query(
    `update customer_companies set discount_percent = $3
      where company_id = $2 and customer_id = (select id from customers where email = $1)`,
    [email, companyId, percent],
  );
}

/** 100 pieces in 24 rows over three materials: carcasses, banded doors with hinge holes, backs. */
function kitchen() {
  const [carcass, fronts, backs] = catalog.materials;
  const [e1, e2] = catalog.edges;
  const panels: Array<Record<string, unknown>> = [];
  for (const w of [400, 500, 600, 800]) {
    const inner = w - 36;
    panels.push(
      {
        materialId: carcass,
        widthMm: 720,
        heightMm: 560,
        quantity: 2,
        label: `A${w} oldal`,
        edgeBandingA: e1,
      },
      {
        materialId: carcass,
        widthMm: inner,
        heightMm: 560,
        quantity: 2,
        label: `A${w} fenék`,
        edgeBandingA: e1,
      },
      {
        materialId: carcass,
        widthMm: inner,
        heightMm: 540,
        quantity: 3,
        label: `A${w} polc`,
        edgeBandingA: e1,
      },
      {
        materialId: fronts,
        widthMm: 716,
        heightMm: w - 4,
        quantity: 4,
        label: `A${w} ajtó`,
        edgeBandingA: e2,
        edgeBandingB: e2,
        edgeBandingC: e2,
        edgeBandingD: e2,
        hingeHoles: 2,
        hingeHoleSide: 'LONG',
      },
      { materialId: backs, widthMm: 716, heightMm: w - 4, quantity: 6, label: `A${w} hátfal` },
      { materialId: carcass, widthMm: inner, heightMm: 100, quantity: 8, label: `A${w} heveder` },
    );
  }
  return {
    panels,
    accessories: [{ accessoryId: catalog.accessory, quantity: 16 }],
    fees: [{ feeTypeId: catalog.fee, quantity: 1 }],
  };
}

const amounts = 'net { amount currency } vat { amount } gross { amount } vatRate';
/**
 * The quote builder's query: totals, the breakdown per material and every board's diagram
 * (placements with labels, cuts) selected under its material.
 */
const BUILDER_QUERY = /* GraphQL */ `
  query QuoteBuilderPreview($companyId: ID!, $input: QuoteInput!) {
    previewQuote(companyId: $companyId, input: $input) {
      catalogVersion pricedAt currency
      materials {
        material { id name }
        boardsUsed usage pricingMethod chargedM2 cutLengthM
        boardMaterial { ${amounts} }
        edgeBandings { edgeBanding { id label } lengthM amounts { ${amounts} } }
        cutting { lengthM amounts { ${amounts} } }
        services { service quantity unit amounts { ${amounts} } }
        total { ${amounts} }
        boards {
          index lengthMm widthMm usable { x y widthMm heightMm }
          placements { x y widthMm heightMm rotated row label }
          cuts { x1 y1 x2 y2 }
          usage pricingMethod chargedM2
        }
      }
      accessories { row accessory { id name } quantity amounts { ${amounts} } }
      fees { row fee { id name } quantity amounts { ${amounts} } }
      totals { materials { ${amounts} } accessories { ${amounts} } fees { ${amounts} } quote { ${amounts} } }
      discount { percent discountableGross { amount } amount { amount } }
      finalTotal { amount currency }
    }
  }`;

const TOTALS_QUERY = /* GraphQL */ `
  query ($companyId: ID!, $input: QuoteInput!) {
    previewQuote(companyId: $companyId, input: $input) {
      totals { quote { gross { amount } } }
      discount { percent amount { amount } }
      finalTotal { amount }
    }
  }`;

const CREATE = /* GraphQL */ `
  mutation ($input: QuoteDraftInput!) {
    createQuote(input: $input) {
      quote { totals { gross { amount } discountPercent final { amount } } }
      error { code field message }
    }
  }`;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'portal-preview-'));
  system = await startSystem({ dataDir, log: (line) => lines.push(line) });
  const companies = await gql('{ companies { id slug } }');
  const bySlug = new Map<string, string>(
    companies.data.companies.map((c: { id: string; slug: string }) => [c.slug, c.id]),
  );
  turinova = bySlug.get('turinova')!;
  kecskemet = [...bySlug.entries()].find(([slug]) => slug !== 'turinova')![1];
  const rows = await gql(`{
    company(slug: "turinova") {
      materials(first: 50) { nodes { id lengthMm widthMm active } }
      edgeBandings(first: 2) { nodes { id } }
      accessories(first: 1) { nodes { id } }
      fees { id }
    }
  }`);
  const c = rows.data.company;
  catalog = {
    materials: c.materials.nodes
      .filter((m: any) => m.active && m.lengthMm >= 2000 && m.widthMm >= 1000)
      .slice(0, 3)
      .map((m: any) => m.id),
    edges: c.edgeBandings.nodes.map((e: any) => e.id),
    accessory: c.accessories.nodes[0].id,
    fee: c.fees[0].id,
  };
  expect(catalog.materials).toHaveLength(3);
  // Starting the whole system (five PGlite databases) takes minutes on a busy 2-core machine.
}, 300_000);

afterAll(async () => {
  await system?.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('previewQuote through the gateway', () => {
  it("applies the customer's own discount, the same as the saved quote, and no one else's", async () => {
    const discounted = await customer('kedvezmeny@example.hu', [turinova, kecskemet]);
    const plain = await customer('listaar@example.hu', [turinova]);
    await setDiscount('kedvezmeny@example.hu', turinova, '10');
    const input = kitchen();

    const withDiscount = await gql(TOTALS_QUERY, { companyId: turinova, input }, discounted);
    expect(withDiscount.errors).toBeUndefined();
    const p = withDiscount.data.previewQuote;
    expect(Number(p.discount.percent)).toBe(10);
    const gross = Number(p.totals.quote.gross.amount);
    expect(Number(p.discount.amount.amount)).toBeGreaterThan(0);
    // The kitchen has no negative lines: 10 % off the whole gross.
    expect(Number(p.finalTotal.amount)).toBeCloseTo(gross * 0.9, 2);

    // The saved quote gets the same discount and the same final total.
    const saved = await gql(CREATE, { input: { companyId: turinova, ...input } }, discounted);
    expect(saved.data.createQuote.error).toBeNull();
    expect(saved.data.createQuote.quote.totals).toEqual({
      gross: { amount: p.totals.quote.gross.amount },
      discountPercent: '10.00',
      final: { amount: p.finalTotal.amount },
    });

    // Another customer at the same company, and the same customer at another company: none.
    const other = await gql(TOTALS_QUERY, { companyId: turinova, input }, plain);
    expect(Number(other.data.previewQuote.discount.percent)).toBe(0);
    expect(other.data.previewQuote.finalTotal.amount).toBe(p.totals.quote.gross.amount);
    const elsewhere = await gql(
      TOTALS_QUERY,
      { companyId: kecskemet, input: { panels: [] } },
      discounted,
    );
    expect(elsewhere.errors).toBeUndefined();
    expect(Number(elsewhere.data.previewQuote.discount.percent)).toBe(0);

    // The input has no way to carry a discount.
    const forged = await gql(
      TOTALS_QUERY,
      { companyId: turinova, input: { ...input, discountPercent: '50' } },
      plain,
    );
    expect(forged.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // The portal's route answers only bodies signed with the gateway key.
    const unsigned = await fetch(new URL('/internal/customer-discount', system.portalUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        customerId: '00000000-0000-4000-8000-000000000001',
        companyId: turinova,
      }),
    });
    expect(unsigned.status).toBe(403);
    // Anonymous visitors get no preview at all.
    const anonymous = await gql(TOTALS_QUERY, { companyId: turinova, input });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("answers the quote builder's full query with every board's diagram under its material", async () => {
    const token = await customer('epito@example.hu', [turinova]);
    const res = await gql(BUILDER_QUERY, { companyId: turinova, input: kitchen() }, token);
    expect(res.errors).toBeUndefined();
    const materials = res.data.previewQuote.materials as Array<{
      boardsUsed: number;
      boards: Array<{ placements: Array<{ label: string | null; row: number }> }>;
    }>;
    expect(materials).toHaveLength(3);
    const placements = materials.flatMap((m) => m.boards.flatMap((b) => b.placements));
    expect(placements).toHaveLength(100);
    expect(placements.every((p) => p.label?.startsWith('A'))).toBe(true);
    for (const m of materials) expect(m.boards).toHaveLength(m.boardsUsed);
  });

  it('refuses more rows than a saved draft holds, naming the limit, in preview and on save', async () => {
    const token = await customer('sok-sor@example.hu', [turinova]);
    const row = kitchen().panels[0]!;
    const panels = Array.from({ length: LIMITS.maxPanelRows + 1 }, () => ({ ...row, quantity: 1 }));
    const preview = await gql(TOTALS_QUERY, { companyId: turinova, input: { panels } }, token);
    expect(preview.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.panels',
      limit: LIMITS.maxPanelRows,
    });
    expect(preview.errors?.[0]?.message).toMatch(`at most ${LIMITS.maxPanelRows}`);
    const saved = await gql(CREATE, { input: { companyId: turinova, panels } }, token);
    expect(saved.data.createQuote.error).toMatchObject({ code: 'INVALID_INPUT' });
    expect(saved.data.createQuote.error.message).toMatch(`at most ${LIMITS.maxPanelRows}`);
    // Exactly at the limit previews fine.
    const atLimit = await gql(
      TOTALS_QUERY,
      { companyId: turinova, input: { panels: panels.slice(1) } },
      token,
    );
    expect(atLimit.errors).toBeUndefined();
  });

  it('refuses 200 000 panels quickly, whether as rows or as quantities', async () => {
    const token = await customer('ketszazezer@example.hu', [turinova]);
    const row = kitchen().panels[0]!;
    // As rows: the body alone is ~25 MB, refused by the gateway's 1 MB body limit.
    const huge = JSON.stringify({
      query: TOTALS_QUERY,
      variables: {
        companyId: turinova,
        input: { panels: Array.from({ length: 200_000 }, () => ({ ...row, quantity: 1 })) },
      },
    });
    let started = performance.now();
    const rows = await post(huge, token);
    expect(rows.status).toBe(413);
    expect(((await rows.json()) as Result).errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
    expect(performance.now() - started).toBeLessThan(10_000);
    // As 20 rows of 10 000: refused by the pieces limit before any layout.
    started = performance.now();
    const pieces = await gql(
      TOTALS_QUERY,
      {
        companyId: turinova,
        input: { panels: Array.from({ length: 20 }, () => ({ ...row, quantity: 10_000 })) },
      },
      token,
    );
    expect(pieces.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      limit: LIMITS.maxPiecesPerQuote,
    });
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
