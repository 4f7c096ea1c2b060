import type { IncomingMessage } from 'node:http';
import { type RouteHandler, sendJson } from '@portal/http-server';
import type { Logger } from 'pino';

/** `POST /api/webhooks/companies/:companyId/orders` is served under this prefix. */
export const ORDER_WEBHOOK_PROXY_PREFIX = '/api/webhooks/';
/** Only a UUID is passed on: nothing else of the caller's path reaches the portal's URL. */
const PATH =
  /^\/api\/webhooks\/companies\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/orders\/?$/i;
/** The headers the portal checks the company's signature with; nothing else is passed on. */
const PASSED_HEADERS = ['content-type', 'x-portal-timestamp', 'x-portal-signature'];
const MAX_BODY_BYTES = 64 * 1024;

export interface OrderWebhookProxyOptions {
  /** The portal subgraph's base URL (its `/graphql` URL works too). */
  portalUrl: string;
  logger: Logger;
  doFetch?: typeof fetch;
}

/**
 * A company's order webhook, passed to the portal subgraph as it came (body and signature
 * headers byte for byte: the HMAC covers them). The caller is a company, not a user: there is
 * no identity to sign; the portal checks the company's signature itself (docs/orders.md).
 */
export function orderWebhookProxyRoute(options: OrderWebhookProxyOptions): RouteHandler {
  const doFetch = options.doFetch ?? fetch;
  return async (req, res) => {
    const match = PATH.exec(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (!match) return sendJson(res, 404, { error: 'not found' });
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST');
      return sendJson(res, 405, { error: 'method not allowed' });
    }
    const body = await readBody(req);
    if (body === null) return sendJson(res, 413, { error: 'body too large' });
    const headers: Record<string, string> = {};
    for (const name of PASSED_HEADERS) {
      const value = req.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    const requestId = String(res.getHeader('x-request-id') ?? '');
    if (requestId) headers['x-request-id'] = requestId;
    try {
      const upstream = await doFetch(
        new URL(`/webhooks/companies/${match[1]!.toLowerCase()}/orders`, options.portalUrl),
        { method: 'POST', headers, body, signal: AbortSignal.timeout(10_000) },
      );
      res.statusCode = upstream.status;
      res.setHeader('content-type', upstream.headers.get('content-type') ?? 'application/json');
      res.end(Buffer.from(await upstream.arrayBuffer()));
    } catch (error) {
      options.logger.error({ requestId, err: error }, 'order webhook: the portal did not answer');
      sendJson(res, 503, { error: 'unavailable' });
    }
  };
}

async function readBody(req: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
