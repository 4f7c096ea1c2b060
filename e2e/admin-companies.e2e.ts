import { fileURLToPath } from 'node:url';
import type { Db } from '@portal/db';
import { openSeededDemoCompany, type RunningSystem, startSystem } from '@portal/embedded';
import { generateLocalKeys } from '@portal/local-supabase';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpVerified } from './api.ts';
import { launchChromium, watchPage } from './browser.ts';

// The admin UI's company registry in a real browser (docs/admin.md): the demo admin signs in,
// adds a company whose Supabase project is set up but not yet on the portal, tests the
// connection (all green, then with a wrong key: the key step named), and deactivates it while
// a customer signed in in another tab of the same browser stops seeing it.

const clientDist = fileURLToPath(new URL('../client/dist', import.meta.url));
const PASSWORD = 'Admin-Cegek-Teszt-2026';
const SPARE_SLUG = 'e2e-tartalek';
const COMPANY_NAME = 'Tartalék Lapszabászat Kft.';

describe('the admin company registry in a real browser', () => {
  let system: RunningSystem;
  let spareDb: Db;
  let browser: Browser;
  let context: BrowserContext;
  let admin: Page;
  let customer: Page;
  const keys = generateLocalKeys();
  const lines: string[] = [];
  const consoleErrors: string[] = [];
  const email = `cegek.csilla.${Date.now()}@example.com`;

  beforeAll(async () => {
    system = await startSystem({ clientDist, log: (line) => lines.push(line) });
    // A company database that ran the setup script (with a catalog) and is served by the local
    // Supabase endpoint, but is not registered on the portal: what an admin onboards.
    spareDb = (await openSeededDemoCompany('szegedi-panel')).db;
    system.supabase.addCompany({ slug: SPARE_SLUG, db: spareDb, ...keys });

    // A verified customer, made through the API.
    await signUpVerified(system, lines, { email, password: PASSWORD, name: 'Cégek Csilla' });

    browser = await launchChromium();
    // One browser, two tabs: the admin's session and the customer's must not mix.
    context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    admin = await context.newPage();
    customer = await context.newPage();
    await watchPage(admin, consoleErrors);
    await watchPage(customer, consoleErrors);
  });
  afterAll(async () => {
    await browser?.close();
    await system?.close();
    await spareDb?.close();
  });

  it('adds, tests, and deactivates a company; the customer stops seeing it', async () => {
    const base = system.gatewayUrl;
    const demo = system.demoAdmin!;
    const url = system.supabase.companyUrl(SPARE_SLUG);

    // The customer signs in (remembered) in one tab.
    await customer.goto(`${base}/sign-in`);
    await customer.getByTestId('sign-in-email').fill(email);
    await customer.getByTestId('sign-in-password').fill(PASSWORD);
    await customer.getByTestId('sign-in-remember').check();
    await customer.getByTestId('sign-in-submit').click();
    await customer.waitForURL(`${base}/`);
    await expect.poll(() => customer.getByTestId('company-card').count()).toBeGreaterThan(0);
    expect(await customer.getByText(COMPANY_NAME).count()).toBe(0);

    // The admin UI wants its own sign-in, the customer's session does not count.
    await admin.goto(`${base}/admin/companies`);
    await admin.waitForURL(/\/admin\/sign-in\?next=%2Fadmin%2Fcompanies$/);
    await admin.getByTestId('admin-sign-in-email').fill(demo.email);
    await admin.getByTestId('admin-sign-in-password').fill('not the password');
    await admin.getByTestId('admin-sign-in-submit').click();
    await admin.getByTestId('admin-sign-in-error').waitFor();
    await admin.getByTestId('admin-sign-in-password').fill(demo.password);
    await admin.getByTestId('admin-sign-in-submit').click();
    await admin.waitForURL(`${base}/admin/companies`);
    expect(await admin.getByTestId('admin-role').textContent()).toBe('Admin');
    await expect.poll(() => admin.getByTestId('company-row').count()).toBe(4);
    // Inactive companies are listed too.
    expect(
      await admin
        .locator('[data-slug="szegedi-panel"] [data-testid="company-status"]')
        .textContent(),
    ).toBe('Inaktív');

    // Add: a bad URL is refused at its field; then the connection test is all green.
    await admin.getByTestId('companies-add').click();
    await admin.getByTestId('company-name').fill(COMPANY_NAME);
    expect(await admin.getByTestId('company-slug').inputValue()).toBe('tartalek-lapszabaszat-kft');
    await admin.getByTestId('company-url').fill('abcd.supabase.co');
    await admin.getByTestId('company-key').fill(keys.serviceKey);
    await admin.getByTestId('company-test').click();
    await admin.getByText('Adj meg egy teljes https:// címet').waitFor();
    await admin.getByTestId('company-url').fill(url);
    await admin.getByTestId('company-test').click();
    await admin.getByTestId('connection-result').waitFor();
    expect(await admin.getByTestId('connection-result').getAttribute('data-ok')).toBe('true');
    for (const step of ['REACHABLE', 'KEY_ACCEPTED', 'CONTRACT_VERSION', 'CATALOG', 'LATENCY']) {
      expect(
        await admin.getByTestId(`connection-step-${step}`).getAttribute('data-status'),
        step,
      ).toBe('PASSED');
    }
    expect(await admin.getByTestId('connection-step-CATALOG').textContent()).toMatch(
      /\d+ lapanyag, \d+ élzáró, \d+ kiegészítő/,
    );
    await admin.getByTestId('company-save').click();
    await admin.getByTestId('company-created').waitFor();
    const companyPath = new URL(admin.url()).pathname;
    expect(companyPath).toMatch(/^\/admin\/companies\/[0-9a-f-]{36}$/);
    // The key is gone from the page: only its last four characters are shown.
    expect(await admin.getByTestId('company-key').inputValue()).toBe('');
    expect(await admin.content()).not.toContain(keys.serviceKey);
    expect(await admin.content()).toContain(keys.serviceKey.slice(-4));

    // The customer sees the new company at once.
    await customer.reload();
    await customer.getByText(COMPANY_NAME).waitFor();

    // A wrong key: the checklist names the failing step, nothing after it runs.
    await admin.getByTestId('company-key').fill('sb_secret_this-is-not-the-key');
    await admin.getByTestId('company-test').click();
    await expect
      .poll(() => admin.getByTestId('connection-result').getAttribute('data-ok'))
      .toBe('false');
    expect(await admin.getByTestId('connection-summary').textContent()).toContain(
      'Sikertelen lépés: Kulcs elfogadva',
    );
    expect(await admin.getByTestId('connection-step-REACHABLE').getAttribute('data-status')).toBe(
      'PASSED',
    );
    expect(
      await admin.getByTestId('connection-step-KEY_ACCEPTED').getAttribute('data-status'),
    ).toBe('FAILED');
    expect(await admin.getByTestId('connection-step-CATALOG').getAttribute('data-status')).toBe(
      'SKIPPED',
    );

    // Deactivate (confirmed): the customer no longer sees it.
    await admin.getByTestId('company-toggle-active').click();
    await admin.getByTestId('company-confirm-deactivate').click();
    await expect
      .poll(() => admin.getByTestId('company-active-badge').textContent())
      .toBe('Inaktív');
    await customer.reload();
    await expect.poll(() => customer.getByTestId('company-card').count()).toBeGreaterThan(0);
    expect(await customer.getByText(COMPANY_NAME).count()).toBe(0);

    // The customer is still signed in, the admin too (separate sessions in one browser).
    expect(await customer.getByTestId('sign-in-submit').count()).toBe(0);
    await admin.reload();
    await admin.getByTestId('admin-role').waitFor();

    // Every change is in the audit log; the key in no log line.
    const audit = await system.portalDb.query<{ action: string }>(
      `select action from audit_log where action like 'admin.company_%' order by id`,
    );
    expect(audit.map((a) => a.action)).toEqual([
      'admin.company_connection_tested',
      'admin.company_created',
      'admin.company_connection_tested',
      'admin.company_deactivated',
    ]);
    expect(lines.join('\n')).not.toContain(keys.serviceKey);

    // Signing out of the admin UI leaves the customer signed in.
    await admin.getByTestId('admin-sign-out').click();
    await admin.waitForURL(/\/admin\/sign-in/);
    await customer.reload();
    await customer.getByTestId('company-card').first().waitFor();
    expect(await customer.getByTestId('sign-in-submit').count()).toBe(0);
    expect(consoleErrors).toEqual([]);
  });
});
