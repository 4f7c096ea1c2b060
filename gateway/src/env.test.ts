import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { introspectionPolicy, readEnv } from './env.ts';

const key = randomBytes(32);
const base = { GATEWAY_SIGNING_KEY: key.toString('base64') };

describe('gateway environment', () => {
  it('applies the documented defaults', () => {
    expect(readEnv(base)).toMatchObject({
      GATEWAY_SIGNING_KEY: key,
      TRUST_PROXY: false,
      MAX_QUERY_DEPTH: 12,
      MAX_QUERY_ALIASES: 30,
      MAX_QUERY_COST: 5000,
      MAX_QUERY_TOKENS: 2000,
      AUTH_RATE_LIMIT_PER_MINUTE: 10,
      API_KEY_RATE_LIMIT_PER_MINUTE: 120,
      API_KEY_USAGE_FLUSH_MS: 5000,
      TRUSTED_DOCUMENTS: 'allow',
      APQ_CACHE_MB: 16,
    });
  });

  it('takes only the three trusted-documents modes', () => {
    expect(readEnv({ ...base, TRUSTED_DOCUMENTS: 'enforce' }).TRUSTED_DOCUMENTS).toBe('enforce');
    expect(() => readEnv({ ...base, TRUSTED_DOCUMENTS: 'strict' })).toThrow(/TRUSTED_DOCUMENTS/);
  });

  it('closes introspection in production unless told otherwise', () => {
    expect(introspectionPolicy(readEnv(base))).toBe('open');
    expect(introspectionPolicy(readEnv({ ...base, NODE_ENV: 'production' }))).toBe('privileged');
    expect(
      introspectionPolicy(readEnv({ ...base, NODE_ENV: 'production', INTROSPECTION: 'open' })),
    ).toBe('open');
  });

  it('names what is wrong', () => {
    expect(() => readEnv({})).toThrow(/GATEWAY_SIGNING_KEY/);
    expect(() => readEnv({ GATEWAY_SIGNING_KEY: 'c2hvcnQ=' })).toThrow(/at least 32 bytes/);
    expect(() => readEnv({ ...base, MAX_QUERY_DEPTH: '0' })).toThrow(/MAX_QUERY_DEPTH/);
  });
});
