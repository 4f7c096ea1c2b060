import { createHmac, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import type { RunningServer } from '@portal/http-server';
import { type Identity, identityFromHeaders } from '@portal/identity';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startGateway } from './server.ts';

// The gateway over HTTP in front of a fake portal: a local server with its own ES256 key that
// serves the JWKS, the API key check and both subgraphs' /graphql, and records the identity the
// gateway signed into each subgraph request (verified exactly as the real subgraphs do).

interface Result {
  data?: Record<string, any> | null;
  errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, any> }>;
}

const signingKey = randomBytes(32);
const KID = 'portal-key-1';
const LIMITS = { authPerMinute: 3, apiKeyPerMinute: 4 };
const PARTNERS: Record<string, Identity> = {
  ppk_catalog: {
    kind: 'partner',
    apiKeyId: 'key-catalog',
    scopes: ['catalog:read'],
    owner: { kind: 'company', companyId: 'c1' },
  },
  ppk_burst: {
    kind: 'partner',
    apiKeyId: 'key-burst',
    scopes: ['orders:read'],
    owner: { kind: 'customer', customerId: 'cust-2' },
  },
};

let portalKey: Awaited<ReturnType<typeof generateKeyPair>>;
let fake: Server;
let fakeUrl: string;
let gateway: RunningServer;
const seen: Array<{ path: string; identity: Identity | string; requestId: string }> = [];
let verifyCalls = 0;
/** The client address header of each subgraph request (for the portal's audit log). */
const clientIps: Array<string | undefined> = [];
let subgraphAnswer: (query: string) => { status: number; body: unknown };
const logged: string[] = [];

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function defaultAnswer(query: string) {
  if (query.includes('companies')) {
    return {
      status: 200,
      body: { data: { companies: [{ id: '1', name: 'Alfa', slug: 'alfa' }] } },
    };
  }
  if (query.includes('signIn')) {
    return {
      status: 200,
      body: { data: null, errors: [{ message: 'x', extensions: { code: 'BAD_USER_INPUT' } }] },
    };
  }
  return { status: 200, body: { data: null } };
}

async function token(
  claims: Record<string, unknown>,
  options: {
    key?: typeof portalKey.privateKey;
    expiresIn?: string | number;
    audience?: string;
    kid?: string;
  } = {},
) {
  return new SignJWT({ role: 'authenticated', ...claims })
    .setProtectedHeader({ alg: 'ES256', kid: options.kid ?? KID })
    .setAudience(options.audience ?? 'authenticated')
    .setIssuer('panel-portal')
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '10m')
    .sign(options.key ?? portalKey.privateKey);
}

const customerClaims = {
  sub: 'cust-1',
  email: 'asztalos@example.hu',
  sid: 'sess-1',
  portal_kind: 'customer',
};
const adminClaims = {
  sub: 'adm-1',
  email: 'admin@example.hu',
  sid: 'sess-2',
  portal_kind: 'admin',
  admin_role: 'support',
};

async function post(
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Headers; body: Result }> {
  const res = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Result };
}

const COMPANIES = { query: '{ companies { id name slug } }' };

beforeAll(async () => {
  portalKey = await generateKeyPair('ES256');
  const jwk = { ...(await exportJWK(portalKey.publicKey)), kid: KID, alg: 'ES256', use: 'sig' };
  fake = createServer(async (req, res) => {
    const body = await readBody(req);
    const json = (status: number, value: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(value));
    };
    if (req.url === '/.well-known/jwks.json') return json(200, { keys: [jwk] });
    if (req.url === '/internal/api-keys/verify') {
      verifyCalls += 1;
      const expected = createHmac('sha256', signingKey).update(body).digest('base64url');
      if (req.headers['x-portal-signature'] !== expected)
        return json(403, { error: { code: 'FORBIDDEN' } });
      const identity = PARTNERS[(JSON.parse(body) as { key: string }).key];
      return identity ? json(200, { identity }) : json(401, { error: { code: 'INVALID_API_KEY' } });
    }
    // The gateway's batched partner-key request counts (api-key-usage.ts): accepted, not counted.
    if (req.url === '/internal/api-keys/usage') return json(204, {});
    const requestId = String(req.headers['x-request-id']);
    let identity: Identity | string;
    try {
      identity = identityFromHeaders(req.headers, requestId, signingKey);
    } catch (error) {
      identity = `refused: ${(error as Error).message}`;
    }
    seen.push({ path: req.url ?? '', identity, requestId });
    clientIps.push(req.headers['x-portal-client-ip'] as string | undefined);
    const answer = subgraphAnswer((JSON.parse(body) as { query: string }).query);
    json(answer.status, answer.body);
  });
  await new Promise<void>((resolve) => fake.listen(0, '127.0.0.1', resolve));
  fakeUrl = `http://127.0.0.1:${(fake.address() as AddressInfo).port}`;
  const logStream = new Writable({
    write(chunk, _encoding, done) {
      logged.push(String(chunk));
      done();
    },
  });
  gateway = await startGateway({
    subgraphUrls: { portal: `${fakeUrl}/graphql`, company_catalog: `${fakeUrl}/catalog/graphql` },
    signingKey,
    limits: LIMITS,
    introspection: 'privileged',
    logger: pino(logStream),
  });
});

