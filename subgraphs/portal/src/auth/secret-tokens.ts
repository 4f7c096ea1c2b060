import { createHash, randomBytes } from 'node:crypto';

/** An opaque, URL-safe random token with 256 bits of entropy (refresh and email tokens). */
export function newOpaqueToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * How tokens are stored: a fast hash is enough for 256-bit random tokens (no guessing), and a
 * stolen table gives nothing usable.
 */
export function sha256Hex(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
