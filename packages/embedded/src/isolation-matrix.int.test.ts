import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import type { Identity } from '@portal/identity';
import { refusedSignatures } from '@portal/identity/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ADMIN_EMAIL } from './demo-admin.ts';
import { type RunningSystem, startSystem } from './start-system.ts';

// The isolation matrix: every way one caller could reach another's data, through the running
// system over HTTP (gateway → subgraphs → databases), as one table. Each row is refused, or
// answered with the caller's own or public data only, and no response carries anything of
// customer B's (their email, name, billing city, quote, key) or of the admins'.
//
// The sign-in budget per IP at the gateway is 10 a minute: this file signs in exactly 10 times
// (A, B, the demo admin, and the 7 attempts of the lockout row). Add a sign-in, raise nothing:
// use a customer already signed in.

interface Result {
  data?: Record<string, any> | null;
  errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, any> }>;
}
interface Response {
  status: number;
  requestId: string | null;
  body: Result;
  text: string;
}

let system: RunningSystem;

async function post(
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
  url = system.graphqlUrl,
): Promise<Response> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  return {
    status: res.status,
    requestId: res.headers.get('x-request-id'),
    body: JSON.parse(text) as Result,
    text,
  };
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const apiKey = (key: string) => ({ 'x-api-key': key });
const PASSWORD = 'Lapszabasz-2026-matrix';

// --- the access-token key, ours so that expired and forged tokens can be made -----------------
const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const AUTH_SIGNING_JWK = JSON.stringify(privateKey.export({ format: 'jwk' }));
const publicJwk = privateKey.export({ format: 'jwk' }) as { x: string; y: string };
const KID = createHash('sha256')
  .update(JSON.stringify({ crv: 'P-256', kty: 'EC', x: publicJwk.x, y: publicJwk.y }))
  .digest('base64url');

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
/** An ES256 JWT like the portal's, signed with `key` (the real one unless a forger's). */
function jwt(claims: Record<string, unknown>, key = privateKey): string {
  const head = `${b64({ alg: 'ES256', typ: 'JWT', kid: KID })}.${b64(claims)}`;
  const signature = sign('sha256', Buffer.from(head), { key, dsaEncoding: 'ieee-p1363' });
  return `${head}.${signature.toString('base64url')}`;
}
function claimsOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8'));
}

// --- the people and things of the matrix ------------------------------------------------------
interface Customer {
  id: string;
  email: string;
  token: string;
  refreshToken: string;
}
const world = {} as {
  alice: Customer;
  bob: Customer;
  admin: string;
  turinova: string;
  other: string;
  deactivated: string;
  turinovaMaterial: string;
  otherMaterial: string;
  bobQuote: { id: string; number: string };
  bobKey: { id: string };
  keys: {
    ordersOnly: string;
    catalogOnly: string;
    quotesRead: string;
    revoked: string;
    expired: string;
    company: string;
  };
};

/** Customer B's data: none of it may appear in any response to anyone else. */
const BOB = {
  email: 'bob.matrix@example.hu',
  name: 'Titkos Béla',
  city: 'Titkosváros',
  comment: 'Bob titkos megjegyzése',
  keyName: 'Bob saját kulcsa',
};
const secrets = () => [
  BOB.email,
  BOB.name,
  BOB.city,
  BOB.comment,
  BOB.keyName,
  world.bobQuote.number,
  DEMO_ADMIN_EMAIL,
];

