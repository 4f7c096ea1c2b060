import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { testEngines } from '@portal/db/testing';
import { moveQuote } from '@portal/demo-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, type OrderFixture, startOrderFixture } from '../../test/order-fixture.ts';
import { setCompanyWebhookSecret } from '../data/company-webhook-secrets.ts';
import { orderWebhookRoute } from './order-webhook.ts';
import {
  signWebhook,
  WEBHOOK_SIGNATURE_HEADER,
  WEBHOOK_TIMESTAMP_HEADER,
} from './webhook-signature.ts';

const SECRET = 'whsec_zeta_test_secret';

describe.each(testEngines())('order webhook on %s', (engine) => {
  let f: OrderFixture;
  let server: Server;
  let base: string;
  let customerId: string;

  beforeAll(async () => {
    f = await startOrderFixture(engine);
    customerId = (await f.customer('wanda.webhook@example.hu')).customerId;
    await setCompanyWebhookSecret(f.h.db, f.h.companyIds.zeta, SECRET, f.encryptionKey);
    // Only the webhook runs: no interval worker, so any update below came from a webhook.
    const route = orderWebhookRoute({
      db: f.h.db,
      encryptionKey: f.encryptionKey,
      sync: f.newSync(),
    });
    server = createServer((req, res) => void route(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
    await f?.close();
  });

  const post = (
    companyId: string,
    body: string,
    headers: { timestamp?: number; signature?: string } = {},
  ) => {
    const timestamp = headers.timestamp ?? Math.floor(Date.now() / 1000);
    return fetch(`${base}/webhooks/companies/${companyId}/orders`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [WEBHOOK_TIMESTAMP_HEADER]: String(timestamp),
        [WEBHOOK_SIGNATURE_HEADER]: headers.signature ?? signWebhook(SECRET, timestamp, body),
      },
      body,
    });
  };

  /** A submitted quote mirrored once (the state a webhook then moves on). */
  async function mirroredQuote() {
    const q = await f.submittedQuote(customerId);
    await f.newSync().syncCompany(f.h.companyIds.zeta);
    expect((await f.orderOf(q.portalQuoteId))?.status).toBe('submitted');
    return q;
  }

  it('a signed call syncs that company at once', async () => {
    const q = await mirroredQuote();
    await moveQuote(f.companyDb, q.companyQuoteId, 'ordered');
    const response = await post(f.h.companyIds.zeta, '{"type":"UPDATE","table":"quotes"}');
    expect(response.status).toBe(202);
    await eventually(async () => (await f.orderOf(q.portalQuoteId))?.status === 'ordered');
  });

  it('refuses a bad signature, an old timestamp and a replay; nothing changes', async () => {
    const q = await mirroredQuote();
    await moveQuote(f.companyDb, q.companyQuoteId, 'ordered');
    const body = '{"type":"UPDATE"}';
    const now = Math.floor(Date.now() / 1000);

    const wrongSecret = await post(f.h.companyIds.zeta, body, {
      signature: signWebhook('not-the-secret', now, body),
    });
    expect(wrongSecret.status).toBe(401);
    const otherBody = await post(f.h.companyIds.zeta, body, {
      signature: signWebhook(SECRET, now, '{"type":"DELETE"}'),
    });
    expect(otherBody.status).toBe(401);
    const old = now - 6 * 60;
    const stale = await post(f.h.companyIds.zeta, body, {
      timestamp: old,
      signature: signWebhook(SECRET, old, body),
    });
    expect(stale.status).toBe(401);
    // A company without a webhook secret, and one that is not a company at all.
    expect((await post(f.h.companyIds.alfa, body)).status).toBe(401);
    expect((await post('not-a-uuid', body)).status).toBe(401);

    await new Promise((r) => setTimeout(r, 300));
    expect((await f.orderOf(q.portalQuoteId))?.status).toBe('submitted');

    // The one valid call goes through once; the very same call again is a replay.
    const signature = signWebhook(SECRET, now, body);
    expect((await post(f.h.companyIds.zeta, body, { timestamp: now, signature })).status).toBe(202);
    await eventually(async () => (await f.orderOf(q.portalQuoteId))?.status === 'ordered');
    await moveQuote(f.companyDb, q.companyQuoteId, 'in_production');
    const replay = await post(f.h.companyIds.zeta, body, { timestamp: now, signature });
    expect(replay.status).toBe(403);
    await new Promise((r) => setTimeout(r, 300));
    expect((await f.orderOf(q.portalQuoteId))?.status).toBe('ordered');
  });

  it('answers only POST on the orders path', async () => {
    const get = await fetch(`${base}/webhooks/companies/${f.h.companyIds.zeta}/orders`);
    expect(get.status).toBe(405);
    const elsewhere = await fetch(`${base}/webhooks/companies/${f.h.companyIds.zeta}/quotes`, {
      method: 'POST',
    });
    expect(elsewhere.status).toBe(404);
  });
});