afterAll(async () => {
  await gateway?.close();
  await new Promise((resolve) => fake?.close(resolve));
});

beforeEach(() => {
  seen.length = 0;
  logged.length = 0;
  subgraphAnswer = defaultAnswer;
});

describe('gateway: who calls', () => {
  it('signs anonymous into the subgraph request, bound to the request id', async () => {
    const res = await post(COMPANIES, { 'x-request-id': 'req-anon-1' });
    expect(res.status).toBe(200);
    expect(res.body.data?.companies).toHaveLength(1);
    expect(seen).toEqual([
      { path: '/graphql', identity: { kind: 'anonymous' }, requestId: 'req-anon-1' },
    ]);
  });

  it('tells the subgraphs the client address, for the audit log', async () => {
    clientIps.length = 0;
    // Without a trusted proxy, a client's own x-forwarded-for is ignored.
    await post(COMPANIES, { 'x-forwarded-for': '203.0.113.7' });
    expect(clientIps).toHaveLength(1);
    expect(clientIps[0]).toMatch(/^(::ffff:)?127\.0\.0\.1$|^::1$/);
  });

  it('turns a valid access token into a customer or admin identity', async () => {
    await post(COMPANIES, { authorization: `Bearer ${await token(customerClaims)}` });
    await post(COMPANIES, { authorization: `Bearer ${await token(adminClaims)}` });
    expect(seen.map((s) => s.identity)).toEqual([
      { kind: 'customer', customerId: 'cust-1', email: 'asztalos@example.hu', sessionId: 'sess-1' },
      {
        kind: 'admin',
        adminId: 'adm-1',
        email: 'admin@example.hu',
        role: 'support',
        sessionId: 'sess-2',
      },
    ]);
  });

  it.each([
    [
      'expired',
      () => token(customerClaims, { expiresIn: Math.floor(Date.now() / 1000) - 60 }),
      /expired/,
    ],
    [
      'signed by another key',
      async () => token(customerClaims, { key: (await generateKeyPair('ES256')).privateKey }),
      /Invalid access token/,
    ],
    [
      'signed by an unknown key id',
      () => token(customerClaims, { kid: 'someone-elses' }),
      /Invalid access token/,
    ],
    [
      'for another audience',
      () => token(customerClaims, { audience: 'anon' }),
      /Invalid access token/,
    ],
    [
      'HS256 with a guessable secret',
      async () =>
        new SignJWT(customerClaims)
          .setProtectedHeader({ alg: 'HS256' })
          .setAudience('authenticated')
          .setExpirationTime('1h')
          .sign(new TextEncoder().encode('secret-secret-secret-secret-secret')),
      /Invalid access token/,
    ],
    [
      'unsigned (alg none)',
      async () => {
        const encode = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
        return `${encode({ alg: 'none' })}.${encode({ ...customerClaims, aud: 'authenticated', exp: 9_999_999_999 })}.`;
      },
      /Invalid access token/,
    ],
    [
      'tampered claims',
      async () => {
        const [h, , s] = (await token(customerClaims)).split('.');
        const claims = Buffer.from(
          JSON.stringify({
            ...customerClaims,
            sub: 'cust-2',
            aud: 'authenticated',
            exp: 9_999_999_999,
          }),
        ).toString('base64url');
        return `${h}.${claims}.${s}`;
      },
      /Invalid access token/,
    ],
    ['without the portal claims', () => token({ sub: 'x' }), /Invalid access token/],
    ['garbage', async () => 'not.a.token', /Invalid access token/],
  ])('refuses a token %s with 401 and never as anonymous', async (_name, make, message) => {
    const res = await post(COMPANIES, { authorization: `Bearer ${await make()}` });
    expect(res.status).toBe(401);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(message),
        extensions: { code: 'UNAUTHENTICATED' },
      }),
    ]);
    expect(seen).toEqual([]);
  });

  it('refuses an Authorization header that is not a bearer token', async () => {
    const res = await post(COMPANIES, { authorization: 'Basic dXNlcjpwYXNz' });
    expect(res.status).toBe(401);
    expect(seen).toEqual([]);
  });

  it('asks the portal about an API key once, by bearer or x-api-key, and refuses unknown keys', async () => {
    verifyCalls = 0;
    await post(COMPANIES, { authorization: 'Bearer ppk_catalog' });
    await post(COMPANIES, { 'x-api-key': 'ppk_catalog' });
    expect(verifyCalls).toBe(1);
    expect(seen.map((s) => s.identity)).toEqual([PARTNERS.ppk_catalog, PARTNERS.ppk_catalog]);
    const unknown = await post(COMPANIES, { 'x-api-key': 'ppk_nobody' });
    expect(unknown.status).toBe(401);
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const notAKey = await post(COMPANIES, { 'x-api-key': 'hello' });
    expect(notAKey.status).toBe(401);
    expect(seen).toHaveLength(2);
  });

  it('serves the portal JWKS at the public address', async () => {
    const res = await fetch(new URL('/.well-known/jwks.json', gateway.url));
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toMatch(/max-age=\d+/);
    const { keys } = (await res.json()) as { keys: Array<{ kid: string; d?: string }> };
    expect(keys.map((k) => k.kid)).toEqual([KID]);
    expect(keys[0]!.d).toBeUndefined();
  });
});

