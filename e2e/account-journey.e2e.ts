import { fileURLToPath } from 'node:url';
import { type RunningSystem, startSystem } from '@portal/embedded';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, watchPage } from './browser.ts';

const clientDist = fileURLToPath(new URL('../client/dist', import.meta.url));

const PASSWORD = 'Gyalu-Forgacs-2026';

/** The messages the field points to with `aria-describedby` (its error, its description). */
async function fieldMessages(page: Page, testId: string): Promise<string> {
  const ids = (await page.getByTestId(testId).getAttribute('aria-describedby')) ?? '';
  const texts = await Promise.all(
    ids
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => page.locator(`[id="${id}"]`).textContent()),
  );
  return texts.join(' | ');
}

/** The label of the index-th checkbox with the test id. */
async function labelOf(page: Page, testId: string, index: number): Promise<string> {
  const id = await page.getByTestId(testId).nth(index).getAttribute('id');
  return ((await page.locator(`label[for="${id}"]`).textContent()) ?? '').trim();
}

describe('a customer account in a real browser', () => {
  let system: RunningSystem;
  let browser: Browser;
  let page: Page;
  let base: string;
  const consoleErrors: string[] = [];
  // Unique per run, so a kept data folder never makes it a duplicate.
  const email = `kovacs.kata.${Date.now()}@example.com`;

  beforeAll(async () => {
    system = await startSystem({ clientDist });
    base = system.gatewayUrl;
    browser = await launchChromium();
    page = await browser.newPage();
    await watchPage(page, consoleErrors);
  });
  afterAll(async () => {
    await browser?.close();
    await system?.close();
  });

  it('registers, verifies by the mailed link, signs in, switches company, survives a reload and signs out', async () => {
    // Step 1 of 3: the account. A weak password is refused at its field, in Hungarian.
    await page.goto(`${base}/register`);
    await page.getByTestId('register-name').fill('Kovács Kata <b>Asztalos</b>');
    await page.getByTestId('register-email').fill(email);
    await page.getByTestId('register-mobile').fill('+36 30 123 4567');
    await page.getByTestId('register-password').fill('gyenge');
    await page.getByTestId('register-next').click();
    await expect
      .poll(() => fieldMessages(page, 'register-password'))
      .toMatch(/legalább 10, legfeljebb 200 karakter/);
    expect(await page.getByTestId('register-step-account').isVisible()).toBe(true);
    await page.getByTestId('register-password').fill(PASSWORD);
    await page.getByTestId('register-next').click();

    // Step 2: billing details, all optional.
    await page.getByTestId('billing-city').fill('Budapest');
    await page.getByTestId('billing-postalCode').fill('1117');
    await page.getByTestId('billing-street').fill('Budafoki út');
    await page.getByTestId('billing-houseNumber').fill('12/B');
    expect(await page.getByTestId('billing-country').inputValue()).toBe('Magyarország');
    await page.getByTestId('register-next').click();

    // Step 3: companies and notifications; going back keeps what was typed.
    const companies = page.getByTestId('register-company');
    await expect.poll(() => companies.count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
    await page.getByTestId('register-back').click();
    expect(await page.getByTestId('billing-city').inputValue()).toBe('Budapest');
    await page.getByTestId('register-next').click();
    await companies.nth(0).check();
    await companies.nth(1).check();
    const firstCompany = await labelOf(page, 'register-company', 0);
    const secondCompany = await labelOf(page, 'register-company', 1);
    await page.getByTestId('register-notify-order-ready').check();
    await page.getByTestId('register-submit').click();
    await page.getByTestId('check-email').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('check-email').textContent()).toContain(email);

    // The verification mail, in the development mailbox; its link verifies the address.
    await page.getByTestId('nav-dev-mail').click();
    const mail = page.getByTestId('dev-mail-item').filter({ hasText: email }).first();
    await mail.waitFor({ timeout: 15_000 });
    await mail.click();
    const link = page
      .getByTestId('dev-mail-body')
      .getByTestId('dev-mail-link')
      .filter({ hasText: '/verify-email?token=' });
    await link.click();
    await page.getByTestId('verify-success').waitFor({ timeout: 15_000 });

    // A protected page asks to sign in, and comes back after.
    await page.goto(`${base}/settings`);
    await page.waitForURL(/\/sign-in\?next=%2Fsettings/);
    await page.getByTestId('sign-in-email').fill(email);
    await page.getByTestId('sign-in-password').fill(PASSWORD);
    await page.getByTestId('sign-in-remember').check();
    await page.getByTestId('sign-in-submit').click();
    await page.waitForURL(/\/settings$/, { timeout: 15_000 });
    await expect.poll(() => page.getByTestId('settings-email').textContent()).toBe(email);
    // The name is shown as typed, markup and all, as text.
    expect(await page.getByTestId('profile-name').inputValue()).toBe('Kovács Kata <b>Asztalos</b>');

    // The header switches the active company.
    const active = page.getByTestId('company-switcher-active');
    await expect.poll(() => active.textContent()).toBe(firstCompany);
    await page.getByTestId('company-switcher').click();
    await page.getByTestId('company-switcher-option').filter({ hasText: secondCompany }).click();
    await expect.poll(() => active.textContent()).toBe(secondCompany);

    // A reload keeps the session (renewed with the stored refresh token).
    await page.reload();
    await expect.poll(() => active.textContent(), { timeout: 15_000 }).toBe(secondCompany);
    await expect.poll(() => page.getByTestId('settings-email').textContent()).toBe(email);
    expect(page.url()).toMatch(/\/settings$/);

    // Sign out: the session is gone here, in storage and on the server.
    await page.getByTestId('user-menu').click();
    await page.getByTestId('user-menu-sign-out').click();
    await page.getByTestId('header-sign-in').waitFor({ timeout: 15_000 });
    await page.waitForURL(/\/sign-in/);
    expect(await page.evaluate(() => localStorage.getItem('portal.session'))).toBeNull();
    await page.goto(`${base}/settings`);
    await page.waitForURL(/\/sign-in\?next=%2Fsettings/);
    await page.getByTestId('header-sign-in').waitFor();

    expect(consoleErrors).toEqual([]);
  });

  it('shows bad input at its field: a malformed and a duplicate email', async () => {
    await page.goto(`${base}/register`);
    await page.getByTestId('register-name').fill('Kovács Kata');
    await page.getByTestId('register-email').fill('kata-at-example.com');
    await page.getByTestId('register-password').fill(PASSWORD);
    await page.getByTestId('register-next').click();
    await expect.poll(() => fieldMessages(page, 'register-email')).toMatch(/érvényes e-mail-címet/);

    // The address of the first test: refused by the API, shown back on step 1 at the email.
    await page.getByTestId('register-email').fill(email);
    await page.getByTestId('register-next').click();
    await page.getByTestId('register-next').click();
    await page.getByTestId('register-submit').click();
    await expect
      .poll(() => fieldMessages(page, 'register-email'), { timeout: 15_000 })
      .toMatch(/már van fiók/);
    expect(await page.getByTestId('register-step-account').isVisible()).toBe(true);

    expect(consoleErrors).toEqual([]);
  });
});
