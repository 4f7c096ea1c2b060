import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import type { GatewayContext } from './gateway-context.ts';

/**
 * Codes a client may see as they are: the API's stable codes (API.md) and Apollo's request
 * errors. Anything else — a subgraph's bug, a database message, a subgraph that is down — is
 * replaced by `INTERNAL` with the request id, and the original goes to the log.
 */
export const PASS_THROUGH_CODES: ReadonlySet<string> = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'RATE_LIMITED',
  'COMPANY_UNAVAILABLE',
  'SERVICE_UNAVAILABLE',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PERSISTED_QUERY_REQUIRED',
  'BAD_REQUEST',
  'METHOD_NOT_ALLOWED',
  'OPERATION_RESOLUTION_FAILURE',
]);

export function isExpected(error: { extensions?: Record<string, unknown> }): boolean {
  const code = error.extensions?.code;
  // `response` marks a subgraph that answered with an HTTP error (its 401 means it refused our
  // signature: our fault, not the caller's); it also carries internal URLs.
  return (
    typeof code === 'string' &&
    PASS_THROUGH_CODES.has(code) &&
    error.extensions?.response === undefined
  );
}

export function internalError(
  requestId: string | undefined,
  original?: GraphQLFormattedError,
): GraphQLFormattedError {
  return {
    message: requestId ? `Internal error (request id ${requestId})` : 'Internal error',
    extensions: { code: 'INTERNAL', ...(requestId ? { requestId } : {}) },
    ...(original?.path ? { path: original.path } : {}),
    ...(original?.locations ? { locations: original.locations } : {}),
  };
}

/**
 * Masks unexpected errors of executed operations with the request id and logs the originals
 * (pino JSON). Errors before execution (context creation) go through `formatError`, which the
 * server points at the same rule.
 */
export function errorMaskingPlugin(logger: Logger): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const error of errors) {
            if (isExpected(error)) continue;
            logger.error(
              {
                requestId: contextValue.requestId,
                operationName,
                err: error.originalError ?? error,
                path: error.path,
                extensions: error.extensions,
              },
              'unexpected error in a GraphQL request',
            );
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const { errors } = response.body.singleResult;
          if (!errors?.some((e) => !isExpected(e))) return;
          response.body.singleResult.errors = errors.map((e) =>
            isExpected(e) ? e : internalError(contextValue.requestId, e),
          );
        },
      };
    },
  };
}
