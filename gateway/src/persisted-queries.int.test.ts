import { createHmac, randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { Identity } from '@portal/identity';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_MANIFEST_URL,
  defaultManifestPath,
  loadManifest,
  sha256Hex,
} from './persisted-documents.ts';
import { type RunningGateway, startGateway } from './server.ts';

// Persisted operations at the real gateway (startGateway) in front of a fake portal that serves
// the JWKS, the API key check and both subgraphs: automatic persisted queries (miss → register →
// hit, GET and POST, a bounded cache) and trusted documents in each mode.

interface Result {
  data?: Record<string, any> | null;
  errors?: Array<{ message: string; extensions?: Record<string, any> }>;
}

const signingKey = randomBytes(32);
const KID = 'portal-key-1';
const PARTNER: Identity = {
  kind: 'partner',
  apiKeyId: 'key-1',
  scopes: ['catalog:read'],
  owner: { kind: 'customer', customerId: 'cust-9' },
};
/** A document of "the web client": in the enforce gateway's manifest. */
const TRUSTED = 'query Trusted_Companies { companies { id name } }';
const TRUSTED_HASH = sha256Hex(TRUSTED);
/** A document nobody registered at build. */
const UNKNOWN = 'query Unknown_Companies { companies { id name slug } }';
const UNKNOWN_HASH = sha256Hex(UNKNOWN);
const PREFLIGHT = { 'apollo-require-preflight': 'true' };

let portalKey: Awaited<ReturnType<typeof generateKeyPair>>;
let fake: Server;
let subgraphCalls = 0;
const gateways: Record<'off' | 'allow' | 'enforce', RunningGateway> = {} as never;

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function token(claims: Record<string, unknown>) {
  return new SignJWT({ role: 'authenticated', ...claims })
    .setProtectedHeader({ alg: 'ES256', kid: KID })
    .setAudience('authenticated')
    .setIssuer('panel-portal')
    .setIssuedAt()
    .setExpirationTime('10m')
    .sign(portalKey.privateKey);
}
const customer = () =>
  token({ sub: 'cust-1', email: 'c@example.hu', sid: 's-1', portal_kind: 'customer' });
const admin = () =>
  token({
    sub: 'adm-1',
    email: 'a@example.hu',
    sid: 's-2',
    portal_kind: 'admin',
    admin_role: 'support',
  });

const persisted = (sha256Hash: string) => ({ persistedQuery: { version: 1, sha256Hash } });

async function post(
  gateway: RunningGateway,
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: Result }> {
  const res = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Result };
}

async function get(
  gateway: RunningGateway,
  params: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: Result }> {
  const search = new URLSearchParams(
    Object.entries(params).map(([k, v]): [string, string] => [
      k,
      typeof v === 'string' ? v : JSON.stringify(v),
    ]),
  );
  const res = await fetch(`${gateway.url}?${search}`, { headers: { ...PREFLIGHT, ...headers } });
  return { status: res.status, body: (await res.json()) as Result };
}

const code = (result: { body: Result }) => result.body.errors?.[0]?.extensions?.code;

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
      const expected = createHmac('sha256', signingKey).update(body).digest('base64url');
      if (req.headers['x-portal-signature'] !== expected) return json(403, {});
      const { key } = JSON.parse(body) as { key: string };
      return key === 'ppk_partner' ? json(200, { identity: PARTNER }) : json(401, {});
    }
    subgraphCalls += 1;
    json(200, {
      data: { companies: [{ __typename: 'Company', id: '1', name: 'Alfa', slug: 'alfa' }] },
    });
  });
  await new Promise<void>((resolve) => fake.listen(0, '127.0.0.1', resolve));
  const fakeUrl = `http://127.0.0.1:${(fake.address() as AddressInfo).port}`;
  const common = {
    subgraphUrls: { portal: `${fakeUrl}/graphql`, company_catalog: `${fakeUrl}/catalog/graphql` },
    signingKey,
    logger: pino(new Writable({ write: (_chunk, _encoding, done) => done() })),
  };
  const manifest = new Map([...loadManifest(), [TRUSTED_HASH, TRUSTED]]);
  gateways.off = await startGateway({
    ...common,
    trustedDocuments: { mode: 'off' },
    // Room for about 40 short documents: the bound is tested below.
    persistedQueries: { cacheBytes: 2_000 },
  });
  gateways.allow = await startGateway({ ...common, trustedDocuments: { mode: 'allow', manifest } });
  gateways.enforce = await startGateway({
    ...common,
    trustedDocuments: { mode: 'enforce', manifest },
  });
});

