import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';

/**
 * Refuses a document whose operation cannot be chosen (several and none named, or
 * `operationName` naming none) with HTTP 400 `OPERATION_RESOLUTION_FAILURE`, before execution.
 * Apollo Server leaves this to execution; graphql-js reports it as a result error, which Apollo
 * turns into that code, but the Apollo Gateway's executor throws instead, and the request ended
 * as a 500 `INTERNAL` (found by the hostile-input suite, docs/reliability.md).
 */
export function operationResolutionPlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request }) {
          if (operation) return;
          const name = request.operationName;
          throw new GraphQLError(
            name
              ? `Unknown operation named "${name.slice(0, 100)}".`
              : 'Must provide operation name if query contains multiple operations.',
            { extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } } },
          );
        },
      };
    },
  };
}
