import { fileURLToPath } from 'node:url';
import { type RunningSystem, startSystem } from '@portal/embedded';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, watchPage } from './browser.ts';

// The admin System page in a real browser (docs/operations.md): services and companies with
// their state; a company failing opens its circuit and the page shows it down with failed
// samples in the history chart; after recovery a refresh shows it up again. Offline: nothing
// may load from the internet (the chart is plain SVG).

const clientDist = fileURLToPath(new URL('../client/dist', import.meta.url));
// Long enough for the sign-in and the first look while the circuit is still open.
const COOLDOWN_MS = 6_000;

describe('the admin System page in a real browser', () => {
  let system: RunningSystem;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    system = await startSystem({
      clientDist,
      orderSyncIntervalMs: 0,
      companyTimeoutMs: 1000,
      companyResilience: { circuit: { failureThreshold: 2, cooldownMs: COOLDOWN_MS } },
      healthSampling: { intervalMs: 0 },
    });
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    page = await context.newPage();
    await watchPage(page, consoleErrors);
  });
  afterAll(async () => {
    await browser?.close();
    await system?.close();
  });

  const statusOf = (slug: string) =>
    page
      .locator(`[data-testid="system-company-row"][data-slug="${slug}"] [data-status]`)
      .getAttribute('data-status');
  const circuitOf = (slug: string) =>
    page
      .locator(`[data-testid="system-company-row"][data-slug="${slug}"] [data-circuit]`)
      .getAttribute('data-circuit');

  it('shows a failing company down with an open circuit, and up again after recovery', {
    timeout: 60_000,
  }, async () => {
    system.supabase.setFault('turinova', { kind: 'status', status: 503 });
    await system.healthSampler!.sampleNow();
    await system.healthSampler!.sampleNow();
    const openedAt = Date.now();

    const base = system.gatewayUrl;
    const demo = system.demoAdmin!;
    await page.goto(`${base}/admin/system`);
    await page.waitForURL(/\/admin\/sign-in/);
    await page.getByTestId('admin-sign-in-email').fill(demo.email);
    await page.getByTestId('admin-sign-in-password').fill(demo.password);
    await page.getByTestId('admin-sign-in-password').press('Enter');
    await page.waitForURL(`${base}/admin/system`);

    await expect.poll(() => page.getByTestId('system-service-row').count()).toBe(3);
    for (const name of ['portal', 'gateway', 'company-catalog']) {
      expect(
        await page
          .locator(`[data-testid="system-service-row"][data-name="${name}"] [data-status]`)
          .getAttribute('data-status'),
      ).toBe('UP');
    }
    expect(await statusOf('turinova')).toBe('DOWN');
    expect(await circuitOf('turinova')).toBe('OPEN');
    // A failing company is company health, not a recent error of the services.
    expect(await page.getByTestId('system-errors-empty').textContent()).toBe('Nincs hiba.');
    expect(await statusOf('debreceni-lapszabasz')).toBe('UP');
    const row = page.locator('[data-testid="system-company-row"][data-slug="turinova"]');
    expect(await row.textContent()).toContain('Nem működik');
    expect(await row.textContent()).toContain('100');

    // Its history: two failed samples, drawn in the chart.
    await row.click();
    await page.getByTestId('health-chart').waitFor();
    expect(await page.getByTestId('health-chart-failed').count()).toBe(2);

    // Recovery: after the cool-down the sampler's probe closes the circuit; a refresh shows it.
    system.supabase.setFault('turinova', null);
    await new Promise((r) => setTimeout(r, Math.max(0, openedAt + COOLDOWN_MS + 50 - Date.now())));
    await system.healthSampler!.sampleNow();
    await page.getByRole('button', { name: 'Frissítés' }).click();
    await expect.poll(() => statusOf('turinova')).toBe('UP');
    expect(await circuitOf('turinova')).toBe('CLOSED');
    expect(await page.getByTestId('health-chart').getAttribute('data-points')).toBe('3');

    expect(consoleErrors).toEqual([]);
  });

  it('lists an internal error under the request id its caller got', async () => {
    const graphql = (query: string, token?: string, requestId?: string) =>
      fetch(system.graphqlUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(requestId ? { 'x-request-id': requestId } : {}),
        },
        body: JSON.stringify({ query }),
      }).then((r) => r.json() as Promise<Record<string, any>>);
    const demo = system.demoAdmin!;
    const signIn = await graphql(
      `mutation { adminSignIn(email: "${demo.email}", password: "${demo.password}") { session { accessToken } } }`,
    );
    const token = signIn.data.adminSignIn.session.accessToken as string;
    // The table admin.mailTemplates reads is gone for a moment: a real database failure.
    await system.portalDb.query('alter table mail_templates rename to mail_templates_away');
    let failed: Record<string, any>;
    try {
      failed = await graphql(
        'query E2eTemplates { admin { mailTemplates { kind } } }',
        token,
        'e2e-broken-1',
      );
    } finally {
      await system.portalDb.query('alter table mail_templates_away rename to mail_templates');
    }
    expect(failed.errors[0].extensions).toMatchObject({
      code: 'INTERNAL',
      requestId: 'e2e-broken-1',
    });

    await page.getByRole('button', { name: 'Frissítés' }).click();
    const row = page.locator(
      '[data-testid="system-error-row"][data-service="portal"][data-request-id="e2e-broken-1"]',
    );
    await row.waitFor();
    expect(await row.textContent()).toContain('mail_templates');
    expect(await row.textContent()).toContain('E2eTemplates');
    expect(
      await page.getByRole('button', { name: 'Kérésazonosító másolása' }).count(),
    ).toBeGreaterThan(0);
    expect(consoleErrors).toEqual([]);
  });
});
