import { fileURLToPath } from 'node:url';
import { type RunningSystem, startSystem } from '@portal/embedded';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, watchPage } from './browser.ts';

const clientDist = fileURLToPath(new URL('../client/dist', import.meta.url));

describe('the catalog in a real browser', () => {
  let system: RunningSystem;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    system = await startSystem({ clientDist });
    browser = await launchChromium();
    page = await browser.newPage();
    await watchPage(page, consoleErrors);
  });
  afterAll(async () => {
    await browser?.close();
    await system?.close();
  });

  it('lists the companies, opens a catalog, searches and pages', async () => {
    await page.goto(`${system.gatewayUrl}/`);
    const cards = page.getByTestId('company-card');
    await expect.poll(() => cards.count(), { timeout: 15_000 }).toBe(3);
    await cards.filter({ hasText: 'Turinova' }).getByRole('link').first().click();

    const rows = page.getByTestId('material-row');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBeGreaterThan(5);
    const range = page.getByTestId('page-range');
    const firstRange = await range.textContent();
    const firstRow = await rows.first().textContent();

    // Paging forward shows other rows and a moved range.
    await page.getByTestId('page-next').click();
    await expect.poll(() => range.textContent()).not.toBe(firstRange);
    await expect.poll(() => rows.first().textContent()).not.toBe(firstRow);
    await page.getByTestId('page-prev').click();
    await expect.poll(() => range.textContent()).toBe(firstRange);

    // A search narrows the list to matching rows only, and lands in the URL.
    await page.getByTestId('catalog-search').fill('Bardolino');
    await expect
      .poll(
        async () => {
          const texts = await rows.allTextContents();
          return texts.length > 0 && texts.every((t) => /bardolino/i.test(t));
        },
        { timeout: 10_000 },
      )
      .toBe(true);
    expect(page.url()).toMatch(/q=Bardolino/);

    // A search with no match shows the empty state, not an error.
    await page.getByTestId('catalog-search').fill('zzz-nincs-ilyen');
    await expect.poll(() => rows.count()).toBe(0);
    await expect(
      page
        .getByText(/Nincs találat|No results/)
        .first()
        .isVisible(),
    ).resolves.toBe(true);

    expect(consoleErrors).toEqual([]);
  });
});
