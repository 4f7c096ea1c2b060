import { fileURLToPath } from 'node:url';
import { type RunningSystem, startSystem } from '@portal/embedded';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, signUpVerified } from './api.ts';
import { launchChromium, pasteInto, watchPage } from './browser.ts';

// A 1000-row cut list (the limit) in the quote builder: pasted in one go, the grid renders only
// the rows in view, typing into a cell stays immediate, and the keyboard reaches the last row.

const clientDist = fileURLToPath(new URL('../client/dist', import.meta.url));
const PASSWORD = 'Nagy-Szabasjegyzek-2026';
const ROWS = 1000;

/** The focused element's grid position. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const d = (globalThis as unknown as { document: { activeElement: any } }).document;
    const e = d.activeElement;
    return { row: Number(e?.dataset?.row), col: Number(e?.dataset?.col), value: e?.value };
  });

describe('a 1000-row cut list in a real browser', () => {
  let system: RunningSystem;
  let browser: Browser;
  let page: Page;
  const lines: string[] = [];
  const consoleErrors: string[] = [];
  const email = `nagy.lista.${Date.now()}@example.com`;
  let materialName = '';

  beforeAll(async () => {
    system = await startSystem({ clientDist, log: (line) => lines.push(line) });
    const company = (await gql(system, '{ company(slug: "turinova") { id } }')).company;
    const token = await signUpVerified(system, lines, {
      email,
      password: PASSWORD,
      name: 'Nagy Lista Lili',
      companyIds: [company.id],
    });
    const materials = await gql(
      system,
      'query($id: ID!) { company(id: $id) { materials(first: 100) { nodes { name lengthMm widthMm active } } } }',
      { id: company.id },
      token,
    );
    materialName = materials.company.materials.nodes.find(
      (m: any) => m.active && m.lengthMm >= 2000 && m.widthMm >= 1000,
    ).name;
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await watchPage(page, consoleErrors);
  });
  afterAll(async () => {
    await browser?.close();
    await system?.close();
  });

  it('pastes 1000 rows, types without delay and moves by keyboard to the last row', {
    timeout: 240_000,
  }, async () => {
    await page.goto(`${system.gatewayUrl}/sign-in?next=%2Fquotes%2Fnew`);
    await page.getByTestId('sign-in-email').fill(email);
    await page.getByTestId('sign-in-password').fill(PASSWORD);
    await page.getByTestId('sign-in-submit').click();
    await page.waitForURL(/\/quotes\/new$/, { timeout: 15_000 });
    await page.getByTestId('grid-empty').waitFor({ timeout: 15_000 });

    const pasted = Array.from(
      { length: ROWS },
      (_, i) => `${materialName}\t${300 + (i % 50) * 10}\t${200 + (i % 20) * 10}\t1\tP${i + 1}`,
    );
    // With a header row, as a spreadsheet exports it (a board name may start with digits, which
    // without a header would read as a table without the board column).
    pasted.unshift('Anyag\tSzélesség\tMagasság\tDarab\tCímke');
    await pasteInto(page, 'cell-width', 0, pasted.join('\n'));
    await expect
      .poll(() => page.getByTestId('import-summary').textContent(), { timeout: 30_000 })
      .toContain(String(ROWS));
    // Every line matched once the company's board names are read.
    const apply = page.getByTestId('import-apply');
    const enabled = await expect
      .poll(() => apply.isEnabled(), { timeout: 60_000 })
      .toBe(true)
      .then(() => true)
      .catch(() => false);
    if (!enabled) {
      const first = await page.getByTestId('import-row-error').first().textContent();
      throw new Error(`import refused every row, e.g. ${first}`);
    }
    expect(await page.getByTestId('import-row-error').count()).toBe(0);
    await apply.click();

    // Virtualized: 1000 rows (and the blank one after them), but only those in view rendered.
    const grid = page.getByTestId('panel-grid-scroll');
    await expect.poll(() => grid.getAttribute('data-virtual'), { timeout: 20_000 }).toBe('true');
    const rendered = await page.getByTestId('panel-row').count();
    expect(rendered).toBeGreaterThan(10);
    expect(rendered).toBeLessThan(100);
    expect(await page.getByTestId('cell-label').first().inputValue()).toBe('P1');

    // Typing in one cell: keydown → value on screen (React committed and a frame painted).
    const label = page.getByTestId('cell-label').nth(3);
    await label.click();
    await page.evaluate(() => {
      const w = globalThis as unknown as {
        document: { addEventListener(type: string, f: () => void, capture: boolean): void };
        performance: { now(): number };
        requestAnimationFrame(f: () => void): void;
        setTimeout(f: () => void, ms: number): void;
        latencies: number[];
      };
      w.latencies = [];
      w.document.addEventListener(
        'keydown',
        () => {
          const start = w.performance.now();
          w.requestAnimationFrame(() =>
            w.setTimeout(() => w.latencies.push(w.performance.now() - start), 0),
          );
        },
        true,
      );
    });
    const typed = 'Oldallap-tolgy-balos';
    await page.keyboard.press('End');
    await page.keyboard.type(typed, { delay: 60 });
    await expect.poll(() => label.inputValue()).toBe(`P4${typed}`);
    const latencies = await page.evaluate(
      () => (globalThis as unknown as { latencies: number[] }).latencies,
    );
    expect(latencies.length).toBeGreaterThanOrEqual(typed.length);
    const sorted = [...latencies].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    console.info(`typing latency over ${sorted.length} keys: median ${median.toFixed(1)} ms`);
    expect(median).toBeLessThan(100);

    // Enter moves down the column row by row, scrolling rows in as it goes, to the last one
    // (the blank row after the pasted ones).
    await page.getByTestId('cell-quantity').first().click();
    for (let i = 0; i < ROWS; i += 1) await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toMatchObject({ row: ROWS, value: '1' });
    const labelAt = (row: number) =>
      page.locator(`[data-row="${row}"][data-testid="cell-label"]`).inputValue();
    expect(await labelAt(ROWS - 1)).toBe(`P${ROWS}`);
    expect(await labelAt(ROWS)).toBe('');
    // Shift+Enter goes back up; Ctrl+D copies the row below itself, the cursor in the copy …
    await page.keyboard.press('Shift+Enter');
    await expect.poll(() => focused(page)).toMatchObject({ row: ROWS - 1 });
    await page.keyboard.press('Control+d');
    await expect.poll(() => focused(page)).toMatchObject({ row: ROWS });
    await expect.poll(() => labelAt(ROWS)).toBe(`P${ROWS}`);
    expect(await labelAt(ROWS + 1)).toBe('');
    // … and Ctrl+Delete removes it again, the cursor staying in place.
    await page.keyboard.press('Control+Delete');
    await expect.poll(() => labelAt(ROWS)).toBe('');
    expect((await focused(page)).row).toBe(ROWS);

    // Scrolled back to the top, the first rows are rendered again (and the last ones not).
    await grid.evaluate((element) => {
      (element.querySelector('.mantine-ScrollArea-viewport') as any)?.scrollTo(0, 0);
    });
    await expect
      .poll(() => page.getByTestId('cell-label').first().inputValue(), { timeout: 10_000 })
      .toBe('P1');
    expect(await page.locator(`[data-row="${ROWS}"]`).count()).toBe(0);

    expect(consoleErrors).toEqual([]);
  });
});
