import { randomBytes } from 'node:crypto';
import { type CallEvent, createDbCompanyDirectory, encryptSecret } from '@portal/company-link';
import { type Db, migrate, openDb } from '@portal/db';
import { openTestDb, type TestDb } from '@portal/db/testing';
import { applyCompanySetup, seedDemoCompany } from '@portal/demo-data';
import { type RunningServer, serveApollo } from '@portal/http-server';
import { ANONYMOUS, type ApiKeyScope, signedHeaders } from '@portal/identity';
import { refusedSignatures } from '@portal/identity/testing';
import { generateLocalKeys, type LocalSupabase, startLocalSupabase } from '@portal/local-supabase';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type CatalogSubgraph, createCatalogSubgraph } from './server.ts';

// The subgraph over HTTP and in process, against two seeded company databases behind the local
// Supabase-compatible endpoint, with the company registry in a real portal database.

const MIGRATIONS = new URL('../../../supabase/migrations', import.meta.url).pathname;
const TIMEOUT_MS = 1_000;
const ACTIVE = ['turinova', 'debreceni-lapszabasz'] as const;

interface GraphQLResult {
  data?: Record<string, any> | null;
  errors?: Array<{
    message: string;
    path?: Array<string | number>;
    extensions?: Record<string, any>;
  }>;
}

let portalDb: TestDb;
const companyDbs = new Map<string, Db>();
let supabase: LocalSupabase;
let subgraph: CatalogSubgraph;
let running: RunningServer;
const ids: Record<string, string> = {};
const events: CallEvent[] = [];
const signingKey = randomBytes(32);

async function gql(query: string, variables?: Record<string, unknown>): Promise<GraphQLResult> {
  const res = await fetch(running.url, {
    method: 'POST',
    // As the gateway sends it: the caller's identity signed for this request id.
    headers: { 'content-type': 'application/json', ...signedHeaders(ANONYMOUS, signingKey) },
    body: JSON.stringify({ query, variables }),
  });
  expect(res.headers.get('content-type')).toMatch(/application\/(graphql-response\+)?json/);
  return (await res.json()) as GraphQLResult;
}

async function execute(query: string, variables: Record<string, unknown>): Promise<GraphQLResult> {
  const response = await subgraph.server.executeOperation(
    { query, variables },
    { contextValue: await subgraph.contextFor(ANONYMOUS, 'int-test') },
  );
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return response.body.singleResult as GraphQLResult;
}

const companies = (...slugs: string[]) =>
  slugs.map((slug) => ({ __typename: 'Company', id: ids[slug] ?? slug }));

/** `slug fn` of every call the endpoint answered, sorted. */
const endpointCalls = () =>
  supabase
    .calls()
    .map((c) => `${c.slug} ${c.fn}`)
    .sort();

const CATALOG_QUERY = /* GraphQL */ `
  query Catalog($reps: [_Any!]!) {
    _entities(representations: $reps) {
      ... on Company {
        id
        materials(first: 5) { totalCount nodes { id name pricePerSqm { amount currency } } }
        edgeBandings(first: 5) { totalCount nodes { id label } }
        accessories(first: 5) { totalCount nodes { id name unitPrice { amount } } }
      }
    }
  }
`;

beforeAll(async () => {
  portalDb = await openTestDb('pglite');
  await migrate(portalDb, MIGRATIONS);
  const localCompanies = [];
  const keys = new Map<string, ReturnType<typeof generateLocalKeys>>();
  for (const slug of ACTIVE) {
    const db = await openDb();
    await applyCompanySetup(db);
    await seedDemoCompany(db, slug);
    companyDbs.set(slug, db);
    keys.set(slug, generateLocalKeys());
    localCompanies.push({ slug, db, ...keys.get(slug)! });
  }
  supabase = await startLocalSupabase({ companies: localCompanies, port: 0 });

  const encryptionKey = randomBytes(32);
  const register = async (slug: string, active: boolean, url: string, secret: string) => {
    const [row] = await portalDb.query<{ id: string }>(
      `insert into companies (name, slug, active, supabase_url, secret_key_ciphertext)
       values ($1, $2, $3, $4, $5) returning id`,
      [slug, slug, active, url, encryptSecret(secret, encryptionKey)],
    );
    ids[slug] = row!.id;
  };
  for (const slug of ACTIVE) {
    await register(slug, true, supabase.companyUrl(slug), keys.get(slug)!.serviceKey);
  }
  // Deactivated, though its endpoint works: the portal must not serve it.
  await register('regi', false, supabase.companyUrl('turinova'), keys.get('turinova')!.serviceKey);
  // Registered with the anon key by mistake: the company refuses every call.
  await register(
    'rossz-kulcs',
    true,
    supabase.companyUrl('turinova'),
    keys.get('turinova')!.anonKey,
  );

  subgraph = createCatalogSubgraph({
    directory: createDbCompanyDirectory(portalDb, encryptionKey, { ttlMs: 1_000 }),
    timeoutMs: TIMEOUT_MS,
    // These tests fail companies on purpose again and again; the circuit is tested elsewhere.
    companyResilience: { circuit: { failureThreshold: 1_000 } },
    onCall: (e) => events.push(e),
    signingKey,
  });
  running = await serveApollo({ name: 'company-catalog', ...subgraph, port: 0 });
});

