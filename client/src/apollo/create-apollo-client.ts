import { ApolloClient, ApolloLink, HttpLink } from '@apollo/client';
import { type AccessTokenSource, createAuthLink } from '../auth/auth-link.ts';
import { createCache } from './create-cache.ts';
import { requestIdLink } from './request-id-link.ts';

/**
 * The client of the public API, served by the gateway at `/graphql` on the same origin.
 * With a session, requests carry its access token (see auth/auth-link.ts).
 */
export function createApolloClient(session?: AccessTokenSource): ApolloClient {
  const links = session
    ? [requestIdLink, createAuthLink(session), new HttpLink({ uri: '/graphql' })]
    : [requestIdLink, new HttpLink({ uri: '/graphql' })];
  return new ApolloClient({
    link: ApolloLink.from(links),
    cache: createCache(),
    defaultOptions: {
      // Partial data is shown beside per-section errors; one company field failing must not
      // blank the page.
      watchQuery: { errorPolicy: 'all' },
      query: { errorPolicy: 'all' },
      // Mutations resolve with `{ data, error }` instead of throwing: forms map both to fields.
      mutate: { errorPolicy: 'all' },
    },
  });
}
