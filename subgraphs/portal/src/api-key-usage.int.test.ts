import { testEngines } from '@portal/db/testing';
import type { Identity } from '@portal/identity';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GOOD_PASSWORD, type PortalHarness, startPortalHarness } from '../test/portal-harness.ts';
import { provisionAdmin } from './auth/admin-accounts.ts';
import { BODY_SIGNATURE_HEADER, signBody } from './auth/internal-routes.ts';
import { createApiKeyUsageRows } from './data/api-key-usage-rows.ts';

// API key usage in the portal: the gateway's signed flush route, and who reads the counts
// (`ApiKey.usage`): a customer their own keys' (under RLS), an admin company keys'.

const USAGE = '{ id usage(days: 30) { day requests errors rateLimited } lastUsedAt }';
const today = () => new Date().toISOString().slice(0, 10);

describe.each(testEngines())('API key usage on %s', (engine) => {
  let h: PortalHarness;
  let admin: Identity;
  let anna: Awaited<ReturnType<PortalHarness['customer']>>;
  let bela: Awaited<ReturnType<PortalHarness['customer']>>;
  const ids = {} as { anna: string; bela: string; company: string };

  async function flush(usage: unknown[], sign = true) {
    const body = JSON.stringify({ usage });
    const res = await fetch(`${h.baseUrl}/internal/api-keys/usage`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [BODY_SIGNATURE_HEADER]: sign ? signBody(body, h.signingKey) : 'nope',
      },
      body,
    });
    return { status: res.status, body: (await res.json()) as any };
  }

  const count = (apiKeyId: string, requests: number, day = today()) => ({
    apiKeyId,
    day,
    requests,
    errors: 1,
    rateLimited: 0,
  });

  beforeAll(async () => {
    h = await startPortalHarness(engine, { http: true });
    await provisionAdmin(h.db, {
      email: 'usage-root@portal.test',
      name: 'root',
      role: 'admin',
      password: GOOD_PASSWORD,
    });
    const signIn = await h.run(
      `mutation($e: String!, $p: String!) { adminSignIn(email: $e, password: $p) { session { accessToken } } }`,
      { e: 'usage-root@portal.test', p: GOOD_PASSWORD },
    );
    admin = await h.identityOf(signIn.data.adminSignIn.session.accessToken);
    anna = await h.customer(`usage-anna-${engine}@example.hu`);
    bela = await h.customer(`usage-bela-${engine}@example.hu`);
    const key = async (who: Identity) =>
      (
        await h.run(
          'mutation { createApiKey(input: { name: "k", scopes: [CATALOG_READ] }) { apiKey { id } } }',
          {},
          who,
        )
      ).data.createApiKey.apiKey.id as string;
    ids.anna = await key(anna.identity);
    ids.bela = await key(bela.identity);
    ids.company = (
      await h.run(
        `mutation($i: CompanyApiKeyInput!) { createCompanyApiKey(input: $i) { apiKey { id } } }`,
        { i: { companyId: h.companyIds.alfa, name: 'ERP', scopes: ['CATALOG_READ'] } },
        admin,
      )
    ).data.createCompanyApiKey.apiKey.id;
  });
  afterAll(async () => {
    await h?.close();
  });

  it('adds signed counts per key and day, and refuses unsigned or malformed ones', async () => {
    expect(await flush([count(ids.anna, 5), count(ids.anna, 2), count(ids.company, 7)])).toEqual({
      status: 200,
      body: { written: 2 },
    });
    expect(await flush([count(ids.anna, 3), count(ids.bela, 4, '2020-01-01')])).toEqual({
      status: 200,
      body: { written: 2 },
    });
    // A key deleted meanwhile is skipped, not an error.
    expect(await flush([count('00000000-0000-4000-8000-000000000000', 1)])).toEqual({
      status: 200,
      body: { written: 0 },
    });
    expect((await flush([count(ids.anna, 1000)], false)).status).toBe(403);
    expect((await flush([{ ...count(ids.anna, 1), requests: -1 }])).status).toBe(400);
    expect((await flush([{ ...count(ids.anna, 1), day: 'tomorrow' }])).status).toBe(400);
    const rows = await h.db.query<{ requests: number; errors: number }>(
      'select requests, errors from api_key_usage where api_key_id = $1',
      [ids.anna],
    );
    expect(rows).toEqual([{ requests: 10, errors: 3 }]);
  });

  it('shows a customer their own key usage only, within the days asked', async () => {
    const mine = await h.run(`{ me { apiKeys ${USAGE} } }`, {}, anna.identity);
    expect(mine.data.me.apiKeys).toEqual([
      {
        id: ids.anna,
        usage: [{ day: today(), requests: 10, errors: 3, rateLimited: 0 }],
        lastUsedAt: expect.any(String),
      },
    ]);
    // Béla's only counts are years old: outside the last 30 days.
    const old = await h.run(`{ me { apiKeys ${USAGE} } }`, {}, bela.identity);
    expect(old.data.me.apiKeys[0].usage).toEqual([]);
    // Even handed another customer's key row, the read runs as the caller under RLS.
    const rows = createApiKeyUsageRows(h.db);
    const annaId = (anna.identity as { customerId: string }).customerId;
    expect(await rows.ofCustomerKey(annaId, ids.bela, 90)).toEqual([]);
    expect(await rows.ofCustomerKey(annaId, ids.company, 90)).toEqual([]);
    expect(await rows.ofCustomerKey(annaId, ids.anna, 90)).toHaveLength(1);
    // The service path for admins serves company keys only.
    expect(await rows.ofCompanyKey(ids.anna, 90)).toEqual([]);
  });

  it("shows an admin a company key's usage", async () => {
    const listed = await h.run(
      `query($c: ID) { admin { companyApiKeys(companyId: $c) ${USAGE} } }`,
      { c: h.companyIds.alfa },
      admin,
    );
    expect(listed.errors).toBeUndefined();
    expect(listed.data.admin.companyApiKeys).toEqual([
      {
        id: ids.company,
        usage: [{ day: today(), requests: 7, errors: 1, rateLimited: 0 }],
        lastUsedAt: expect.any(String),
      },
    ]);
  });
});
