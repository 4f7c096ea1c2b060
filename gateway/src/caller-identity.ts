import type { IncomingHttpHeaders } from 'node:http';
import { UnauthenticatedError } from '@portal/errors';
import { ANONYMOUS, type Identity } from '@portal/identity';
import type { AccessTokenVerifier } from './access-token.ts';
import { API_KEY_PREFIX, type ApiKeyVerifier } from './api-key-verifier.ts';

/** Bad credentials refuse the whole request: HTTP 401, nothing runs. */
const REFUSE = { refuseRequest: true };

export interface CallerVerifiers {
  accessToken: AccessTokenVerifier;
  apiKey: ApiKeyVerifier;
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Who calls, from the request's credentials: `Authorization: Bearer <access JWT>`,
 * `Authorization: Bearer ppk_…` or `x-api-key: ppk_…` (a partner key), or nothing (anonymous).
 * Credentials that are present but wrong are refused, never treated as anonymous: a client with
 * an expired token must learn it has to refresh.
 */
export async function identifyCaller(
  headers: IncomingHttpHeaders,
  requestId: string,
  verify: CallerVerifiers,
): Promise<Identity> {
  const authorization = single(headers.authorization);
  const apiKeyHeader = single(headers['x-api-key']);
  if (authorization !== undefined && apiKeyHeader !== undefined) {
    throw new UnauthenticatedError(
      'Send either an Authorization header or x-api-key, not both',
      REFUSE,
    );
  }
  if (apiKeyHeader !== undefined) {
    if (!apiKeyHeader.startsWith(API_KEY_PREFIX))
      throw new UnauthenticatedError('Invalid API key', REFUSE);
    return verify.apiKey(apiKeyHeader, requestId);
  }
  if (authorization === undefined) return ANONYMOUS;
  const match = /^Bearer ([^\s]+)$/i.exec(authorization.trim());
  if (!match) {
    throw new UnauthenticatedError('The Authorization header must be `Bearer <token>`', REFUSE);
  }
  const credential = match[1]!;
  return credential.startsWith(API_KEY_PREFIX)
    ? verify.apiKey(credential, requestId)
    : verify.accessToken(credential);
}
