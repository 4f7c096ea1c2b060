import { createHash, createHmac } from 'node:crypto';
import { UnauthenticatedError } from '@portal/errors';
import { API_KEY_SCOPES, type Identity } from '@portal/identity';
import { z } from 'zod';

/** Bad credentials refuse the whole request: HTTP 401, nothing runs. */
const REFUSE = { refuseRequest: true };

/** Partner API keys start with this, which is how a bearer token is told from a JWT. */
export const API_KEY_PREFIX = 'ppk_';

const PartnerIdentity = z.object({
  kind: z.literal('partner'),
  apiKeyId: z.string().min(1),
  scopes: z.array(z.enum(API_KEY_SCOPES)),
  owner: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('customer'), customerId: z.string().min(1) }),
    z.object({ kind: z.literal('company'), companyId: z.string().min(1) }),
  ]),
});

export interface ApiKeyVerifierOptions {
  /** `<portal subgraph>/internal/api-keys/verify`. */
  verifyUrl: URL;
  /** `GATEWAY_SIGNING_KEY`: the portal only answers requests signed with it. */
  signingKey: Buffer;
  /** How long an answer is reused; a revoked key keeps working at most this long. */
  cacheMs?: number;
  fetch?: typeof fetch;
  now?: () => number;
}

export type ApiKeyVerifier = (key: string, requestId: string) => Promise<Identity>;

/** Most answers kept at once; the oldest go first, so a flood of random keys stays bounded. */
const MAX_CACHED = 10_000;

/**
 * Asks the portal who an API key belongs to (`POST /internal/api-keys/verify`, body signed with
 * HMAC-SHA256 under the shared key) and caches the answer briefly by the key's hash, so a busy
 * partner costs the portal one lookup per key per `cacheMs` and the key itself is never kept.
 */
export function createApiKeyVerifier(options: ApiKeyVerifierOptions): ApiKeyVerifier {
  const cacheMs = Math.min(options.cacheMs ?? 30_000, 30_000);
  const doFetch = options.fetch ?? fetch;
  const now = options.now ?? Date.now;
  const cache = new Map<string, { identity: Identity | null; expiresAt: number }>();

  return async (key, requestId) => {
    const hash = createHash('sha256').update(key).digest('base64url');
    const cached = cache.get(hash);
    if (cached && cached.expiresAt > now()) return answer(cached.identity);

    const body = JSON.stringify({ key });
    const response = await doFetch(options.verifyUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-portal-signature': createHmac('sha256', options.signingKey)
          .update(body)
          .digest('base64url'),
        'x-request-id': requestId,
      },
      body,
      signal: AbortSignal.timeout(3_000),
    });
    let identity: Identity | null;
    if (response.status === 401) {
      identity = null;
    } else if (response.ok) {
      const parsed = PartnerIdentity.safeParse(
        ((await response.json()) as { identity?: unknown }).identity,
      );
      if (!parsed.success) throw new Error('API key verification answered an unexpected identity');
      identity = parsed.data;
    } else {
      throw new Error(`API key verification failed with HTTP ${response.status}`);
    }
    if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
    cache.set(hash, { identity, expiresAt: now() + cacheMs });
    return answer(identity);
  };
}

function answer(identity: Identity | null): Identity {
  if (!identity) throw new UnauthenticatedError('Invalid, expired or revoked API key', REFUSE);
  return identity;
}
