import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readEnv } from './env.ts';

const key = randomBytes(32);

describe('environment', () => {
  it('applies defaults and decodes the encryption key', () => {
    expect(readEnv({ PORTAL_ENCRYPTION_KEY: key.toString('base64') })).toEqual({
      PORT: 4002,
      HOST: '127.0.0.1',
      PORTAL_ENCRYPTION_KEY: key,
      COMPANY_TIMEOUT_MS: 3000,
    });
    expect(
      readEnv({
        PORTAL_ENCRYPTION_KEY: key.toString('base64'),
        PORT: '0',
        DATABASE_URL: 'postgres://portal@db:5432/portal',
        COMPANY_TIMEOUT_MS: '1500',
      }),
    ).toMatchObject({
      PORT: 0,
      DATABASE_URL: 'postgres://portal@db:5432/portal',
      COMPANY_TIMEOUT_MS: 1500,
    });
  });

  it('names what is wrong', () => {
    expect(() => readEnv({})).toThrow(/PORTAL_ENCRYPTION_KEY/);
    expect(() => readEnv({ PORTAL_ENCRYPTION_KEY: 'c2hvcnQ=' })).toThrow(
      /PORTAL_ENCRYPTION_KEY must decode to 32 bytes, got 5/,
    );
    expect(() =>
      readEnv({ PORTAL_ENCRYPTION_KEY: key.toString('base64'), COMPANY_TIMEOUT_MS: 'soon' }),
    ).toThrow(/COMPANY_TIMEOUT_MS/);
  });
});
