import { randomBytes, randomUUID } from 'node:crypto';
import { createCompanyLinks, createDbCompanyDirectory, encryptSecret } from '@portal/company-link';
import type { Engine } from '@portal/db/testing';
import { openTestDb, type TestDb } from '@portal/db/testing';
import { applyCompanySetup, insertLinkedQuote } from '@portal/demo-data';
import { PORTAL_EVENTS_CHANNEL } from '@portal/events';
import { generateLocalKeys, type LocalSupabase, startLocalSupabase } from '@portal/local-supabase';
import { createMailOutbox } from '../src/data/mail-outbox.ts';
import { createOutboxMailer } from '../src/mail/outbox-mailer.ts';
import { createOrderSync } from '../src/orders/order-sync.ts';
import { startPortalHarness } from './portal-harness.ts';

/**
 * The portal harness plus a real company: company `zeta` is a company database (setup script
 * applied) behind the local Supabase endpoint, reached through company-link with an encrypted
 * key; company `alfa` is registered but down (nothing listens at its URL).
 */
export async function startOrderFixture(engine: Engine) {
  const h = await startPortalHarness(engine);
  const companyDb: TestDb = await openTestDb(engine);
  await applyCompanySetup(companyDb);
  const keys = generateLocalKeys();
  const local: LocalSupabase = await startLocalSupabase({
    companies: [{ slug: 'zeta', db: companyDb, ...keys }],
  });
  const encryptionKey = randomBytes(32);
  await h.db.query(
    `update companies set supabase_url = $2, secret_key_ciphertext = $3 where id = $1`,
    [h.companyIds.zeta, local.companyUrl('zeta'), encryptSecret(keys.serviceKey, encryptionKey)],
  );
  await h.db.query(
    `update companies set supabase_url = 'http://127.0.0.1:9', secret_key_ciphertext = $2
      where id = $1`,
    [h.companyIds.alfa, encryptSecret('down', encryptionKey)],
  );
  const links = createCompanyLinks(createDbCompanyDirectory(h.db, encryptionKey, { ttlMs: 0 }), {
    timeoutMs: 2000,
  });
  const mailer = createOutboxMailer(createMailOutbox(h.db), () => {});
  /** A sync as one portal instance runs it (tests make a second one for "two instances"). */
  const newSync = () =>
    createOrderSync({
      db: h.db,
      source: (companyId) => links.get(companyId),
      mailer,
      publicUrl: 'http://portal.test',
    });

  /** A customer connected to zeta (and alfa), opted in to the ready mail when told so. */
  async function customer(email: string, notifyReady = true) {
    const c = await h.customer(email);
    await h.db.query(`update customers set notify_order_ready = $2 where id = $1`, [
      c.customerId,
      notifyReady,
    ]);
    await h.db.query(
      `insert into customer_companies (customer_id, company_id) values ($1, $2), ($1, $3)
       on conflict do nothing`,
      [c.customerId, h.companyIds.zeta, h.companyIds.alfa],
    );
    return c;
  }

  /** A portal quote of the customer, submitted to zeta: the portal row and the company's. */
  async function submittedQuote(customerId: string, companyId = h.companyIds.zeta) {
    const portalQuoteId = randomUUID();
    const company = await insertLinkedQuote(companyDb, {
      portalQuoteId,
      customerName: `Customer ${randomUUID().slice(0, 8)}`,
    });
    // As the delivery worker leaves it (0005): submitted, with the company's quote.
    const [quote] = await h.db.query<{ id: string; number: string }>(
      `insert into quotes (id, customer_id, company_id, status, submitted_at,
                           submit_idempotency_key, company_quote_id, company_quote_number)
       values ($1, $2, $3, 'submitted', now(), $4, $5, $6)
       returning id, number`,
      [portalQuoteId, customerId, companyId, randomUUID(), company.id, company.quoteNumber],
    );
    return { portalQuoteId: quote!.id, portalNumber: quote!.number, companyQuoteId: company.id };
  }

  /** Every portal event published on the portal database from now on. */
  async function listen() {
    const payloads: Array<{ type: string; id: string; customerId: string; companyId: string }> = [];
    const listening = await h.db.listen(PORTAL_EVENTS_CHANNEL, {
      onNotification: (payload) => payloads.push(JSON.parse(payload)),
    });
    return { payloads, close: () => listening.close() };
  }

  async function orderOf(portalQuoteId: string) {
    const [row] = await h.db.query<Record<string, unknown> & { id: string; status: string }>(
      `select * from orders where quote_id = $1`,
      [portalQuoteId],
    );
    return row ?? null;
  }

  async function eventsOf(orderId: string) {
    return h.db.query<{ kind: string; from_value: string | null; to_value: string | null }>(
      `select kind, from_value, to_value from order_events where order_id = $1 order by id`,
      [orderId],
    );
  }

  async function quoteStatus(portalQuoteId: string) {
    const [row] = await h.db.query<{ status: string }>(`select status from quotes where id = $1`, [
      portalQuoteId,
    ]);
    return row?.status;
  }

  return {
    h,
    companyDb,
    local,
    encryptionKey,
    links,
    newSync,
    customer,
    submittedQuote,
    listen,
    orderOf,
    eventsOf,
    quoteStatus,
    async close() {
      await local.close();
      await companyDb.close();
      await h.close();
    },
  };
}

export type OrderFixture = Awaited<ReturnType<typeof startOrderFixture>>;

/** Polls `check` until it returns something truthy (or fails after `ms`). */
export async function eventually<T>(check: () => Promise<T> | T, ms = 5000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}
