/**
 * WebSocket close codes the gateway's subscription server uses (graphql-ws reserves 4400–4499
 * for the protocol; these follow its meaning where it has one). A client tells them apart:
 * the graphql-ws client gives up on 4401 and 4400, and reconnects on the others.
 */
export const CLOSE = {
  /** No credentials, or invalid or revoked ones: sign in again (graphql-ws: fatal). */
  UNAUTHORIZED: 4401,
  /** Valid credentials that may not subscribe (an admin, a partner key without a read scope). */
  FORBIDDEN: 4403,
  /**
   * The access token expired, at connect or while connected: refresh it and reconnect
   * (`connectionParams` reads the fresh one). Not 4401, which the client treats as final.
   */
  TOKEN_EXPIRED: 4419,
  /** The portal could not verify the credentials now (its key set or key check failed). */
  VERIFICATION_UNAVAILABLE: 1013,
  /** The gateway's event feed reconnected: events may have been missed; reconnect, refetch. */
  EVENTS_MISSED: 1012,
  /** The gateway is shutting down. */
  GOING_AWAY: 1001,
} as const;
