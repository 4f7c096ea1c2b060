import { fileURLToPath } from 'node:url';
import { type RunningSystem, startSystem } from '@portal/embedded';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, watchPage } from './browser.ts';

// A key's owner sees its use in Settings → API keys: the requests of the last 30 days (made
// through the gateway here, counted and saved by it), a bar per day, and the last use.

const clientDist = fileURLToPath(new URL('../client/dist', import.meta.url));
const PASSWORD = 'Gyalu-Kulcs-2026';
const EMAIL = `kulcs.kata.${Date.now()}@example.com`;

describe('API key usage in the settings page', () => {
  let system: RunningSystem;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];

  async function gql(query: string, variables: Record<string, unknown>, headers = {}) {
    const res = await fetch(system.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as { data?: any; errors?: unknown[] };
  }

  beforeAll(async () => {
    system = await startSystem({ clientDist, delivery: false, orderSyncIntervalMs: 0 });
    await gql('mutation ($i: SignUpInput!) { signUp(input: $i) { ok } }', {
      i: { email: EMAIL, password: PASSWORD, name: 'Kulcs Kata' },
    });
    const [mail] = await system.portalDb.query<{ link: string }>(
      `select link from mail_outbox where to_address = $1 and kind = 'verification'`,
      [EMAIL],
    );
    await gql('mutation ($t: String!) { verifyEmail(token: $t) { ok } }', {
      t: new URL(mail!.link).searchParams.get('token'),
    });
    const signIn = await gql(
      'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { session { accessToken } } }',
      { e: EMAIL, p: PASSWORD },
    );
    const created = await gql(
      'mutation { createApiKey(input: { name: "CAD export", scopes: [CATALOG_READ] }) { key } }',
      {},
      { authorization: `Bearer ${signIn.data.signIn.session.accessToken}` },
    );
    const key = created.data.createApiKey.key as string;
    for (let i = 0; i < 3; i += 1) await gql('{ companies { id } }', {}, { 'x-api-key': key });
    await gql('{ quotes(first: 1) { totalCount } }', {}, { 'x-api-key': key }); // FORBIDDEN
    await system.apiKeyUsage.flush();

    browser = await launchChromium();
    page = await browser.newPage();
    await watchPage(page, consoleErrors);
  });
  afterAll(async () => {
    await browser?.close();
    await system?.close();
  });

  it("shows the key's requests of the last 30 days, per day, and its last use", async () => {
    await page.goto(`${system.gatewayUrl}/settings/api-keys`);
    await page.waitForURL(/\/sign-in\?next=/);
    await page.getByTestId('sign-in-email').fill(EMAIL);
    await page.getByTestId('sign-in-password').fill(PASSWORD);
    await page.getByTestId('sign-in-submit').click();
    await page.waitForURL(/\/settings\/api-keys$/, { timeout: 15_000 });

    const row = page.getByTestId('api-key-row');
    await expect.poll(() => row.count(), { timeout: 15_000 }).toBe(1);
    expect(await row.getByTestId('api-key-usage-total').textContent()).toBe('4');
    const chart = row.getByTestId('api-key-usage-chart');
    expect(await chart.locator('rect').count()).toBe(30);
    // Hungarian by default; the summary names the errors too.
    expect(await chart.getAttribute('aria-label')).toMatch(/4 kérés, ebből 1 hibás, 0 a korlát/);
    // Today's bar is the last one, and the only one with requests.
    expect(await chart.locator('rect').last().locator('title').textContent()).toMatch(/: 4 kérés$/);
    expect(await row.textContent()).not.toContain('Még nem használták');
    expect(consoleErrors).toEqual([]);
  });
});
