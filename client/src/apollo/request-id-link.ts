import { ApolloLink } from '@apollo/client';
import { map } from 'rxjs';

export const REQUEST_ID_HEADER = 'x-request-id';

/** A random id; crypto.randomUUID needs a secure context, getRandomValues does not. */
function newRequestId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Gives every operation a request id the gateway logs and forwards to the subgraphs, and keeps
 * it in the result's `extensions.requestId`, so an error shown to the user can quote it to
 * support.
 */
export const requestIdLink = new ApolloLink((operation, forward) => {
  const requestId = newRequestId();
  operation.setContext(({ headers }: { headers?: Record<string, string> }) => ({
    headers: { ...headers, [REQUEST_ID_HEADER]: requestId },
  }));
  return forward(operation).pipe(
    map((result) => ({ ...result, extensions: { ...result.extensions, requestId } })),
  );
});
