import { withRole } from '@portal/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSystem, startSystem } from './start-system.ts';

// Partner keys through the running system (gateway → portal → PGlite): the per-key rate limit
// with its `RateLimit-*` and `Retry-After` headers, and the key's usage as its owner sees it.

interface Result {
  data?: Record<string, any> | null;
  errors?: Array<{ message: string; extensions?: Record<string, any> }>;
}

let system: RunningSystem;
const PASSWORD = 'Lapszabasz-2026-limits';
/** The gateway's default budget per key per minute (`DEFAULT_LIMITS.apiKeyPerMinute`). */
const PER_MINUTE = 120;

async function post(query: string, variables: Record<string, unknown> = {}, headers = {}) {
  const res = await fetch(system.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Result };
}

interface Customer {
  id: string;
  token: string;
  key: string;
  keyId: string;
}

async function customerWithKey(email: string): Promise<Customer> {
  const signUp = await post(
    'mutation ($i: SignUpInput!) { signUp(input: $i) { ok error { code } } }',
    { i: { email, password: PASSWORD, name: 'Limit Lajos', companyIds: [] } },
  );
  expect(signUp.body.data?.signUp).toMatchObject({ ok: true });
  const [mail] = await system.portalDb.query<{ link: string }>(
    `select link from mail_outbox where to_address = $1 and kind = 'verification'`,
    [email],
  );
  const token = new URL(mail!.link).searchParams.get('token');
  await post('mutation ($t: String!) { verifyEmail(token: $t) { ok } }', { t: token });
  const signIn = await post(
    `mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) {
       session { accessToken } customer { id } error { code } } }`,
    { e: email, p: PASSWORD },
  );
  const session = signIn.body.data?.signIn;
  expect(session.error).toBeNull();
  const created = await post(
    'mutation ($i: ApiKeyInput!) { createApiKey(input: $i) { key apiKey { id } error { code } } }',
    { i: { name: `${email} key`, scopes: ['CATALOG_READ'] } },
    { authorization: `Bearer ${session.session.accessToken}` },
  );
  expect(created.body.data?.createApiKey.error).toBeNull();
  return {
    id: session.customer.id,
    token: session.session.accessToken,
    key: created.body.data?.createApiKey.key,
    keyId: created.body.data?.createApiKey.apiKey.id,
  };
}

const USAGE = `{ me { apiKeys { id lastUsedAt usage { day requests errors rateLimited } } } }`;

async function usageOf(owner: Customer) {
  const res = await post(USAGE, {}, { authorization: `Bearer ${owner.token}` });
  expect(res.body.errors).toBeUndefined();
  return res.body.data?.me.apiKeys as Array<{
    id: string;
    lastUsedAt: string | null;
    usage: Array<{ day: string; requests: number; errors: number; rateLimited: number }>;
  }>;
}

let alice: Customer;
let bob: Customer;

beforeAll(async () => {
  system = await startSystem({ delivery: false, orderSyncIntervalMs: 0, demoConsole: false });
  alice = await customerWithKey('alice.limits@example.hu');
  bob = await customerWithKey('bob.limits@example.hu');
}, 60_000);

afterAll(() => system?.close());

describe('partner key rate limit headers', () => {
  it('tells the budget on sign-in and sign-up responses, counting down per client', async () => {
    const first = await post(
      'mutation { signIn(email: "nobody.limits@example.hu", password: "x") { error { code } } }',
    );
    const second = await post(
      'mutation { signIn(email: "nobody.limits@example.hu", password: "y") { error { code } } }',
    );
    expect(first.headers.get('ratelimit-limit')).toBe('10');
    expect(first.headers.get('ratelimit-policy')).toBe('10;w=60');
    const left = Number(first.headers.get('ratelimit-remaining'));
    expect(Number(second.headers.get('ratelimit-remaining'))).toBe(left - 1);
    // A query that is not one of the limited mutations says nothing about them.
    const anonymous = await post('{ __typename }');
    expect(anonymous.headers.get('ratelimit-limit')).toBeNull();
  });

  it('counts a key down on every response, then refuses it with 429, the code and Retry-After', async () => {
    const headers = { 'x-api-key': alice.key };
    const first = await post('{ companies { id } }', {}, headers);
    expect(first.status).toBe(200);
    expect(first.headers.get('ratelimit-limit')).toBe(String(PER_MINUTE));
    expect(first.headers.get('ratelimit-policy')).toBe(`${PER_MINUTE};w=60`);
    expect(first.headers.get('ratelimit-remaining')).toBe(String(PER_MINUTE - 1));
    const reset = Number(first.headers.get('ratelimit-reset'));
    expect(reset).toBeGreaterThan(0);
    expect(reset).toBeLessThanOrEqual(60);
    // A field the key's scope does not allow: an answered request with an error.
    const forbidden = await post('{ quotes(first: 1) { totalCount } }', {}, headers);
    expect(forbidden.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(forbidden.headers.get('ratelimit-remaining')).toBe(String(PER_MINUTE - 2));

    for (let used = 2; used < PER_MINUTE; used += 1) {
      const res = await post('{ __typename }', {}, headers);
      expect(res.status).toBe(200);
      expect(res.headers.get('ratelimit-remaining')).toBe(String(PER_MINUTE - used - 1));
    }
    const refused = await post('{ __typename }', {}, { authorization: `Bearer ${alice.key}` });
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.body.errors?.[0]?.extensions).toEqual({ code: 'RATE_LIMITED', retryAfter });
    expect(refused.headers.get('ratelimit-remaining')).toBe('0');
    expect(refused.headers.get('ratelimit-limit')).toBe(String(PER_MINUTE));
    expect(Number(refused.headers.get('ratelimit-reset'))).toBe(retryAfter);
    // A document that never runs is not counted, and still tells where the budget stands.
    const broken = await post('{ nope', {}, headers);
    expect(broken.status).toBe(400);
    expect(broken.headers.get('ratelimit-remaining')).toBe('0');
    // Each key has its own budget.
    const other = await post('{ __typename }', {}, { 'x-api-key': bob.key });
    expect(other.status).toBe(200);
    expect(other.headers.get('ratelimit-remaining')).toBe(String(PER_MINUTE - 1));
  });

  it('spends the same budget on quote PDF downloads', async () => {
    const pdf = (key: string) =>
      fetch(`${system.gatewayUrl}/api/quotes/00000000-0000-4000-8000-000000000000/pdf`, {
        headers: { 'x-api-key': key },
      });
    const refused = await pdf(alice.key);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.headers.get('ratelimit-remaining')).toBe('0');
    expect(((await refused.json()) as any).error.code).toBe('RATE_LIMITED');
    const counted = await pdf(bob.key);
    expect(counted.status).toBe(403); // a catalog:read key may not read quotes
    expect(counted.headers.get('ratelimit-remaining')).toBe(String(PER_MINUTE - 2));
  });
});

