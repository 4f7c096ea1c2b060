import type { IncomingHttpHeaders } from 'node:http';
import { UnauthenticatedError } from '@portal/errors';
import type { Identity } from '@portal/identity';
import { decodeJwt } from 'jose';
import { API_KEY_PREFIX } from '../api-key-verifier.ts';
import { type CallerVerifiers, identifyCaller } from '../caller-identity.ts';
import { CLOSE } from './close-codes.ts';
import { SUBSCRIPTION_SCOPES } from './subscription-fields.ts';

/** Who holds a subscription connection, verified once at `connection_init`. */
export interface SubscriberIdentity {
  identity: Identity & { kind: 'customer' | 'partner' };
  /** When the access token expires (ms since epoch); null for an API key. */
  expiresAt: number | null;
  /** The partner key, to re-check it is not revoked while connected; null for a token. */
  apiKey: string | null;
}

/** A refused connection: the socket is closed with `code`, `reason` telling the client why. */
export class ConnectionRefused extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/**
 * The `connection_init` payload as the HTTP headers the same verification reads:
 * `{ "Authorization": "Bearer <access token or ppk_…>" }` (any case) or `{ "apiKey": "ppk_…" }`.
 * Browsers cannot set headers on a WebSocket, so the credentials travel in the first message.
 */
export function headersFromPayload(
  payload: Record<string, unknown> | undefined,
): IncomingHttpHeaders {
  const headers: IncomingHttpHeaders = {};
  for (const [key, value] of Object.entries(payload ?? {})) {
    const lower = key.toLowerCase();
    if (lower === 'authorization') headers.authorization = text(value);
    else if (lower === 'apikey' || lower === 'x-api-key') headers['x-api-key'] = text(value);
  }
  return headers;
}

/**
 * Verifies a connection's credentials with the code the HTTP path uses (`identifyCaller`), then
 * decides whether that caller may subscribe at all: a signed-in customer, or a partner key with
 * `quotes:read` or `orders:read`. Admins are refused: they have no quotes or orders of their own,
 * and support views read on demand. Failures are `ConnectionRefused` with the close code.
 */
export async function authenticateConnection(
  payload: Record<string, unknown> | undefined,
  requestId: string,
  verifiers: CallerVerifiers,
  now: number = Date.now(),
): Promise<SubscriberIdentity> {
  const headers = headersFromPayload(payload);
  const bearer = /^Bearer\s+(\S+)$/i.exec(headers.authorization?.trim() ?? '')?.[1];
  const keyHeader = headers['x-api-key'];
  const apiKey =
    (typeof keyHeader === 'string' ? keyHeader : undefined) ??
    (bearer?.startsWith(API_KEY_PREFIX) ? bearer : undefined);
  const accessToken = apiKey === undefined ? bearer : undefined;
  // Told apart from an invalid token so the client refreshes instead of signing out.
  const expiresAt = accessToken ? tokenExpiry(accessToken) : null;
  if (expiresAt !== null && expiresAt <= now) {
    throw new ConnectionRefused(CLOSE.TOKEN_EXPIRED, 'Access token expired');
  }
  let identity: Identity;
  try {
    identity = await identifyCaller(headers, requestId, verifiers);
  } catch (error) {
    if (error instanceof UnauthenticatedError) {
      throw new ConnectionRefused(CLOSE.UNAUTHORIZED, error.message);
    }
    throw error; // the portal could not answer: not the caller's fault
  }
  switch (identity.kind) {
    case 'anonymous':
      throw new ConnectionRefused(
        CLOSE.UNAUTHORIZED,
        'Authentication required: send { Authorization: "Bearer <token>" } in connection_init',
      );
    case 'admin':
      throw new ConnectionRefused(CLOSE.FORBIDDEN, 'Admins cannot subscribe to live updates');
    case 'partner':
      if (!identity.scopes.some((scope) => SUBSCRIPTION_SCOPES.has(scope))) {
        throw new ConnectionRefused(
          CLOSE.FORBIDDEN,
          'This API key needs quotes:read or orders:read to subscribe',
        );
      }
      return { identity, expiresAt: null, apiKey: apiKey ?? null };
    case 'customer':
      return { identity, expiresAt, apiKey: null };
  }
}

/** `exp` of a JWT without verifying it (the verifier does that); null when it cannot be read. */
function tokenExpiry(token: string): number | null {
  try {
    const { exp } = decodeJwt(token);
    return typeof exp === 'number' ? exp * 1000 : null;
  } catch {
    return null;
  }
}