afterAll(async () => {
  await running?.close();
  await supabase?.close();
  for (const db of companyDbs.values()) await db.close();
  await portalDb?.close();
});

beforeEach(() => {
  for (const slug of ACTIVE) supabase.setFault(slug, null);
  supabase.resetCalls();
  events.length = 0;
});

describe('company-catalog subgraph against real company databases', () => {
  it('makes exactly one contract call per company per kind for two companies', async () => {
    const res = await gql(CATALOG_QUERY, { reps: companies(...ACTIVE) });
    expect(res.errors).toBeUndefined();
    for (const company of res.data!._entities) {
      expect(company.materials.nodes).toHaveLength(5);
      expect(company.materials.totalCount).toBeGreaterThan(5);
      expect(company.edgeBandings.nodes).toHaveLength(5);
      expect(company.accessories.nodes).toHaveLength(5);
      expect(company.materials.nodes[0].pricePerSqm.amount).toMatch(/^\d+\.\d{2}$/);
    }
    const expected = ACTIVE.flatMap((slug) => [
      `${slug} portal_accessories_search`,
      `${slug} portal_edge_bandings_search`,
      `${slug} portal_materials_search`,
    ]).sort();
    expect(endpointCalls()).toEqual(expected);
    expect(events.map((e) => e.fn)).toHaveLength(6);
    expect(events.every((e) => e.ok)).toBe(true);
  });

  it('resolves references of both companies with one by-ids call per company per kind', async () => {
    const listed = await gql(CATALOG_QUERY, { reps: companies(...ACTIVE) });
    const reps = listed.data!._entities.flatMap((company: Record<string, any>, i: number) => {
      const companyId = ids[ACTIVE[i]!];
      return [
        ...company.materials.nodes.map((n: { id: string }) => ({
          __typename: 'Material',
          companyId,
          id: n.id,
        })),
        ...company.edgeBandings.nodes.map((n: { id: string }) => ({
          __typename: 'EdgeBanding',
          companyId,
          id: n.id,
        })),
        ...company.accessories.nodes.map((n: { id: string }) => ({
          __typename: 'Accessory',
          companyId,
          id: n.id,
        })),
      ];
    });
    reps.push({
      __typename: 'Material',
      companyId: ids.turinova,
      id: '00000000-0000-4000-8000-00000000dead',
    });
    supabase.resetCalls();
    const res = await gql(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) {
        ... on Material { companyId id }
        ... on EdgeBanding { companyId id }
        ... on Accessory { companyId id }
      } }`,
      { reps },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!._entities).toEqual([
      ...reps
        .slice(0, -1)
        .map(({ companyId, id }: { companyId: string; id: string }) => ({ companyId, id })),
      null,
    ]);
    // Cold by-id reads go through the cache by catalog version: one version call per company.
    expect(endpointCalls()).toEqual(
      ACTIVE.flatMap((slug) => [
        `${slug} portal_accessories_by_ids`,
        `${slug} portal_catalog_version`,
        `${slug} portal_edge_bandings_by_ids`,
        `${slug} portal_materials_by_ids`,
      ]).sort(),
    );
  });

  it('resolves every @key entity through _entities', async () => {
    const link = await subgraph
      .contextFor(ANONYMOUS, 'ids')
      .then((ctx) => ctx.links.get(ids.turinova!));
    const [material, edge, linear, accessory, fee] = await Promise.all([
      link.materialsSearch({ limit: 1 }),
      link.edgeBandingsSearch({ limit: 1 }),
      link.linearMaterialsSearch({ limit: 1 }),
      link.accessoriesSearch({ limit: 1 }),
      link.feeTypesSearch({ limit: 1 }),
    ]);
    const companyId = ids.turinova!;
    const res = await execute(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) {
        __typename
        ... on Company { id services { cuttingFeePerM { amount currency } vatRate } }
        ... on Material { companyId id name pricePerSqm { amount } pricePerSqmGross { amount } settings { kerfMm usageLimit } updatedAt }
        ... on EdgeBanding { companyId id label pricePerMGross { amount } }
        ... on LinearMaterial { companyId id name pricePerM { amount } }
        ... on Accessory { companyId id name unitPriceGross { amount } }
        ... on Fee { companyId id name unitPrice { amount } }
      } }`,
      {
        reps: [
          { __typename: 'Company', id: companyId },
          { __typename: 'Material', companyId, id: material.items[0]!.id },
          { __typename: 'EdgeBanding', companyId, id: edge.items[0]!.id },
          { __typename: 'LinearMaterial', companyId, id: linear.items[0]!.id },
          { __typename: 'Accessory', companyId, id: accessory.items[0]!.id },
          { __typename: 'Fee', companyId, id: fee.items[0]!.id },
        ],
      },
    );
    expect(res.errors).toBeUndefined();
    const [company, m, e, l, a, f] = res.data!._entities;
    expect(company).toMatchObject({ __typename: 'Company', id: companyId });
    expect(company.services.cuttingFeePerM.amount).toMatch(/^\d+\.\d{2}$/);
    expect(m).toMatchObject({
      __typename: 'Material',
      companyId,
      id: material.items[0]!.id,
      name: material.items[0]!.name,
    });
    expect(m.updatedAt).toMatch(/Z$/);
    expect(e).toMatchObject({ __typename: 'EdgeBanding', id: edge.items[0]!.id });
    expect(e.label).toMatch(/^[^-]+-\d+\/[\d.]+-.+$/);
    expect(l).toMatchObject({ __typename: 'LinearMaterial', id: linear.items[0]!.id });
    expect(a).toMatchObject({ __typename: 'Accessory', id: accessory.items[0]!.id });
    expect(f).toMatchObject({ __typename: 'Fee', id: fee.items[0]!.id, name: fee.items[0]!.name });
  });

  it.each([
    ['down', { kind: 'down' as const }, /could not be reached/],
    ['answering garbage', { kind: 'garbage' as const }, /not JSON/],
    ['answering 500', { kind: 'status' as const, status: 500 }, /failed with HTTP 500/],
    [
      'slower than the timeout',
      { kind: 'delay' as const, ms: 3 * TIMEOUT_MS },
      /did not answer within 1000 ms/,
    ],
  ])('nulls only the fields of a company that is %s', async (_label, fault, message) => {
    supabase.setFault('debreceni-lapszabasz', fault);
    const started = performance.now();
    const res = await gql(CATALOG_QUERY, { reps: companies(...ACTIVE) });
    expect(performance.now() - started).toBeLessThan(TIMEOUT_MS + 1_500);
    const [whole, broken] = res.data!._entities;
    expect(whole.materials.nodes).toHaveLength(5);
    expect(whole.edgeBandings.nodes).toHaveLength(5);
    expect(whole.accessories.nodes).toHaveLength(5);
    expect(broken).toEqual({
      id: ids['debreceni-lapszabasz'],
      materials: null,
      edgeBandings: null,
      accessories: null,
    });
    expect(res.errors).toHaveLength(3);
    for (const error of res.errors!) {
      expect(error.extensions).toMatchObject({ code: 'COMPANY_UNAVAILABLE' });
      expect(error.extensions).not.toHaveProperty('stacktrace');
      expect(error.message).toMatch(/^Company 'debreceni-lapszabasz' /);
      expect(error.message).toMatch(message);
      expect(error.path?.slice(0, 2)).toEqual(['_entities', 1]);
    }
  });

  it('reports a company that refuses the stored key as unavailable', async () => {
    const res = await gql(
      'query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Company { id materials { totalCount } } } }',
      { reps: companies('rossz-kulcs') },
    );
    expect(res.data!._entities[0].materials).toBeNull();
    expect(res.errors![0]!.extensions?.code).toBe('COMPANY_UNAVAILABLE');
    expect(res.errors![0]!.message).toMatch(
      /^Company 'rossz-kulcs' refused the portal's secret key/,
    );
  });

  it('answers NOT_FOUND for an unknown or deactivated company, at each catalog field', async () => {
    const res = await gql(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) {
        ... on Company { id materials { totalCount } fees { id } }
      } }`,
      { reps: companies('00000000-0000-4000-8000-000000000000', 'regi') },
    );
    expect(res.data!._entities).toEqual([
      { id: '00000000-0000-4000-8000-000000000000', materials: null, fees: null },
      { id: ids.regi, materials: null, fees: null },
    ]);
    expect(res.errors).toHaveLength(4);
    expect(res.errors!.every((e) => e.extensions?.code === 'NOT_FOUND')).toBe(true);
    expect(res.errors![0]!.message).toMatch(/is not on the portal or is not active/);
    expect(supabase.calls()).toHaveLength(0);
  });

  it('refuses a negative first for that field only', async () => {
    const res = await gql(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) {
        ... on Company { materials(first: -1) { totalCount } edgeBandings(first: 1) { totalCount } }
      } }`,
      { reps: companies('turinova') },
    );
    expect(res.data!._entities[0].materials).toBeNull();
    expect(res.data!._entities[0].edgeBandings.totalCount).toBeGreaterThan(0);
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]).toMatchObject({
      path: ['_entities', 0, 'materials'],
      extensions: { code: 'BAD_USER_INPUT', field: 'first' },
    });
    expect(res.errors![0]!.message).toMatch(/`first` must be between 0 and 100, got -1/);
  });

  it('searches, filters and pages with endCursor', async () => {
    const facets = await gql(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) {
        ... on Company { materialFilters { brands { brand { id name } count } thicknesses } }
      } }`,
      { reps: companies('turinova') },
    );
    const { brands, thicknesses } = facets.data!._entities[0].materialFilters;
    const biggest = [...brands].sort(
      (x: { count: number }, y: { count: number }) => y.count - x.count,
    )[0];
    const query = `query ($reps: [_Any!]!, $filter: MaterialFilter, $first: Int, $after: String, $search: String) {
      _entities(representations: $reps) { ... on Company {
        materials(search: $search, filter: $filter, first: $first, after: $after) {
          totalCount
          nodes { id name brand { id name } group { name } thicknessMm }
          pageInfo { hasNextPage hasPreviousPage endCursor }
        }
      } }
    }`;
    const filter = { brandIds: [biggest.brand.id] };
    const reps = companies('turinova');
    const all = (await gql(query, { reps, filter, first: 100 })).data!._entities[0].materials;
    expect(all.totalCount).toBe(biggest.count);
    expect(all.nodes.every((n: { brand: { id: string } }) => n.brand.id === biggest.brand.id)).toBe(
      true,
    );

    const page1 = (await gql(query, { reps, filter, first: 3 })).data!._entities[0].materials;
    const page2 = (await gql(query, { reps, filter, first: 3, after: page1.pageInfo.endCursor }))
      .data!._entities[0].materials;
    expect(page1.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(page2.pageInfo.hasPreviousPage).toBe(true);
    expect([...page1.nodes, ...page2.nodes].map((n: { id: string }) => n.id)).toEqual(
      all.nodes.slice(0, 6).map((n: { id: string }) => n.id),
    );
    expect(page2.totalCount).toBe(all.totalCount);

    const thickness = thicknesses[0];
    const thin = (await gql(query, { reps, filter: { thicknesses: [thickness] }, first: 100 }))
      .data!._entities[0].materials;
    expect(thin.totalCount).toBeGreaterThan(0);
    expect(thin.nodes.every((n: { thicknessMm: number }) => n.thicknessMm === thickness)).toBe(
      true,
    );

    const word: string = all.nodes[0].name.split(' ')[0];
    const searched = (await gql(query, { reps, search: word.toUpperCase(), first: 100 })).data!
      ._entities[0].materials;
    expect(searched.totalCount).toBeGreaterThan(0);
    for (const node of searched.nodes) {
      const text = `${node.name} ${node.brand?.name ?? ''} ${node.group?.name ?? ''}`;
      expect(text.toLowerCase()).toContain(word.toLowerCase());
    }

    const bad = await gql(query, { reps, filter: { brandIds: ['egger'] } });
    expect(bad.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.brandIds',
    });
    const badCursor = await gql(query, { reps, after: 'not-a-cursor' });
    expect(badCursor.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
  });

  it('gives net prices exactly as the company stores them and exact gross prices', async () => {
    const res = await gql(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Company {
        materials(first: 100) { nodes { id vatRate pricePerSqm { amount currency } pricePerSqmGross { amount currency } } }
        accessories(first: 100) { nodes { id vatRate unitPrice { amount } unitPriceGross { amount } } }
      } } }`,
      { reps: companies('turinova') },
    );
    expect(res.errors).toBeUndefined();
    const { materials, accessories } = res.data!._entities[0];
    const db = companyDbs.get('turinova')!;
    const stored = new Map(
      (
        await db.query<{ id: string; price: string }>(
          'select id, price_per_sqm::text as price from materials where deleted_at is null',
        )
      ).map((r) => [r.id, r.price]),
    );
    for (const node of materials.nodes) {
      expect(node.pricePerSqm.amount).toBe(twoDecimals(stored.get(node.id)!));
      expect(node.pricePerSqmGross.amount).toBe(grossHalfUp(node.pricePerSqm.amount, node.vatRate));
      expect(node.pricePerSqmGross.currency).toBe(node.pricePerSqm.currency);
    }
    for (const node of accessories.nodes) {
      expect(node.unitPrice.amount).toMatch(/^\d+\.\d{2}$/);
      expect(node.unitPriceGross.amount).toBe(grossHalfUp(node.unitPrice.amount, node.vatRate));
    }
  });
});