describe('gateway: limits', () => {
  const deep = `{ companies { ${'materials(first: 1) { nodes { brand { '.repeat(4)}id${' } } }'.repeat(4)} } }`;

  it.each([
    ['depth', { query: deep }, 'depth'],
    [
      'aliases',
      { query: `{ ${Array.from({ length: 31 }, (_, i) => `c${i}: companies { id }`).join(' ')} }` },
      'aliases',
    ],
    [
      'cost',
      {
        query:
          '{ companies { materials(first: 100) { nodes { id name lengthMm widthMm thicknessMm onStock } } } }',
      },
      'cost',
    ],
  ])(
    'refuses an operation over the %s limit with a clear code, before any subgraph call',
    async (_name, body, limit) => {
      const res = await post(body);
      expect(res.status).toBe(400);
      // (The schema has no cycle deep enough for a valid over-deep query today, so the depth
      // case also draws field errors; the limit is reported all the same.)
      expect(res.body.errors).toContainEqual(
        expect.objectContaining({
          message: expect.stringMatching(/at most|exceeds the limit/),
          extensions: expect.objectContaining({ code: 'GRAPHQL_VALIDATION_FAILED', limit }),
        }),
      );
      expect(seen).toEqual([]);
    },
  );

  it('counts a paged field as the page size it asks for, variables included', async () => {
    const query =
      'query ($n: Int) { companies { materials(first: $n) { nodes { id name lengthMm widthMm thicknessMm onStock } } } }';
    expect((await post({ query, variables: { n: 100 } })).body.errors?.[0]?.extensions?.limit).toBe(
      'cost',
    );
    expect(
      (await post({ query, variables: { n: 5 } })).body.errors?.[0]?.extensions?.limit,
    ).toBeUndefined();
  });

  it('refuses a document over the token limit as a parse failure', async () => {
    const res = await post({ query: `{ companies { ${'id '.repeat(2_100)} } }` });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/tokens/),
      extensions: { code: 'GRAPHQL_PARSE_FAILED' },
    });
  });

  it('refuses cross-site requests a browser could send without a preflight', async () => {
    const get = await fetch(`${gateway.url}?query=${encodeURIComponent('{ companies { id } }')}`);
    expect(get.status).toBe(400);
    const simplePost = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify(COMPANIES),
    });
    expect(simplePost.status).toBe(400);
    expect(seen).toEqual([]);
    const withHeader = await fetch(
      `${gateway.url}?query=${encodeURIComponent('{ companies { id } }')}`,
      {
        headers: { 'apollo-require-preflight': 'true' },
      },
    );
    expect(withHeader.status).toBe(200);
  });
});

describe('gateway: rate limits', () => {
  const signIn = (alias = 'signIn') =>
    `${alias}: signIn(email: "a@example.hu", password: "wrong") { __typename }`;

  it('answers 429 with Retry-After after too many sign-ins from one IP, aliases counted', async () => {
    const ip = { 'x-forwarded-for': 'ignored-without-trust-proxy' };
    for (let i = 0; i < LIMITS.authPerMinute; i += 1) {
      expect((await post({ query: `mutation { ${signIn()} }` }, ip)).status).not.toBe(429);
    }
    const refused = await post({ query: `mutation { ${signIn()} }` }, ip);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.body.errors?.[0]?.extensions).toEqual({ code: 'RATE_LIMITED', retryAfter });
    // Another group has its own budget, but four aliased attempts in one request exceed it.
    const batch = await post({
      query: `mutation { ${[1, 2, 3, 4]
        .map((i) => `r${i}: requestPasswordReset(email: "x${i}@example.hu") { __typename }`)
        .join(' ')} }`,
    });
    expect(batch.status).toBe(429);
    expect(seen.filter((s) => s.path === '/graphql')).toHaveLength(LIMITS.authPerMinute);
  });

  it('limits each API key on its own', async () => {
    for (let i = 0; i < LIMITS.apiKeyPerMinute; i += 1) {
      expect((await post(COMPANIES, { 'x-api-key': 'ppk_burst' })).status).toBe(200);
    }
    const refused = await post(COMPANIES, { 'x-api-key': 'ppk_burst' });
    expect(refused.status).toBe(429);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect((await post(COMPANIES, { 'x-api-key': 'ppk_catalog' })).status).toBe(200);
  });
});