afterAll(async () => {
  for (const gateway of Object.values(gateways)) await gateway?.close();
  await new Promise((resolve) => fake?.close(resolve));
});

beforeEach(() => {
  subgraphCalls = 0;
});

const COMPANIES = { companies: [{ id: '1', name: 'Alfa' }] };

describe('automatic persisted queries', () => {
  it('miss, register, then hit by GET and by POST, for an anonymous caller', async () => {
    const query = '{ companies { id name } }';
    const hash = sha256Hex(query);
    const miss = await get(gateways.off, { extensions: persisted(hash) });
    expect(miss.status).toBe(200);
    expect(code(miss)).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(subgraphCalls).toBe(0);

    const register = await post(gateways.off, { query, extensions: persisted(hash) });
    expect(register.body).toEqual({ data: COMPANIES });

    const byGet = await get(gateways.off, { extensions: persisted(hash) });
    expect(byGet).toEqual({ status: 200, body: { data: COMPANIES } });
    const byPost = await post(gateways.off, { extensions: persisted(hash) });
    expect(byPost).toEqual({ status: 200, body: { data: COMPANIES } });
    expect(subgraphCalls).toBe(3);
  });

  it('refuses a hash that is not its document’s', async () => {
    const res = await post(gateways.off, {
      query: '{ companies { id } }',
      extensions: persisted(UNKNOWN_HASH),
    });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.message).toMatch(/does not match/);
    expect(code(res)).toBe('BAD_REQUEST');
    expect(subgraphCalls).toBe(0);
  });

  it('keeps a bounded cache: the least recently used documents are forgotten', async () => {
    const documents = Array.from({ length: 80 }, (_, i) => `{ companies { id name a${i}: id } }`);
    for (const query of documents) {
      const res = await post(gateways.off, { query, extensions: persisted(sha256Hex(query)) });
      expect(res.status).toBe(200);
    }
    const first = await post(gateways.off, { extensions: persisted(sha256Hex(documents[0]!)) });
    expect(code(first)).toBe('PERSISTED_QUERY_NOT_FOUND');
    const last = await post(gateways.off, { extensions: persisted(sha256Hex(documents[79]!)) });
    expect(last.status).toBe(200);
    expect(last.body.errors).toBeUndefined();
  });
});

