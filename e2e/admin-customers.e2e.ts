import { fileURLToPath } from 'node:url';
import { type RunningSystem, startSystem } from '@portal/embedded';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, signUpVerified } from './api.ts';
import { launchChromium, watchPage } from './browser.ts';

// The admin customers pages in a real browser (docs/admin.md): the demo admin finds a customer
// by name, disables them while the customer is signed in in another tab, and the customer's
// open session ends at their next request (sent to sign in); enabled again, they sign in anew.

const clientDist = fileURLToPath(new URL('../client/dist', import.meta.url));
const PASSWORD = 'Vasarlo-Tiltas-2026';

describe('the admin customers pages in a real browser', () => {
  let system: RunningSystem;
  let browser: Browser;
  let adminContext: BrowserContext;
  let customerContext: BrowserContext;
  let admin: Page;
  let customer: Page;
  const lines: string[] = [];
  const consoleErrors: string[] = [];
  const email = `tiltott.tamas.${Date.now()}@example.com`;

  beforeAll(async () => {
    system = await startSystem({ clientDist, log: (line) => lines.push(line) });
    await signUpVerified(system, lines, { email, password: PASSWORD, name: 'Tiltott Tamás' });

    browser = await launchChromium();
    adminContext = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    customerContext = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    admin = await adminContext.newPage();
    customer = await customerContext.newPage();
    // The refused request itself is expected to be reported by the browser.
    await watchPage(admin, consoleErrors, /401|Unauthorized/);
    await watchPage(customer, consoleErrors, /401|Unauthorized/);
  });
  afterAll(async () => {
    await browser?.close();
    await system?.close();
  });

  async function customerSignIn() {
    const base = system.gatewayUrl;
    await customer.goto(`${base}/sign-in`);
    await customer.getByTestId('sign-in-email').fill(email);
    await customer.getByTestId('sign-in-password').fill(PASSWORD);
    await customer.getByTestId('sign-in-submit').click();
    await customer.waitForURL(`${base}/`);
  }

  it('finds a customer, disables them (their session ends at once) and enables them', async () => {
    const base = system.gatewayUrl;
    const demo = system.demoAdmin!;
    await customerSignIn();
    await customer.getByTestId('nav-quotes').click();
    await customer.waitForURL(`${base}/quotes`);

    // The admin signs in and finds the customer by part of the name, keyboard only.
    await admin.goto(`${base}/admin/customers`);
    await admin.waitForURL(/\/admin\/sign-in/);
    await admin.getByTestId('admin-sign-in-email').fill(demo.email);
    await admin.getByTestId('admin-sign-in-password').fill(demo.password);
    await admin.getByTestId('admin-sign-in-password').press('Enter');
    await admin.waitForURL(`${base}/admin/customers`);
    await admin.getByTestId('customers-search').fill('tiltott');
    await expect.poll(() => admin.getByTestId('customer-row').count()).toBe(1);
    expect(await admin.getByTestId('customer-status').textContent()).toBe('Aktív');
    await admin.getByTestId('customer-link').focus();
    await admin.keyboard.press('Enter');
    await admin.waitForURL(/\/admin\/customers\/[0-9a-f-]{36}$/);
    await admin.getByRole('heading', { name: 'Tiltott Tamás' }).waitFor();
    // Their sign-in shows in the activity.
    await admin.getByTestId('customer-activity').getByText('auth.signed_in').first().waitFor();

    // Disable, with a reason.
    await admin.getByTestId('customer-disable').click();
    await admin.getByTestId('customer-disable-reason').fill('E2E: visszaélés');
    await admin.getByTestId('customer-disable-confirm').click();
    await expect.poll(() => admin.getByTestId('customer-state').textContent()).toBe('Letiltva');
    expect(await admin.getByTestId('action-feedback').textContent()).toContain('letiltottuk');

    // The customer's open tab: the next request is refused, the session ends, sign-in shows.
    await customer.getByTestId('nav-orders').click();
    await customer.waitForURL(/\/sign-in\?next=%2Forders$/);
    await customer.getByTestId('sign-in-email').fill(email);
    await customer.getByTestId('sign-in-password').fill(PASSWORD);
    await customer.getByTestId('sign-in-submit').click();
    await customer.getByTestId('sign-in-error').waitFor();

    // The list's filter finds them as disabled.
    await admin.goto(`${base}/admin/customers?disabled=yes`);
    await expect.poll(() => admin.getByTestId('customer-row').count()).toBe(1);

    // Enabled again, they sign in anew.
    await admin.goBack();
    await admin.getByTestId('customer-enable').click();
    await expect.poll(() => admin.getByTestId('customer-state').textContent()).toBe('Aktív');
    await customerSignIn();

    const audit = await system.portalDb.query<{ action: string; details: unknown }>(
      `select action, details from audit_log where action like 'admin.customer_%' order by id`,
    );
    expect(audit.map((a) => a.action)).toEqual([
      'admin.customer_disabled',
      'admin.customer_enabled',
    ]);
    expect(consoleErrors).toEqual([]);
  });

  it('shows the dashboard, queue, mail, templates with preview, and the filtered audit log', async () => {
    const base = system.gatewayUrl;
    await admin.getByTestId('admin-nav-dashboard').click();
    await admin.waitForURL(`${base}/admin/dashboard`);
    // The customer signed up today: today's bar counts them.
    await expect
      .poll(async () =>
        Number(await admin.getByTestId('dash-chart-signUps').getAttribute('data-total')),
      )
      .toBeGreaterThanOrEqual(1);
    expect(await admin.getByTestId('dash-active-companies-value').textContent()).toMatch(/^\d+$/);
    await admin.getByTestId('dash-recent').getByText('admin.customer_enabled').waitFor();

    await admin.getByTestId('admin-nav-deliveries').click();
    await admin.getByTestId('deliveries-empty').waitFor();

    await admin.getByTestId('admin-nav-mail').click();
    expect(await admin.getByTestId('mail-mode').textContent()).toContain('nem mennek ki');
    await expect.poll(() => admin.getByTestId('mail-row').count()).toBeGreaterThan(0);

    // A bad template is refused with its reason; a good one previews and is used.
    await admin.getByTestId('admin-nav-settings').click();
    await admin.getByTestId('template-tab-PASSWORD_RESET').click();
    await admin.getByTestId('template-body').fill('Kedves {{nev}}! {{link}}');
    await admin.getByTestId('template-preview').click();
    await admin.getByText('Ismeretlen helyőrző').waitFor();
    await admin.getByTestId('template-subject').fill('Új jelszó, {{name}}');
    await admin
      .getByTestId('template-body')
      .fill('Kedves {{name}}!\n\nItt állíthatod be: {{link}}');
    await admin.getByTestId('template-preview').click();
    await expect
      .poll(() => admin.getByTestId('template-preview-subject').textContent())
      .toBe('Új jelszó, Kovács Anna');
    await admin.getByTestId('template-save').click();
    await admin.getByTestId('action-feedback').waitFor();
    await gql(system, 'mutation($e: String!) { requestPasswordReset(email: $e) { ok } }', {
      e: email,
    });
    const [mail] = await system.portalDb.query<{ subject: string }>(
      `select subject from mail_outbox where to_address = $1 and kind = 'password_reset'
        order by created_at desc limit 1`,
      [email],
    );
    expect(mail?.subject).toBe('Új jelszó, Tiltott Tamás');
    await admin.getByTestId('template-reset').click();
    await expect
      .poll(() => admin.getByTestId('template-subject').inputValue())
      .toBe('Új jelszó beállítása');

    // The audit log, filtered to admins' template changes.
    await admin.goto(`${base}/admin/audit?actor=ADMIN&action=admin.mail_template_updated`);
    await expect.poll(() => admin.getByTestId('audit-row').count()).toBe(1);
    await admin.getByTestId('audit-actor').click();
    await admin.getByRole('option', { name: 'Vásárló' }).click();
    await admin.getByTestId('audit-empty').waitFor();
    expect(consoleErrors).toEqual([]);
  });
});