describe('gateway: introspection', () => {
  const INTROSPECT = { query: '{ __schema { queryType { name } } }' };

  it('refuses anonymous callers and customers in privileged mode', async () => {
    for (const headers of [
      {} as Record<string, string>,
      { authorization: `Bearer ${await token(customerClaims)}` },
    ]) {
      const res = await post(INTROSPECT, headers);
      expect(res.status).toBe(403);
      expect(res.body.data).toBeUndefined();
      expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const hidden = await post({
      query: '{ ...Q } fragment Q on Query { __type(name: "Customer") { name } }',
    });
    expect(hidden.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('allows admins and partner keys, and __typename for everyone', async () => {
    const admin = await post(INTROSPECT, { authorization: `Bearer ${await token(adminClaims)}` });
    expect(admin.body.data?.__schema.queryType.name).toBe('Query');
    const partner = await post(INTROSPECT, { authorization: 'Bearer ppk_catalog' });
    expect(partner.body.data?.__schema.queryType.name).toBe('Query');
    expect((await post({ query: '{ __typename }' })).body.data).toEqual({ __typename: 'Query' });
  });
});

describe('gateway: masked errors', () => {
  it('masks an unexpected subgraph error with the request id and logs the original', async () => {
    subgraphAnswer = () => ({
      status: 200,
      body: {
        data: { companies: null },
        errors: [
          { message: 'connect ECONNREFUSED postgres://portal:secret@db', path: ['companies'] },
        ],
      },
    });
    const res = await post(COMPANIES, { 'x-request-id': 'req-mask-1' });
    expect(res.body.errors).toEqual([
      expect.objectContaining({
        message: 'Internal error (request id req-mask-1)',
        extensions: { code: 'INTERNAL', requestId: 'req-mask-1' },
      }),
    ]);
    expect(JSON.stringify(res.body)).not.toMatch(/secret|ECONNREFUSED/);
    const line = logged.map((l) => JSON.parse(l)).find((l) => l.requestId === 'req-mask-1');
    expect(JSON.stringify(line)).toMatch(/ECONNREFUSED/);
  });

  it('passes expected codes through unchanged', async () => {
    subgraphAnswer = () => ({
      status: 200,
      body: {
        data: { companies: null },
        errors: [
          { message: 'Company not found', path: ['companies'], extensions: { code: 'NOT_FOUND' } },
        ],
      },
    });
    const res = await post(COMPANIES);
    expect(res.body.errors?.[0]).toMatchObject({
      message: 'Company not found',
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it('treats a subgraph refusing the signature as internal, not as the caller being unauthenticated', async () => {
    subgraphAnswer = () => ({
      status: 401,
      body: {
        errors: [{ message: 'Missing gateway signature', extensions: { code: 'UNAUTHENTICATED' } }],
      },
    });
    const res = await post(COMPANIES, { 'x-request-id': 'req-mask-2' });
    expect(res.body.errors?.[0]?.extensions).toEqual({ code: 'INTERNAL', requestId: 'req-mask-2' });
    expect(JSON.stringify(res.body)).not.toContain(fakeUrl);
  });

  it('answers SERVICE_UNAVAILABLE (retryable), not INTERNAL, while a subgraph cannot be reached', async () => {
    // A port nothing listens on: the connection is refused, as while a subgraph restarts.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/graphql`;
    await new Promise((resolve) => closed.close(resolve));
    const lines: string[] = [];
    const down = await startGateway({
      subgraphUrls: { portal: closedUrl, company_catalog: closedUrl },
      signingKey,
      limits: LIMITS,
      logger: pino(
        new Writable({
          write(chunk, _encoding, done) {
            lines.push(String(chunk));
            done();
          },
        }),
      ),
    });
    try {
      const res = await fetch(down.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'req-down-1' },
        body: JSON.stringify(COMPANIES),
      });
      const body = (await res.json()) as Result;
      expect(res.status).toBe(200);
      expect(body.errors).toHaveLength(1);
      expect(body.errors?.[0]?.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
      expect(JSON.stringify(body)).not.toContain(closedUrl);
      // The operator sees which service and why in the log.
      expect(lines.join('')).toContain('a subgraph could not be reached');
    } finally {
      await down.close();
    }
  });
});
