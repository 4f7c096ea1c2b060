import { randomBytes } from 'node:crypto';
import { createDbCompanyDirectory, encryptSecret } from '@portal/company-link';
import { type Db, migrate, openDb } from '@portal/db';
import { openTestDb, type TestDb, testEngines } from '@portal/db/testing';
import { applyCompanySetup, seedDemoCompany, stableUuid } from '@portal/demo-data';
import type { Identity } from '@portal/identity';
import { generateLocalKeys, type LocalSupabase, startLocalSupabase } from '@portal/local-supabase';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type CatalogSubgraph, createCatalogSubgraph } from '../server.ts';

// compareQuote across the three active demo companies behind the local Supabase-compatible
// endpoint: calls per company and kind (the endpoint's call log), matching, a missing board, a
// substitution, a company down or slow, and ids of the wrong company.

const MIGRATIONS = new URL('../../../../supabase/migrations', import.meta.url).pathname;
const SLUGS = ['turinova', 'kecskemeti-butorlap', 'debreceni-lapszabasz'] as const;
/** The comparison's deadline per company in these tests. */
const COMPARE_TIMEOUT_MS = 1_500;

interface GraphQLResult {
  data?: Record<string, any> | null;
  errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, any> }>;
}

const customer: Identity = {
  kind: 'customer',
  customerId: '00000000-0000-4000-8000-0000000000c1',
  email: 'asztalos@example.hu',
  sessionId: 's1',
};
const companyDbs = new Map<string, Db>();
const keys = new Map<string, ReturnType<typeof generateLocalKeys>>();
let supabase: LocalSupabase;

const material = (slug: string, key: string) => stableUuid(slug, 'materials', key);
const edge = (slug: string, key: string) => stableUuid(slug, 'edge_materials', key);

const COMPARISON = /* GraphQL */ `
  sourceCompanyId
  companies {
    companyId status
    unavailable { code reason message }
    pricing {
      companyId finalTotal { amount currency }
      materials { material { id name } boardsUsed total { gross { amount } } }
      boards { index }
    }
    matches { kind sourceId targetId how }
    missing { kind sourceId sourceName searched fields }
    substitutionsUsed { kind sourceId targetId how }
  }
`;

beforeAll(async () => {
  const local = [];
  for (const slug of SLUGS) {
    const db = await openDb();
    await applyCompanySetup(db);
    await seedDemoCompany(db, slug);
    companyDbs.set(slug, db);
    keys.set(slug, generateLocalKeys());
    local.push({ slug, db, ...keys.get(slug)! });
  }
  supabase = await startLocalSupabase({ companies: local, port: 0 });
});

afterAll(async () => {
  await supabase?.close();
  for (const db of companyDbs.values()) await db.close();
});

