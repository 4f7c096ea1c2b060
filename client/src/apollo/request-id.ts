import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import { REQUEST_ID_HEADER } from './request-id-link.ts';

/**
 * The request id behind an error, when one exists: from the GraphQL response (set by the
 * request-id link) or from the HTTP response of a failed request. Network failures that never
 * reached the server have none.
 */
export function requestIdOf(error: unknown): string | undefined {
  if (CombinedGraphQLErrors.is(error)) {
    const id = error.extensions?.requestId;
    return typeof id === 'string' ? id : undefined;
  }
  if (ServerError.is(error) || ServerParseError.is(error)) {
    return error.response.headers.get(REQUEST_ID_HEADER) ?? undefined;
  }
  return undefined;
}
