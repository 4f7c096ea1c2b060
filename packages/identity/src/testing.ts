import { randomBytes } from 'node:crypto';
import type { Identity } from './identity.ts';
import { REQUEST_ID_HEADER, signedHeaders } from './request-identity.ts';
import { IDENTITY_HEADER, SIGNATURE_HEADER, signIdentity } from './signed-identity.ts';

/**
 * Header sets a subgraph must refuse with 401, for tests that call a subgraph over HTTP: each
 * is one way to get past the gateway (none, forged, foreign key, replayed on another request,
 * expired). `identity` is what a forger would like to be.
 */
export function refusedSignatures(
  identity: Identity,
  key: Buffer,
): Array<{ name: string; headers: Record<string, string> }> {
  const requestId = 'refused-request';
  const genuine = signedHeaders({ kind: 'anonymous' }, key, requestId);
  const forgedPayload = Buffer.from(
    JSON.stringify({ identity, requestId, issuedAt: Date.now() }),
  ).toString('base64url');
  const expired = signIdentity(identity, requestId, key, Date.now() - 61_000);
  return [
    { name: 'no signature', headers: { [REQUEST_ID_HEADER]: requestId } },
    {
      name: 'a forged identity under a genuine signature',
      headers: { ...genuine, [IDENTITY_HEADER]: forgedPayload },
    },
    {
      name: 'a signature made with another key',
      headers: signedHeaders(identity, randomBytes(32), requestId),
    },
    {
      name: 'a signature of another request',
      headers: {
        ...signedHeaders(identity, key, 'earlier-request'),
        [REQUEST_ID_HEADER]: requestId,
      },
    },
    { name: 'an expired signature', headers: { ...expired, [REQUEST_ID_HEADER]: requestId } },
    {
      name: 'a garbage signature',
      headers: { ...genuine, [SIGNATURE_HEADER]: 'not-a-signature' },
    },
  ];
}
