import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Identity } from './identity.ts';

/** Headers the gateway adds to every subgraph request. */
export const IDENTITY_HEADER = 'x-portal-identity';
export const SIGNATURE_HEADER = 'x-portal-signature';

/** How long a signed identity stays valid: a captured header is useless soon after. */
const MAX_AGE_MS = 60_000;

export class IdentitySignatureError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IdentitySignatureError';
  }
}

interface Envelope {
  identity: Identity;
  requestId: string;
  /** Milliseconds since the epoch when the gateway signed it. */
  issuedAt: number;
}

function mac(payload: string, key: Buffer): string {
  return createHmac('sha256', key).update(payload).digest('base64url');
}

/**
 * Signs an identity for one request (HMAC-SHA256 with the key shared by the gateway and the
 * subgraphs, `GATEWAY_SIGNING_KEY`). The request id is inside the signature, so an identity
 * cannot be moved to another request's id.
 */
export function signIdentity(
  identity: Identity,
  requestId: string,
  key: Buffer,
  now: number = Date.now(),
): Record<typeof IDENTITY_HEADER | typeof SIGNATURE_HEADER, string> {
  const envelope: Envelope = { identity, requestId, issuedAt: now };
  const payload = Buffer.from(JSON.stringify(envelope)).toString('base64url');
  return { [IDENTITY_HEADER]: payload, [SIGNATURE_HEADER]: mac(payload, key) };
}

/**
 * Verifies the gateway's signature; throws IdentitySignatureError (never returns anonymous)
 * when the headers are missing, forged, expired or belong to another request.
 */
export function verifyIdentity(
  headers: { identity: string | undefined; signature: string | undefined; requestId: string },
  key: Buffer,
  now: number = Date.now(),
): Identity {
  const { identity: payload, signature } = headers;
  if (!payload || !signature) throw new IdentitySignatureError('Missing gateway signature');
  const expected = Buffer.from(mac(payload, key));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    throw new IdentitySignatureError('Invalid gateway signature');
  }
  const envelope = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Envelope;
  if (envelope.requestId !== headers.requestId) {
    throw new IdentitySignatureError('Gateway signature belongs to another request');
  }
  if (Math.abs(now - envelope.issuedAt) > MAX_AGE_MS) {
    throw new IdentitySignatureError('Gateway signature expired');
  }
  return envelope.identity;
}

/** The signing key from its base64 form (32 bytes or more). */
export function parseSigningKey(base64: string): Buffer {
  const key = Buffer.from(base64, 'base64');
  if (key.length < 32) {
    throw new Error('GATEWAY_SIGNING_KEY must be at least 32 bytes, base64-encoded');
  }
  return key;
}
