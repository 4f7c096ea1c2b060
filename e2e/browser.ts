import { type Browser, chromium, type Page } from 'playwright-core';

/**
 * Debian's Chromium, headless, with the flags that keep it off the network: this machine has
 * none, and the client must not need it.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/**
 * Collects the page's console errors and uncaught exceptions into `errors`, and aborts (and
 * records) any request that would leave this machine: the client must work offline.
 */
export async function watchPage(
  page: Page,
  errors: string[],
  /** Console errors the test expects (e.g. a refused request the browser reports itself). */
  expected?: RegExp,
): Promise<void> {
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !expected?.test(msg.text())) errors.push(msg.text());
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  await page.route(
    (url) => !['127.0.0.1', 'localhost'].includes(url.hostname),
    (route) => {
      errors.push(`external request: ${route.request().url()}`);
      return route.abort();
    },
  );
}

/** Pastes text into the `index`th element with `testId`, the way a spreadsheet's clipboard does. */
export async function pasteInto(page: Page, testId: string, index: number, text: string) {
  const cell = page.getByTestId(testId).nth(index);
  await cell.focus();
  await cell.evaluate((element, data) => {
    // The browser's own classes (this project's Node typings have no DOM library).
    const browser = globalThis as unknown as {
      DataTransfer: new () => { setData(type: string, value: string): void };
      ClipboardEvent: new (
        type: string,
        init: object,
      ) => Parameters<typeof element.dispatchEvent>[0];
    };
    const transfer = new browser.DataTransfer();
    transfer.setData('text/plain', data);
    element.dispatchEvent(
      new browser.ClipboardEvent('paste', {
        clipboardData: transfer,
        bubbles: true,
        cancelable: true,
      }),
    );
  }, text);
}
