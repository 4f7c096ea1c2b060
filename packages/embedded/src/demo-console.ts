import { createHmac, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Db } from '@portal/db';
import {
  type ConsolePaymentStatus,
  type ConsoleStatus,
  DemoConsoleError,
  listPortalQuotes,
  moveQuote,
  recordPayment,
} from '@portal/demo-data';
import { DEMO_CONSOLE_HTML } from './demo-console-page.ts';

/** A demo company as the console acts for it. */
export interface DemoConsoleCompany {
  slug: string;
  name: string;
  db: Db;
  /** Where the company's "an order changed" webhook goes, and the secret it signs with. */
  webhook?: { url: string; secret: string } | undefined;
}

export interface DemoConsole {
  /** `http://127.0.0.1:<port>/demo-console/` */
  url: string;
  close(): Promise<void>;
}

export const DEMO_CONSOLE_PATH = '/demo-console/';
const API =
  /^\/demo-console\/api\/companies(?:\/([a-z0-9-]+)(?:\/quotes(?:\/([0-9a-f-]{36})\/(move|pay))?)?)?$/;

/**
 * The demo company console (development only, embedded default): a page and a small JSON API
 * with which a newcomer acts as a company's staff — list the portal quotes, move one through
 * ordered → in_production → ready → finished or cancel it, record a payment — on the demo
 * company databases. After each change it calls the portal's order webhook the way a real
 * company's database webhook would, so the portal updates at once (the periodic sync would
 * pick it up anyway). Mutations need `content-type: application/json`, which a cross-site
 * form cannot send without a CORS preflight this server never grants.
 */
export async function startDemoConsole(options: {
  companies: DemoConsoleCompany[];
  port?: number;
  host?: string;
  log?: (line: string) => void;
}): Promise<DemoConsole> {
  const log = options.log ?? (() => {});
  const bySlug = new Map(options.companies.map((c) => [c.slug, c]));

  async function notify(company: DemoConsoleCompany, quoteId: string): Promise<void> {
    if (!company.webhook) return;
    // Unique per call: the same body and timestamp twice is refused as a replay.
    const body = JSON.stringify({
      type: 'UPDATE',
      table: 'quotes',
      record: { id: quoteId },
      nonce: randomUUID(),
    });
    const timestamp = Math.floor(Date.now() / 1000);
    const mac = createHmac('sha256', company.webhook.secret)
      .update(`${timestamp}.${body}`)
      .digest('hex');
    try {
      const response = await fetch(company.webhook.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-portal-timestamp': String(timestamp),
          'x-portal-signature': `v1=${mac}`,
        },
        body,
        signal: AbortSignal.timeout(5000),
      });
      if (response.status !== 202) log(`demo console: webhook answered ${response.status}`);
    } catch (error) {
      log(`demo console: webhook failed: ${(error as Error).message}`);
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/' || url.pathname === '/demo-console') {
      res.statusCode = 302;
      res.setHeader('location', DEMO_CONSOLE_PATH);
      return void res.end();
    }
    if (url.pathname === DEMO_CONSOLE_PATH) {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.setHeader(
        'content-security-policy',
        "default-src 'self'; style-src 'unsafe-inline'; script-src 'unsafe-inline'",
      );
      return void res.end(DEMO_CONSOLE_HTML);
    }
    const match = API.exec(url.pathname);
    if (!match) return send(res, 404, { error: 'not found' });
    const [, slug, quoteId, action] = match;
    if (!slug) {
      return send(
        res,
        200,
        options.companies.map((c) => ({ slug: c.slug, name: c.name })),
      );
    }
    const company = bySlug.get(slug);
    if (!company) return send(res, 404, { error: `no demo company '${slug}'` });
    if (!quoteId) {
      if (req.method !== 'GET') return send(res, 405, { error: 'method not allowed' });
      return send(res, 200, await listPortalQuotes(company.db));
    }
    if (req.method !== 'POST') return send(res, 405, { error: 'method not allowed' });
    if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return send(res, 415, { error: 'send application/json' });
    }
    let input: Record<string, unknown>;
    try {
      input = JSON.parse(await readBody(req)) as Record<string, unknown>;
    } catch {
      return send(res, 400, { error: 'the body is not JSON' });
    }
    try {
      const quote =
        action === 'move'
          ? await moveQuote(company.db, quoteId, input.to as ConsoleStatus)
          : await recordPayment(company.db, quoteId, input.status as ConsolePaymentStatus);
      await notify(company, quoteId);
      log(
        `demo console: ${company.slug} ${quote.quoteNumber} → ${action === 'move' ? quote.status : quote.paymentStatus}`,
      );
      return send(res, 200, quote);
    } catch (error) {
      if (!(error instanceof DemoConsoleError)) throw error;
      const status = error.code === 'not_found' ? 404 : error.code === 'invalid_input' ? 400 : 409;
      return send(res, status, { error: error.message, code: error.code });
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log(`demo console: ${(error as Error).message}`);
      if (!res.headersSent) send(res, 500, { error: 'internal error' });
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve);
  });
  const port = (server.address() as AddressInfo).port;
  const host = options.host && options.host !== '0.0.0.0' ? options.host : '127.0.0.1';
  return {
    url: `http://${host}:${port}${DEMO_CONSOLE_PATH}`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 10_000) throw new DemoConsoleError('invalid_input', 'body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
