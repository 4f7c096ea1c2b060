import type { ApolloClient } from '@apollo/client';
import { graphql } from '../__generated__/index.ts';
import { SKIP_AUTH } from './auth-link.ts';
import { refreshOutcome } from './refresh-outcome.ts';
import type { SessionApi } from './session-manager.ts';

const RefreshSessionMutation = graphql(`
  mutation SessionApi_RefreshSession($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) {
      session {
        id
        accessToken
        accessTokenExpiresAt
        refreshToken
        refreshTokenExpiresAt
      }
      error {
        code
      }
    }
  }
`);

const SignOutMutation = graphql(`
  mutation SessionApi_SignOut($refreshToken: String) {
    signOut(refreshToken: $refreshToken)
  }
`);

/** A session request that hangs must not hold the refresh lock (and every tab) for long. */
const SESSION_REQUEST_TIMEOUT_MS = 15_000;

const sessionContext = () => ({
  [SKIP_AUTH]: true,
  fetchOptions: { signal: AbortSignal.timeout(SESSION_REQUEST_TIMEOUT_MS) },
});

/** The session's requests, through the Apollo client but past the auth link. */
export function createSessionApi(client: ApolloClient): SessionApi {
  return {
    async refresh(refreshToken) {
      const result = await client.mutate({
        mutation: RefreshSessionMutation,
        variables: { refreshToken },
        fetchPolicy: 'no-cache',
        errorPolicy: 'all',
        context: sessionContext(),
      });
      return refreshOutcome(result.data?.refreshSession, result.error);
    },
    async signOut(refreshToken) {
      await client.mutate({
        mutation: SignOutMutation,
        variables: { refreshToken },
        fetchPolicy: 'no-cache',
        errorPolicy: 'all',
        context: sessionContext(),
      });
    },
  };
}
