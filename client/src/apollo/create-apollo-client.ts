import { ApolloClient, ApolloLink, HttpLink } from '@apollo/client';
import { createCache } from './create-cache.ts';
import { requestIdLink } from './request-id-link.ts';

/** The client of the public API, served by the gateway at `/graphql` on the same origin. */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([requestIdLink, new HttpLink({ uri: '/graphql' })]),
    cache: createCache(),
    defaultOptions: {
      // Partial data is shown beside per-section errors; one company field failing must not
      // blank the page.
      watchQuery: { errorPolicy: 'all' },
      query: { errorPolicy: 'all' },
    },
  });
}
