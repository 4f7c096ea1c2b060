import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decryptSecret, encryptSecret, parseEncryptionKey, SecretBoxError } from './secret-box.ts';

const key = randomBytes(32);
const secret = 'sb_secret_4f1b9c0e-the-company-service-role-key';

describe('secret box', () => {
  it('round-trips a secret in the v1 format', () => {
    const cipher = encryptSecret(secret, key);
    expect(cipher).toMatch(/^v1:[\w-]+:[\w-]+:[\w-]+$/);
    expect(cipher).not.toContain(secret);
    expect(decryptSecret(cipher, key)).toBe(secret);
  });

  it('uses a fresh IV each time', () => {
    expect(encryptSecret(secret, key)).not.toBe(encryptSecret(secret, key));
  });

  it('refuses a wrong key with a clear error and no plaintext', () => {
    const cipher = encryptSecret(secret, key);
    const attempt = () => decryptSecret(cipher, randomBytes(32));
    expect(attempt).toThrow(SecretBoxError);
    expect(attempt).toThrow(/wrong PORTAL_ENCRYPTION_KEY or the value was altered/);
  });

  it('refuses a tampered ciphertext or tag', () => {
    const [v, iv, tag, data] = encryptSecret(secret, key).split(':') as [
      string,
      string,
      string,
      string,
    ];
    const flip = (part: string) => {
      const bytes = Buffer.from(part, 'base64url');
      bytes[0] = (bytes[0] ?? 0) ^ 1;
      return bytes.toString('base64url');
    };
    expect(() => decryptSecret([v, iv, tag, flip(data)].join(':'), key)).toThrow(SecretBoxError);
    expect(() => decryptSecret([v, iv, flip(tag), data].join(':'), key)).toThrow(SecretBoxError);
    expect(() => decryptSecret([v, iv, tag.slice(0, 8), data].join(':'), key)).toThrow(
      /malformed IV or authentication tag/,
    );
  });

  it('refuses values that are not in the v1 format', () => {
    for (const bad of ['', 'plain-secret', 'v2:a:b:c', 'v1:a:b', 'v1:a+b:c:d']) {
      expect(() => decryptSecret(bad, key)).toThrow(
        /not in the 'v1:<iv>:<tag>:<ciphertext>' format/,
      );
    }
  });

  it('parses a 32-byte base64 key, standard or URL-safe', () => {
    expect(parseEncryptionKey(key.toString('base64'))).toEqual(key);
    expect(parseEncryptionKey(key.toString('base64url'))).toEqual(key);
    expect(parseEncryptionKey(` ${key.toString('base64')}\n`)).toEqual(key);
  });

  it('names the problem with a key of the wrong length or not base64', () => {
    expect(() => parseEncryptionKey(randomBytes(16).toString('base64'))).toThrow(
      'PORTAL_ENCRYPTION_KEY must decode to 32 bytes, got 16',
    );
    expect(() => parseEncryptionKey('not base64!')).toThrow(/PORTAL_ENCRYPTION_KEY is not base64/);
    expect(() => parseEncryptionKey('')).toThrow(/PORTAL_ENCRYPTION_KEY is not base64/);
    expect(() => encryptSecret(secret, randomBytes(31))).toThrow(/must be 32 bytes, got 31/);
  });
});
