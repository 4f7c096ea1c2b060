import { createHash, createPrivateKey, generateKeyPairSync, type KeyObject } from 'node:crypto';

/** A public key as published in the JWKS. */
export interface PublicJwk {
  kty: 'EC';
  crv: 'P-256';
  x: string;
  y: string;
  kid: string;
  alg: 'ES256';
  use: 'sig';
}

/** The ES256 key that signs access tokens, with its public half for the JWKS. */
export interface SigningKey {
  privateKey: KeyObject;
  kid: string;
  publicJwk: PublicJwk;
}

export class SigningKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SigningKeyError';
  }
}

/** A new P-256 private key as JWK JSON, the form `AUTH_SIGNING_JWK` takes. */
export function generateSigningJwk(): string {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return JSON.stringify(privateKey.export({ format: 'jwk' }));
}

/** Reads `AUTH_SIGNING_JWK` (a private P-256 JWK in JSON); throws SigningKeyError when unusable. */
export function parseSigningJwk(json: string): SigningKey {
  let jwk: Record<string, unknown>;
  try {
    jwk = JSON.parse(json) as Record<string, unknown>;
  } catch {
    throw new SigningKeyError('AUTH_SIGNING_JWK is not valid JSON');
  }
  if (jwk.kty !== 'EC' || jwk.crv !== 'P-256' || typeof jwk.d !== 'string') {
    throw new SigningKeyError(
      'AUTH_SIGNING_JWK must be a private EC P-256 JWK (kty, crv, x, y, d)',
    );
  }
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey({ key: jwk as never, format: 'jwk' });
  } catch (error) {
    throw new SigningKeyError(`AUTH_SIGNING_JWK is not a usable key: ${(error as Error).message}`);
  }
  const pub = privateKey.export({ format: 'jwk' }) as { x: string; y: string };
  // RFC 7638 thumbprint: the members in lexical order, no spaces.
  const kid = createHash('sha256')
    .update(JSON.stringify({ crv: 'P-256', kty: 'EC', x: pub.x, y: pub.y }))
    .digest('base64url');
  return {
    privateKey,
    kid,
    publicJwk: { kty: 'EC', crv: 'P-256', x: pub.x, y: pub.y, kid, alg: 'ES256', use: 'sig' },
  };
}
