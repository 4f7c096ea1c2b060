import type { ApolloClient } from '@apollo/client';
import { createApolloClient } from '../apollo/create-apollo-client.ts';
import { webLockRunner } from '../auth/exclusive-runner.ts';
import { createSessionApi } from '../auth/session-api.ts';
import { SessionManager } from '../auth/session-manager.ts';
import { browserStorages } from '../auth/stored-session.ts';
import { TokenStore } from '../auth/token-store.ts';

/** Where the admin session's refresh token is stored: apart from the customer's session. */
export const ADMIN_SESSION_KEY = 'portal.admin-session';

/** The admin UI's session and its own Apollo client (own token, own cache). */
export interface AdminSession {
  session: SessionManager;
  client: ApolloClient;
}

let current: AdminSession | undefined;

/**
 * The admin session of this tab, made on first use (the customer pages never pay for it).
 * The same machinery as the customer session (refresh before expiry, single flight, sign-out
 * revokes, other tabs followed), under another storage key and lock, with a client of its own:
 * a customer signed in in the same browser keeps their session, and neither token reaches the
 * other's pages.
 */
export function adminSession(): AdminSession {
  if (current) return current;
  const storages = browserStorages();
  const session = new SessionManager(new TokenStore(storages, Date.now, ADMIN_SESSION_KEY), {
    exclusive: webLockRunner,
  });
  const client = createApolloClient(session);
  session.connect(createSessionApi(client));
  session.onSessionEnd(() => void client.clearStore());
  session.listenToOtherTabs(window, storages.remembered);
  void session.start();
  current = { session, client };
  return current;
}
