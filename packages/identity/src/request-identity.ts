import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { UnauthenticatedError } from '@portal/errors';
import type { Identity } from './identity.ts';
import {
  IDENTITY_HEADER,
  IdentitySignatureError,
  SIGNATURE_HEADER,
  signIdentity,
  verifyIdentity,
} from './signed-identity.ts';

/** The request id header the gateway sends and the subgraphs echo (`serveApollo`). */
export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * The client's address as the gateway saw it, for the audit log. Not inside the signature:
 * subgraphs read it only from requests whose identity the gateway signed, and only the
 * gateway (which sets it on every subgraph request) holds the key.
 */
export const CLIENT_IP_HEADER = 'x-portal-client-ip';

const REFUSE = { refuseRequest: true };

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The identity a subgraph request carries, from the gateway's signed headers. Throws
 * UNAUTHENTICATED with HTTP 401 for anything not signed by the gateway for this request: a
 * subgraph never serves a caller the gateway did not vouch for, not even `_service`.
 */
export function identityFromHeaders(
  headers: IncomingHttpHeaders,
  requestId: string,
  key: Buffer,
  now: number = Date.now(),
): Identity {
  try {
    return verifyIdentity(
      {
        identity: single(headers[IDENTITY_HEADER]),
        signature: single(headers[SIGNATURE_HEADER]),
        requestId,
      },
      key,
      now,
    );
  } catch (error) {
    if (error instanceof IdentitySignatureError)
      throw new UnauthenticatedError(error.message, REFUSE);
    // A payload that verified but does not parse cannot come from our gateway either.
    throw new UnauthenticatedError('Invalid gateway signature', REFUSE);
  }
}

/**
 * Headers that make a direct subgraph request look as if the gateway sent it, for tests and
 * tools that hold the signing key: the signed identity plus the request id it is bound to.
 */
export function signedHeaders(
  identity: Identity,
  key: Buffer,
  requestId: string = randomUUID(),
): Record<string, string> {
  return { ...signIdentity(identity, requestId, key), [REQUEST_ID_HEADER]: requestId };
}
