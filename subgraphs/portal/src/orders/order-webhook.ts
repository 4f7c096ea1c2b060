import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Db } from '@portal/db';
import { headerValue, sendJson } from '@portal/http-server';
import { companyWebhookSecret } from '../data/company-webhook-secrets.ts';
import { isUuid } from '../data/uuid.ts';
import type { OrderSync } from './order-sync.ts';
import {
  verifyWebhook,
  WEBHOOK_SIGNATURE_HEADER,
  WEBHOOK_TIMESTAMP_HEADER,
  WEBHOOK_TOLERANCE_SECONDS,
} from './webhook-signature.ts';

/** The portal subgraph serves `POST /webhooks/companies/<companyId>/orders` under this. */
export const ORDER_WEBHOOK_PREFIX = '/webhooks/companies/';
const PATH = /^\/webhooks\/companies\/([^/]+)\/orders\/?$/;
/** The body only says "something changed"; anything bigger is not from a company. */
const MAX_BODY_BYTES = 64 * 1024;

export interface OrderWebhookOptions {
  db: Db;
  encryptionKey: Buffer;
  sync: OrderSync;
  log?: (line: string) => void;
}

/**
 * A company's "something changed" push (docs/orders.md): checks the HMAC over
 * `timestamp.body` with the company's webhook secret, refuses old timestamps and replays,
 * then starts a sync of that company at once. The body is never trusted for data: the sync
 * pulls the truth through the contract. Answers 202 before the sync finishes.
 */
export function orderWebhookRoute(options: OrderWebhookOptions) {
  const log = options.log ?? (() => {});
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const companyId = PATH.exec(path)?.[1];
    if (!companyId) return sendJson(res, 404, { error: 'not found' });
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST');
      return sendJson(res, 405, { error: 'method not allowed' });
    }
    const body = await readBody(req);
    if (body === null) return sendJson(res, 413, { error: 'body too large' });
    // Unknown company, no webhook configured, bad or old signature: one answer for all.
    const secret = isUuid(companyId)
      ? await companyWebhookSecret(options.db, companyId, options.encryptionKey)
      : null;
    if (!secret) return sendJson(res, 401, { error: 'invalid signature' });
    const check = verifyWebhook(
      secret,
      {
        timestamp: headerValue(req, WEBHOOK_TIMESTAMP_HEADER),
        signature: headerValue(req, WEBHOOK_SIGNATURE_HEADER),
      },
      body,
    );
    if (!check.ok) {
      return sendJson(res, 401, {
        error: check.reason === 'expired' ? 'timestamp outside the window' : 'invalid signature',
      });
    }
    // Remembered for twice the window (a timestamp may be up to 5 minutes ahead or behind).
    await options.db.query(
      `delete from webhook_deliveries where received_at < now() - make_interval(secs => $1)`,
      [WEBHOOK_TOLERANCE_SECONDS * 2],
    );
    const [fresh] = await options.db.query<{ signature: string }>(
      `insert into webhook_deliveries (company_id, signature) values ($1, $2)
       on conflict do nothing returning signature`,
      [companyId, check.signature],
    );
    if (!fresh) return sendJson(res, 403, { error: 'replayed' });
    void options.sync
      .syncCompany(companyId)
      .catch((error: unknown) => log(`order webhook sync: ${(error as Error).message}`));
    return sendJson(res, 202, { accepted: true });
  };
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
