import { type RouteHandler, sendJson } from '@portal/http-server';
import { z } from 'zod';
import type { ApiKeyUsageRows } from '../data/api-key-usage-rows.ts';
import { BODY_SIGNATURE_HEADER, readSmallBody, signatureValid } from './internal-routes.ts';

export const API_KEY_USAGE_PATH = '/internal/api-keys/usage';

/** One flush of the gateway is at most this many key-days (it sends more in several calls). */
export const MAX_USAGE_ENTRIES = 500;

const count = z.number().int().min(0).max(1_000_000_000);
const UsageBody = z.object({
  usage: z
    .array(
      z.object({
        apiKeyId: z.uuid(),
        day: z.iso.date(),
        requests: count,
        errors: count,
        rateLimited: count,
      }),
    )
    .max(MAX_USAGE_ENTRIES),
});

/**
 * `POST /internal/api-keys/usage` for the gateway: `{"usage": [{apiKeyId, day, requests, errors,
 * rateLimited}]}` (the counts since its last flush, `day` UTC `YYYY-MM-DD`) signed with the
 * gateway key like the key check → 200 `{"written": n}`. Unsigned: 403; malformed: 400.
 */
export function apiKeyUsageRoute(usage: ApiKeyUsageRows, signingKey: Buffer): RouteHandler {
  return async (req, res) => {
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST');
      return sendJson(res, 405, { error: { code: 'METHOD_NOT_ALLOWED' } });
    }
    const body = await readSmallBody(req, 128 * 1024);
    if (!body) return sendJson(res, 413, { error: { code: 'PAYLOAD_TOO_LARGE' } });
    if (!signatureValid(body, req.headers[BODY_SIGNATURE_HEADER], signingKey)) {
      return sendJson(res, 403, { error: { code: 'FORBIDDEN' } });
    }
    let parsed: z.infer<typeof UsageBody>;
    try {
      parsed = UsageBody.parse(JSON.parse(body.toString('utf8')));
    } catch {
      return sendJson(res, 400, { error: { code: 'BAD_REQUEST' } });
    }
    const written = await usage.add(parsed.usage);
    return sendJson(res, 200, { written });
  };
}
