import { ApolloClient, ApolloLink, HttpLink } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { type AccessTokenSource, createAuthLink } from '../auth/auth-link.ts';
import { createCache } from './create-cache.ts';
import type { LiveConnection } from './live-connection.ts';
import { createPersistedQueryLink } from './persisted-query-link.ts';
import { requestIdLink } from './request-id-link.ts';

/**
 * The client of the public API, served by the gateway at `/graphql` on the same origin.
 * With a session, requests carry its access token (see auth/auth-link.ts). With a live
 * connection, subscriptions go over it (graphql-ws, its token in `connection_init`) and
 * everything else over HTTP as before.
 */
export function createApolloClient(
  session?: AccessTokenSource,
  live?: LiveConnection,
): ApolloClient {
  const persisted = createPersistedQueryLink();
  const links = session
    ? [requestIdLink, createAuthLink(session), persisted, new HttpLink({ uri: '/graphql' })]
    : [requestIdLink, persisted, new HttpLink({ uri: '/graphql' })];
  const http = ApolloLink.from(links);
  const link = live
    ? ApolloLink.split(
        ({ query }) => {
          const definition = getMainDefinition(query);
          return (
            definition.kind === 'OperationDefinition' && definition.operation === 'subscription'
          );
        },
        new GraphQLWsLink(live.client),
        http,
      )
    : http;
  return new ApolloClient({
    link,
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
