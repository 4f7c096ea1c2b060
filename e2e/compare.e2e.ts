import { fileURLToPath } from 'node:url';
import { stableUuid } from '@portal/demo-data';
import { type RunningSystem, startSystem } from '@portal/embedded';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleCall, eventually, gql, signUpVerified } from './api.ts';
import { launchChromium, watchPage } from './browser.ts';

// Issue #9 in a real browser: a customer connected to the three active demo companies compares
// a saved quote across them, picks a substitute for a board one company lacks, copies the quote
// to the cheapest company and submits the copy there.

const clientDist = fileURLToPath(new URL('../client/dist', import.meta.url));
const PASSWORD = 'Osszehasonlit-2026';
const SLUGS = ['turinova', 'kecskemeti-butorlap', 'debreceni-lapszabasz'] as const;

const material = (slug: string, key: string) => stableUuid(slug, 'materials', key);
const edge = (slug: string, key: string) => stableUuid(slug, 'edge_materials', key);

describe('comparing a quote across companies in a real browser', () => {
  let system: RunningSystem;
  let browser: Browser;
  let page: Page;
  const lines: string[] = [];
  const consoleErrors: string[] = [];
  const email = `osszehasonlito.olga.${Date.now()}@example.com`;
  let token = '';
  const companies: Record<string, { id: string; name: string }> = {};
  let quote: { id: string; number: string };
  /** A Swiss Krono board of Turinova: Debreceni Lapszabász sells no Swiss Krono. */
  let swissKrono: { id: string; name: string };

  beforeAll(async () => {
    system = await startSystem({
      clientDist,
      orderSyncIntervalMs: 1_000,
      delivery: { intervalMs: 500 },
      log: (line) => lines.push(line),
    });
    for (const slug of SLUGS) {
      companies[slug] = (
        await gql(system, 'query($s: String!) { company(slug: $s) { id name } }', { s: slug })
      ).company;
    }
    // A verified customer connected to all three companies, made through the API.
    token = await signUpVerified(system, lines, {
      email,
      password: PASSWORD,
      name: 'Összehasonlító Olga',
      companyIds: SLUGS.map((slug) => companies[slug]!.id),
    });
    const me = await gql(system, '{ me { companies { company { id } } } }', {}, token);
    expect(me.me.companies).toHaveLength(3);

    const found = await gql(
      system,
      `query($id: ID!) { company(id: $id) { materials(search: "Swiss Krono", first: 50) {
         nodes { id name thicknessMm active brand { name } } } } }`,
      { id: companies.turinova!.id },
      token,
    );
    swissKrono = found.company.materials.nodes.find(
      (m: any) => m.active && m.thicknessMm === 18 && m.brand?.name === 'Swiss Krono',
    );
    expect(swissKrono).toBeDefined();

    // The saved quote at Turinova: boards every company stocks, one banded, and the Swiss Krono.
    const created = await gql(
      system,
      `mutation($input: QuoteDraftInput!) { createQuote(input: $input) {
         quote { id number } error { code message } } }`,
      {
        input: {
          companyId: companies.turinova!.id,
          comment: 'Nappali szekrénysor',
          panels: [
            {
              materialId: material('turinova', 'W1000 ST9|18'),
              widthMm: 720,
              heightMm: 560,
              quantity: 4,
              label: 'Oldal',
              edgeBandingA: edge('turinova', 'W1000|ABS|22|2.00'),
            },
            {
              materialId: material('turinova', 'H1145 ST10|18'),
              widthMm: 716,
              heightMm: 396,
              quantity: 6,
              label: 'Ajtó',
            },
            { materialId: swissKrono.id, widthMm: 500, heightMm: 400, quantity: 2, label: 'Polc' },
          ],
        },
      },
      token,
    );
    quote = created.createQuote.quote;
    expect(quote, JSON.stringify(created)).toBeTruthy();

    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1500, height: 1100 } });
    await watchPage(page, consoleErrors);
  });
  afterAll(async () => {
    await browser?.close();
    await system?.close();
  });

  it('compares at three companies, substitutes a missing board, copies to the cheapest and submits there', async () => {
    await page.goto(`${system.gatewayUrl}/quotes/${quote.id}`);
    await page.waitForURL(/\/sign-in\?next=/);
    await page.getByTestId('sign-in-email').fill(email);
    await page.getByTestId('sign-in-password').fill(PASSWORD);
    await page.getByTestId('sign-in-submit').click();
    await page.waitForURL(new RegExp(`/quotes/${quote.id}$`), { timeout: 15_000 });

    // From the quote editor to its comparison; the three companies are preselected.
    await page.getByTestId('quote-compare').click();
    await page.waitForURL(new RegExp(`/quotes/${quote.id}/compare$`));
    const choices = page.getByTestId('compare-company-choice');
    await expect.poll(() => choices.count(), { timeout: 15_000 }).toBe(3);
    for (let i = 0; i < 3; i++) expect(await choices.nth(i).isChecked()).toBe(true);
    await page.getByTestId('compare-run').click();

    const cards = page.getByTestId('compare-company');
    await expect.poll(() => cards.count(), { timeout: 30_000 }).toBe(3);
    const card = (slug: string) =>
      page.locator(`[data-testid="compare-company"][data-company-id="${companies[slug]!.id}"]`);
    expect(await card('turinova').getAttribute('data-status')).toBe('PRICED');
    expect(await card('kecskemeti-butorlap').getAttribute('data-status')).toBe('PRICED');
    // Debreceni Lapszabász sells no Swiss Krono: a partial price and the board reported missing.
    const debrecen = card('debreceni-lapszabasz');
    expect(await debrecen.getAttribute('data-status')).toBe('INCOMPLETE');
    const missing = debrecen.getByTestId('compare-missing');
    expect(await missing.count()).toBe(1);
    expect(await missing.textContent()).toContain(swissKrono.name);
    expect(await missing.textContent()).toMatch(/Keresve: Swiss Krono · D\d+ · 18 mm/);
    // Line by line: three boards and the total, a price per company; the missing one marked.
    const table = page.getByTestId('compare-lines');
    const materialLines = table.locator('[data-testid="compare-line"][data-kind="MATERIAL"]');
    expect(await materialLines.count()).toBe(3);
    expect(await materialLines.nth(2).textContent()).toContain('nem kapható');
    const partialTotal = Number(
      await debrecen.getByTestId('compare-total').getAttribute('data-amount'),
    );

    // A substitute from Debreceni Lapszabász's own catalog, by keyboard: type, Enter.
    const picker = debrecen.getByTestId('compare-substitute-picker');
    await picker.click();
    await picker.fill('W1000');
    // The search runs once the typing settles; its best match is highlighted.
    await expect
      .poll(() => page.getByTestId('picker-option').first().textContent(), { timeout: 15_000 })
      .toContain('W1000');
    await picker.press('Enter');
    await expect
      .poll(() => debrecen.getAttribute('data-status'), { timeout: 30_000 })
      .toBe('PRICED');
    expect(await debrecen.getByTestId('compare-substitute').textContent()).toContain(
      swissKrono.name,
    );
    expect(await debrecen.getByTestId('compare-missing').count()).toBe(0);
    // Two more panels priced there: the total went up.
    const substitutedTotal = Number(
      await debrecen.getByTestId('compare-total').getAttribute('data-amount'),
    );
    expect(substitutedTotal).toBeGreaterThan(partialTotal);
    expect(await materialLines.nth(2).textContent()).toContain('Helyettesítve');

    // The cheapest by the shown totals is the one marked, in the cards and the table.
    const totals: Record<string, number> = {};
    for (const slug of SLUGS) {
      totals[slug] = Number(
        await card(slug).getByTestId('compare-total').getAttribute('data-amount'),
      );
    }
    const cheapest = SLUGS.reduce((best, slug) => (totals[slug]! < totals[best]! ? slug : best));
    expect(new Set(Object.values(totals)).size).toBe(3);
    expect(await page.getByTestId('compare-cheapest').count()).toBe(1);
    expect(await card(cheapest).getByTestId('compare-cheapest').count()).toBe(1);
    const totalRow = table.locator('[data-testid="compare-line"][data-kind="TOTAL"]');
    for (const slug of SLUGS) {
      const cell = totalRow.locator(`[data-company-id="${companies[slug]!.id}"]`);
      expect(await cell.locator('[data-amount]').getAttribute('data-amount')).toBe(
        totals[slug]!.toFixed(2),
      );
      const diff = (await cell.getByTestId('compare-difference').textContent()) ?? '';
      if (slug === cheapest) expect(diff).toBe('legolcsóbb');
      else expect(diff).toMatch(/^\+/);
    }
    // Differences to the original company instead.
    await page.getByTestId('compare-baseline').getByText('Az eredeti céghez').click();
    const source = totalRow.locator(`[data-company-id="${companies.turinova!.id}"]`);
    expect(await source.getByTestId('compare-difference').textContent()).toBe('alap');
    expect(cheapest, 'the demo data make another company cheaper than the original').not.toBe(
      'turinova',
    );

    // Copy to the cheapest: the new draft opens there.
    await card(cheapest).getByTestId('compare-copy').click();
    await page.waitForURL((url) => /\/quotes\/[0-9a-f-]{36}$/.test(url.pathname), {
      timeout: 20_000,
    });
    const copyId = new URL(page.url()).pathname.split('/').pop()!;
    expect(copyId).not.toBe(quote.id);
    await expect
      .poll(() => page.getByTestId('quote-header').textContent(), { timeout: 15_000 })
      .toContain(companies[cheapest]!.name);
    const copied = await gql(
      system,
      'query($id: ID!) { quote(id: $id) { status company { id } panels { materialId edgeBandingA quantity } } }',
      { id: copyId },
      token,
    );
    expect(copied.quote.company.id).toBe(companies[cheapest]!.id);
    expect(copied.quote.status).toBe('DRAFT');
    // Every line, with the company's own rows (the substitute where it was picked).
    expect(copied.quote.panels.map((p: any) => p.quantity)).toEqual([4, 6, 2]);
    expect(copied.quote.panels[0].materialId).toBe(material(cheapest, 'W1000 ST9|18'));
    expect(copied.quote.panels[0].edgeBandingA).toBe(edge(cheapest, 'W1000|ABS|22|2.00'));
    expect(copied.quote.panels[1].materialId).toBe(material(cheapest, 'H1145 ST10|18'));
    if (cheapest === 'debreceni-lapszabasz') {
      expect(copied.quote.panels[2].materialId).not.toBe(swissKrono.id);
    }

    // Submit the copy: the company gets it.
    await page.getByTestId('submit-quote').waitFor({ timeout: 20_000 });
    await page.getByTestId('submit-quote').click();
    await page.getByTestId('submit-confirm').click();
    await page
      .locator('[data-testid="submission-state"][data-state="submitted"]')
      .waitFor({ timeout: 30_000 });
    const state = await gql(
      system,
      'query($id: ID!) { quote(id: $id) { status companyQuoteNumber } }',
      { id: copyId },
      token,
    );
    expect(state.quote.status).toBe('SUBMITTED');
    const atCompany = await eventually(async () => {
      const listed = (await consoleCall(system, `/${cheapest}/quotes`)).body as any[];
      return listed.find((q) => q.portalQuoteId === copyId);
    }, 30_000);
    expect(atCompany).toBeTruthy();
    // The original stays a draft at Turinova, and nothing reached the others.
    const original = await gql(
      system,
      'query($id: ID!) { quote(id: $id) { status } }',
      { id: quote.id },
      token,
    );
    expect(original.quote.status).toBe('DRAFT');

    expect(consoleErrors).toEqual([]);
  });

  it('copies with the picked substitute to a company that lacks a board', async () => {
    // Still signed in: compare again, substitute at Debreceni Lapszabász, copy there.
    await page.goto(`${system.gatewayUrl}/quotes/${quote.id}/compare`);
    await page.getByTestId('compare-run').click();
    const debrecen = page.locator(
      `[data-testid="compare-company"][data-company-id="${companies['debreceni-lapszabasz']!.id}"]`,
    );
    await expect
      .poll(() => debrecen.getAttribute('data-status'), { timeout: 30_000 })
      .toBe('INCOMPLETE');
    const picker = debrecen.getByTestId('compare-substitute-picker');
    await picker.focus();
    await picker.pressSequentially('H1145');
    await expect
      .poll(() => page.getByTestId('picker-option').first().textContent(), { timeout: 15_000 })
      .toContain('H1145');
    await picker.press('Enter');
    await expect
      .poll(() => debrecen.getAttribute('data-status'), { timeout: 30_000 })
      .toBe('PRICED');
    const chosen = (await debrecen.getByTestId('compare-substitute').textContent()) ?? '';
    const label = chosen.split('→')[1]!.trim();
    expect(label).toContain('H1145');

    await debrecen.getByTestId('compare-copy').click();
    await page.waitForURL((url) => /\/quotes\/[0-9a-f-]{36}$/.test(url.pathname), {
      timeout: 20_000,
    });
    const copyId = new URL(page.url()).pathname.split('/').pop()!;
    const copied = await gql(
      system,
      'query($id: ID!) { quote(id: $id) { company { id } panels { materialId quantity label } } }',
      { id: copyId },
      token,
    );
    expect(copied.quote.company.id).toBe(companies['debreceni-lapszabasz']!.id);
    // All three rows: the Swiss Krono shelf now on the picked H1145 board of that company.
    expect(copied.quote.panels.map((p: any) => p.label)).toEqual(['Oldal', 'Ajtó', 'Polc']);
    const shelf = copied.quote.panels[2].materialId as string;
    const picked = await gql(
      system,
      `query($id: ID!) { company(id: $id) { materials(search: "H1145", first: 50) {
         nodes { id name } } } }`,
      { id: companies['debreceni-lapszabasz']!.id },
      token,
    );
    const names = new Map<string, string>(
      picked.company.materials.nodes.map((m: any) => [m.id, m.name]),
    );
    expect(names.get(shelf)).toBe(label);
    expect(consoleErrors).toEqual([]);
  });
});
