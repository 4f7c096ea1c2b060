import { ApolloProvider } from '@apollo/client/react';
import { Outlet } from 'react-router';
import { SessionProvider } from '../auth/session-context.tsx';
import { adminSession } from './admin-session.ts';

/**
 * Everything under `/admin`: `useSession()`, `useSessionManager()` and every Apollo hook
 * (`useQuery`, `useMutation`) here use the ADMIN session and client, not the customer's.
 */
export function AdminRoot() {
  const { session, client } = adminSession();
  return (
    <SessionProvider manager={session}>
      <ApolloProvider client={client}>
        <Outlet />
      </ApolloProvider>
    </SessionProvider>
  );
}
