import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from './gateway-context.ts';
import { fragmentsOf } from './operation-fields.ts';
import { operationCost } from './query-cost.ts';

/**
 * Refuses an operation whose estimated cost (`query-cost.ts`) exceeds `maxCost`, once the
 * variables are known (a `first: $n` counts as the `n` sent). Answered like the other query
 * limits: `GRAPHQL_VALIDATION_FAILED`, HTTP 400, `extensions.limit = "cost"`.
 */
export function costLimitPlugin(maxCost: number): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, schema, request }) {
          if (!operation) return; // no such operation: execution answers that
          const cost = operationCost(schema, operation, fragmentsOf(document), request.variables);
          if (cost > maxCost) {
            throw new GraphQLError(
              `Operation cost ${cost} exceeds the limit of ${maxCost}; ask for smaller pages (first) or fewer fields`,
              {
                extensions: {
                  code: 'GRAPHQL_VALIDATION_FAILED',
                  limit: 'cost',
                  max: maxCost,
                  cost,
                  http: { status: 400 },
                },
              },
            );
          }
        },
      };
    },
  };
}
