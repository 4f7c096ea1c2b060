import { UnauthenticatedError } from '@portal/errors';
import type { Identity } from '@portal/identity';
import { createRemoteJWKSet, errors, jwtVerify } from 'jose';
import { z } from 'zod';

/** Bad credentials refuse the whole request: HTTP 401, nothing runs. */
const REFUSE = { refuseRequest: true };

/** The audience of the portal's access tokens (Supabase's convention for signed-in users). */
export const ACCESS_TOKEN_AUDIENCE = 'authenticated';

/** The claims the gateway needs from an access token, beyond what `jwtVerify` checks. */
const Claims = z.discriminatedUnion('portal_kind', [
  z.object({
    portal_kind: z.literal('customer'),
    sub: z.string().min(1),
    email: z.string(),
    sid: z.string().min(1),
  }),
  z.object({
    portal_kind: z.literal('admin'),
    sub: z.string().min(1),
    email: z.string(),
    sid: z.string().min(1),
    admin_role: z.enum(['admin', 'support']),
  }),
]);

export type AccessTokenVerifier = (token: string) => Promise<Identity>;

/**
 * Verifies the portal's ES256 access tokens against its JWKS (fetched on demand, cached, and
 * refetched when an unknown `kid` appears, so key rotation needs no restart). Anything wrong
 * with the token is UNAUTHENTICATED; a JWKS the portal cannot serve is an internal error, not
 * the caller's fault.
 */
export function createAccessTokenVerifier(jwksUrl: URL): AccessTokenVerifier {
  const jwks = createRemoteJWKSet(jwksUrl, {
    timeoutDuration: 3_000,
    cooldownDuration: 30_000,
    cacheMaxAge: 10 * 60_000,
  });
  return async (token) => {
    let payload: unknown;
    try {
      ({ payload } = await jwtVerify(token, jwks, {
        algorithms: ['ES256'],
        audience: ACCESS_TOKEN_AUDIENCE,
        requiredClaims: ['exp', 'sub'],
      }));
    } catch (error) {
      if (error instanceof errors.JWTExpired)
        throw new UnauthenticatedError('Access token expired', REFUSE);
      const portalFault =
        error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid;
      if (error instanceof errors.JOSEError && !portalFault) {
        throw new UnauthenticatedError('Invalid access token', REFUSE);
      }
      throw error;
    }
    const claims = Claims.safeParse(payload);
    if (!claims.success) throw new UnauthenticatedError('Invalid access token', REFUSE);
    const { sub, email, sid } = claims.data;
    return claims.data.portal_kind === 'customer'
      ? { kind: 'customer', customerId: sub, email, sessionId: sid }
      : { kind: 'admin', adminId: sub, email, role: claims.data.admin_role, sessionId: sid };
  };
}
