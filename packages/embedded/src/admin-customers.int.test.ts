import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSystem, startSystem } from './start-system.ts';

// Disabling a customer through the gateway: the customer's access token, issued before, is
// refused on the next request (`UNAUTHENTICATED`), not when it expires (ADR 022).

async function gql(system: RunningSystem, query: string, variables = {}, token?: string) {
  const res = await fetch(system.graphqlUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: any[] } };
}

describe('disabling a customer on the embedded default', () => {
  let dataDir: string;
  let system: RunningSystem | undefined;
  const lines: string[] = [];

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'portal-admin-customers-'));
    system = await startSystem({ dataDir, log: (line) => lines.push(line) });
  });
  afterAll(async () => {
    await system?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('refuses the customer’s open session at once through the gateway', async () => {
    const s = system!;
    const email = 'letiltott@example.hu';
    const password = 'Lapszabasz-2026';
    await gql(s, 'mutation($i: SignUpInput!) { signUp(input: $i) { ok } }', {
      i: { email, password, name: 'Letiltott Lili' },
    });
    const logged = lines.find((l) => l.startsWith(`mail to ${email}`))!;
    const token = new URL(logged.split(' — ')[1]!).searchParams.get('token');
    await gql(s, 'mutation($t: String!) { verifyEmail(token: $t) { ok } }', { t: token });
    const signIn = await gql(
      s,
      'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { session { accessToken } customer { id } } }',
      { e: email, p: password },
    );
    const customerToken = signIn.body.data.signIn.session.accessToken;
    const customerId = signIn.body.data.signIn.customer.id;
    expect((await gql(s, '{ me { email } }', {}, customerToken)).body.data.me).toEqual({ email });

    const admin = await gql(
      s,
      'mutation($e: String!, $p: String!) { adminSignIn(email: $e, password: $p) { session { accessToken } } }',
      { e: s.demoAdmin!.email, p: s.demoAdmin!.password },
    );
    const adminToken = admin.body.data.adminSignIn.session.accessToken;
    const found = await gql(
      s,
      'query($q: String) { admin { customers(filter: { search: $q }) { edges { node { id } } } } }',
      { q: 'letiltott' },
      adminToken,
    );
    expect(found.body.data.admin.customers.edges).toEqual([{ node: { id: customerId } }]);
    const disabled = await gql(
      s,
      'mutation($id: ID!) { disableCustomer(id: $id) { customer { disabled } error { code } } }',
      { id: customerId },
      adminToken,
    );
    expect(disabled.body.data.disableCustomer).toEqual({
      customer: { disabled: true },
      error: null,
    });

    const refused = await gql(s, '{ me { email } }', {}, customerToken);
    expect(refused.body.data?.me ?? null).toBeNull();
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
