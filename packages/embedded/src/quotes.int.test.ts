import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSystem, startSystem } from './start-system.ts';

// A saved quote through the gateway on the embedded default: the portal prices it on save from
// the demo company's catalog (company-link with the system's PORTAL_ENCRYPTION_KEY), and the
// quote's company joins the catalog subgraph's fields.

async function gql(system: RunningSystem, query: string, variables = {}, token?: string) {
  const res = await fetch(system.graphqlUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: any; errors?: any[] };
}

describe('saved quotes on the embedded default', () => {
  let dataDir: string;
  let system: RunningSystem | undefined;
  const lines: string[] = [];

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'portal-quotes-'));
    system = await startSystem({ dataDir, log: (line) => lines.push(line) });
  });
  afterAll(async () => {
    await system?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('creates a priced draft through the gateway', async () => {
    const s = system!;
    const company = (await gql(s, '{ company(slug: "turinova") { id } }')).data.company;
    const email = 'quotes@example.hu';
    const password = 'Lapszabasz-2026';
    await gql(s, 'mutation($i: SignUpInput!) { signUp(input: $i) { ok } }', {
      i: { email, password, name: 'Ajánlat Anna', companyIds: [company.id] },
    });
    const logged = lines.find((l) => l.startsWith(`mail to ${email}`));
    const token = new URL(logged!.split(' — ')[1]!).searchParams.get('token');
    await gql(s, 'mutation($t: String!) { verifyEmail(token: $t) { ok } }', { t: token });
    const signIn = await gql(
      s,
      'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { session { accessToken } } }',
      { e: email, p: password },
    );
    const access = signIn.data.signIn.session.accessToken as string;
    const catalog = await gql(
      s,
      `query($id: ID!) { company(id: $id) { materials(first: 50) { nodes { id lengthMm widthMm active } } } }`,
      { id: company.id },
      access,
    );
    const material = catalog.data.company.materials.nodes.find(
      (m: any) => m.active && m.lengthMm >= 2000 && m.widthMm >= 1000,
    );
    const created = await gql(
      s,
      `mutation($input: QuoteDraftInput!) { createQuote(input: $input) {
         quote { id number stale totals { gross { amount currency } }
                 company { slug materials(first: 1) { totalCount } } }
         error { code field } } }`,
      {
        input: {
          companyId: company.id,
          panels: [{ materialId: material.id, widthMm: 720, heightMm: 560, quantity: 4 }],
        },
      },
      access,
    );
    expect(created.errors).toBeUndefined();
    const { quote, error } = created.data.createQuote;
    expect(error).toBeNull();
    expect(quote.number).toMatch(/^PQ-\d{4}-\d{3,}$/);
    expect(quote.stale).toBe(false);
    expect(quote.totals.gross.currency).toBe('HUF');
    expect(Number(quote.totals.gross.amount)).toBeGreaterThan(0);
    expect(quote.company.slug).toBe('turinova');
    expect(quote.company.materials.totalCount).toBeGreaterThan(0);

    const list = await gql(s, '{ quotes { totalCount edges { node { id } } } }', {}, access);
    expect(list.data.quotes).toEqual({ totalCount: 1, edges: [{ node: { id: quote.id } }] });
    // Anonymous callers get nothing.
    const anonymous = await gql(s, '{ quotes { totalCount } }');
    expect(anonymous.data).toBeNull();
  });
});
