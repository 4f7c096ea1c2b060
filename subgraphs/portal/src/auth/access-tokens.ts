import type { AdminRole } from '@portal/identity';
import { createLocalJWKSet, jwtVerify, SignJWT } from 'jose';
import type { SigningKey } from './signing-key.ts';

/** Short: a stolen access token is useful only briefly; refresh tokens renew it silently. */
export const ACCESS_TOKEN_TTL_SECONDS = 600;

export const TOKEN_ISSUER = 'panel-portal';
export const TOKEN_AUDIENCE = 'authenticated';

/** Who an access token is for. */
export type TokenSubject =
  | { kind: 'customer'; id: string; email: string; sessionId: string }
  | { kind: 'admin'; id: string; email: string; role: AdminRole; sessionId: string };

/**
 * The claims, Supabase-compatible (`sub`, `role`, `aud`, `email`, `exp`, `iat`) so the same
 * token works against RLS policies on `auth.uid()`, plus the portal's own: `sid` (the session),
 * `portal_kind` and, for admins, `admin_role`.
 */
export interface AccessTokenClaims {
  sub: string;
  role: 'authenticated';
  aud: typeof TOKEN_AUDIENCE;
  iss: typeof TOKEN_ISSUER;
  email: string;
  sid: string;
  portal_kind: 'customer' | 'admin';
  admin_role?: AdminRole;
  iat: number;
  exp: number;
}

export interface IssuedAccessToken {
  token: string;
  expiresAt: Date;
}

export function createAccessTokens(key: SigningKey, now: () => number = Date.now) {
  return {
    async issue(subject: TokenSubject): Promise<IssuedAccessToken> {
      const iat = Math.floor(now() / 1000);
      const exp = iat + ACCESS_TOKEN_TTL_SECONDS;
      const token = await new SignJWT({
        role: 'authenticated',
        email: subject.email,
        sid: subject.sessionId,
        portal_kind: subject.kind,
        ...(subject.kind === 'admin' ? { admin_role: subject.role } : {}),
      })
        .setProtectedHeader({ alg: 'ES256', kid: key.kid, typ: 'JWT' })
        .setSubject(subject.id)
        .setAudience(TOKEN_AUDIENCE)
        .setIssuer(TOKEN_ISSUER)
        .setIssuedAt(iat)
        .setExpirationTime(exp)
        .sign(key.privateKey);
      return { token, expiresAt: new Date(exp * 1000) };
    },

    /** The JWKS document served at `/.well-known/jwks.json`. */
    jwks(): { keys: SigningKey['publicJwk'][] } {
      return { keys: [key.publicJwk] };
    },

    /** Verifies a token of this key (tests; the gateway verifies against the JWKS). */
    async verify(token: string): Promise<AccessTokenClaims> {
      const { payload } = await jwtVerify(token, createLocalJWKSet(this.jwks()), {
        algorithms: ['ES256'],
        audience: TOKEN_AUDIENCE,
        issuer: TOKEN_ISSUER,
      });
      return payload as unknown as AccessTokenClaims;
    },
  };
}

export type AccessTokens = ReturnType<typeof createAccessTokens>;
