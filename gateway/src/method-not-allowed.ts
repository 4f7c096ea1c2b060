import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/**
 * Apollo answers a mutation sent by GET (and any method but GET and POST) with HTTP 405 and an
 * `Allow` header, but with the generic code `BAD_REQUEST`. Partners get a code of its own, so a
 * client can tell "send this as a POST" from a malformed request without reading the message.
 */
export function withMethodNotAllowedCode(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const http = error instanceof GraphQLError ? error.extensions.http : undefined;
  if ((http as { status?: number } | undefined)?.status !== 405) return formatted;
  return { ...formatted, extensions: { ...formatted.extensions, code: 'METHOD_NOT_ALLOWED' } };
}
