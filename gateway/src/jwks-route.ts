import type { RouteHandler } from '@portal/http-server';
import { sendJson } from '@portal/http-server';

/** How long the gateway reuses the portal's key set (and lets clients cache it). */
const CACHE_MS = 5 * 60_000;

/**
 * `GET /.well-known/jwks.json` at the gateway: the portal's public keys, so other services and
 * partners can verify access tokens at the public address. Cached; when the portal cannot be
 * reached the last good copy is served, and without one the answer is 503.
 */
export function jwksRoute(jwksUrl: URL, doFetch: typeof fetch = fetch): RouteHandler {
  let cached: { body: string; fetchedAt: number } | undefined;
  return async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      return sendJson(res, 405, { error: 'method not allowed' });
    }
    if (!cached || Date.now() - cached.fetchedAt > CACHE_MS) {
      try {
        const response = await doFetch(jwksUrl, { signal: AbortSignal.timeout(3_000) });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const keys = (await response.json()) as { keys?: unknown };
        if (!Array.isArray(keys.keys)) throw new Error('not a JWK set');
        cached = { body: JSON.stringify({ keys: keys.keys }), fetchedAt: Date.now() };
      } catch {
        if (!cached) return sendJson(res, 503, { error: 'key set unavailable' });
      }
    }
    res.statusCode = 200;
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.setHeader('cache-control', `public, max-age=${CACHE_MS / 1000}`);
    res.end(req.method === 'HEAD' ? undefined : cached!.body);
  };
}
