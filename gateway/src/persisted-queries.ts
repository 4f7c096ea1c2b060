import type { ApolloServerOptions } from '@apollo/server';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import type { GraphQLFormattedError } from 'graphql';
import type { GatewayContext } from './gateway-context.ts';

/**
 * Automatic persisted queries (Apollo's protocol, `extensions.persistedQuery.sha256Hash`): a
 * client sends only the hash; an unknown hash is answered `PERSISTED_QUERY_NOT_FOUND` (HTTP 200)
 * and the client sends the hash again with the full `query`, which registers it. Open to every
 * caller, by GET and POST.
 *
 * Apollo Server does this out of the box, in its shared server cache (an LRU of 30 MiB, entries
 * kept until evicted). Here the cache is the gateway's own and its bound explicit, so other
 * features' entries cannot push the hashes out and a flood of one-off documents cannot grow the
 * memory past it. The cache lives in the process: each gateway instance has its own, and a
 * client whose hash another instance learned gets one `PERSISTED_QUERY_NOT_FOUND` round trip.
 */
export interface PersistedQueryOptions {
  /** Upper bound of the cache, in characters of the documents kept (LRU beyond). */
  cacheBytes: number;
  /** Seconds a registered document is kept; `null`: until evicted. */
  ttlSeconds: number | null;
}

export const DEFAULT_PERSISTED_QUERIES: PersistedQueryOptions = {
  cacheBytes: 16 * 1024 * 1024,
  ttlSeconds: null,
};

export function persistedQueriesConfig(
  options: Partial<PersistedQueryOptions> = {},
): NonNullable<ApolloServerOptions<GatewayContext>['persistedQueries']> {
  const { cacheBytes, ttlSeconds } = { ...DEFAULT_PERSISTED_QUERIES, ...options };
  return {
    cache: new InMemoryLRUCache<string>({ maxSize: cacheBytes }),
    ttl: ttlSeconds,
  };
}

/** Apollo's refusals of a malformed persisted query, which it sends without a code of its own. */
const MALFORMED_PERSISTED_QUERY = new Set([
  'provided sha does not match query',
  'Unsupported persisted query version',
]);

/**
 * A hash that is not its document's, or an unknown protocol version, is the caller's mistake
 * (HTTP 400): `BAD_REQUEST`, not a masked internal error.
 */
export function withPersistedQueryCode(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (!MALFORMED_PERSISTED_QUERY.has(formatted.message)) return formatted;
  return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_REQUEST' } };
}
