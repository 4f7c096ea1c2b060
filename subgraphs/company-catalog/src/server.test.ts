import { randomBytes } from 'node:crypto';
import type { CallEvent } from '@portal/company-link';
import { ANONYMOUS } from '@portal/identity';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeCatalog, fakeCompanies } from '../test/fake-companies.ts';
import { encodeCursor } from './paging.ts';
import { type CatalogSubgraph, createCatalogSubgraph } from './server.ts';

// The subgraph in process against fake companies (no I/O); the same behaviour against real
// company databases over HTTP is in server.int.test.ts.

const A = 'aaaaaaaa-1111-4000-8000-000000000001';
const B = 'bbbbbbbb-2222-4000-8000-000000000002';
const OLD = 'cccccccc-3333-4000-8000-000000000003';
const UNKNOWN = 'dddddddd-4444-4000-8000-000000000004';

const catalogA = fakeCatalog(1, 30);
const catalogB = fakeCatalog(2, 5);
const companies = fakeCompanies([
  { id: A, slug: 'alfa', catalog: catalogA },
  { id: B, slug: 'beta', catalog: catalogB },
  { id: OLD, slug: 'regi', active: false, catalog: fakeCatalog(3, 1) },
]);

interface Result {
  data?: Record<string, any> | null;
  errors?: Array<{
    message: string;
    path?: Array<string | number>;
    extensions?: Record<string, unknown>;
  }>;
}

let subgraph: CatalogSubgraph;
const events: CallEvent[] = [];

async function run(query: string, variables?: Record<string, unknown>): Promise<Result> {
  const response = await subgraph.server.executeOperation(
    { query, ...(variables ? { variables } : {}) },
    { contextValue: await subgraph.contextFor(ANONYMOUS, 'test-request') },
  );
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return response.body.singleResult as Result;
}

const companyEntities = (...ids: string[]) => ids.map((id) => ({ __typename: 'Company', id }));

const CATALOG_OF_COMPANIES = /* GraphQL */ `
  query ($reps: [_Any!]!) {
    _entities(representations: $reps) {
      ... on Company {
        id
        materials(first: 2) { totalCount nodes { id name pricePerSqm { amount currency } } }
        edgeBandings(first: 2) { totalCount nodes { label } }
        accessories(first: 2) { totalCount nodes { unitPriceGross { amount } } }
      }
    }
  }
`;

beforeAll(async () => {
  subgraph = createCatalogSubgraph({
    directory: companies.directory,
    fetch: companies.fetch,
    timeoutMs: 100,
    // These tests fail companies on purpose again and again; the circuit is tested elsewhere.
    companyResilience: { circuit: { failureThreshold: 1_000 } },
    onCall: (e) => events.push(e),
    signingKey: randomBytes(32),
  });
  await subgraph.server.start();
});
afterAll(() => subgraph.server.stop());
beforeEach(() => {
  companies.calls.length = 0;
  events.length = 0;
  for (const slug of ['alfa', 'beta']) companies.setFault(slug, null);
});