describe.each(testEngines())('compareQuote across the demo companies (%s)', (engine) => {
  let portalDb: TestDb;
  let directory: ReturnType<typeof createDbCompanyDirectory>;
  const ids: Record<string, string> = {};
  /** A Swiss Krono board of turinova: debreceni-lapszabasz sells no Swiss Krono. */
  let swissKrono: { id: string; name: string; thicknessMm: number };

  /**
   * A generous deadline by default (a cold PGlite on a busy machine can take a second for the
   * first listing); the slow-company test passes the short one.
   */
  const newSubgraph = (compareTimeoutMs = 30_000): CatalogSubgraph =>
    createCatalogSubgraph({
      directory,
      // Longer than the short deadline, so a slow company is cut by the deadline.
      timeoutMs: 3_000,
      signingKey: randomBytes(32),
      compareTimeoutMs,
    });

  async function execute(
    subgraph: CatalogSubgraph,
    query: string,
    variables: Record<string, unknown>,
    identity: Identity = customer,
  ): Promise<GraphQLResult> {
    const response = await subgraph.server.executeOperation(
      { query, variables },
      { contextValue: await subgraph.contextFor(identity, 'compare-test') },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult as GraphQLResult;
  }

  const compare = (
    variables: Record<string, unknown>,
    subgraph = newSubgraph(),
    identity: Identity = customer,
  ) =>
    execute(
      subgraph,
      `query ($source: ID!, $input: QuoteInput!, $companyIds: [ID!]!, $subs: [CompareSubstitutionInput!]) {
        compareQuote(sourceCompanyId: $source, input: $input, companyIds: $companyIds, substitutions: $subs) { ${COMPARISON} }
      }`,
      { source: ids.turinova, companyIds: SLUGS.map((s) => ids[s]), ...variables },
      identity,
    );

  /** Three core boards every demo company stocks, banded with a favourite edge banding. */
  function cutList() {
    return {
      panels: [
        {
          materialId: material('turinova', 'W1000 ST9|18'),
          widthMm: 720,
          heightMm: 560,
          quantity: 4,
          label: 'Oldal',
          edgeBandingA: edge('turinova', 'W1000|ABS|22|2.00'),
        },
        {
          materialId: material('turinova', 'H1145 ST10|18'),
          widthMm: 716,
          heightMm: 396,
          quantity: 6,
        },
        {
          materialId: material('turinova', 'U999 ST2|18'),
          widthMm: 800,
          heightMm: 300,
          quantity: 3,
        },
      ],
    };
  }

  const calls = () =>
    supabase
      .calls()
      .map((c) => `${c.slug} ${c.fn}`)
      .sort();

  beforeAll(async () => {
    portalDb = await openTestDb(engine);
    await migrate(portalDb, MIGRATIONS);
    const encryptionKey = randomBytes(32);
    for (const slug of SLUGS) {
      const [row] = await portalDb.query<{ id: string }>(
        `insert into companies (name, slug, active, supabase_url, secret_key_ciphertext)
         values ($1, $2, true, $3, $4) returning id`,
        [
          slug,
          slug,
          supabase.companyUrl(slug),
          encryptSecret(keys.get(slug)!.serviceKey, encryptionKey),
        ],
      );
      ids[slug] = row!.id;
    }
    directory = createDbCompanyDirectory(portalDb, encryptionKey, { ttlMs: 1_000 });
    const link = await newSubgraph()
      .contextFor(customer, 'setup')
      .then((ctx) => ctx.links.get(ids.turinova!));
    const boards = await link.materialsSearch({ limit: 500, thicknesses: [18] });
    const found = boards.items.find((m) => m.brand?.name === 'Swiss Krono' && m.active);
    expect(found).toBeDefined();
    swissKrono = found!;
    // Warm the company databases up, so the short deadline below measures the fault only.
    expect((await compare({ input: cutList() })).errors).toBeUndefined();
  });

  afterAll(async () => {
    await portalDb?.close();
  });

  beforeEach(() => {
    for (const slug of SLUGS) supabase.setFault(slug, null);
    supabase.resetCalls();
  });

  it('prices at all three with one call per company and kind, as previewQuote would', async () => {
    const subgraph = newSubgraph();
    const res = await compare({ input: cutList() }, subgraph);
    expect(res.errors).toBeUndefined();
    const companies = res.data!.compareQuote.companies as any[];
    expect(companies.map((c) => [c.companyId, c.status, c.unavailable])).toEqual(
      SLUGS.map((s) => [ids[s], 'PRICED', null]),
    );
    expect(calls()).toEqual(
      [
        'debreceni-lapszabasz portal_catalog_version',
        'debreceni-lapszabasz portal_edge_bandings_search',
        'debreceni-lapszabasz portal_materials_search',
        'debreceni-lapszabasz portal_services',
        'kecskemeti-butorlap portal_catalog_version',
        'kecskemeti-butorlap portal_edge_bandings_search',
        'kecskemeti-butorlap portal_materials_search',
        'kecskemeti-butorlap portal_services',
        'turinova portal_catalog_version',
        'turinova portal_edge_bandings_by_ids',
        'turinova portal_materials_by_ids',
        'turinova portal_services',
      ].sort(),
    );
    // The same boards found at the other companies (their own ids), in the same order.
    for (const slug of SLUGS) {
      const at = companies.find((c) => c.companyId === ids[slug])!;
      expect(at.matches).toEqual([
        {
          kind: 'MATERIAL',
          sourceId: material('turinova', 'W1000 ST9|18'),
          targetId: material(slug, 'W1000 ST9|18'),
          how: slug === 'turinova' ? 'SAME' : 'MATCHED',
        },
        {
          kind: 'EDGE_BANDING',
          sourceId: edge('turinova', 'W1000|ABS|22|2.00'),
          targetId: edge(slug, 'W1000|ABS|22|2.00'),
          how: slug === 'turinova' ? 'SAME' : 'MATCHED',
        },
        {
          kind: 'MATERIAL',
          sourceId: material('turinova', 'H1145 ST10|18'),
          targetId: material(slug, 'H1145 ST10|18'),
          how: slug === 'turinova' ? 'SAME' : 'MATCHED',
        },
        {
          kind: 'MATERIAL',
          sourceId: material('turinova', 'U999 ST2|18'),
          targetId: material(slug, 'U999 ST2|18'),
          how: slug === 'turinova' ? 'SAME' : 'MATCHED',
        },
      ]);
      expect(at.missing).toEqual([]);
      expect(at.pricing.materials).toHaveLength(3);
      expect(at.pricing.boards.length).toBeGreaterThanOrEqual(3);
      // The mapped lines priced by previewQuote give exactly the same total.
      const mapped = cutList();
      const byId = new Map(at.matches.map((m: any) => [m.sourceId, m.targetId]));
      for (const panel of mapped.panels as any[]) {
        panel.materialId = byId.get(panel.materialId);
        if (panel.edgeBandingA) panel.edgeBandingA = byId.get(panel.edgeBandingA);
      }
      const preview = await execute(
        subgraph,
        'query ($c: ID!, $i: QuoteInput!) { previewQuote(companyId: $c, input: $i) { finalTotal { amount } } }',
        { c: ids[slug], i: mapped },
      );
      expect(preview.data!.previewQuote.finalTotal.amount).toBe(at.pricing.finalTotal.amount);
    }
    // Three companies, three different prices for the same cut list.
    expect(new Set(companies.map((c) => c.pricing.finalTotal.amount)).size).toBe(3);
  });

  it('reports a company that is down or slow as unavailable, without delaying the others', async () => {
    supabase.setFault('kecskemeti-butorlap', { kind: 'delay', ms: 10_000 });
    const started = performance.now();
    const slow = await compare({ input: cutList() }, newSubgraph(COMPARE_TIMEOUT_MS));
    const elapsed = performance.now() - started;
    expect(slow.errors).toBeUndefined();
    const companies = slow.data!.compareQuote.companies as any[];
    expect(companies.map((c) => c.status)).toEqual(['PRICED', 'UNAVAILABLE', 'PRICED']);
    expect(companies[1]).toMatchObject({
      companyId: ids['kecskemeti-butorlap'],
      unavailable: { code: 'COMPANY_UNAVAILABLE', reason: 'timeout' },
      pricing: null,
    });
    // Its deadline plus the others' (fast) work: never the 10 s the company would take.
    expect(elapsed).toBeLessThan(COMPARE_TIMEOUT_MS + 1_500);

    supabase.setFault('kecskemeti-butorlap', { kind: 'down' });
    const down = await compare({ input: cutList() }, newSubgraph(COMPARE_TIMEOUT_MS));
    const downCompanies = down.data!.compareQuote.companies as any[];
    expect(downCompanies.map((c) => c.status)).toEqual(['PRICED', 'UNAVAILABLE', 'PRICED']);
    expect(downCompanies[1].unavailable.code).toBe('COMPANY_UNAVAILABLE');
    expect(downCompanies[1].unavailable.reason).not.toBe('timeout');
  });

  it('with one company down, the other two answer in their normal time plus nothing', async () => {
    // The normal time: all three up, a fresh subgraph (no cached layout), best of three.
    const timed = async () => {
      const started = performance.now();
      const res = await compare({ input: cutList() }, newSubgraph(COMPARE_TIMEOUT_MS));
      return { res, ms: performance.now() - started };
    };
    const normal: number[] = [];
    for (let i = 0; i < 3; i++) {
      const { res, ms } = await timed();
      expect(res.data!.compareQuote.companies.map((c: any) => c.status)).toEqual([
        'PRICED',
        'PRICED',
        'PRICED',
      ]);
      normal.push(ms);
    }
    const baseline = Math.min(...normal);
    supabase.setFault('kecskemeti-butorlap', { kind: 'down' });
    const downTimes: number[] = [];
    for (let i = 0; i < 3; i++) {
      const { res, ms } = await timed();
      const companies = res.data!.compareQuote.companies as any[];
      expect(companies.map((c) => c.status)).toEqual(['PRICED', 'UNAVAILABLE', 'PRICED']);
      // The two that answer are priced exactly as when all three are up.
      expect(companies[0].pricing.finalTotal).toBeDefined();
      downTimes.push(ms);
    }
    const down = Math.min(...downTimes);
    // No deadline is waited for (a company that refuses connections fails at once), and the
    // answer takes what the two others take: the normal time, with slack for a busy machine
    // only (never a retry, a backoff or a timeout of the down one).
    expect(down).toBeLessThan(COMPARE_TIMEOUT_MS);
    expect(down).toBeLessThan(baseline * 1.5 + 300);
  });

  it('reports a board a company lacks, with what was searched, and prices the rest', async () => {
    const input = cutList();
    input.panels.push({
      materialId: swissKrono.id,
      widthMm: 500,
      heightMm: 400,
      quantity: 2,
    });
    const res = await compare({ input });
    expect(res.errors).toBeUndefined();
    const [, , debrecen] = res.data!.compareQuote.companies as any[];
    expect(debrecen.status).toBe('INCOMPLETE');
    expect(debrecen.missing).toEqual([
      {
        kind: 'MATERIAL',
        sourceId: swissKrono.id,
        sourceName: swissKrono.name,
        searched: expect.stringMatching(/^Swiss Krono · D\d+ · 18 mm$/),
        fields: ['input.panels[3].materialId'],
      },
    ]);
    // The other three rows are priced; the missing one is not.
    expect(debrecen.pricing.materials).toHaveLength(3);
  });

  it('applies a substitution for a missing board, and refuses a substitute of another company', async () => {
    const input = cutList();
    input.panels.push({ materialId: swissKrono.id, widthMm: 500, heightMm: 400, quantity: 2 });
    const target = material('debreceni-lapszabasz', 'W1000 ST9|18');
    const res = await compare({
      input,
      subs: [{ companyId: ids['debreceni-lapszabasz'], sourceId: swissKrono.id, targetId: target }],
    });
    expect(res.errors).toBeUndefined();
    const [, , debrecen] = res.data!.compareQuote.companies as any[];
    expect(debrecen.status).toBe('PRICED');
    expect(debrecen.missing).toEqual([]);
    expect(debrecen.substitutionsUsed).toEqual([
      { kind: 'MATERIAL', sourceId: swissKrono.id, targetId: target, how: 'SUBSTITUTED' },
    ]);
    // W1000 now carries the substituted row's panels too.
    expect(debrecen.pricing.materials).toHaveLength(3);

    const foreign = await compare({
      input,
      subs: [
        {
          companyId: ids['debreceni-lapszabasz'],
          sourceId: swissKrono.id,
          targetId: material('kecskemeti-butorlap', 'W1000 ST9|18'),
        },
      ],
    });
    expect(foreign.data).toBeNull();
    expect(foreign.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'substitutions[0].targetId',
      reason: 'NOT_FOUND',
    });
    expect(foreign.errors![0]!.message).toMatch(/not in that company’s catalog/);
  });

  it('says what is wrong with a refused substitute: unknown, inactive, of another kind', async () => {
    const input = cutList();
    input.panels.push({ materialId: swissKrono.id, widthMm: 500, heightMm: 400, quantity: 2 });
    const debrecen = ids['debreceni-lapszabasz']!;
    const sub = (targetId: string, sourceId = swissKrono.id) =>
      compare({ input, subs: [{ companyId: debrecen, sourceId, targetId }] });

    const unknown = await sub('00000000-0000-4000-8000-00000000dead');
    expect(unknown.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'substitutions[0].targetId',
      reason: 'NOT_FOUND',
    });

    // A board the company withdrew (the demo catalogs have a few; searches list only active).
    const [withdrawn] = await companyDbs
      .get('debreceni-lapszabasz')!
      .query<{ id: string }>('select id from materials where active = false order by id limit 1');
    expect(withdrawn).toBeDefined();
    const inactive = await sub(withdrawn!.id);
    expect(inactive.data).toBeNull();
    expect(inactive.errors![0]!.extensions).toMatchObject({
      field: 'substitutions[0].targetId',
      reason: 'INACTIVE',
    });
    expect(inactive.errors![0]!.message).toMatch(/inactive/);

    // An edge banding of that company for a board: not a board there.
    const banding = await sub(edge('debreceni-lapszabasz', 'W1000|ABS|22|2.00'));
    expect(banding.errors![0]!.extensions).toMatchObject({
      field: 'substitutions[0].targetId',
    });
    expect(['NOT_FOUND', 'WRONG_KIND']).toContain(banding.errors![0]!.extensions!.reason);

    // A source id the input does not use.
    const unused = await sub(
      material('debreceni-lapszabasz', 'W1000 ST9|18'),
      '00000000-0000-4000-8000-00000000beef',
    );
    expect(unused.errors![0]!.extensions).toMatchObject({
      field: 'substitutions[0].sourceId',
    });
  });

  it("refuses another company's id in the input before asking any other company", async () => {
    const input = cutList();
    input.panels[1]!.materialId = material('kecskemeti-butorlap', 'H1145 ST10|18');
    const res = await compare({ input });
    expect(res.data).toBeNull();
    expect(res.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.panels[1].materialId',
    });
    expect(calls().filter((c) => !c.startsWith('turinova '))).toEqual([]);
  });

  it('checks the company list, reports an unknown company, and is for customers only', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    const res = await compare({ input: cutList(), companyIds: [ids.turinova, unknown] });
    expect(res.errors).toBeUndefined();
    expect(res.data!.compareQuote.companies[1]).toMatchObject({
      companyId: unknown,
      status: 'UNAVAILABLE',
      unavailable: { code: 'NOT_FOUND' },
    });
    const six = await compare({ input: cutList(), companyIds: Array(6).fill(unknown) });
    expect(six.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'companyIds',
    });
    const twice = await compare({ input: cutList(), companyIds: [ids.turinova, ids.turinova] });
    expect(twice.errors![0]!.extensions).toMatchObject({ field: 'companyIds[1]' });
    const anonymous = await compare({ input: cutList() }, newSubgraph(), { kind: 'anonymous' });
    expect(anonymous.errors![0]!.extensions?.code).toBe('FORBIDDEN');
  });
});
