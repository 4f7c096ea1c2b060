/**
 * When an access token expires by this browser's clock. The server's `accessTokenExpiresAt`
 * is on the server's clock, and a customer's computer may be minutes off; the token's own
 * lifetime (`exp - iat`) counted from when it arrived is not. Falls back to the server time
 * when the token cannot be read.
 */
export function localAccessTokenExpiry(
  accessToken: string,
  accessTokenExpiresAt: string,
  receivedAtMs: number,
): number {
  const claims = readClaims(accessToken);
  if (claims) return receivedAtMs + (claims.exp - claims.iat) * 1000;
  const serverTime = Date.parse(accessTokenExpiresAt);
  return Number.isNaN(serverTime) ? receivedAtMs : serverTime;
}

function readClaims(token: string): { iat: number; exp: number } | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
    const json = atob(base64.padEnd(base64.length + ((4 - (base64.length % 4)) % 4), '='));
    const { iat, exp } = JSON.parse(json) as { iat?: unknown; exp?: unknown };
    if (typeof iat !== 'number' || typeof exp !== 'number' || exp <= iat) return undefined;
    return { iat, exp };
  } catch {
    return undefined;
  }
}
