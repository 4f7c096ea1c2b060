import { fileURLToPath } from 'node:url';
import { type RunningSystem, startSystem } from '@portal/embedded';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, pasteInto, watchPage } from './browser.ts';

const clientDist = fileURLToPath(new URL('../client/dist', import.meta.url));
const PASSWORD = 'Lapszabasz-Ajanlat-2026';

async function gql(system: RunningSystem, query: string, variables = {}, token?: string) {
  const res = await fetch(system.graphqlUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: any; errors?: unknown[] };
}

describe('the quote builder in a real browser', () => {
  let system: RunningSystem;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const lines: string[] = [];
  const consoleErrors: string[] = [];
  const email = `ajanlat.anna.${Date.now()}@example.com`;
  let materialName = '';
  let accessoryName = '';

  beforeAll(async () => {
    system = await startSystem({ clientDist, log: (line) => lines.push(line) });
    // A verified customer connected to Turinova (its active company), made through the API.
    const company = (await gql(system, '{ company(slug: "turinova") { id } }')).data.company;
    await gql(system, 'mutation($i: SignUpInput!) { signUp(input: $i) { ok } }', {
      i: { email, password: PASSWORD, name: 'Ajánlat Anna', companyIds: [company.id] },
    });
    const logged = lines.find((line) => line.startsWith(`mail to ${email}`));
    const token = new URL(logged?.split(' — ')[1] ?? '').searchParams.get('token');
    await gql(system, 'mutation($t: String!) { verifyEmail(token: $t) { ok } }', { t: token });
    // A board large enough for every panel below, found the way the picker finds it.
    const catalog = await gql(
      system,
      'query($id: ID!) { company(id: $id) { materials(first: 100) { nodes { name lengthMm widthMm active } } } }',
      { id: company.id },
    );
    const material = catalog.data.company.materials.nodes.find(
      (m: { name: string; lengthMm: number; widthMm: number; active: boolean }) =>
        m.active && m.lengthMm >= 2000 && m.widthMm >= 1000,
    );
    materialName = material.name;
    const accessories = await gql(
      system,
      'query($id: ID!) { company(id: $id) { accessories(first: 5) { nodes { name active } } } }',
      { id: company.id },
    );
    accessoryName = accessories.data.company.accessories.nodes.find(
      (a: { active: boolean }) => a.active,
    ).name;

    browser = await launchChromium();
    // A context of its own, so a second tab can share the session.
    context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
    page = await context.newPage();
    await watchPage(page, consoleErrors);
  });
  afterAll(async () => {
    await browser?.close();
    await system?.close();
  });

  it('builds a quote by typing and pasting, prices it live, saves and shows it again after a reload', async () => {
    await page.goto(`${system.gatewayUrl}/quotes/new`);
    await page.waitForURL(/\/sign-in\?next=%2Fquotes%2Fnew/);
    await page.getByTestId('sign-in-email').fill(email);
    await page.getByTestId('sign-in-password').fill(PASSWORD);
    // Remembered, so a second tab of the same browser is signed in too.
    await page.getByTestId('sign-in-remember').check();
    await page.getByTestId('sign-in-submit').click();
    await page.waitForURL(/\/quotes\/new$/, { timeout: 15_000 });
    await page.getByTestId('grid-empty').waitFor({ timeout: 15_000 });

    // Row 1, typed: the board from the picker's search, then Tab from cell to cell.
    await page.getByTestId('cell-material').first().click();
    await page.keyboard.type(materialName);
    // The highlighted first option is the searched board (not the list before the search).
    await expect
      .poll(() => page.getByTestId('picker-option').first().textContent(), { timeout: 15_000 })
      .toContain(materialName);
    await page.keyboard.press('Enter');
    for (const value of ['720', '560', '2', 'Oldal']) {
      await page.keyboard.press('Tab');
      await page.keyboard.type(value);
    }
    // Ctrl+D copies the row below and keeps the column: row 2 gets its own label and width.
    await page.keyboard.press('Control+d');
    await page.keyboard.type('Polc');
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift+Tab');
    await page.keyboard.type('500');
    // Enter below the last row adds a row; a row without a board is flagged at its cell, and
    // Ctrl+Delete removes it again.
    await page.keyboard.press('Enter');
    await page.keyboard.type('300');
    const rows = page.getByTestId('panel-row');
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(3);
    await expect
      .poll(() => rows.nth(2).textContent(), { timeout: 10_000 })
      .toMatch(/Válassz bútorlapot/);
    await page.keyboard.press('Control+Delete');
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(2);
    expect(await page.getByTestId('cell-width').nth(1).inputValue()).toBe('500');
    expect(await page.getByTestId('cell-label').nth(1).inputValue()).toBe('Polc');

    // The live price and the diagram, from the server.
    const final = page.getByTestId('totals-final');
    await expect.poll(() => final.textContent(), { timeout: 20_000 }).toMatch(/\d.*Ft/);
    await expect
      .poll(() => page.getByTestId('board-diagram').count(), { timeout: 20_000 })
      .toBeGreaterThan(0);
    // Autosave created the draft: the address now names it, the editor stayed.
    await page.waitForURL(/\/quotes\/[0-9a-f-]{36}$/, { timeout: 20_000 });
    await expect
      .poll(() => page.getByTestId('quote-title').textContent(), { timeout: 10_000 })
      .toMatch(/^PQ-\d{4}-\d{3,}$/);

    // 30 rows pasted from a spreadsheet, plus one naming an unknown board: a preview first.
    const pasted = Array.from(
      { length: 30 },
      (_, i) => `${materialName}\t${300 + i * 10}\t${200 + i * 5}\t1\tP${i + 1}`,
    );
    pasted.push('Nincs ilyen lap\t100\t100\t1\tRossz');
    await pasteInto(page, 'cell-width', 1, pasted.join('\n'));
    const importRows = page.getByTestId('import-row');
    await expect.poll(() => importRows.count(), { timeout: 20_000 }).toBe(31);
    expect(await page.getByTestId('import-row-error').count()).toBe(1);
    expect(await page.getByTestId('import-row-error').textContent()).toMatch(
      /nincs ilyen bútorlap/,
    );
    const before = await final.textContent();
    await page.getByTestId('import-apply').click();
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(33); // 2 typed + 30 pasted + a blank row

    await expect.poll(() => final.textContent(), { timeout: 20_000 }).not.toBe(before);
    await expect
      .poll(() => page.getByTestId('totals-updating').count(), { timeout: 20_000 })
      .toBe(0);
    await page.getByTestId('quote-save').click();
    await expect
      .poll(() => page.getByTestId('save-status').getAttribute('data-status'), {
        timeout: 20_000,
      })
      .toBe('saved');
    const title = await page.getByTestId('quote-title').textContent();
    const total = await final.textContent();
    const diagrams = await page.getByTestId('board-diagram').count();
    expect(await page.getByTestId('breakdown-final').textContent()).toBe(total);

    // A reload shows the saved quote again, priced the same.
    await page.reload();
    await expect.poll(() => rows.count(), { timeout: 20_000 }).toBe(32);
    expect(await page.getByTestId('quote-title').textContent()).toBe(title);
    expect(await page.getByTestId('cell-label').nth(0).inputValue()).toBe('Oldal');
    expect(await page.getByTestId('cell-label').nth(31).inputValue()).toBe('P30');
    await expect.poll(() => final.textContent(), { timeout: 20_000 }).toBe(total);
    await expect
      .poll(() => page.getByTestId('board-diagram').count(), { timeout: 20_000 })
      .toBe(diagrams);
    expect(await page.getByTestId('cell-material').nth(0).inputValue()).toBe(materialName);

    expect(consoleErrors).toEqual([]);
  });

  it('imports a CSV, adds accessory and fee lines, refuses to overwrite a newer save and duplicates', async () => {
    const quoteUrl = page.url();
    const rows = page.getByTestId('panel-row');
    await expect.poll(() => rows.count(), { timeout: 20_000 }).toBe(32);

    // A Hungarian CSV: header in its own order, semicolons, a decimal comma, one wrong line.
    const csv = [
      'Anyag;Szélesség (mm);Magasság (mm);Darab;Címke',
      `"${materialName}";400;300,0;2;Fiók`,
      `"${materialName}";0;300;1;Hibás`,
    ].join('\r\n');
    await page.locator('input[type="file"]').setInputFiles({
      name: 'lista.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf8'),
    });
    await expect.poll(() => page.getByTestId('import-row').count(), { timeout: 20_000 }).toBe(2);
    expect(await page.getByTestId('import-row-error').textContent()).toMatch(/1 és 10 000 mm/);
    await page.getByTestId('import-apply').click();
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(34);
    expect(await page.getByTestId('cell-label').nth(32).inputValue()).toBe('Fiók');
    expect(await page.getByTestId('cell-height').nth(32).inputValue()).toBe('300,0');

    // An accessory by search and a fee, each priced by the server.
    await page.getByTestId('add-accessory').click();
    await page.getByTestId('accessory-picker').click();
    await page.keyboard.type(accessoryName);
    await expect
      .poll(() => page.getByTestId('picker-option').first().textContent(), { timeout: 15_000 })
      .toContain(accessoryName);
    await page.keyboard.press('Enter');
    await page.getByTestId('add-fee').click();
    await page.getByTestId('fee-line').locator('select').selectOption({ index: 1 });
    await expect
      .poll(() => page.getByTestId('accessory-line').textContent(), { timeout: 20_000 })
      .toMatch(/Ft/);
    await expect
      .poll(() => page.getByTestId('fee-line').textContent(), { timeout: 20_000 })
      .toMatch(/Ft/);
    await page.getByTestId('quote-save').click();
    await expect
      .poll(() => page.getByTestId('save-status').getAttribute('data-status'), {
        timeout: 20_000,
      })
      .toBe('saved');

    // The same quote saved from a second tab; this tab's next save is refused, not merged.
    const other = await context.newPage();
    await other.goto(quoteUrl);
    const otherLabel = other.getByTestId('cell-label').first();
    await otherLabel.waitFor({ timeout: 20_000 });
    await otherLabel.fill('Oldal – másik lap');
    const loadedVersion = Number(
      await other.getByTestId('save-status').getAttribute('data-version'),
    );
    await other.getByTestId('quote-save').click();
    await expect
      .poll(
        async () => Number(await other.getByTestId('save-status').getAttribute('data-version')),
        { timeout: 20_000 },
      )
      .toBe(loadedVersion + 1);
    await other.close();

    await page.getByTestId('cell-label').first().fill('Oldal – ez a lap');
    await page.getByTestId('quote-save').click();
    await page.getByTestId('quote-conflict').waitFor({ timeout: 20_000 });
    await page.getByTestId('quote-conflict').getByRole('button').click();
    await page.waitForURL(quoteUrl, { timeout: 20_000 });
    await expect
      .poll(() => page.getByTestId('cell-label').first().inputValue(), { timeout: 20_000 })
      .toBe('Oldal – másik lap');
    await expect.poll(() => page.getByTestId('accessory-line').count()).toBe(1);

    // Duplicate: a new draft with a new number and the same lines.
    const number = await page.getByTestId('quote-title').textContent();
    await page.getByTestId('quote-duplicate').click();
    await page.waitForURL(
      (url) => url.href !== quoteUrl && /\/quotes\/[0-9a-f-]{36}$/.test(url.href),
      {
        timeout: 20_000,
      },
    );
    await expect
      .poll(
        async () => {
          const title = await page.getByTestId('quote-title').textContent();
          return title !== number && /^PQ-\d{4}-\d{3,}$/.test(title ?? '');
        },
        { timeout: 20_000 },
      )
      .toBe(true);
    await expect.poll(() => rows.count(), { timeout: 20_000 }).toBe(33);
    expect(await page.getByTestId('cell-label').first().inputValue()).toBe('Oldal – másik lap');

    expect(consoleErrors).toEqual([]);
  });
});
