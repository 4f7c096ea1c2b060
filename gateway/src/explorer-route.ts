import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';

/** Where the explorer is served: the client build's second page (client/explorer.html). */
export const EXPLORER_PATH = '/explorer';

/**
 * Nothing but the gateway itself: scripts, styles and requests from its own origin, fonts and
 * images inlined (GraphiQL's are data URLs), no framing (the page holds a key).
 */
export const EXPLORER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * The GraphQL explorer (GraphiQL) for admins and partners, built with the client (Vite entry
 * `explorer.html`, its assets under /assets like the app's). It works offline; the caller gives
 * their API key or admin access token on the page, and the gateway decides what they may do.
 */
export function explorerRoute(clientDist: string) {
  const file = join(clientDist, 'explorer.html');
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const html = await readFile(file).catch(() => null);
    if (!html) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(
        'The explorer is not built. Run `npm start` (or `npm run build`) from the repository root.',
      );
      return;
    }
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-length': html.length,
      'cache-control': 'no-cache',
      'content-security-policy': EXPLORER_CSP,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    });
    res.end(req.method === 'HEAD' ? undefined : html);
  };
}
