/** A session's tokens as the API gives them (`Session`). */
export interface SessionTokens {
  id: string;
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  refreshTokenExpiresAt: string;
}