describe('company-catalog subgraph', () => {
  it('makes one call per company per kind for two companies', async () => {
    const res = await run(CATALOG_OF_COMPANIES, { reps: companyEntities(A, B) });
    expect(res.errors).toBeUndefined();
    const [a, b] = res.data!._entities;
    expect(a.materials.totalCount).toBe(30);
    expect(a.materials.nodes).toHaveLength(2);
    expect(b.materials.totalCount).toBe(5);
    expect(a.edgeBandings.nodes[0].label).toBe('ABS-22/2-H1101');
    expect(b.accessories.nodes[0].unitPriceGross.amount).toBe('2103.12');
    expect(companies.callList()).toEqual([
      'alfa portal_accessories_search',
      'alfa portal_edge_bandings_search',
      'alfa portal_materials_search',
      'beta portal_accessories_search',
      'beta portal_edge_bandings_search',
      'beta portal_materials_search',
    ]);
    expect(events.every((e) => e.ok)).toBe(true);
  });

  it('resolves material, edge banding and accessory references with one by-ids call each per company', async () => {
    const reps = [
      { __typename: 'Material', companyId: A, id: catalogA.materials[0]!.id },
      { __typename: 'Material', companyId: B, id: catalogB.materials[1]!.id },
      { __typename: 'Material', companyId: A, id: catalogA.materials[2]!.id },
      { __typename: 'Material', companyId: A, id: catalogB.materials[0]!.id }, // B's id asked of A
      { __typename: 'EdgeBanding', companyId: A, id: catalogA.edgeBandings[0]!.id },
      { __typename: 'EdgeBanding', companyId: B, id: catalogB.edgeBandings[0]!.id },
      { __typename: 'Accessory', companyId: A, id: catalogA.accessories[0]!.id },
      { __typename: 'Accessory', companyId: B, id: catalogB.accessories[0]!.id },
      { __typename: 'Accessory', companyId: B, id: 'not-a-uuid' },
    ];
    const res = await run(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) {
        ... on Material { companyId id name }
        ... on EdgeBanding { companyId id }
        ... on Accessory { companyId id }
      } }`,
      { reps },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!._entities.map((e: { id: string } | null) => e?.id ?? null)).toEqual([
      reps[0]!.id,
      reps[1]!.id,
      reps[2]!.id,
      null,
      reps[4]!.id,
      reps[5]!.id,
      reps[6]!.id,
      reps[7]!.id,
      null,
    ]);
    expect(res.data!._entities[1].companyId).toBe(B);
    // Cold: by-id reads go through the cache by catalog version, so each company's version is
    // read once in front of its one by-ids call per kind.
    expect(companies.callList()).toEqual([
      'alfa portal_accessories_by_ids',
      'alfa portal_catalog_version',
      'alfa portal_edge_bandings_by_ids',
      'alfa portal_materials_by_ids',
      'beta portal_accessories_by_ids',
      'beta portal_catalog_version',
      'beta portal_edge_bandings_by_ids',
      'beta portal_materials_by_ids',
    ]);
  });

  it('resolves every @key entity through _entities', async () => {
    const res = await run(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) {
        __typename
        ... on Company { id }
        ... on Material { id pricePerSqmGross { amount } settings { kerfMm wasteMultiplier } updatedAt }
        ... on EdgeBanding { id thicknessMm }
        ... on LinearMaterial { id name pricePerMGross { amount } }
        ... on Accessory { id sku }
        ... on Fee { id unitPrice { amount } unitPriceGross { amount } }
      } }`,
      {
        reps: [
          { __typename: 'Company', id: A },
          { __typename: 'Material', companyId: A, id: catalogA.materials[0]!.id },
          { __typename: 'EdgeBanding', companyId: A, id: catalogA.edgeBandings[0]!.id },
          { __typename: 'LinearMaterial', companyId: A, id: catalogA.linearMaterials[0]!.id },
          { __typename: 'Accessory', companyId: A, id: catalogA.accessories[0]!.id },
          { __typename: 'Fee', companyId: A, id: catalogA.feeTypes[0]!.id },
        ],
      },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!._entities).toEqual([
      { __typename: 'Company', id: A },
      {
        __typename: 'Material',
        id: catalogA.materials[0]!.id,
        pricePerSqmGross: { amount: '8305.80' },
        settings: { kerfMm: 3, wasteMultiplier: '1.2' },
        updatedAt: '2026-11-01T10:00:00.000Z',
      },
      { __typename: 'EdgeBanding', id: catalogA.edgeBandings[0]!.id, thicknessMm: '2.00' },
      {
        __typename: 'LinearMaterial',
        id: catalogA.linearMaterials[0]!.id,
        name: 'Worktop 1',
        pricePerMGross: { amount: '18415.00' },
      },
      { __typename: 'Accessory', id: catalogA.accessories[0]!.id, sku: 'BLUM-1' },
      {
        __typename: 'Fee',
        id: catalogA.feeTypes[0]!.id,
        unitPrice: { amount: '-1000.00' },
        unitPriceGross: { amount: '-1270.00' },
      },
    ]);
  });

  it.each([
    ['down', { kind: 'down' as const }, /could not be reached \(ECONNREFUSED\)/],
    ['answering garbage', { kind: 'garbage' as const }, /with a body that is not JSON/],
    ['answering 503', { kind: 'status' as const, status: 503 }, /failed with HTTP 503/],
    ['slower than the timeout', { kind: 'hang' as const }, /did not answer within 100 ms/],
  ])('nulls only the fields of a company that is %s', async (_label, fault, message) => {
    companies.setFault('beta', fault);
    const res = await run(CATALOG_OF_COMPANIES, { reps: companyEntities(A, B) });
    const [a, b] = res.data!._entities;
    expect(a.materials.nodes).toHaveLength(2);
    expect(a.edgeBandings.totalCount).toBe(30);
    expect(a.accessories.totalCount).toBe(30);
    expect(b).toEqual({ id: B, materials: null, edgeBandings: null, accessories: null });
    expect(res.errors).toHaveLength(3);
    for (const error of res.errors!) {
      expect(error.extensions?.code).toBe('COMPANY_UNAVAILABLE');
      expect(error.message).toMatch(/^Company 'beta' /);
      expect(error.message).toMatch(message);
      expect(error.path?.[0]).toBe('_entities');
      expect(error.path?.[1]).toBe(1);
      expect(error.extensions).not.toHaveProperty('stacktrace');
    }
    expect(res.errors!.map((e) => e.path![2]).sort()).toEqual([
      'accessories',
      'edgeBandings',
      'materials',
    ]);
  });

  it('answers NOT_FOUND on the catalog fields of an unknown or inactive company', async () => {
    const res = await run(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) {
        ... on Company { id materials { totalCount } services { vatRate } }
      } }`,
      { reps: companyEntities(UNKNOWN, OLD, 'not-a-uuid') },
    );
    expect(res.data!._entities).toEqual([
      { id: UNKNOWN, materials: null, services: null },
      { id: OLD, materials: null, services: null },
      { id: 'not-a-uuid', materials: null, services: null },
    ]);
    expect(res.errors).toHaveLength(6);
    expect(res.errors!.every((e) => e.extensions?.code === 'NOT_FOUND')).toBe(true);
    expect(res.errors![0]!.message).toBe(
      `Company '${UNKNOWN}' is not on the portal or is not active`,
    );
    expect(companies.calls).toHaveLength(0);
  });

  it.each([
    ['materials(first: -1)', 'first', /`first` must be between 0 and 100, got -1/],
    ['materials(first: 101)', 'first', /got 101/],
    ['edgeBandings(after: "garbage!")', 'after', /`after` is not a cursor/],
    [
      'materials(filter: { brandIds: ["42"] })',
      'filter.brandIds',
      /`filter.brandIds` contains '42', which is not a valid id/,
    ],
    [`accessories(search: "${'x'.repeat(201)}")`, 'search', /at most 200 characters, got 201/],
  ])('refuses %s with BAD_USER_INPUT for that field only', async (field, argument, message) => {
    const res = await run(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) {
        ... on Company { id bad: ${field} { totalCount } linearMaterials(first: 1) { totalCount } }
      } }`,
      { reps: companyEntities(A) },
    );
    expect(res.data!._entities[0].bad).toBeNull();
    expect(res.data!._entities[0].linearMaterials.totalCount).toBe(30);
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]!.path).toEqual(['_entities', 0, 'bad']);
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: argument });
    expect(res.errors![0]!.message).toMatch(message);
    expect(companies.callList()).toEqual(['alfa portal_linear_materials_search']);
  });

  it('pages with endCursor and filters', async () => {
    const query = `query ($reps: [_Any!]!, $after: String) { _entities(representations: $reps) {
      ... on Company { materials(search: "TÖLGY", filter: { thicknesses: [18] }, first: 10, after: $after) {
        totalCount
        edges { cursor node { name thicknessMm } }
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      } }
    } }`;
    const first = await run(query, { reps: companyEntities(A) });
    const page1 = first.data!._entities[0].materials;
    expect(page1.totalCount).toBe(15);
    expect(page1.edges).toHaveLength(10);
    expect(page1.edges[0]).toEqual({
      cursor: encodeCursor(0),
      node: { name: 'Material 001 tölgy', thicknessMm: 18 },
    });
    expect(page1.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: encodeCursor(0),
      endCursor: encodeCursor(9),
    });
    const second = await run(query, { reps: companyEntities(A), after: page1.pageInfo.endCursor });
    const page2 = second.data!._entities[0].materials;
    expect(page2.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(
      [21, 23, 25, 27, 29].map((n) => `Material 0${n} tölgy`),
    );
    expect(page2.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(companies.calls.map((c) => c.body)).toEqual([
      expect.objectContaining({ p_search: 'TÖLGY', p_thicknesses: [18], p_limit: 10, p_offset: 0 }),
      expect.objectContaining({ p_limit: 10, p_offset: 10 }),
    ]);
  });

  it('serves services, fees and material filters with exact money', async () => {
    const res = await run(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Company {
        services { cuttingFeePerM { amount currency } hingeHoleFeePerHole { amount } vatRate }
        fees { name unitPrice { amount } unitPriceGross { amount } }
        materialFilters { brands { brand { name } count } thicknesses }
      } } }`,
      { reps: companyEntities(B) },
    );
    expect(res.errors).toBeUndefined();
    const b = res.data!._entities[0];
    expect(b.services).toEqual({
      cuttingFeePerM: { amount: '300.00', currency: 'HUF' },
      hingeHoleFeePerHole: { amount: '50.00' },
      vatRate: '27',
    });
    expect(b.fees).toHaveLength(5);
    expect(b.fees[1]).toEqual({
      name: 'Fee 2',
      unitPrice: { amount: '8000.00' },
      unitPriceGross: { amount: '10160.00' },
    });
    expect(b.materialFilters).toEqual({
      brands: [{ brand: { name: 'Egger' }, count: 2 }],
      thicknesses: [18, 25],
    });
  });

  it('masks an unexpected failure as INTERNAL without its message', async () => {
    const broken = createCatalogSubgraph({
      directory: {
        get: async () => {
          throw new Error('connect ECONNREFUSED postgres://portal:secret@db:5432');
        },
      },
      signingKey: randomBytes(32),
    });
    await broken.server.start();
    const logged: string[] = [];
    broken.server.logger.error = (message: string) => logged.push(message);
    try {
      const response = await broken.server.executeOperation(
        {
          query:
            'query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Company { id } } }',
          variables: { reps: companyEntities(A) },
        },
        { contextValue: await broken.contextFor(ANONYMOUS, 'r') },
      );
      const result = (response.body as { singleResult: Result }).singleResult;
      expect(result.errors).toEqual([
        {
          message: 'Internal error',
          path: ['_entities', 0],
          locations: expect.any(Array),
          extensions: { code: 'INTERNAL' },
        },
      ]);
      expect(logged.join()).toContain('ECONNREFUSED');
    } finally {
      await broken.server.stop();
    }
  });
});
