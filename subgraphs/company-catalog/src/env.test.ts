import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readEnv } from './env.ts';

const key = randomBytes(32);
const signingKey = randomBytes(32);
const base = {
  PORTAL_ENCRYPTION_KEY: key.toString('base64'),
  GATEWAY_SIGNING_KEY: signingKey.toString('base64'),
};

describe('environment', () => {
  it('applies defaults and decodes the encryption key', () => {
    expect(readEnv(base)).toEqual({
      PORT: 4002,
      HOST: '127.0.0.1',
      PORTAL_ENCRYPTION_KEY: key,
      GATEWAY_SIGNING_KEY: signingKey,
      COMPANY_TIMEOUT_MS: 3000,
      COMPANY_CIRCUIT_FAILURES: 5,
      COMPANY_CIRCUIT_COOLDOWN_MS: 10_000,
      COMPANY_MAX_CONCURRENCY: 8,
    });
    expect(
      readEnv({
        ...base,
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
    expect(() => readEnv({ ...base, PORTAL_ENCRYPTION_KEY: 'c2hvcnQ=' })).toThrow(
      /PORTAL_ENCRYPTION_KEY must decode to 32 bytes, got 5/,
    );
    expect(() => readEnv({ ...base, COMPANY_TIMEOUT_MS: 'soon' })).toThrow(/COMPANY_TIMEOUT_MS/);
    expect(() => readEnv({ ...base, GATEWAY_SIGNING_KEY: 'c2hvcnQ=' })).toThrow(
      /GATEWAY_SIGNING_KEY must be at least 32 bytes/,
    );
  });
});
