import type { ApolloServerPlugin } from '@apollo/server';
import { PortalError } from '@portal/errors';
import type { Identity } from '@portal/identity';
import type { AdminCustomerRows } from '../data/admin-customer-rows.ts';
import { isUuid } from '../data/uuid.ts';

/**
 * Whether a customer's request must be refused although the gateway verified the token: the
 * account is disabled, or the token's session was ended by disabling it. The gateway checks
 * only the access token's signature and expiry, so without this a token issued before the
 * disable would work for up to its 10 minutes (ADR 022). One indexed lookup per customer
 * request; other callers are not looked up.
 */
export async function customerSessionEnded(
  identity: Identity,
  customers: Pick<AdminCustomerRows, 'accessRefused'>,
): Promise<boolean> {
  if (identity.kind !== 'customer' || !isUuid(identity.customerId)) return false;
  const sessionId = isUuid(identity.sessionId) ? identity.sessionId : null;
  return customers.accessRefused(identity.customerId, sessionId);
}

/**
 * Refuses the whole operation of an ended session with `UNAUTHENTICATED`, before anything
 * runs. An answer, not an HTTP 401 of the subgraph: the gateway treats a subgraph's 401 as its
 * own signature being refused (masked as `INTERNAL`), while this code reaches the client, which
 * then tries its refresh token, is refused too, and signs out.
 */
export function endedSessionPlugin<C extends { sessionEnded?: boolean }>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue }) {
          if (contextValue.sessionEnded) {
            // HTTP 200 with the error (Apollo answers 500 for a plugin's error otherwise).
            throw new PortalError(
              'UNAUTHENTICATED',
              'This session has ended (signed out, password changed elsewhere, or account disabled); sign in again',
              { http: { status: 200 } },
            );
          }
        },
      };
    },
  };
}