/** Scales a decimal string to an integer and its power of ten, without floats. */
function scaled(value: string): { units: bigint; scale: bigint } {
  const [whole, fraction = ''] = value.split('.');
  return { units: BigInt(`${whole}${fraction}`), scale: 10n ** BigInt(fraction.length) };
}

function twoDecimals(value: string): string {
  const { units, scale } = scaled(value);
  const cents = (units * 100n * 2n + scale) / (2n * scale);
  return `${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`;
}

/** net × (1 + rate/100) to cents, half up, in integers (non-negative amounts). */
function grossHalfUp(net: string, rate: string): string {
  const n = scaled(net);
  const r = scaled(rate);
  const numerator = n.units * (100n * r.scale + r.units) * 100n;
  const denominator = n.scale * 100n * r.scale;
  const cents = (2n * numerator + denominator) / (2n * denominator);
  return `${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`;
}

describe('company-catalog subgraph without the gateway', () => {
  const post = (headers: Record<string, string>, query: string) =>
    fetch(running.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query }),
    });

  it.each(
    refusedSignatures(
      { kind: 'admin', adminId: 'a', email: 'x@example.hu', role: 'admin', sessionId: 's' },
      signingKey,
    ),
  )('refuses $name with 401, even for _service', async ({ headers }) => {
    for (const query of ['{ _service { sdl } }', CATALOG_QUERY]) {
      const res = await post(headers, query);
      expect(res.status).toBe(401);
      const body = (await res.json()) as GraphQLResult;
      expect(body.data).toBeUndefined();
      expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect(endpointCalls()).toEqual([]);
  });

  it('serves a request the gateway signed', async () => {
    const res = await post(signedHeaders(ANONYMOUS, signingKey), '{ _service { sdl } }');
    expect(res.status).toBe(200);
    const body = (await res.json()) as GraphQLResult;
    expect(body.data?._service.sdl).toMatch(/type Company/);
  });

  it('refuses the catalog to a partner key without catalog:read, and serves it with it', async () => {
    const partner = (scopes: ApiKeyScope[]) =>
      signedHeaders(
        { kind: 'partner', apiKeyId: 'k1', scopes, owner: { kind: 'customer', customerId: 'c1' } },
        signingKey,
      );
    const query = `{ _entities(representations: [{ __typename: "Company", id: "${ids.turinova}" }]) {
      ... on Company { id materials(first: 1) { totalCount } } } }`;
    const refused = (await (await post(partner(['orders:read']), query)).json()) as GraphQLResult;
    expect(refused.data?._entities[0]).toEqual({ id: ids.turinova, materials: null });
    expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(endpointCalls()).toEqual([]);
    const served = (await (await post(partner(['catalog:read']), query)).json()) as GraphQLResult;
    expect(served.errors).toBeUndefined();
    expect(served.data?._entities[0].materials.totalCount).toBeGreaterThan(0);
  });
});