async function customer(email: string, name: string, companyIds: string[], city: string) {
  const signUp = await post(
    'mutation ($i: SignUpInput!) { signUp(input: $i) { ok error { code message } } }',
    { i: { email, password: PASSWORD, name, companyIds, billing: { city } } },
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
       session { accessToken refreshToken } customer { id } error { code } } }`,
    { e: email, p: PASSWORD },
  );
  const result = signIn.body.data?.signIn;
  expect(result?.error).toBeNull();
  return {
    id: result.customer.id,
    email,
    token: result.session.accessToken,
    refreshToken: result.session.refreshToken,
  } satisfies Customer;
}

async function createKey(owner: Customer, name: string, scopes: string[]) {
  const r = await post(
    'mutation ($i: ApiKeyInput!) { createApiKey(input: $i) { key apiKey { id } error { code } } }',
    { i: { name, scopes, expiresAt: new Date(Date.now() + 86_400_000).toISOString() } },
    bearer(owner.token),
  );
  expect(r.body.data?.createApiKey.error).toBeNull();
  return r.body.data?.createApiKey as { key: string; apiKey: { id: string } };
}

async function firstMaterial(companyId: string): Promise<string> {
  const r = await post(
    'query ($id: ID!) { company(id: $id) { materials(first: 50) { nodes { id active lengthMm widthMm } } } }',
    { id: companyId },
  );
  const material = r.body.data?.company.materials.nodes.find(
    (m: { active: boolean; lengthMm: number; widthMm: number }) =>
      m.active && m.lengthMm >= 2000 && m.widthMm >= 1000,
  );
  return material.id;
}

beforeAll(async () => {
  system = await startSystem({ authSigningJwk: AUTH_SIGNING_JWK });
  const bySlug = Object.fromEntries(system.companies.map((c) => [c.slug, c]));
  world.turinova = bySlug.turinova!.id;
  world.other = bySlug['kecskemeti-butorlap']!.id;
  world.deactivated = system.companies.find((c) => !c.active)!.id;
  world.turinovaMaterial = await firstMaterial(world.turinova);
  world.otherMaterial = await firstMaterial(world.other);

  world.alice = await customer(
    'alice.matrix@example.hu',
    'Alice Asztalos',
    [world.turinova],
    'Győr',
  );
  world.bob = await customer(BOB.email, BOB.name, [world.turinova, world.other], BOB.city);
  // B's discount at the company A is not connected to: a preview for A must not use it.
  await system.portalDb.query(
    `update customer_companies set discount_percent = 12 where customer_id = $1`,
    [world.bob.id],
  );
  const quote = await post(
    `mutation ($i: QuoteDraftInput!) { createQuote(input: $i) { quote { id number } error { code } } }`,
    {
      i: {
        companyId: world.turinova,
        comment: BOB.comment,
        panels: [{ materialId: world.turinovaMaterial, widthMm: 720, heightMm: 560, quantity: 2 }],
      },
    },
    bearer(world.bob.token),
  );
  expect(quote.body.data?.createQuote.error).toBeNull();
  world.bobQuote = quote.body.data?.createQuote.quote;
  world.bobKey = (await createKey(world.bob, BOB.keyName, ['QUOTES_READ'])).apiKey;

  const a = world.alice;
  world.keys = {
    ordersOnly: (await createKey(a, 'orders', ['ORDERS_READ'])).key,
    catalogOnly: (await createKey(a, 'catalog', ['CATALOG_READ'])).key,
    quotesRead: (await createKey(a, 'quotes', ['QUOTES_READ', 'QUOTES_WRITE'])).key,
    revoked: '',
    expired: '',
    company: '',
  };
  // Never used before they die: the gateway caches a key's answer for up to 30 s.
  const revoked = await createKey(a, 'revoked', ['CATALOG_READ']);
  await post(
    'mutation ($id: ID!) { revokeApiKey(id: $id) { apiKey { status } } }',
    { id: revoked.apiKey.id },
    bearer(a.token),
  );
  world.keys.revoked = revoked.key;
  const expired = await createKey(a, 'expired', ['CATALOG_READ']);
  await system.portalDb.query(
    `update api_keys set expires_at = now() - interval '1 minute' where id = $1`,
    [expired.apiKey.id],
  );
  world.keys.expired = expired.key;

  const adminSignIn = await post(
    'mutation ($e: String!, $p: String!) { adminSignIn(email: $e, password: $p) { session { accessToken } } }',
    { e: system.demoAdmin!.email, p: system.demoAdmin!.password },
  );
  world.admin = adminSignIn.body.data?.adminSignIn.session.accessToken;
  const companyKey = await post(
    `mutation ($i: CompanyApiKeyInput!) { createCompanyApiKey(input: $i) { key error { code } } }`,
    { i: { companyId: world.turinova, name: 'Turinova ERP', scopes: ['CATALOG_READ'] } },
    bearer(world.admin),
  );
  expect(companyKey.body.data?.createCompanyApiKey.error).toBeNull();
  world.keys.company = companyKey.body.data?.createCompanyApiKey.key;
}, 300_000);
afterAll(() => system?.close());

// --- the matrix -------------------------------------------------------------------------------

/**
 * How a row must end: the whole request refused over HTTP; a GraphQL error on the field (its
 * data null); an error in the mutation's result type; or served, with only the caller's own or
 * public data (`check` says what must hold).
 */
type Outcome =
  | { http: number; code: string }
  | { error: string }
  | { result: string }
  | { served: (data: Record<string, any>) => void };

interface Row {
  caller: string;
  attempt: string;
  headers: () => Record<string, string>;
  query: string;
  variables?: () => Record<string, unknown>;
  /** Straight to a subgraph instead of the gateway. */
  url?: () => string;
  outcome: Outcome;
}

const A = () => bearer(world.alice.token);
const CATALOG = `query ($id: ID!) { company(id: $id) { id materials(first: 3) { totalCount nodes { name } } } }`;
const PREVIEW = `query ($c: ID!, $m: ID!) { previewQuote(companyId: $c, input: {
  panels: [{ materialId: $m, widthMm: 600, heightMm: 400, quantity: 1 }] }) {
  discount { percent } } }`;
const CREATE_QUOTE = `mutation ($c: ID!) { createQuote(input: { companyId: $c, comment: "x" }) {
  quote { id } error { code } } }`;
const draft = () => ({ companyId: world.turinova, comment: 'átírva' });

const rows: Row[] = [
  // customer A against customer B
  {
    caller: 'customer A',
    attempt: "reads the profile: gets A's own, never B's",
    headers: A,
    query: '{ me { id email name billing { city } apiKeys { name } } }',
    outcome: {
      served: (data) =>
        expect(data.me).toMatchObject({ id: world.alice.id, email: world.alice.email }),
    },
  },
  {
    caller: 'customer A',
    attempt: 'changes the profile: changes only A',
    headers: A,
    query: 'mutation { updateProfile(input: { name: "Alice Új" }) { customer { id name } } }',
    outcome: {
      served: (data) =>
        expect(data.updateProfile.customer).toEqual({ id: world.alice.id, name: 'Alice Új' }),
    },
  },
  {
    caller: 'customer A',
    attempt: "reads B's quote by id",
    headers: A,
    query: 'query ($id: ID!) { quote(id: $id) { id comment number } }',
    variables: () => ({ id: world.bobQuote.id }),
    outcome: { error: 'NOT_FOUND' },
  },
  {
    caller: 'customer A',
    attempt: "lists quotes at B's company: only A's (none)",
    headers: A,
    query:
      'query ($c: ID) { quotes(filter: { companyId: $c }) { totalCount edges { node { id } } } }',
    variables: () => ({ c: world.turinova }),
    outcome: { served: (data) => expect(data.quotes).toEqual({ totalCount: 0, edges: [] }) },
  },
  {
    caller: 'customer A',
    attempt: "overwrites B's draft",
    headers: A,
    query: `mutation ($id: ID!, $i: QuoteDraftInput!) { updateQuote(id: $id, input: $i, expectedVersion: 1) {
      quote { id comment } error { code } } }`,
    variables: () => ({ id: world.bobQuote.id, i: draft() }),
    outcome: { result: 'NOT_FOUND' },
  },
  {
    caller: 'customer A',
    attempt: "deletes B's draft",
    headers: A,
    query: 'mutation ($id: ID!) { deleteQuotes(ids: [$id]) { deletedIds error { code } } }',
    variables: () => ({ id: world.bobQuote.id }),
    outcome: { result: 'NOT_FOUND' },
  },
  {
    caller: 'customer A',
    attempt: "duplicates B's quote",
    headers: A,
    query:
      'mutation ($id: ID!) { duplicateQuote(id: $id) { quote { id comment } error { code } } }',
    variables: () => ({ id: world.bobQuote.id }),
    outcome: { result: 'NOT_FOUND' },
  },
  {
    caller: 'customer A',
    attempt: "reprices B's quote",
    headers: A,
    query: `mutation ($id: ID!) { repriceQuote(id: $id, expectedVersion: 1) {
      quote { id } error { code } } }`,
    variables: () => ({ id: world.bobQuote.id }),
    outcome: { result: 'NOT_FOUND' },
  },
  {
    caller: 'customer A',
    attempt: "revokes B's API key",
    headers: A,
    query: 'mutation ($id: ID!) { revokeApiKey(id: $id) { apiKey { id name } error { code } } }',
    variables: () => ({ id: world.bobKey.id }),
    outcome: { result: 'API_KEY_NOT_FOUND' },
  },
  {
    caller: 'customer A',
    attempt: "reads an order by B's quote id: no such order of A's",
    headers: A,
    query: 'query ($id: ID!) { order(id: $id) { id status } }',
    variables: () => ({ id: world.bobQuote.id }),
    outcome: { served: (data) => expect(data.order).toBeNull() },
  },
  {
    caller: 'customer A',
    attempt: "lists orders: only A's (none)",
    headers: A,
    query: '{ orders { totalCount edges { node { id } } } }',
    outcome: { served: (data) => expect(data.orders).toEqual({ totalCount: 0, edges: [] }) },
  },
  {
    caller: 'customer A',
    attempt: 'asks the gateway for entities (federation plumbing)',
    headers: A,
    query: `query ($r: [_Any!]!) { _entities(representations: $r) { __typename } }`,
    variables: () => ({ r: [{ __typename: 'Quote', id: world.bobQuote.id }] }),
    outcome: { http: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  },
  // customer A and the admin fields
  ...[
    ['reads the admin namespace', '{ admin { me { email } } }'],
    ['reads the audit log', '{ admin { auditLog { totalCount edges { node { details } } } } }'],
    ['lists company keys', '{ admin { companyApiKeys { name } } }'],
  ].map(
    ([attempt, query]): Row => ({
      caller: 'customer A',
      attempt: attempt!,
      headers: A,
      query: query!,
      outcome: { error: 'FORBIDDEN' },
    }),
  ),
  {
    caller: 'customer A',
    attempt: 'makes a company key',
    headers: A,
    query: `mutation ($c: ID!) { createCompanyApiKey(input: { companyId: $c, name: "x", scopes: [CATALOG_READ] }) { key } }`,
    variables: () => ({ c: world.turinova }),
    outcome: { error: 'FORBIDDEN' },
  },
  // customer A and companies
  {
    caller: 'customer A',
    attempt: 'browses a company A is not connected to: the public catalog',
    headers: A,
    query: CATALOG,
    variables: () => ({ id: world.other }),
    outcome: { served: (data) => expect(data.company.materials.totalCount).toBeGreaterThan(0) },
  },
  {
    caller: 'customer A',
    attempt: "previews at a company A is not connected to: list prices, never B's discount",
    headers: A,
    query: PREVIEW,
    variables: () => ({ c: world.other, m: world.otherMaterial }),
    outcome: { served: (data) => expect(Number(data.previewQuote.discount.percent)).toBe(0) },
  },
  {
    caller: 'customer A',
    attempt: 'saves a quote at a company A is not connected to',
    headers: A,
    query: CREATE_QUOTE,
    variables: () => ({ c: world.other }),
    outcome: { result: 'COMPANY_NOT_AVAILABLE' },
  },
  {
    caller: 'customer A',
    attempt: "reads a deactivated company's catalog",
    headers: A,
    query: CATALOG,
    variables: () => ({ id: world.deactivated }),
    outcome: { error: 'NOT_FOUND' },
  },
  {
    caller: 'customer A',
    attempt: 'previews at a deactivated company',
    headers: A,
    query: PREVIEW,
    variables: () => ({ c: world.deactivated, m: world.otherMaterial }),
    outcome: { error: 'NOT_FOUND' },
  },
  {
    caller: 'customer A',
    attempt: 'saves a quote at a deactivated company',
    headers: A,
    query: CREATE_QUOTE,
    variables: () => ({ c: world.deactivated }),
    outcome: { result: 'COMPANY_NOT_AVAILABLE' },
  },
  {
    caller: 'customer A',
    attempt: 'connects to a deactivated company',
    headers: A,
    query:
      'mutation ($c: ID!) { connectCompany(companyId: $c) { customer { id } error { code } } }',
    variables: () => ({ c: world.deactivated }),
    outcome: { result: 'COMPANY_NOT_FOUND' },
  },
  // partner keys outside their scopes and owners
  {
    caller: "A's key with orders:read",
    attempt: 'reads a catalog',
    headers: () => apiKey(world.keys.ordersOnly),
    query: CATALOG,
    variables: () => ({ id: world.turinova }),
    outcome: { error: 'FORBIDDEN' },
  },
  {
    caller: "A's key with catalog:read",
    attempt: 'lists quotes',
    headers: () => apiKey(world.keys.catalogOnly),
    query: '{ quotes { totalCount edges { node { comment } } } }',
    outcome: { error: 'FORBIDDEN' },
  },
  {
    caller: "A's key with catalog:read",
    attempt: 'lists orders',
    headers: () => apiKey(world.keys.catalogOnly),
    query: '{ orders { totalCount } }',
    outcome: { error: 'FORBIDDEN' },
  },
  {
    caller: "A's key with quotes:read",
    attempt: "reads B's quote (outside its owner)",
    headers: () => apiKey(world.keys.quotesRead),
    query: 'query ($id: ID!) { quote(id: $id) { id comment } }',
    variables: () => ({ id: world.bobQuote.id }),
    outcome: { error: 'NOT_FOUND' },
  },
  {
    caller: "A's key with quotes:write",
    attempt: "overwrites B's draft (outside its owner)",
    headers: () => apiKey(world.keys.quotesRead),
    query: `mutation ($id: ID!, $i: QuoteDraftInput!) { updateQuote(id: $id, input: $i, expectedVersion: 1) {
      quote { id } error { code } } }`,
    variables: () => ({ id: world.bobQuote.id, i: draft() }),
    outcome: { result: 'NOT_FOUND' },
  },
  {
    caller: "A's key with quotes:read",
    attempt: "reads its owner's account and keys",
    headers: () => apiKey(world.keys.quotesRead),
    query: '{ me { email apiKeys { name } } }',
    outcome: { served: (data) => expect(data.me).toBeNull() },
  },
  {
    caller: "A's key with quotes:read",
    attempt: 'makes another key',
    headers: () => apiKey(world.keys.quotesRead),
    query: 'mutation { createApiKey(input: { name: "y", scopes: [CATALOG_READ] }) { key } }',
    outcome: { error: 'FORBIDDEN' },
  },
  {
    caller: 'a company key (Turinova, catalog:read)',
    attempt: "reads another company's catalog",
    headers: () => apiKey(world.keys.company),
    query: CATALOG,
    variables: () => ({ id: world.other }),
    outcome: { error: 'FORBIDDEN' },
  },
  {
    caller: 'a company key (Turinova, catalog:read)',
    attempt: 'previews at another company',
    headers: () => apiKey(world.keys.company),
    query: PREVIEW,
    variables: () => ({ c: world.other, m: world.otherMaterial }),
    outcome: { error: 'FORBIDDEN' },
  },
  {
    caller: 'a company key (Turinova, catalog:read)',
    attempt: "lists its company's customers' quotes",
    headers: () => apiKey(world.keys.company),
    query: '{ quotes { totalCount edges { node { comment } } } }',
    outcome: { error: 'FORBIDDEN' },
  },
  {
    caller: 'a company key (Turinova, catalog:read)',
    attempt: "reads a customer's quote at its company by id",
    headers: () => apiKey(world.keys.company),
    query: 'query ($id: ID!) { quote(id: $id) { id comment } }',
    variables: () => ({ id: world.bobQuote.id }),
    outcome: { error: 'FORBIDDEN' },
  },
  {
    caller: 'a company key (Turinova, catalog:read)',
    attempt: "lists its company's orders",
    headers: () => apiKey(world.keys.company),
    query: '{ orders { totalCount edges { node { id } } } }',
    outcome: { error: 'FORBIDDEN' },
  },
  {
    caller: 'a company key (Turinova, catalog:read)',
    attempt: 'reads the admin namespace',
    headers: () => apiKey(world.keys.company),
    query: '{ admin { auditLog { totalCount } } }',
    outcome: { error: 'FORBIDDEN' },
  },
  {
    caller: 'a revoked key',
    attempt: 'reads a catalog',
    headers: () => apiKey(world.keys.revoked),
    query: CATALOG,
    variables: () => ({ id: world.turinova }),
    outcome: { http: 401, code: 'UNAUTHENTICATED' },
  },
  {
    caller: 'an expired key',
    attempt: 'reads a catalog',
    headers: () => apiKey(world.keys.expired),
    query: CATALOG,
    variables: () => ({ id: world.turinova }),
    outcome: { http: 401, code: 'UNAUTHENTICATED' },
  },
  // tokens
  ...(
    [
      ["A's token with B's id in it", () => tamper(world.alice.token, { sub: world.bob.id })],
      [
        "A's token made an admin's",
        () => tamper(world.alice.token, { portal_kind: 'admin', admin_role: 'admin' }),
      ],
      ['an unsigned token (alg none)', () => unsigned({ ...claimsOf(world.alice.token) })],
      [
        'an expired token signed with the real key',
        () => jwt({ ...claimsOf(world.bob.token), exp: Math.floor(Date.now() / 1000) - 60 }),
      ],
      [
        "B's claims signed with another key",
        () =>
          jwt(
            claimsOf(world.bob.token),
            generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey,
          ),
      ],
    ] as const
  ).map(
    ([caller, token]): Row => ({
      caller,
      attempt: 'reads the account',
      headers: () => bearer(token()),
      query: '{ me { id email name } }',
      outcome: { http: 401, code: 'UNAUTHENTICATED' },
    }),
  ),
];

function tamper(token: string, changes: Record<string, unknown>): string {
  const [head, , signature] = token.split('.');
  return `${head}.${b64({ ...claimsOf(token), ...changes })}.${signature}`;
}
function unsigned(claims: Record<string, unknown>): string {
  return `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`;
}

/** Every `error` object inside the data (the result types of mutations). */
function resultErrors(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(resultErrors);
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  const own =
    typeof record.error === 'object' && record.error !== null
      ? [String((record.error as { code?: unknown }).code)]
      : [];
  return [...own, ...Object.values(record).flatMap(resultErrors)];
}

describe('the isolation matrix', () => {
  it.each(rows)('$caller $attempt', async (row) => {
    const res = await post(
      row.query,
      row.variables?.() ?? {},
      row.headers(),
      row.url?.() ?? system.graphqlUrl,
    );
    const codes = res.body.errors?.map((e) => e.extensions?.code) ?? [];
    const outcome = row.outcome;
    if ('http' in outcome) {
      expect(res.status).toBe(outcome.http);
      expect(res.body.data ?? null).toBeNull();
      expect(codes).toContain(outcome.code);
    } else if ('error' in outcome) {
      expect(codes).toContain(outcome.error);
      // The refused field (the operation's only root field) carries nothing.
      const values = Object.values(res.body.data ?? {});
      expect(
        values.every((v) => v === null || (v as { materials?: unknown }).materials === null),
      ).toBe(true);
    } else if ('result' in outcome) {
      expect(res.body.errors).toBeUndefined();
      expect(resultErrors(res.body.data)).toEqual([outcome.result]);
      const payload = Object.values(res.body.data ?? {})[0] as Record<string, unknown>;
      for (const [field, value] of Object.entries(payload)) {
        if (field === 'error') continue;
        expect(Array.isArray(value) ? value : value === null ? [] : [value]).toEqual([]);
      }
    } else {
      expect(res.body.errors).toBeUndefined();
      outcome.served(res.body.data!);
    }
    for (const secret of secrets()) expect(res.text).not.toContain(secret);
  });

  it("leaves B's quote, key and profile untouched after all of it", async () => {
    const b = await post(
      `query ($id: ID!) { me { name billing { city } apiKeys { name status } }
         quote(id: $id) { comment version } }`,
      { id: world.bobQuote.id },
      bearer(world.bob.token),
    );
    expect(b.body.data).toEqual({
      me: {
        name: BOB.name,
        billing: { city: BOB.city },
        apiKeys: [{ name: BOB.keyName, status: 'ACTIVE' }],
      },
      quote: { comment: BOB.comment, version: 1 },
    });
  });

  it('refuses forged, replayed and expired identity headers straight to each subgraph', async () => {
    const wouldBe: Identity = {
      kind: 'customer',
      customerId: world.bob.id,
      email: BOB.email,
      sessionId: 's',
    };
    for (const url of [system.portalUrl, system.catalogUrl]) {
      for (const attempt of [
        ...refusedSignatures(wouldBe, system.signingKey),
        {
          name: "A's valid access token, no gateway",
          headers: bearer(world.alice.token) as Record<string, string>,
        },
      ]) {
        const res = await post('{ __typename }', {}, attempt.headers, url);
        expect(res.status, `${url} ${attempt.name}`).toBe(401);
        expect(res.body.data).toBeUndefined();
        expect(res.body.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
        const me = await post('{ me { email } }', {}, attempt.headers, url);
        expect(me.text).not.toContain(BOB.email);
      }
    }
  });

  it('revokes the whole session family when a used refresh token comes back, and logs it', async () => {
    const refresh = (token: string) =>
      post(
        `mutation ($r: String!) { refreshSession(refreshToken: $r) {
           session { accessToken refreshToken } error { code } } }`,
        { r: token },
      );
    const first = await refresh(world.bob.refreshToken);
    const next = first.body.data?.refreshSession.session.refreshToken as string;
    expect(next).toBeTruthy();
    // The thief (or a confused client) replays the used token: refused, and the family dies…
    const replay = await refresh(world.bob.refreshToken);
    expect(replay.body.data?.refreshSession).toEqual({
      session: null,
      error: { code: 'INVALID_REFRESH_TOKEN' },
    });
    // …so the owner's newest token no longer works either.
    const owner = await refresh(next);
    expect(owner.body.data?.refreshSession.error).toEqual({ code: 'INVALID_REFRESH_TOKEN' });

    const log = await post(
      `{ admin { auditLog(filter: { action: "auth.refresh_token_reused" }) {
          edges { node { actorKind actorId targetKind ip requestId } } } } }`,
      {},
      bearer(world.admin),
    );
    expect(log.body.data?.admin.auditLog.edges).toEqual([
      {
        node: {
          actorKind: 'CUSTOMER',
          actorId: world.bob.id,
          targetKind: 'session',
          ip: expect.stringMatching(/127\.0\.0\.1|::1/),
          requestId: replay.requestId,
        },
      },
    ]);
  });

  it('locks an email out at the 6th wrong password, right password or not, with a retry time', async () => {
    const email = 'lockout.matrix@example.hu';
    const signUp = await post('mutation ($i: SignUpInput!) { signUp(input: $i) { ok } }', {
      i: { email, password: PASSWORD, name: 'Zárolt Zoltán' },
    });
    expect(signUp.body.data?.signUp.ok).toBe(true);
    const signIn = (password: string) =>
      post(
        `mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) {
           session { accessToken } error { code retryAfterSeconds } } }`,
        { e: email, p: password },
      );
    for (let i = 1; i <= 5; i++) {
      const wrong = await signIn(`Rossz-jelszo-${i}-2026`);
      expect(wrong.body.data?.signIn.error.code, `attempt ${i}`).toBe('INVALID_CREDENTIALS');
    }
    for (const password of ['Rossz-jelszo-6-2026', PASSWORD]) {
      const locked = await signIn(password);
      expect(locked.status).toBe(200);
      expect(locked.body.data?.signIn.session).toBeNull();
      expect(locked.body.data?.signIn.error.code).toBe('LOCKED_OUT');
      const retry = locked.body.data?.signIn.error.retryAfterSeconds as number;
      expect(retry).toBeGreaterThan(0);
      expect(retry).toBeLessThanOrEqual(60);
    }
    const log = await post(
      `{ admin { auditLog(filter: { action: "auth.locked_out" }) { totalCount edges { node { details } } } } }`,
      {},
      bearer(world.admin),
    );
    expect(log.body.data?.admin.auditLog.totalCount).toBe(2);
    expect(JSON.parse(log.body.data?.admin.auditLog.edges[0].node.details)).toEqual({ email });
  });
});
