import type { ApolloLink } from '@apollo/client';
import { ServerError } from '@apollo/client/errors';

/**
 * Whether the gateway turned a request away for its access token (401 `UNAUTHENTICATED`):
 * as a GraphQL response (`application/graphql-response+json` keeps the body of a 401) or,
 * from servers that answer plain JSON, as a failed HTTP request.
 */
export function isUnauthenticatedResult(result: ApolloLink.Result): boolean {
  const errors = 'errors' in result ? result.errors : undefined;
  return Array.isArray(errors) && errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
}

export function isUnauthenticatedError(error: unknown): boolean {
  return ServerError.is(error) && error.statusCode === 401;
}
