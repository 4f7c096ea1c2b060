import { testEngines } from '@portal/db/testing';
import type { Identity } from '@portal/identity';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PortalHarness, startPortalHarness } from '../test/portal-harness.ts';
import { BODY_SIGNATURE_HEADER, signBody } from './auth/internal-routes.ts';

const CREATE = `mutation($input: ApiKeyInput!) {
  createApiKey(input: $input) {
    key apiKey { id name prefix scopes status expiresAt lastUsedAt revokedAt }
    error { code message field }
  }
}`;
const REVOKE = `mutation($id: ID!) { revokeApiKey(id: $id) { apiKey { id status revokedAt } error { code } } }`;

describe.each(testEngines())('API keys and the internal endpoints on %s', (engine) => {
  let h: PortalHarness;
  let base: string;
  let owner: Awaited<ReturnType<PortalHarness['customer']>>;

  async function verify(key: unknown, signature?: string) {
    const body = JSON.stringify({ key });
    const res = await fetch(`${base}/internal/api-keys/verify`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [BODY_SIGNATURE_HEADER]: signature ?? signBody(body, h.signingKey),
      },
      body,
    });
    return { status: res.status, body: (await res.json()) as any };
  }

  beforeAll(async () => {
    h = await startPortalHarness(engine, { http: true });
    base = h.baseUrl!;
    owner = await h.customer('partner-owner@example.hu');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('creates a key shown once, lists it by prefix and verifies it for the gateway', async () => {
    const expiresAt = new Date(Date.now() + 86_400_000).toISOString();
    const created = await h.run(
      CREATE,
      {
        input: {
          name: 'CAD export',
          scopes: ['QUOTES_READ', 'QUOTES_WRITE', 'QUOTES_READ'],
          expiresAt,
        },
      },
      owner.identity,
    );
    expect(created.errors).toBeUndefined();
    const { key, apiKey } = created.data.createApiKey;
    expect(key).toMatch(/^ppk_[0-9a-f]{12}_[\w-]{43}$/);
    expect(apiKey).toMatchObject({
      name: 'CAD export',
      prefix: key.slice(0, 16),
      scopes: ['QUOTES_READ', 'QUOTES_WRITE'],
      status: 'ACTIVE',
      lastUsedAt: null,
      revokedAt: null,
    });
    expect(Date.parse(apiKey.expiresAt)).toBe(Date.parse(expiresAt));
    const [stored] = await h.db.query<{ key_hash: string }>(
      'select key_hash from api_keys where id = $1',
      [apiKey.id],
    );
    expect(stored!.key_hash).not.toContain(key.slice(17));

    const ok = await verify(key);
    expect(ok).toEqual({
      status: 200,
      body: {
        identity: {
          kind: 'partner',
          apiKeyId: apiKey.id,
          scopes: ['quotes:read', 'quotes:write'],
          owner: { kind: 'customer', customerId: owner.customerId },
        },
      },
    });
    const listed = await h.run(
      '{ me { apiKeys { id prefix lastUsedAt status } } }',
      undefined,
      owner.identity,
    );
    const first = listed.data.me.apiKeys.find((k: any) => k.id === apiKey.id);
    expect(first.lastUsedAt).not.toBeNull();
    expect(JSON.stringify(listed)).not.toContain(key);
    // Within the minute, use is not written again.
    await verify(key);
    const again = await h.run('{ me { apiKeys { id lastUsedAt } } }', undefined, owner.identity);
    expect(again.data.me.apiKeys.find((k: any) => k.id === apiKey.id).lastUsedAt).toBe(
      first.lastUsedAt,
    );
  });

  it('refuses unknown, malformed, revoked and expired keys with their codes', async () => {
    const create = async () =>
      (await h.run(CREATE, { input: { name: 'k', scopes: ['CATALOG_READ'] } }, owner.identity)).data
        .createApiKey;
    expect(await verify('ppk_000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')).toEqual({
      status: 401,
      body: { error: { code: 'INVALID_API_KEY' } },
    });
    expect((await verify('garbage')).body.error.code).toBe('INVALID_API_KEY');

    const revoked = await create();
    const revokedResult = await h.run(REVOKE, { id: revoked.apiKey.id }, owner.identity);
    expect(revokedResult.data.revokeApiKey.apiKey.status).toBe('REVOKED');
    expect(await verify(revoked.key)).toEqual({
      status: 401,
      body: { error: { code: 'REVOKED' } },
    });

    const expiring = await create();
    await h.db.query(`update api_keys set expires_at = now() - interval '1 second' where id = $1`, [
      expiring.apiKey.id,
    ]);
    expect(await verify(expiring.key)).toEqual({
      status: 401,
      body: { error: { code: 'EXPIRED' } },
    });
    const listed = await h.run('{ me { apiKeys { id status } } }', undefined, owner.identity);
    expect(listed.data.me.apiKeys.find((k: any) => k.id === expiring.apiKey.id).status).toBe(
      'EXPIRED',
    );
  });

  it('answers only requests the gateway signed', async () => {
    const key = (
      await h.run(CREATE, { input: { name: 'k', scopes: ['ORDERS_READ'] } }, owner.identity)
    ).data.createApiKey.key;
    expect((await verify(key, 'forged')).status).toBe(403);
    expect((await verify(key, signBody('{"key":"other"}', h.signingKey))).status).toBe(403);
    const unsigned = await fetch(`${base}/internal/api-keys/verify`, {
      method: 'POST',
      body: JSON.stringify({ key }),
    });
    expect(unsigned.status).toBe(403);
    expect((await fetch(`${base}/internal/api-keys/verify`)).status).toBe(405);
    const notJson = 'nope';
    const bad = await fetch(`${base}/internal/api-keys/verify`, {
      method: 'POST',
      headers: { [BODY_SIGNATURE_HEADER]: signBody(notJson, h.signingKey) },
      body: notJson,
    });
    expect(bad.status).toBe(400);
  });

  it('validates key input and keeps keys to their owner', async () => {
    const bad = async (input: Record<string, unknown>) =>
      (
        await h.run(
          CREATE,
          { input: { name: 'k', scopes: ['CATALOG_READ'], ...input } },
          owner.identity,
        )
      ).data.createApiKey;
    expect((await bad({ scopes: [] })).error).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'scopes',
    });
    expect((await bad({ name: 'x'.repeat(101) })).error).toMatchObject({ field: 'name' });
    expect((await bad({ expiresAt: '2001-01-01T00:00:00Z' })).error).toMatchObject({
      field: 'expiresAt',
    });
    expect((await bad({ expiresAt: 'tomorrow' })).error).toMatchObject({ field: 'expiresAt' });

    const mine = (await bad({})).apiKey.id;
    const other = await h.customer('other-owner@example.hu');
    const stolen = await h.run(REVOKE, { id: mine }, other.identity as Identity);
    expect(stolen.data.revokeApiKey).toEqual({
      apiKey: null,
      error: { code: 'API_KEY_NOT_FOUND' },
    });
    expect(
      (await h.run(REVOKE, { id: 'not-a-uuid' }, other.identity)).data.revokeApiKey.error.code,
    ).toBe('API_KEY_NOT_FOUND');
    const otherList = await h.run('{ me { apiKeys { id } } }', undefined, other.identity);
    expect(otherList.data.me.apiKeys).toEqual([]);
  });

  it('publishes the JWKS that verifies access tokens', async () => {
    const res = await fetch(`${base}/.well-known/jwks.json`);
    expect(res.status).toBe(200);
    const jwks = (await res.json()) as { keys: Array<Record<string, unknown>> };
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' });
    expect(jwks.keys[0]).not.toHaveProperty('d');
    const { payload } = await jwtVerify(
      owner.session.accessToken,
      createRemoteJWKSet(new URL(`${base}/.well-known/jwks.json`)),
      { audience: 'authenticated' },
    );
    expect(payload.sub).toBe(owner.customerId);
  });
});
