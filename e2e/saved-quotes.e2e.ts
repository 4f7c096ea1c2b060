import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { type RunningSystem, startSystem } from '@portal/embedded';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, signUpVerified } from './api.ts';
import { launchChromium, watchPage } from './browser.ts';

const clientDist = fileURLToPath(new URL('../client/dist', import.meta.url));

const PASSWORD = 'Gyalu-Forgacs-2026';

describe('saved quotes in a real browser', () => {
  let system: RunningSystem;
  let browser: Browser;
  let page: Page;
  let base: string;
  const lines: string[] = [];
  const consoleErrors: string[] = [];
  const email = `mentett.ajanlat.${Date.now()}@example.com`;

  beforeAll(async () => {
    system = await startSystem({ clientDist, log: (line) => lines.push(line) });
    base = system.gatewayUrl;
    browser = await launchChromium();
    page = await browser.newPage({ acceptDownloads: true });
    await watchPage(page, consoleErrors);
  });
  afterAll(async () => {
    await browser?.close();
    await system?.close();
  });

  it('searches, filters, bulk-deletes a draft, reprices a stale quote and downloads its PDF', async () => {
    // A customer of Turinova with three quotes, made through the API.
    const company = (await gql(system, '{ company(slug: "turinova") { id } }')).company;
    const token = await signUpVerified(system, lines, {
      email,
      password: PASSWORD,
      name: 'Mentett Márta',
      companyIds: [company.id],
    });
    const materials = await gql(
      system,
      `query($id: ID!) { company(id: $id) { materials(first: 50) { nodes { id lengthMm widthMm active } } } }`,
      { id: company.id },
      token,
    );
    const material = materials.company.materials.nodes.find(
      (m: any) => m.active && m.lengthMm >= 2000 && m.widthMm >= 1000,
    );
    const create = async (comment: string) =>
      (
        await gql(
          system,
          `mutation($input: QuoteDraftInput!) { createQuote(input: $input) {
             quote { id number totals { final { amount } } } error { code } } }`,
          {
            input: {
              companyId: company.id,
              comment,
              panels: [{ materialId: material.id, widthMm: 720, heightMm: 560, quantity: 4 }],
            },
          },
          token,
        )
      ).createQuote.quote as { id: string; number: string; totals: { final: { amount: string } } };
    const kitchen = await create('Konyhabútor – tölgy');
    const wardrobe = await create('Gardrób ajtók');
    const bathroom = await create('Fürdőszoba szekrény');
    // The company took the bathroom quote over (as its order flow would).
    await system.portalDb.query(
      `update quotes set status = 'submitted', submitted_at = now(),
              submit_idempotency_key = 'e2e-' || id::text, company_quote_id = gen_random_uuid(),
              company_quote_number = 'T-2026-0042'
        where id = $1`,
      [bathroom.id],
    );

    // Signed in in the browser, the list shows all three.
    await page.goto(`${base}/sign-in?next=%2Fquotes`);
    await page.getByTestId('sign-in-email').fill(email);
    await page.getByTestId('sign-in-password').fill(PASSWORD);
    await page.getByTestId('sign-in-submit').click();
    await page.waitForURL(/\/quotes$/, { timeout: 15_000 });
    const rows = page.getByTestId('quote-row');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(3);
    expect(await page.getByTestId('quote-page-range').textContent()).toBe('1–3 / 3');

    // Search (debounced, kept in the URL).
    await page.getByTestId('quote-search').fill('gardrób');
    await page.waitForURL(/q=gardr/);
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().getAttribute('data-number')).toBe(wardrobe.number);
    await page.getByTestId('quote-search').fill('');
    await expect.poll(() => rows.count()).toBe(3);

    // Status filter.
    await page.getByTestId('quote-status-filter').selectOption('SUBMITTED');
    await page.waitForURL(/status=SUBMITTED/);
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().getAttribute('data-number')).toBe(bathroom.number);
    expect(await rows.first().getByTestId('quote-status').textContent()).toBe('Beküldve');
    await page.getByTestId('quote-status-filter').selectOption('DRAFT');
    await expect.poll(() => rows.count()).toBe(2);

    // Bulk delete of a draft, after the confirmation.
    await rows.filter({ hasText: wardrobe.number }).getByTestId('quote-select').check();
    await page.getByTestId('delete-selected').click();
    await page.getByTestId('delete-quotes-confirm').click();
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().getAttribute('data-number')).toBe(kitchen.number);
    expect(await page.getByTestId('quote-list-notice').textContent()).toContain(
      '1 ajánlat törölve',
    );
    const left = await gql(system, '{ quotes { totalCount } }', {}, token);
    expect(left.quotes.totalCount).toBe(2);

    // The company raises the board's price: the kitchen quote is stale.
    const demo = system.companies.find((c) => c.slug === 'turinova')!;
    await demo.db.query('update materials set base_price = base_price * 1.5 where id = $1', [
      material.id,
    ]);
    await rows.first().click();
    await page.waitForURL(new RegExp(`/quotes/${kitchen.id}$`));
    const banner = page.getByTestId('quote-stale-banner');
    await banner.waitFor({ timeout: 20_000 });
    await page.getByTestId('quote-stale-toggle').click();
    await expect
      .poll(() => banner.getByTestId('price-change').first().textContent())
      .toMatch(/Lapanyag.*m² ár: .* → /);
    await page.getByTestId('quote-reprice').click();
    const repriced = page.getByTestId('quote-repriced');
    await repriced.waitFor({ timeout: 20_000 });
    const totalLine = (await page.getByTestId('quote-repriced-total').textContent()) ?? '';
    expect(totalLine).toMatch(/^Végösszeg: .+ → .+$/);
    const after = await gql(
      system,
      'query($id: ID!) { quote(id: $id) { stale totals { final { amount } } } }',
      { id: kitchen.id },
      token,
    );
    expect(after.quote.stale).toBe(false);
    expect(Number(after.quote.totals.final.amount)).toBeGreaterThan(
      Number(kitchen.totals.final.amount),
    );
    expect(await repriced.getByTestId('price-change').count()).toBeGreaterThan(0);

    // The PDF downloads as a file.
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 20_000 }),
      page.getByTestId('quote-pdf-download').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${kitchen.number}.pdf`);
    const pdf = await readFile((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

    // The submitted bathroom quote (the same cut list) still shows the price it was submitted
    // with, from its snapshot, not the raised one the kitchen was just repriced to.
    await page.goto(`${base}/quotes/${bathroom.id}`);
    await page.getByTestId('quote-read-only').waitFor({ timeout: 20_000 });
    await page.getByTestId('snapshot-pricing-note').waitFor({ timeout: 20_000 });
    const forints = (text: string | null) => Number((text ?? '').replace(/\D/g, ''));
    const shown = page.getByTestId('breakdown-final');
    await expect
      .poll(async () => forints(await shown.textContent()), { timeout: 20_000 })
      .toBe(Math.round(Number(bathroom.totals.final.amount)));
    expect(forints(await page.getByTestId('totals-final').textContent())).toBe(
      Math.round(Number(bathroom.totals.final.amount)),
    );
    expect(forints(await shown.textContent())).not.toBe(
      Math.round(Number(after.quote.totals.final.amount)),
    );
    // Its layouts come from the snapshot too (the grain direction was kept).
    expect(await page.getByTestId('board-diagram').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('snapshot-layouts-inexact').count()).toBe(0);

    expect(consoleErrors).toEqual([]);
  });
});
