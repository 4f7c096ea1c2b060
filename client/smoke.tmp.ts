import { fileURLToPath } from 'node:url';
import { startSystem } from '@portal/embedded';
import { launchChromium } from '../e2e/browser.ts';

const clientDist = fileURLToPath(new URL('./dist', import.meta.url));
const system = await startSystem({ clientDist });
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const logs: string[] = [];
page.on('console', (m) => logs.push(`${m.type()}: ${m.text()}`));
page.on('pageerror', (e) => logs.push(`pageerror: ${e.message}`));
const shot = (name: string) => page.screenshot({ path: `/tmp/shot-${name}.png`, fullPage: true });
const base = system.gatewayUrl;
const log = (...a: unknown[]) => console.log('>>', ...a);
try {
  console.log(
    'companies',
    system.companies.map((c) => `${c.slug}:${c.active}`),
  );
  await page.goto(`${base}/`);
  await page.getByTestId('company-card').first().waitFor();
  log('html lang', await page.evaluate(() => document.documentElement.lang), await page.title());
  await shot('companies');
  const slug = system.companies[0]!.slug;
  // Shared link straight to page 3 with size 10.
  await page.goto(`${base}/companies/${slug}/catalog?page=3&size=10`);
  await page.getByTestId('material-row').first().waitFor();
  await page.waitForTimeout(300);
  log('deep link range', await page.getByTestId('page-range').textContent(), page.url());
  await page.getByTestId('page-prev').click();
  await page.waitForTimeout(500);
  log('after prev range', await page.getByTestId('page-range').textContent(), page.url());
  await page.goBack();
  await page.waitForTimeout(500);
  log('after back range', await page.getByTestId('page-range').textContent(), page.url());
  // Past the end.
  await page.goto(`${base}/companies/${slug}/catalog?page=999`);
  await page.waitForTimeout(1500);
  log('past end', await page.getByTestId('page-range').textContent(), page.url());
  await shot('catalog');
  // "/" focuses search, Esc clears.
  await page.locator('body').click();
  await page.keyboard.press('/');
  log('focused', await page.evaluate(() => document.activeElement?.getAttribute('data-testid')));
  await page.keyboard.type('egger');
  await page.waitForTimeout(800);
  log('url after typing', page.url());
  await page.keyboard.press('Escape');
  await page.waitForTimeout(500);
  log('url after esc', page.url(), await page.getByTestId('catalog-search').inputValue());
  // Filters.
  await page.getByRole('switch', { name: /raktáron/i }).focus();
  await page.keyboard.press('Space');
  await page.waitForTimeout(800);
  log('stock url', page.url(), await page.getByTestId('page-range').textContent());
  await page.getByRole('radio', { name: 'Bruttó' }).focus();
  await page.keyboard.press('Space');
  await page.waitForTimeout(300);
  log('gross url', page.url());
  await shot('catalog-filtered');
  // Tabs.
  for (const tab of ['Élzárók', 'Lineáris anyagok', 'Kiegészítők', 'Szolgáltatások', 'Díjak']) {
    await page.getByRole('tab', { name: tab }).click();
    await page.waitForTimeout(1200);
    log('tab', tab, page.url(), (await page.locator('table').first().textContent())?.slice(0, 160));
    await shot(`tab-${tab}`);
  }
  // English.
  await page.getByText('EN', { exact: true }).click();
  await page.waitForTimeout(300);
  log(
    'en lang',
    await page.evaluate(() => [
      document.documentElement.lang,
      localStorage.getItem('portal.language'),
      document.title,
    ]),
  );
  await page.getByRole('tab', { name: 'Boards' }).click();
  await page.waitForTimeout(1000);
  await shot('catalog-en');
  await page.reload();
  await page.waitForTimeout(1000);
  log('after reload lang', await page.evaluate(() => document.documentElement.lang));
  // Company down.
  system.supabase.setFault(slug, { kind: 'down' });
  await page.goto(`${base}/companies/${slug}/catalog?q=zz-fresh`);
  await page.waitForTimeout(4000);
  log('down alert', await page.getByRole('alert').allTextContents());
  await shot('down');
  system.supabase.setFault(slug, null);
  await page.getByRole('button', { name: 'Retry' }).last().click();
  await page.waitForTimeout(2000);
  log(
    'after retry',
    await page.getByRole('alert').count(),
    await page.getByText('No results').count(),
  );
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${base}/companies/${slug}/catalog?tab=fees`);
  await page.waitForTimeout(1500);
  await shot('mobile');
  // Unknown company, unknown route.
  await page.goto(`${base}/companies/nope/catalog`);
  await page.waitForTimeout(1500);
  log('unknown company', await page.locator('h1').allTextContents());
  await page.goto(`${base}/no/such/page`);
  await page.waitForTimeout(800);
  log('404', await page.locator('h1').allTextContents());
  await shot('404');
} finally {
  console.log(logs.join('\n'));
  await browser.close();
  await system.close();
}
