import { describe, expect, it } from 'vitest';
import { ACCESS_TOKEN_TTL_SECONDS, createAccessTokens } from './access-tokens.ts';
import { generateSigningJwk, parseSigningJwk, SigningKeyError } from './signing-key.ts';

describe('access tokens', () => {
  const key = parseSigningJwk(generateSigningJwk());

  it('issues ES256 tokens with Supabase-compatible claims that its JWKS verifies', async () => {
    const tokens = createAccessTokens(key, () => 1_700_000_000_000);
    const { token, expiresAt } = await tokens.issue({
      kind: 'admin',
      id: 'a1',
      email: 'root@portal.test',
      role: 'support',
      sessionId: 's1',
    });
    expect(expiresAt.getTime()).toBe(1_700_000_000_000 + ACCESS_TOKEN_TTL_SECONDS * 1000);
    const [header, payload] = token
      .split('.')
      .slice(0, 2)
      .map((p) => JSON.parse(Buffer.from(p, 'base64url').toString()));
    expect(header).toEqual({ alg: 'ES256', kid: key.kid, typ: 'JWT' });
    expect(payload).toEqual({
      sub: 'a1',
      role: 'authenticated',
      aud: 'authenticated',
      iss: 'panel-portal',
      email: 'root@portal.test',
      sid: 's1',
      portal_kind: 'admin',
      admin_role: 'support',
      iat: 1_700_000_000,
      exp: 1_700_000_000 + ACCESS_TOKEN_TTL_SECONDS,
    });
    // Expired by now: the clock above is in 2023.
    await expect(tokens.verify(token)).rejects.toThrow(/exp/);
  });

  it('refuses a token of another key', async () => {
    const mine = createAccessTokens(key);
    const other = createAccessTokens(parseSigningJwk(generateSigningJwk()));
    const { token } = await other.issue({
      kind: 'customer',
      id: 'c',
      email: 'c@x.hu',
      sessionId: 's',
    });
    await expect(mine.verify(token)).rejects.toThrow();
    expect(mine.jwks().keys[0]).not.toHaveProperty('d');
  });

  it('explains an unusable AUTH_SIGNING_JWK', () => {
    expect(() => parseSigningJwk('nope')).toThrow(SigningKeyError);
    const publicOnly = JSON.stringify({ ...JSON.parse(generateSigningJwk()), d: undefined });
    expect(() => parseSigningJwk(publicOnly)).toThrow(/private EC P-256/);
  });
});
