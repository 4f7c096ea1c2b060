import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSystem, startSystem } from './start-system.ts';

// The walls between callers, on the whole system over HTTP: what a request straight to a
// subgraph, an anonymous caller, a customer, a partner key and a forged token get. Everything
// refused must come back without data.

interface Result {
  data?: Record<string, any> | null;
  errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, any> }>;
}

let system: RunningSystem;

async function gql(
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
  url = system.graphqlUrl,
): Promise<{ status: number; body: Result }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as Result };
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const codes = (r: { body: Result }) => r.body.errors?.map((e) => e.extensions?.code);

/** Signs a customer up through the gateway, verifies the email from the dev mailbox, signs in. */
async function customer(email: string): Promise<{ token: string; id: string }> {
  const password = 'Lapszabasz-2026-jelszo';
  const signUp = await gql(
    'mutation ($input: SignUpInput!) { signUp(input: $input) { ok customerId error { code message } } }',
    { input: { email, password, name: `Teszt ${email}` } },
  );
  expect(signUp.body.data?.signUp).toMatchObject({ ok: true });
  const mailbox = await gql('{ devMailbox(first: 20) { to link } }');
  const mails = (mailbox.body.data?.devMailbox ?? []) as Array<{ to: string; link: string | null }>;
  const link = mails.find((m) => m.to === email && m.link)?.link;
  if (!link) throw new Error(`no verification mail for ${email}`);
  const token = new URL(link).searchParams.get('token');
  await gql('mutation ($t: String!) { verifyEmail(token: $t) { __typename } }', { t: token });
  const signIn = await gql(
    'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { session { accessToken } customer { id } error { code message } } }',
    { e: email, p: password },
  );
  const result = signIn.body.data?.signIn;
  expect(result?.error).toBeNull();
  return { token: result.session.accessToken, id: result.customer.id };
}

let alice: { token: string; id: string };
let bob: { token: string; id: string };

beforeAll(async () => {
  system = await startSystem({});
  alice = await customer('alice@example.hu');
  bob = await customer('bob@example.hu');
  // Starting the whole system takes long on a loaded machine (as in orders.int.test.ts).
}, 300_000);
afterAll(() => system?.close());

describe('the walls', () => {
  it('refuse requests straight to a subgraph, even for _service', async () => {
    for (const url of [system.portalUrl, system.catalogUrl]) {
      for (const query of ['{ _service { sdl } }', '{ __typename }']) {
        const res = await gql(query, {}, {}, url);
        expect(res.status).toBe(401);
        expect(res.body.data).toBeUndefined();
        expect(codes(res)).toEqual(['UNAUTHENTICATED']);
      }
    }
    // Even with a customer's valid access token: subgraphs trust only the gateway's signature.
    const withToken = await gql('{ me { email } }', {}, bearer(alice.token), system.portalUrl);
    expect(withToken.status).toBe(401);
    expect(withToken.body.data).toBeUndefined();
  });

  it('refuse forged, tampered and wrongly signed tokens at the gateway', async () => {
    const [header, , signature] = alice.token.split('.');
    const claims = JSON.parse(Buffer.from(alice.token.split('.')[1]!, 'base64url').toString());
    const asBob = Buffer.from(JSON.stringify({ ...claims, sub: bob.id })).toString('base64url');
    const none = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    for (const token of [
      `${header}.${asBob}.${signature}`,
      `${none}.${asBob}.`,
      `${alice.token.slice(0, -4)}AAAA`,
    ]) {
      const res = await gql('{ me { id email } }', {}, bearer(token));
      expect(res.status).toBe(401);
      expect(res.body.data).toBeUndefined();
      expect(codes(res)).toEqual(['UNAUTHENTICATED']);
    }
  });

  it('give each customer only their own account', async () => {
    const a = await gql('{ me { id email } }', {}, bearer(alice.token));
    const b = await gql('{ me { id email } }', {}, bearer(bob.token));
    expect(a.body.data?.me).toEqual({ id: alice.id, email: 'alice@example.hu' });
    expect(b.body.data?.me).toEqual({ id: bob.id, email: 'bob@example.hu' });
    const anonymous = await gql('{ me { id email } }');
    expect(anonymous.body.data?.me ?? null).toBeNull();
  });

  it('keep admin fields from anonymous callers and customers', async () => {
    for (const headers of [{}, bearer(alice.token)]) {
      const res = await gql('{ admin { me { email } } }', {}, headers);
      expect(res.body.data?.admin ?? null).toBeNull();
      expect(codes(res)).toEqual(['FORBIDDEN']);
      expect(JSON.stringify(res.body)).not.toMatch(/admin@portal\.local/);
    }
  });

  it('keep account mutations from anonymous callers', async () => {
    const res = await gql(
      'mutation { createApiKey(input: { name: "x", scopes: [CATALOG_READ] }) { key } }',
    );
    expect(res.body.data?.createApiKey ?? null).toBeNull();
    expect(codes(res)).toEqual(['FORBIDDEN']);
  });

  it('hold a partner key to its scopes', async () => {
    const create = async (scopes: string[]) => {
      const res = await gql(
        'mutation ($input: ApiKeyInput!) { createApiKey(input: $input) { key error { code message } } }',
        { input: { name: `key ${scopes.join(' ')}`, scopes } },
        bearer(alice.token),
      );
      expect(res.body.data?.createApiKey.error).toBeNull();
      return res.body.data?.createApiKey.key as string;
    };
    const ordersOnly = await create(['ORDERS_READ']);
    const catalog = await create(['CATALOG_READ']);
    const query = '{ company(slug: "turinova") { id name materials(first: 1) { totalCount } } }';

    const refused = await gql(query, {}, { 'x-api-key': ordersOnly });
    expect(refused.body.data?.company?.materials ?? null).toBeNull();
    expect(codes(refused)).toEqual(['FORBIDDEN']);

    const served = await gql(query, {}, { 'x-api-key': catalog });
    expect(served.body.errors).toBeUndefined();
    expect(served.body.data?.company.materials.totalCount).toBeGreaterThan(0);

    // A key cannot act as its owner's session.
    const mutation = await gql(
      'mutation { createApiKey(input: { name: "y", scopes: [CATALOG_READ] }) { key } }',
      {},
      { 'x-api-key': catalog },
    );
    expect(mutation.body.data?.createApiKey ?? null).toBeNull();
    expect(codes(mutation)).toEqual(['FORBIDDEN']);
  });
});
