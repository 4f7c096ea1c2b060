import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** Length of the AES-256 key in bytes. */
const KEY_BYTES = 32;
/** 96-bit IV, the size GCM is specified for. */
const IV_BYTES = 12;
const TAG_BYTES = 16;
const VERSION = 'v1';
const BASE64URL = /^[A-Za-z0-9_-]*$/;

/** A secret could not be encrypted or decrypted; the message never contains the secret. */
export class SecretBoxError extends Error {
  readonly code = 'SECRET_BOX' as const;
  override readonly name = 'SecretBoxError';
}

/**
 * Decodes `PORTAL_ENCRYPTION_KEY` (standard or URL-safe base64 of 32 random bytes), e.g. made
 * with `openssl rand -base64 32`.
 */
export function parseEncryptionKey(base64: string): Buffer {
  const text = base64.trim();
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(text)) {
    throw new SecretBoxError(
      'PORTAL_ENCRYPTION_KEY is not base64; make one with `openssl rand -base64 32`',
    );
  }
  // Node's base64 decoder reads both alphabets.
  const key = Buffer.from(text, 'base64');
  if (key.length !== KEY_BYTES) {
    throw new SecretBoxError(
      `PORTAL_ENCRYPTION_KEY must decode to ${KEY_BYTES} bytes, got ${key.length}; make one with \`openssl rand -base64 32\``,
    );
  }
  return key;
}

/** Encrypts with AES-256-GCM into `v1:<iv>:<tag>:<ciphertext>` (base64url parts). */
export function encryptSecret(plain: string, key: Buffer): string {
  assertKey(key);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [VERSION, iv, tag, ciphertext]
    .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
    .join(':');
}

/**
 * Decrypts what `encryptSecret` made. A wrong key or a tampered value fails the GCM tag check
 * and throws a `SecretBoxError`; no partial plaintext is ever returned.
 */
export function decryptSecret(cipher: string, key: Buffer): string {
  assertKey(key);
  const parts = cipher.split(':');
  if (
    parts.length !== 4 ||
    parts[0] !== VERSION ||
    !parts.slice(1).every((p) => BASE64URL.test(p))
  ) {
    throw new SecretBoxError(
      `Encrypted secret is not in the '${VERSION}:<iv>:<tag>:<ciphertext>' format`,
    );
  }
  const iv = Buffer.from(parts[1]!, 'base64url');
  const tag = Buffer.from(parts[2]!, 'base64url');
  const data = Buffer.from(parts[3]!, 'base64url');
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) {
    throw new SecretBoxError('Encrypted secret has a malformed IV or authentication tag');
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8');
  } catch {
    throw new SecretBoxError(
      'Encrypted secret cannot be decrypted: wrong PORTAL_ENCRYPTION_KEY or the value was altered',
    );
  }
}

function assertKey(key: Buffer): void {
  if (key.length !== KEY_BYTES) {
    throw new SecretBoxError(`Encryption key must be ${KEY_BYTES} bytes, got ${key.length}`);
  }
}
