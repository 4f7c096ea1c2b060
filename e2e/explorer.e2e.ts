import { fileURLToPath } from 'node:url';
import { type RunningSystem, startSystem } from '@portal/embedded';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.ts';

// The GraphQL explorer the gateway serves at /explorer (GraphiQL, bundled with the client): with
// every request off this machine refused, it opens, introspects and runs a query with a
// partner API key.

const clientDist = fileURLToPath(new URL('../client/dist', import.meta.url));
const PASSWORD = 'Lapszabasz-2026-explorer';

interface Result {
  data?: Record<string, any> | null;
  errors?: unknown[];
}

/** Runs the editor's operation once GraphiQL has put the default query into its editor. */
async function runQuery(page: Page): Promise<void> {
  const run = page.locator('.graphiql-execute-button');
  await run.waitFor({ timeout: 20_000 });
  await expect
    .poll(() => page.locator('.graphiql-query-editor').textContent(), { timeout: 10_000 })
    .toContain('companies');
  await run.click();
}

describe('the GraphQL explorer in a real browser, offline', () => {
  let system: RunningSystem;
  let browser: Browser;
  let page: Page;
  let partnerKey: string;
  const consoleErrors: string[] = [];
  const external: string[] = [];
  const requests: Array<{ url: string; authorization: string | undefined; body: string }> = [];

  async function post(query: string, variables: Record<string, unknown>, headers = {}) {
    const res = await fetch(system.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as Result;
  }

  /** A verified customer with a `catalog:read` key, made the way a partner would. */
  async function makePartnerKey(): Promise<string> {
    const email = 'explorer@example.hu';
    await post('mutation ($i: SignUpInput!) { signUp(input: $i) { ok } }', {
      i: { email, password: PASSWORD, name: 'Explorer Edit', companyIds: [] },
    });
    const [mail] = await system.portalDb.query<{ link: string }>(
      `select link from mail_outbox where to_address = $1 and kind = 'verification'`,
      [email],
    );
    const token = new URL(mail!.link).searchParams.get('token');
    await post('mutation ($t: String!) { verifyEmail(token: $t) { ok } }', { t: token });
    const signIn = await post(
      'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { session { accessToken } } }',
      { e: email, p: PASSWORD },
    );
    const accessToken = signIn.data?.signIn.session.accessToken as string;
    const created = await post(
      'mutation ($i: ApiKeyInput!) { createApiKey(input: $i) { key error { code } } }',
      { i: { name: 'explorer', scopes: ['CATALOG_READ'] } },
      { authorization: `Bearer ${accessToken}` },
    );
    const key = created.data?.createApiKey.key as string;
    expect(key).toMatch(/^ppk_/);
    return key;
  }

  beforeAll(async () => {
    system = await startSystem({ clientDist });
    partnerKey = await makePartnerKey();
    browser = await launchChromium();
    page = await browser.newPage();
    page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(msg.text());
    });
    page.on('request', (request) => {
      requests.push({
        url: request.url(),
        authorization: request.headers().authorization,
        body: request.postData() ?? '',
      });
    });
    // The network is cut: any request off this machine is refused and fails the test.
    await page.route(
      (url) => !['127.0.0.1', 'localhost'].includes(url.hostname),
      (route) => {
        external.push(route.request().url());
        return route.abort();
      },
    );
  });
  afterAll(async () => {
    await browser?.close();
    await system?.close();
  });

  it('opens, asks for the key, introspects and runs a query with it', async () => {
    const response = await page.goto(`${system.gatewayUrl}/explorer`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain("connect-src 'self'");

    // Hungarian by default; the credential is asked for first.
    await page.getByLabel('API-kulcs vagy hozzáférési token').fill(partnerKey);
    const introspected = page.waitForResponse(
      (r) => r.url().endsWith('/graphql') && !!r.request().postData()?.includes('__schema'),
      { timeout: 20_000 },
    );
    await page.getByRole('button', { name: 'Megnyitás' }).click();

    // GraphiQL introspects the schema with the key, then runs the default query.
    const introspection = await introspected;
    expect(introspection.status()).toBe(200);
    expect(((await introspection.json()) as Result).data?.__schema).toBeDefined();
    await runQuery(page);
    const result = page.locator('.graphiql-response');
    await expect.poll(() => result.textContent(), { timeout: 15_000 }).toContain('Turinova');
    expect(await result.textContent()).not.toContain('errors');

    const graphql = requests.filter((r) => new URL(r.url).pathname === '/graphql');
    expect(graphql.length).toBeGreaterThanOrEqual(2);
    for (const request of graphql) expect(request.authorization).toBe(`Bearer ${partnerKey}`);
    // Nothing left the machine, nor was anything refused by the page's own policy.
    expect(external).toEqual([]);
    for (const request of requests) {
      expect(['127.0.0.1', 'localhost']).toContain(new URL(request.url).hostname);
    }
    expect(consoleErrors).toEqual([]);
  });

  it('signs an admin in and runs a query with their access token', async () => {
    const admin = system.demoAdmin!;
    await page.goto(`${system.gatewayUrl}/explorer`);
    // English this time; the choice is remembered like the app's.
    await page.getByText('EN', { exact: true }).click();
    await page.getByLabel('Email', { exact: true }).fill(admin.email);
    await page.getByLabel('Password', { exact: true }).fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('Wrong email or password.');

    await page.getByLabel('Password', { exact: true }).fill(admin.password);
    const before = requests.length;
    const introspected = page.waitForResponse(
      (r) => r.url().endsWith('/graphql') && !!r.request().postData()?.includes('__schema'),
      { timeout: 20_000 },
    );
    await page.getByRole('button', { name: 'Sign in' }).click();
    expect((await introspected).status()).toBe(200);
    await expect.poll(() => page.getByText('Authenticated with: access token').count()).toBe(1);
    await runQuery(page);
    await expect
      .poll(() => page.locator('.graphiql-response').textContent(), { timeout: 15_000 })
      .toContain('Turinova');
    const sent = requests.slice(before).filter((r) => new URL(r.url).pathname === '/graphql');
    // The sign-in went as the web client's operations go: its manifest hash only.
    expect(sent[0]!.body).toContain('"sha256Hash"');
    expect(sent[0]!.body).not.toContain('"query"');
    const afterSignIn = sent.filter((r) => r.authorization !== undefined);
    expect(afterSignIn.length).toBeGreaterThanOrEqual(2);
    for (const request of afterSignIn) {
      expect(request.authorization).toMatch(/^Bearer eyJ[\w-]+\.[\w-]+\.[\w-]+$/);
    }
    expect(external).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('refuses an empty credential with a message', async () => {
    await page.goto(`${system.gatewayUrl}/explorer`);
    await page.getByText('HU', { exact: true }).click();
    await page.getByRole('button', { name: 'Megnyitás' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe('Add meg a kulcsot vagy a tokent.');
  });
});
