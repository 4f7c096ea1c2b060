import { randomUUID } from 'node:crypto';
import { insertLinkedQuote } from '@portal/demo-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSystem, startSystem } from './start-system.ts';

// The demo company console on the embedded default: its page and API act on a demo company's
// database, and each change reaches the portal through the company webhook (gateway →
// portal → sync) with the periodic sync turned off, so only the webhook can have done it.

async function consoleCall(system: RunningSystem, path: string, body?: unknown) {
  const res = await fetch(new URL(`api/companies${path}`, system.demoConsoleUrl!), {
    ...(body === undefined
      ? {}
      : {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        }),
  });
  return { status: res.status, body: (await res.json()) as any };
}

async function eventually<T>(check: () => Promise<T>, ms = 20_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('demo company console and order webhook on the embedded default', () => {
  let system: RunningSystem | undefined;
  const lines: string[] = [];

  beforeAll(async () => {
    system = await startSystem({
      orderSyncIntervalMs: 0,
      delivery: false,
      log: (line) => lines.push(line),
    });
  }, 300_000);
  afterAll(() => system?.close());

  it('serves its page, without anything from elsewhere', async () => {
    const page = await fetch(system!.demoConsoleUrl!);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Demo company console');
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href="http/);
    const companies = await consoleCall(system!, '');
    expect(companies.body.map((c: { slug: string }) => c.slug)).toContain('turinova');
  });

  it('moves a submitted quote; the portal order follows through the webhook', async () => {
    const s = system!;
    const turinova = s.companies.find((c) => c.slug === 'turinova')!;
    const [customer] = await s.portalDb.query<{ id: string }>(
      `insert into customers (email, name, notify_order_ready) values ($1, 'Konzol Kata', true)
       returning id`,
      [`console-${randomUUID().slice(0, 8)}@example.hu`],
    );
    await s.portalDb.query(
      `insert into customer_companies (customer_id, company_id) values ($1, $2)`,
      [customer!.id, turinova.id],
    );
    const portalQuoteId = randomUUID();
    const companyQuote = await insertLinkedQuote(turinova.db, {
      portalQuoteId,
      customerName: 'Konzol Kata',
    });
    await s.portalDb.query(
      `insert into quotes (id, customer_id, company_id, status, submitted_at,
                           submit_idempotency_key, company_quote_id, company_quote_number)
       values ($1, $2, $3, 'submitted', now(), $4, $5, $6)`,
      [
        portalQuoteId,
        customer!.id,
        turinova.id,
        randomUUID(),
        companyQuote.id,
        companyQuote.quoteNumber,
      ],
    );

    const listed = await consoleCall(s, '/turinova/quotes');
    expect(listed.body.find((q: { id: string }) => q.id === companyQuote.id)).toMatchObject({
      status: 'draft',
      next: 'ordered',
    });

    const orderStatus = async () =>
      (
        await s.portalDb.query<{ status: string; payment_status: string }>(
          `select status, payment_status from orders where quote_id = $1`,
          [portalQuoteId],
        )
      )[0];
    for (const to of ['ordered', 'in_production', 'ready'] as const) {
      const moved = await consoleCall(s, `/turinova/quotes/${companyQuote.id}/move`, { to });
      expect(moved).toMatchObject({ status: 200, body: { status: to } });
      await eventually(async () => (await orderStatus())?.status === to).catch((error) => {
        throw new Error(`${(error as Error).message}; log:\n${lines.slice(-10).join('\n')}`);
      });
    }
    const paid = await consoleCall(s, `/turinova/quotes/${companyQuote.id}/pay`, {
      status: 'paid',
    });
    expect(paid.body.paymentStatus).toBe('paid');
    await eventually(async () => (await orderStatus())?.payment_status === 'paid');
    // The ready mail went to the outbox once.
    const mails = await s.portalDb.query(
      `select 1 from mail_outbox where customer_id = $1 and kind = 'notification'`,
      [customer!.id],
    );
    expect(mails).toHaveLength(1);

    const skipped = await consoleCall(s, `/turinova/quotes/${companyQuote.id}/move`, {
      to: 'ordered',
    });
    expect(skipped.status).toBe(409);
    const notJson = await fetch(
      new URL(`api/companies/turinova/quotes/${companyQuote.id}/pay`, s.demoConsoleUrl!),
      { method: 'POST', body: 'status=paid' },
    );
    expect(notJson.status).toBe(415);
  });

  it('refuses an unsigned call to the gateway webhook', async () => {
    const turinova = system!.companies.find((c) => c.slug === 'turinova')!;
    const res = await fetch(`${system!.gatewayUrl}/api/webhooks/companies/${turinova.id}/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(401);
  });
});