describe('trusted documents', () => {
  it('off: a manifest hash is unknown to the gateway', async () => {
    const res = await post(gateways.off, { extensions: persisted(TRUSTED_HASH) });
    expect(code(res)).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('allow: a manifest hash runs without registering; any other document runs too', async () => {
    expect(await get(gateways.allow, { extensions: persisted(TRUSTED_HASH) })).toEqual({
      status: 200,
      body: { data: COMPANIES },
    });
    const raw = await post(gateways.allow, { query: UNKNOWN });
    expect(raw.status).toBe(200);
    expect(raw.body.errors).toBeUndefined();
  });

  it('the generated manifest is the web client’s operations, each under its sha256', () => {
    const manifest = loadManifest();
    expect(manifest.size).toBeGreaterThan(10);
    const names = [...manifest.values()].map((doc) => /^\w+ (\w+)/.exec(doc)?.[1]);
    expect(names).toContain('CompaniesStep_Companies');
    for (const [hash, document] of manifest) expect(sha256Hex(document)).toBe(hash);
  });

  it('reads the manifest built with the served client, else the source one; checks hashes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'manifest-'));
    try {
      expect(defaultManifestPath(undefined)).toBe(DEFAULT_MANIFEST_URL);
      expect(defaultManifestPath(dir)).toBe(DEFAULT_MANIFEST_URL);
      const built = join(dir, 'persisted-documents.json');
      await writeFile(built, JSON.stringify({ [TRUSTED_HASH]: TRUSTED }));
      expect(defaultManifestPath(dir)).toBe(built);
      expect([...loadManifest(built)]).toEqual([[TRUSTED_HASH, TRUSTED]]);
      await writeFile(built, JSON.stringify({ [UNKNOWN_HASH]: TRUSTED }));
      expect(() => loadManifest(built)).toThrow(/not the sha256 of its document/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('enforce: the web client’s operations run by hash, by GET and POST', async () => {
    const [realHash] = [...loadManifest()].find(([, doc]) =>
      doc.startsWith('query CompaniesStep_Companies'),
    )!;
    const real = await post(gateways.enforce, { extensions: persisted(realHash) });
    expect(real.status).toBe(200);
    expect(real.body.data?.companies).toEqual([{ __typename: 'Company', id: '1', name: 'Alfa' }]);
    const headers = { authorization: `Bearer ${await customer()}` };
    expect(await get(gateways.enforce, { extensions: persisted(TRUSTED_HASH) }, headers)).toEqual({
      status: 200,
      body: { data: COMPANIES },
    });
    // The registered text sent in full is the same document.
    expect((await post(gateways.enforce, { query: TRUSTED }, headers)).body).toEqual({
      data: COMPANIES,
    });
  });

  it.each([
    ['anonymous', async () => ({})],
    ['a customer', async () => ({ authorization: `Bearer ${await customer()}` })],
  ])('enforce: refuses any other document from %s, before it runs', async (_who, headers) => {
    const raw = await post(gateways.enforce, { query: UNKNOWN }, await headers());
    expect(raw.status).toBe(400);
    expect(code(raw)).toBe('PERSISTED_QUERY_REQUIRED');
    const byGet = await get(gateways.enforce, { query: UNKNOWN }, await headers());
    expect(byGet.status).toBe(400);
    expect(code(byGet)).toBe('PERSISTED_QUERY_REQUIRED');
    // Nor can it be slipped in as an automatic persisted query: refused, and not registered.
    const register = await post(
      gateways.enforce,
      { query: UNKNOWN, extensions: persisted(UNKNOWN_HASH) },
      await headers(),
    );
    expect(code(register)).toBe('PERSISTED_QUERY_REQUIRED');
    const hit = await post(gateways.enforce, { extensions: persisted(UNKNOWN_HASH) });
    expect(code(hit)).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(subgraphCalls).toBe(0);
  });

  it('enforce: a partner key sends any document, in full or persisted; an admin too', async () => {
    const partner = { authorization: 'Bearer ppk_partner' };
    const raw = await post(gateways.enforce, { query: UNKNOWN }, partner);
    expect(raw.status).toBe(200);
    expect(raw.body.errors).toBeUndefined();
    const query = 'query PartnerOwn { companies { name } }';
    const hash = sha256Hex(query);
    expect(code(await get(gateways.enforce, { extensions: persisted(hash) }, partner))).toBe(
      'PERSISTED_QUERY_NOT_FOUND',
    );
    await post(gateways.enforce, { query, extensions: persisted(hash) }, partner);
    const hit = await get(gateways.enforce, { extensions: persisted(hash) }, partner);
    expect(hit).toEqual({ status: 200, body: { data: { companies: [{ name: 'Alfa' }] } } });
    // The partner's registered document is still not the web client's.
    const stranger = await get(gateways.enforce, { extensions: persisted(hash) });
    expect(code(stranger)).toBe('PERSISTED_QUERY_REQUIRED');

    const asAdmin = await post(
      gateways.enforce,
      { query: UNKNOWN },
      { authorization: `Bearer ${await admin()}` },
    );
    expect(asAdmin.status).toBe(200);
    expect(asAdmin.body.errors).toBeUndefined();
  });
});
