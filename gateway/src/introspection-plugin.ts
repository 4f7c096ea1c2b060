import type { ApolloServerPlugin } from '@apollo/server';
import { PortalError } from '@portal/errors';
import type { Identity } from '@portal/identity';
import type { GatewayContext } from './gateway-context.ts';
import { fragmentsOf, rootFieldNames } from './operation-fields.ts';

/**
 * `open`: anyone may introspect (development). `privileged`: only admins and partner keys,
 * for the explorer and code generation against the live API (production).
 */
export type IntrospectionPolicy = 'open' | 'privileged';

const mayIntrospect = (identity: Identity) =>
  identity.kind === 'admin' || identity.kind === 'partner';

/**
 * Apollo's own `introspection` switch is all or nothing; this decides per caller. `__typename`
 * is not introspection and is always allowed.
 */
export function introspectionPlugin(
  policy: IntrospectionPolicy,
): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      if (policy === 'open') return;
      return {
        async didResolveOperation({ operation, document, contextValue }) {
          if (!operation) return; // no such operation: execution answers that
          if (mayIntrospect(contextValue.identity)) return;
          const fields = rootFieldNames(operation, fragmentsOf(document));
          if (fields.some((name) => name === '__schema' || name === '__type')) {
            throw new PortalError(
              'FORBIDDEN',
              'Introspection is available to admins and partner API keys only',
              { http: { status: 403 } },
            );
          }
        },
      };
    },
  };
}
