import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Header of the services' internal calls (`/internal/…`): base64url HMAC-SHA256 of the raw
 * request body with the shared `GATEWAY_SIGNING_KEY`.
 */
export const BODY_SIGNATURE_HEADER = 'x-portal-signature';

/** The signature of a request body under the shared key. */
export function signBody(body: string | Buffer, key: Buffer): string {
  return createHmac('sha256', key).update(body).digest('base64url');
}

/** Whether `given` is the shared key's signature of `body` (constant-time). */
export function signatureValid(
  body: Buffer,
  given: string | string[] | undefined,
  key: Buffer,
): boolean {
  if (typeof given !== 'string') return false;
  const expected = Buffer.from(signBody(body, key));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