describe('partner key usage', () => {
  it('shows the owner the requests, errors and refusals of their key per day', async () => {
    await system.apiKeyUsage.flush();
    const [key] = await usageOf(alice);
    const today = new Date().toISOString().slice(0, 10);
    // 120 answered (1 with FORBIDDEN), 1 refused, 1 unparsable (an error, not counted
    // against the budget but still a request), 1 PDF refused.
    expect(key?.id).toBe(alice.keyId);
    expect(key?.usage).toEqual([{ day: today, requests: 123, errors: 2, rateLimited: 2 }]);
    expect(key?.lastUsedAt).not.toBeNull();

    // Counts add up across flushes on the same row.
    await post('{ __typename }', {}, { 'x-api-key': bob.key });
    await system.apiKeyUsage.flush();
    const [bobKey] = await usageOf(bob);
    // Two queries and a PDF its scope does not allow (403).
    expect(bobKey?.usage).toEqual([{ day: today, requests: 3, errors: 1, rateLimited: 0 }]);
    const bigger = await post(
      `{ me { apiKeys { usage(days: 91) { day } } } }`,
      {},
      { authorization: `Bearer ${bob.token}` },
    );
    expect(bigger.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it("never shows a customer another customer's key usage, in the API or the database", async () => {
    const aliceKeys = await usageOf(alice);
    expect(aliceKeys.map((k) => k.id)).toEqual([alice.keyId]);

    const asCustomer = (customerId: string, sql: string, params: unknown[] = []) =>
      withRole(
        system.portalDb,
        { role: 'authenticated', claims: { sub: customerId, role: 'authenticated' } },
        (tx) => tx.query<{ api_key_id: string; requests: number }>(sql, params),
      );
    const all = await system.portalDb.query<{ api_key_id: string }>(
      'select api_key_id from api_key_usage',
    );
    expect(all.map((r) => r.api_key_id).sort()).toEqual([alice.keyId, bob.keyId].sort());
    const seenByAlice = await asCustomer(
      alice.id,
      'select api_key_id, requests from api_key_usage',
    );
    expect(seenByAlice.map((r) => r.api_key_id)).toEqual([alice.keyId]);
    expect(
      await asCustomer(alice.id, 'select * from api_key_usage where api_key_id = $1', [bob.keyId]),
    ).toEqual([]);
    await expect(
      asCustomer(
        alice.id,
        `insert into api_key_usage (api_key_id, day, requests) values ($1, current_date, 5)`,
        [alice.keyId],
      ),
    ).rejects.toThrow(/permission denied/);
    await expect(
      asCustomer(alice.id, 'update api_key_usage set requests = 0 returning api_key_id'),
    ).rejects.toThrow(/permission denied/);
  });

  it('refuses usage counts the gateway did not sign', async () => {
    const body = JSON.stringify({
      usage: [
        {
          apiKeyId: bob.keyId,
          day: new Date().toISOString().slice(0, 10),
          requests: 1000,
          errors: 0,
          rateLimited: 0,
        },
      ],
    });
    const res = await fetch(
      `${system.portalUrl.replace(/\/graphql$/, '')}/internal/api-keys/usage`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-portal-signature': 'forged' },
        body,
      },
    );
    expect(res.status).toBe(403);
    const [bobKey] = await usageOf(bob);
    expect(bobKey?.usage[0]?.requests).toBe(3);
  });
});
