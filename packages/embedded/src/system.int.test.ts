import { type Engine, openTestDb, type TestDb, testEngines } from '@portal/db/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type RunningSystem, startSystem } from './start-system.ts';

interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: Array<{
    message: string;
    path?: Array<string | number>;
    extensions?: { code?: string };
  }>;
}

async function gql<T = Record<string, any>>(
  system: RunningSystem,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLResponse<T>> {
  const res = await fetch(system.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as GraphQLResponse<T>;
}

const CATALOG_OF_TWO = /* GraphQL */ `
  query TwoCompanies {
    a: company(slug: "turinova") { ...Catalog }
    b: company(slug: "debreceni-lapszabasz") { ...Catalog }
  }
  fragment Catalog on Company {
    id
    name
    materials(first: 5) { totalCount nodes { id name pricePerSqm { amount currency } } }
    edgeBandings(first: 5) { totalCount nodes { id label } }
    accessories(first: 5) { totalCount nodes { id name unitPrice { amount } } }
  }
`;

describe.each(testEngines())('the federated system on %s', (engine: Engine) => {
  let system: RunningSystem;
  let portalDb: TestDb | undefined;

  beforeAll(async () => {
    if (engine === 'postgres') portalDb = await openTestDb('postgres');
    system = await startSystem({
      ...(portalDb?.url ? { databaseUrl: portalDb.url } : {}),
      companyTimeoutMs: 1500,
      // The call counts below are about catalog reads; a sync tick in between would add a call.
      orderSyncIntervalMs: 0,
    });
  });
  afterAll(async () => {
    await system?.close();
    await portalDb?.close();
  });
  beforeEach(() => {
    for (const c of system.companies) system.supabase.setFault(c.slug, null);
    system.supabase.resetCalls();
  });

  it('lists the active companies only, by name', async () => {
    const res = await gql(system, '{ companies { name slug } }');
    expect(res.errors).toBeUndefined();
    const slugs = res.data!.companies.map((c: { slug: string }) => c.slug);
    expect(slugs).toHaveLength(3);
    expect(slugs).not.toContain('szegedi-panel');
    const names = res.data!.companies.map((c: { name: string }) => c.name);
    expect(names).toEqual([...names].sort((x, y) => x.localeCompare(y)));
  });

  it('makes exactly one contract call per company per kind for two companies', async () => {
    const res = await gql(system, CATALOG_OF_TWO);
    expect(res.errors).toBeUndefined();
    for (const key of ['a', 'b']) {
      expect(res.data![key].materials.nodes).toHaveLength(5);
      expect(res.data![key].materials.totalCount).toBeGreaterThanOrEqual(150);
      expect(res.data![key].edgeBandings.totalCount).toBeGreaterThanOrEqual(100);
      expect(res.data![key].accessories.totalCount).toBeGreaterThanOrEqual(40);
      expect(res.data![key].materials.nodes[0].pricePerSqm.amount).toMatch(/^-?\d+\.\d{2}$/);
    }
    const calls = system.supabase
      .calls()
      .map((c) => `${c.slug} ${c.fn}`)
      .sort();
    expect(calls).toEqual(
      [
        'debreceni-lapszabasz portal_accessories_search',
        'debreceni-lapszabasz portal_edge_bandings_search',
        'debreceni-lapszabasz portal_materials_search',
        'turinova portal_accessories_search',
        'turinova portal_edge_bandings_search',
        'turinova portal_materials_search',
      ].sort(),
    );
  });

  it('answers an unknown company id with NOT_FOUND for that field only', async () => {
    const res = await gql(
      system,
      '{ companies { slug } company(id: "00000000-0000-4000-8000-000000000000") { name } }',
    );
    expect(res.data!.companies).toHaveLength(3);
    expect(res.data!.company).toBeNull();
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]!.extensions?.code).toBe('NOT_FOUND');
    expect(res.errors![0]!.path).toEqual(['company']);
  });

  it('refuses a malformed id and a deactivated company clearly', async () => {
    const malformed = await gql(system, '{ company(id: "42") { name } }');
    expect(malformed.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
    const inactive = await gql(system, '{ company(slug: "szegedi-panel") { name } }');
    expect(inactive.data!.company).toBeNull();
    expect(inactive.errors![0]!.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses a negative first for that field only', async () => {
    const res = await gql(
      system,
      '{ company(slug: "turinova") { name materials(first: -1) { totalCount } edgeBandings(first: 1) { totalCount } } }',
    );
    expect(res.data!.company.name).toBeTruthy();
    expect(res.data!.company.materials).toBeNull();
    expect(res.data!.company.edgeBandings.totalCount).toBeGreaterThan(0);
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.path).toEqual(['company', 'materials']);
    expect(res.errors![0]!.message).toMatch(/first/);
  });

  it.each([
    ['down', { kind: 'down' as const }],
    ['answering with garbage', { kind: 'garbage' as const }],
    ['answering 500', { kind: 'status' as const, status: 500 }],
    ['slower than the timeout', { kind: 'delay' as const, ms: 5000 }],
  ])('keeps the other companies whole when one company is %s', async (_label, fault) => {
    system.supabase.setFault('kecskemeti-butorlap', fault);
    const started = Date.now();
    const res = await gql(system, '{ companies { slug materials(first: 2) { totalCount } } }');
    expect(Date.now() - started).toBeLessThan(4000);
    const bySlug = Object.fromEntries(
      res.data!.companies.map((c: { slug: string; materials: unknown }) => [c.slug, c.materials]),
    );
    expect(bySlug['kecskemeti-butorlap']).toBeNull();
    expect((bySlug.turinova as { totalCount: number }).totalCount).toBeGreaterThan(0);
    expect((bySlug['debreceni-lapszabasz'] as { totalCount: number }).totalCount).toBeGreaterThan(
      0,
    );
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]!.extensions?.code).toBe('COMPANY_UNAVAILABLE');
    expect(res.errors![0]!.message).toContain('kecskemeti-butorlap');
  });
});
