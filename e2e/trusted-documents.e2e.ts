import { fileURLToPath } from 'node:url';
import { type RunningSystem, startSystem } from '@portal/embedded';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.ts';

// The web client with trusted documents enforced (docs/decisions/019): it sends only the hashes
// of its registered operations, so it works as before, while a document of anyone else's from
// the same browser is refused.

const clientDist = fileURLToPath(new URL('../client/dist', import.meta.url));

describe('the web client with TRUSTED_DOCUMENTS=enforce', () => {
  let system: RunningSystem;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];
  const graphql: Array<{ status: number; body: string }> = [];

  beforeAll(async () => {
    system = await startSystem({ clientDist, trustedDocuments: 'enforce' });
    browser = await launchChromium();
    page = await browser.newPage();
    page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(msg.text());
    });
    page.on('response', async (response) => {
      if (new URL(response.url()).pathname !== '/graphql') return;
      graphql.push({ status: response.status(), body: response.request().postData() ?? '' });
    });
    await page.route(
      (url) => !['127.0.0.1', 'localhost'].includes(url.hostname),
      (route) => route.abort(),
    );
  });
  afterAll(async () => {
    await browser?.close();
    await system?.close();
  });

  it('lists the companies and a catalog by hashes only; a foreign document is refused', async () => {
    await page.goto(`${system.gatewayUrl}/`);
    const cards = page.getByTestId('company-card');
    await expect.poll(() => cards.count(), { timeout: 15_000 }).toBe(3);
    await cards.filter({ hasText: 'Turinova' }).getByRole('link').first().click();
    const rows = page.getByTestId('material-row');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBeGreaterThan(5);

    expect(graphql.length).toBeGreaterThanOrEqual(2);
    for (const request of graphql) {
      expect(request.status).toBe(200);
      const body = JSON.parse(request.body) as { query?: string; extensions?: any };
      expect(body.query).toBeUndefined();
      expect(body.extensions.persistedQuery.sha256Hash).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(consoleErrors).toEqual([]);

    // The same browser sending a document of its own: refused before it runs.
    const refused = await page.evaluate(async () => {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ companies { id name slug } }' }),
      });
      const body = (await res.json()) as { errors: Array<{ extensions: { code: string } }> };
      return { status: res.status, body };
    });
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0]?.extensions.code).toBe('PERSISTED_QUERY_REQUIRED');
  });

  it('lets an admin sign in to the explorer and send any document there', async () => {
    const admin = system.demoAdmin!;
    consoleErrors.length = 0; // the refused request above was logged as a failed resource
    await page.goto(`${system.gatewayUrl}/explorer`);
    await page.getByText('EN', { exact: true }).click();
    await page.getByLabel('Email', { exact: true }).fill(admin.email);
    await page.getByLabel('Password', { exact: true }).fill(admin.password);
    const introspected = page.waitForResponse(
      (r) => r.url().endsWith('/graphql') && !!r.request().postData()?.includes('__schema'),
      { timeout: 20_000 },
    );
    await page.getByRole('button', { name: 'Sign in' }).click();
    // GraphiQL's own introspection document is in no manifest: admins are exempt.
    expect((await introspected).status()).toBe(200);
    expect(consoleErrors).toEqual([]);
  });
});
