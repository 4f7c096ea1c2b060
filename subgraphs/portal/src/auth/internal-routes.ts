import type { IncomingMessage } from 'node:http';
import { type RouteHandler, sendJson } from '@portal/http-server';
import { BODY_SIGNATURE_HEADER, signatureValid } from '@portal/identity';
import type { AccessTokens } from './access-tokens.ts';
import type { ApiKeys } from './api-keys.ts';

// The signing helper is shared with the other services (`/internal/recent-errors`).
export { BODY_SIGNATURE_HEADER, signatureValid, signBody } from '@portal/identity';

export const API_KEY_VERIFY_PATH = '/internal/api-keys/verify';
export const JWKS_PATH = '/.well-known/jwks.json';

const MAX_BODY_BYTES = 4096;

/** The body, or null when it is larger than a few KB (internal calls are small). */
export async function readSmallBody(
  req: IncomingMessage,
  maxBytes = MAX_BODY_BYTES,
): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * `POST /internal/api-keys/verify` for the gateway: `{"key": "ppk_…"}` signed with the
 * gateway key → 200 `{"identity": Identity}` or 401 `{"error": {"code": "INVALID_API_KEY" |
 * "EXPIRED" | "REVOKED"}}`. Anyone else (no or a wrong signature) gets 403.
 */
export function apiKeyVerifyRoute(apiKeys: ApiKeys, signingKey: Buffer): RouteHandler {
  return async (req, res) => {
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST');
      return sendJson(res, 405, { error: { code: 'METHOD_NOT_ALLOWED' } });
    }
    const body = await readSmallBody(req);
    if (!body) return sendJson(res, 413, { error: { code: 'PAYLOAD_TOO_LARGE' } });
    if (!signatureValid(body, req.headers[BODY_SIGNATURE_HEADER], signingKey)) {
      return sendJson(res, 403, { error: { code: 'FORBIDDEN' } });
    }
    let key: unknown;
    try {
      key = (JSON.parse(body.toString('utf8')) as { key?: unknown }).key;
    } catch {
      return sendJson(res, 400, { error: { code: 'BAD_REQUEST' } });
    }
    if (typeof key !== 'string') return sendJson(res, 400, { error: { code: 'BAD_REQUEST' } });
    const verdict = await apiKeys.verify(key);
    if ('error' in verdict) return sendJson(res, 401, { error: { code: verdict.error } });
    res.setHeader('cache-control', 'no-store');
    return sendJson(res, 200, { identity: verdict.identity });
  };
}

/** `GET /.well-known/jwks.json`: the public key(s) that verify access tokens. */
export function jwksRoute(tokens: AccessTokens): RouteHandler {
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET');
      return sendJson(res, 405, { error: { code: 'METHOD_NOT_ALLOWED' } });
    }
    res.setHeader('cache-control', 'public, max-age=300');
    return sendJson(res, 200, tokens.jwks());
  };
}
