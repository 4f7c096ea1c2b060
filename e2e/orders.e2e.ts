import { fileURLToPath } from 'node:url';
import { type RunningSystem, startSystem } from '@portal/embedded';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleCall, eventually, gql, signUpVerified } from './api.ts';
import { launchChromium, watchPage } from './browser.ts';

const clientDist = fileURLToPath(new URL('../client/dist', import.meta.url));
const PASSWORD = 'Lapszabasz-Rendeles-2026';

describe('submitting a quote and following its order in a real browser', () => {
  let system: RunningSystem;
  let browser: Browser;
  let page: Page;
  const lines: string[] = [];
  const consoleErrors: string[] = [];
  const email = `rendeles.rita.${Date.now()}@example.com`;
  let token = '';
  let quote: { id: string; number: string };
  let materialId = '';

  beforeAll(async () => {
    // The console's webhook makes the portal sync at once; the short interval is the backup.
    system = await startSystem({
      clientDist,
      orderSyncIntervalMs: 1_000,
      delivery: { intervalMs: 500 },
      log: (line) => lines.push(line),
    });
    // A verified customer of Turinova who wants the "ready for pickup" mail, made via the API.
    const company = (await gql(system, '{ company(slug: "turinova") { id } }')).company;
    token = await signUpVerified(system, lines, {
      email,
      password: PASSWORD,
      name: 'Rendelés Rita',
      companyIds: [company.id],
      notificationPreferences: { orderReady: true },
    });
    const materials = await gql(
      system,
      'query($id: ID!) { company(id: $id) { materials(first: 50) { nodes { id lengthMm widthMm active } } } }',
      { id: company.id },
      token,
    );
    const material = materials.company.materials.nodes.find(
      (m: { active: boolean; lengthMm: number; widthMm: number }) =>
        m.active && m.lengthMm >= 2000 && m.widthMm >= 1000,
    );
    const created = await gql(
      system,
      `mutation($input: QuoteDraftInput!) { createQuote(input: $input) {
         quote { id number } error { code message } } }`,
      {
        input: {
          companyId: company.id,
          comment: 'Konyhaszekrény',
          panels: [{ materialId: material.id, widthMm: 720, heightMm: 560, quantity: 4 }],
        },
      },
      token,
    );
    quote = created.createQuote.quote;
    materialId = material.id;
    expect(quote, JSON.stringify(created)).toBeTruthy();

    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1500, height: 1000 } });
    await watchPage(page, consoleErrors);
  });
  afterAll(async () => {
    await browser?.close();
    await system?.close();
  });

  it('submits from the builder, then shows each status the company sets without a reload', async () => {
    await page.goto(`${system.gatewayUrl}/quotes/${quote.id}`);
    await page.waitForURL(/\/sign-in\?next=/);
    await page.getByTestId('sign-in-email').fill(email);
    await page.getByTestId('sign-in-password').fill(PASSWORD);
    await page.getByTestId('sign-in-submit').click();
    await page.waitForURL(new RegExp(`/quotes/${quote.id}$`), { timeout: 15_000 });

    await page.getByTestId('submit-quote').waitFor({ timeout: 15_000 });
    // Meanwhile the company raised the board's price: the quote's price is out of date.
    const turinova = system.companies.find((c) => c.slug === 'turinova');
    await turinova?.db.query('update materials set base_price = base_price * 1.5 where id = $1', [
      materialId,
    ]);

    // Submit: the confirmation names the quote; the server refuses the old price and the
    // modal shows what changed; submitting at the new prices goes through.
    await page.getByTestId('submit-quote').click();
    const modal = page.getByTestId('submit-quote-modal');
    await expect.poll(() => modal.textContent()).toContain(quote.number);
    await page.getByTestId('submit-confirm').click();
    await page.getByTestId('submit-accept-prices').waitFor({ timeout: 15_000 });
    expect(await modal.getByTestId('price-change').count()).toBeGreaterThan(0);
    // The refused attempt's key is kept for the confirmed retry.
    const keyBefore = await page.evaluate(
      (id) =>
        (
          globalThis as unknown as { sessionStorage: { getItem(k: string): string | null } }
        ).sessionStorage.getItem(`portal.submitKey.${id}`),
      quote.id,
    );
    expect(keyBefore).toMatch(/^[0-9a-f-]{36}$/);
    await page.getByTestId('submit-accept-prices').click();
    const submitted = page.locator('[data-testid="submission-state"][data-state="submitted"]');
    await submitted.waitFor({ timeout: 30_000 });
    const state = await gql(
      system,
      'query($id: ID!) { quote(id: $id) { status companyQuoteNumber } }',
      { id: quote.id },
      token,
    );
    expect(state.quote.status).toBe('SUBMITTED');
    expect(await page.getByTestId('submission-submitted').textContent()).toContain(
      state.quote.companyQuoteNumber,
    );
    // The key of the finished attempt is gone: a later submission would be a new intention.
    expect(
      await page.evaluate(
        (id) =>
          (
            globalThis as unknown as { sessionStorage: { getItem(k: string): string | null } }
          ).sessionStorage.getItem(`portal.submitKey.${id}`),
        quote.id,
      ),
    ).toBeNull();

    // The company's copy of the quote, as its staff see it in the console.
    const companyQuote = await eventually(async () => {
      const listed = await consoleCall(system, '/turinova/quotes');
      return listed.body.find((q: { portalQuoteId: string }) => q.portalQuoteId === quote.id) as
        | { id: string }
        | undefined;
    });
    const order = await eventually(async () => {
      const data = await gql(
        system,
        'query($id: ID!) { quote(id: $id) { order { id } } }',
        { id: quote.id },
        token,
      );
      return data.quote.order as { id: string } | undefined;
    });

    // The order page, opened through the Orders nav (client-side), then followed live.
    await page.getByTestId('nav-orders').click();
    await page.waitForURL(/\/orders$/);
    const row = page.locator(`[data-testid="order-row"][data-order-id="${order.id}"]`);
    await row.waitFor({ timeout: 15_000 });
    await row.click();
    await page.waitForURL(new RegExp(`/orders/${order.id}$`));
    const status = page.getByTestId('order-detail').getByTestId('order-status');
    await expect.poll(() => status.getAttribute('data-status')).toBe('SUBMITTED');

    const loads: string[] = [];
    page.on('load', () => loads.push(page.url()));
    for (const to of ['ordered', 'in_production', 'ready', 'finished'] as const) {
      const moved = await consoleCall(system, `/turinova/quotes/${companyQuote.id}/move`, { to });
      expect(moved.status, JSON.stringify(moved.body)).toBe(200);
      await expect
        .poll(() => status.getAttribute('data-status'), { timeout: 20_000 })
        .toBe(to.toUpperCase());
      // The timeline has the change, with its time.
      await page
        .locator(`[data-testid="order-event"][data-to-status="${to.toUpperCase()}"]`)
        .waitFor({ timeout: 5_000 });
      // Each change is announced as a toast too.
      await page
        .getByTestId('order-toast')
        .filter({ hasText: (await status.textContent()) ?? '' })
        .first()
        .waitFor({ timeout: 5_000 });
    }
    expect(loads).toEqual([]);
    // Ordering gave it the company's order number, shown without a reload as well.
    expect(await page.getByTestId('order-title').textContent()).toMatch(/ORD-\d{4}-\d{2}-\d{2}/);
    // Seen on its own page: the nav badge does not count it.
    expect(await page.getByTestId('nav-orders-changed').count()).toBe(0);

    // Elsewhere in the app, the company records the payment: the nav badge counts the order
    // as changed (a payment is no status change, so no toast) until the customer opens it.
    await page.getByTestId('nav-quotes').click();
    await page.waitForURL(/\/quotes$/);
    const toastsBefore = await page.getByTestId('order-toast').count();
    const paid = await consoleCall(system, `/turinova/quotes/${companyQuote.id}/pay`, {
      status: 'paid',
    });
    expect(paid.status, JSON.stringify(paid.body)).toBe(200);
    const badge = page.getByTestId('nav-orders-changed');
    await expect.poll(() => badge.textContent(), { timeout: 20_000 }).toBe('1');
    expect(await page.getByTestId('order-toast').count()).toBeLessThanOrEqual(toastsBefore);
    await page.getByTestId('nav-orders').click();
    await row.getByTestId('order-changed').waitFor({ timeout: 15_000 });
    expect(await row.getByTestId('order-payment').getAttribute('data-status')).toBe('PAID');
    await row.click();
    await page.waitForURL(new RegExp(`/orders/${order.id}$`));
    await page.getByTestId('order-detail').waitFor();
    await expect.poll(() => badge.count()).toBe(0);
    expect(loads).toEqual([]);

    // The customer opted in to the "ready" mail: the dev mailbox has it.
    const mails = await eventually(async () => {
      const data = await gql(system, '{ devMailbox(first: 200) { to kind subject } }', {}, token);
      const mine = (data.devMailbox ?? []).filter(
        (m: { to: string; kind: string }) => m.to === email && m.kind === 'NOTIFICATION',
      );
      return mine.length > 0 ? mine : undefined;
    });
    expect(mails).toHaveLength(1);

    expect(consoleErrors).toEqual([]);
  });
});
