import { PortalError } from '@portal/errors';
import type { SubscriptionResolvers } from '../__generated__/resolvers-types.ts';

/**
 * The subscription fields are declared here so they compose into the supergraph (and are
 * validated there), but the gateway serves them: `@apollo/gateway` does not execute
 * subscriptions, so the gateway turns each event into a query (docs/live-updates.md). A caller
 * reaching the subgraph directly learns where to go instead of hanging.
 */
const servedByTheGateway = (): never => {
  throw new PortalError(
    'BAD_USER_INPUT',
    'Subscriptions are served by the gateway over graphql-ws on /graphql',
  );
};

export const Subscription: SubscriptionResolvers = {
  quoteUpdated: { subscribe: servedByTheGateway },
  orderUpdated: { subscribe: servedByTheGateway },
};
