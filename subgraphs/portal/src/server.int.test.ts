import { randomBytes } from 'node:crypto';
import { migrate } from '@portal/db';
import { openTestDb, type TestDb, testEngines } from '@portal/db/testing';
import { ANONYMOUS } from '@portal/identity';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPortalSubgraph } from './server.ts';

const MIGRATIONS = new URL('../../../supabase/migrations', import.meta.url).pathname;

describe.each(testEngines())('portal subgraph on %s', (engine) => {
  let db: TestDb;
  let subgraph: ReturnType<typeof createPortalSubgraph>;
  let ids: Record<string, string>;

  async function run(query: string, variables?: Record<string, unknown>) {
    const response = await subgraph.server.executeOperation(
      { query, ...(variables ? { variables } : {}) },
      { contextValue: await subgraph.contextFor(ANONYMOUS, 'test-request') },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult as { data?: any; errors?: any[] };
  }

  beforeAll(async () => {
    db = await openTestDb(engine);
    await migrate(db, MIGRATIONS);
    const rows = await db.query<{ id: string; slug: string }>(
      `insert into companies (name, slug, active, supabase_url, secret_key_ciphertext) values
         ('Zeta Kft.', 'zeta', true, 'http://zeta.test', 'v1:a'),
         ('Alfa Bt.', 'alfa', true, 'http://alfa.test', 'v1:b'),
         ('Régi Zrt.', 'regi', false, 'http://regi.test', 'v1:c')
       returning id, slug`,
    );
    ids = Object.fromEntries(rows.map((r) => [r.slug, r.id]));
    subgraph = createPortalSubgraph({ db, signingKey: randomBytes(32) });
    await subgraph.server.start();
  });
  afterAll(async () => {
    await subgraph?.server.stop();
    await db?.close();
  });

  it('lists active companies by name', async () => {
    const result = await run('{ companies { name slug } }');
    expect(result.errors).toBeUndefined();
    expect(result.data.companies).toEqual([
      { name: 'Alfa Bt.', slug: 'alfa' },
      { name: 'Zeta Kft.', slug: 'zeta' },
    ]);
  });

  it('finds a company by id or slug, never a deactivated one', async () => {
    const byId = await run('query($id: ID) { company(id: $id) { slug } }', { id: ids.zeta });
    expect(byId.data.company).toEqual({ slug: 'zeta' });
    const bySlug = await run('{ company(slug: "alfa") { id } }');
    expect(bySlug.data.company).toEqual({ id: ids.alfa });
    const inactive = await run('{ company(slug: "regi") { id } }');
    expect(inactive.data.company).toBeNull();
    expect(inactive.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('explains bad arguments', async () => {
    const both = await run(`{ company(id: "${ids.alfa}", slug: "alfa") { id } }`);
    expect(both.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(both.errors?.[0].message).toMatch(/exactly one/);
    const malformed = await run('{ company(id: "not-a-uuid") { id } }');
    expect(malformed.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'id' },
    });
  });

  it('resolves Company entities for the gateway', async () => {
    const result = await run(
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Company { id name slug } } }`,
      {
        reps: [
          { __typename: 'Company', id: ids.alfa },
          { __typename: 'Company', id: ids.regi },
          { __typename: 'Company', id: 'garbage' },
        ],
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data._entities).toEqual([
      { id: ids.alfa, name: 'Alfa Bt.', slug: 'alfa' },
      null,
      null,
    ]);
  });
});
