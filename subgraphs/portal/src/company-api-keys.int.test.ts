import { testEngines } from '@portal/db/testing';
import type { Identity } from '@portal/identity';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GOOD_PASSWORD, type PortalHarness, startPortalHarness } from '../test/portal-harness.ts';
import { provisionAdmin } from './auth/admin-accounts.ts';
import { BODY_SIGNATURE_HEADER, signBody } from './auth/internal-routes.ts';

const CREATE = `mutation($input: CompanyApiKeyInput!) {
  createCompanyApiKey(input: $input) {
    key apiKey { id name prefix scopes status expiresAt company { id slug } }
    error { code message field }
  }
}`;
const REVOKE = `mutation($id: ID!) {
  revokeCompanyApiKey(id: $id) { apiKey { id status revokedAt } error { code field } }
}`;
const LIST = `query($companyId: ID) {
  admin { companyApiKeys(companyId: $companyId) { id name prefix status company { slug } } }
}`;
const ADMIN_SIGN_IN = `mutation($e: String!, $p: String!) {
  adminSignIn(email: $e, password: $p) { session { accessToken } error { code } }
}`;

describe.each(testEngines())('company API keys on %s', (engine) => {
  let h: PortalHarness;
  let admin: Identity;
  let support: Identity;

  async function verify(key: string) {
    const body = JSON.stringify({ key });
    const res = await fetch(`${h.baseUrl}/internal/api-keys/verify`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [BODY_SIGNATURE_HEADER]: signBody(body, h.signingKey),
      },
      body,
    });
    return { status: res.status, body: (await res.json()) as any };
  }

  beforeAll(async () => {
    h = await startPortalHarness(engine, { http: true });
    const identities: Identity[] = [];
    for (const [email, role] of [
      ['keys-root@portal.test', 'admin'],
      ['keys-help@portal.test', 'support'],
    ] as const) {
      await provisionAdmin(h.db, { email, name: role, role, password: GOOD_PASSWORD });
      const r = await h.run(ADMIN_SIGN_IN, { e: email, p: GOOD_PASSWORD });
      identities.push(await h.identityOf(r.data.adminSignIn.session.accessToken));
    }
    [admin, support] = identities as [Identity, Identity];
  });
  afterAll(async () => {
    await h?.close();
  });

  const input = (extra: Record<string, unknown> = {}) => ({
    companyId: h.companyIds.alfa,
    name: 'ERP sync',
    scopes: ['CATALOG_READ'],
    ...extra,
  });

  it('lets an admin make a key for a company, shown once and stored hashed', async () => {
    const created = await h.run(CREATE, { input: input() }, admin);
    expect(created.errors).toBeUndefined();
    const { key, apiKey, error } = created.data.createCompanyApiKey;
    expect(error).toBeNull();
    expect(key).toMatch(/^ppk_[0-9a-f]{12}_[\w-]{43}$/);
    expect(apiKey).toMatchObject({
      name: 'ERP sync',
      scopes: ['CATALOG_READ'],
      status: 'ACTIVE',
      company: { id: h.companyIds.alfa, slug: 'alfa' },
    });
    const [stored] = await h.db.query<{
      key_hash: string;
      company_id: string;
      customer_id: string | null;
      created_by_admin_id: string;
    }>(
      'select key_hash, company_id, customer_id, created_by_admin_id from api_keys where id = $1',
      [apiKey.id],
    );
    expect(stored).toMatchObject({
      company_id: h.companyIds.alfa,
      customer_id: null,
      created_by_admin_id: (admin as { adminId: string }).adminId,
    });
    expect(stored!.key_hash).not.toContain(key.slice(17));

    // The gateway learns it acts for the company, not for a customer.
    expect(await verify(key)).toEqual({
      status: 200,
      body: {
        identity: {
          kind: 'partner',
          apiKeyId: apiKey.id,
          scopes: ['catalog:read'],
          owner: { kind: 'company', companyId: h.companyIds.alfa },
        },
      },
    });
    const [logged] = await h.db.query<{ actor_kind: string; actor_id: string; details: any }>(
      `select actor_kind, actor_id, details from audit_log
        where action = 'api_key.created' and target_id = $1`,
      [apiKey.id],
    );
    expect(logged).toMatchObject({
      actor_kind: 'admin',
      actor_id: (admin as { adminId: string }).adminId,
      details: { owner: { kind: 'company', companyId: h.companyIds.alfa }, role: 'admin' },
    });
    expect(JSON.stringify(logged)).not.toContain(key.slice(17));
  });

  it('refuses scopes that would read customers’ data, and unknown or inactive companies', async () => {
    for (const scopes of [['QUOTES_READ'], ['CATALOG_READ', 'QUOTES_WRITE'], ['ORDERS_READ']]) {
      const r = await h.run(CREATE, { input: input({ scopes }) }, admin);
      expect(r.data.createCompanyApiKey).toMatchObject({
        key: null,
        apiKey: null,
        error: { code: 'INVALID_INPUT', field: 'scopes' },
      });
    }
    for (const companyId of [h.companyIds.regi, '00000000-0000-4000-8000-000000000000', 'x']) {
      const r = await h.run(CREATE, { input: input({ companyId }) }, admin);
      expect(r.data.createCompanyApiKey.error).toMatchObject({
        code: 'COMPANY_NOT_FOUND',
        field: 'companyId',
      });
    }
    const past = await h.run(
      CREATE,
      { input: input({ expiresAt: '2020-01-01T00:00:00Z' }) },
      admin,
    );
    expect(past.data.createCompanyApiKey.error).toMatchObject({ code: 'INVALID_INPUT' });
    expect((await h.db.query('select id from api_keys where company_id is not null')).length).toBe(
      1,
    );
  });

  it('keeps making and revoking them from support, customers and partner keys', async () => {
    const c = await h.customer('no-company-keys@example.hu');
    const companyKey: Identity = {
      kind: 'partner',
      apiKeyId: '00000000-0000-4000-8000-000000000001',
      scopes: ['catalog:read'],
      owner: { kind: 'company', companyId: h.companyIds.alfa },
    };
    const [existing] = await h.db.query<{ id: string }>(
      'select id from api_keys where company_id is not null',
    );
    for (const identity of [support, c.identity, companyKey, undefined]) {
      const created = await h.run(CREATE, { input: input() }, identity);
      expect(created.data?.createCompanyApiKey ?? null).toBeNull();
      expect(created.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const revoked = await h.run(REVOKE, { id: existing!.id }, identity);
      expect(revoked.data?.revokeCompanyApiKey ?? null).toBeNull();
      expect(revoked.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    // Nor can a customer revoke a company key as if it were theirs.
    const asOwn = await h.run(
      'mutation($id: ID!) { revokeApiKey(id: $id) { apiKey { id } error { code } } }',
      { id: existing!.id },
      c.identity,
    );
    expect(asOwn.data.revokeApiKey).toEqual({ apiKey: null, error: { code: 'API_KEY_NOT_FOUND' } });
    const [row] = await h.db.query<{ revoked_at: Date | null }>(
      'select revoked_at from api_keys where id = $1',
      [existing!.id],
    );
    expect(row!.revoked_at).toBeNull();
  });

  it('lists company keys to admins and support, never to customers', async () => {
    for (const identity of [admin, support]) {
      const all = await h.run(LIST, {}, identity);
      expect(all.data.admin.companyApiKeys).toEqual([
        expect.objectContaining({ name: 'ERP sync', status: 'ACTIVE', company: { slug: 'alfa' } }),
      ]);
      const other = await h.run(LIST, { companyId: h.companyIds.zeta }, identity);
      expect(other.data.admin.companyApiKeys).toEqual([]);
    }
    const c = await h.customer('lists@example.hu');
    const refused = await h.run(LIST, {}, c.identity);
    expect(refused.data?.admin ?? null).toBeNull();
    expect(JSON.stringify(refused)).not.toContain('ERP sync');
    // A customer's own key list never shows company keys.
    const mine = await h.run('{ me { apiKeys { id } } }', undefined, c.identity);
    expect(mine.data.me.apiKeys).toEqual([]);
  });

  it('stops a key when revoked and when its company is deactivated', async () => {
    const first = await h.run(CREATE, { input: input({ name: 'to revoke' }) }, admin);
    const { key, apiKey } = first.data.createCompanyApiKey;
    const revoked = await h.run(REVOKE, { id: apiKey.id }, admin);
    expect(revoked.data.revokeCompanyApiKey.apiKey).toMatchObject({ status: 'REVOKED' });
    expect(await verify(key)).toEqual({ status: 401, body: { error: { code: 'REVOKED' } } });
    const missing = await h.run(REVOKE, { id: '00000000-0000-4000-8000-000000000000' }, admin);
    expect(missing.data.revokeCompanyApiKey.error).toEqual({
      code: 'API_KEY_NOT_FOUND',
      field: 'id',
    });
    const [logged] = await h.db.query<{ actor_kind: string }>(
      `select actor_kind from audit_log where action = 'api_key.revoked' and target_id = $1`,
      [apiKey.id],
    );
    expect(logged).toEqual({ actor_kind: 'admin' });

    const second = await h.run(CREATE, { input: input({ companyId: h.companyIds.zeta }) }, admin);
    const zetaKey = second.data.createCompanyApiKey.key as string;
    expect((await verify(zetaKey)).status).toBe(200);
    await h.db.query('update companies set active = false where id = $1', [h.companyIds.zeta]);
    try {
      expect(await verify(zetaKey)).toEqual({ status: 401, body: { error: { code: 'REVOKED' } } });
    } finally {
      await h.db.query('update companies set active = true where id = $1', [h.companyIds.zeta]);
    }
  });

  it('gives a company key no customer data: no quotes, no account', async () => {
    const companyKey: Identity = {
      kind: 'partner',
      apiKeyId: '00000000-0000-4000-8000-000000000002',
      scopes: ['catalog:read', 'quotes:read', 'quotes:write', 'orders:read'],
      owner: { kind: 'company', companyId: h.companyIds.alfa },
    };
    const c = await h.customer('quotes-owner@example.hu', { companyIds: [h.companyIds.alfa] });
    const saved = await h.run(
      'mutation($i: QuoteDraftInput!) { createQuote(input: $i) { quote { id } error { code } } }',
      { i: { companyId: h.companyIds.alfa, comment: 'titkos' } },
      c.identity,
    );
    const quoteId = saved.data.createQuote.quote.id as string;
    for (const query of [
      '{ quotes { totalCount edges { node { id comment } } } }',
      `{ quote(id: "${quoteId}") { id comment } }`,
    ]) {
      const r = await h.run(query, undefined, companyKey);
      expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(JSON.stringify(r)).not.toContain('titkos');
    }
    const entity = await h.run(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Quote { id comment } } }',
      { r: [{ __typename: 'Quote', id: quoteId }] },
      companyKey,
    );
    expect(JSON.stringify(entity)).not.toContain('titkos');
    const write = await h.run(
      'mutation($i: QuoteDraftInput!) { createQuote(input: $i) { quote { id } } }',
      { i: { companyId: h.companyIds.alfa } },
      companyKey,
    );
    expect(write.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await h.run('{ me { id } }', undefined, companyKey)).data.me).toBeNull();
  });
});
