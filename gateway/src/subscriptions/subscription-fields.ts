import type { ApiKeyScope } from '@portal/identity';

/** How the gateway serves one `Subscription` field: which events, and which query re-reads. */
export interface SubscriptionFieldSpec {
  /** The `PortalEvent.type` that announces a change. */
  eventType: 'quote' | 'order';
  /** The Query field that reads the changed object by id with the subscriber's identity. */
  queryField: string;
  /** The optional argument that narrows the subscription to one object id. */
  idArgument: string;
  /** The partner key scope needed (customers need none beyond being signed in). */
  scope: ApiKeyScope;
}

/**
 * Every Subscription field the gateway serves. A field must also be in the supergraph's
 * Subscription type (declared in a subgraph schema): documents are validated against it, so an
 * entry here without the schema field is never reached. `orderUpdated` is served as soon as
 * `Subscription.orderUpdated(orderId: ID): Order!` and `Query.order(id: ID!)` are in the portal
 * schema.
 */
export const SUBSCRIPTION_FIELDS: Readonly<Record<string, SubscriptionFieldSpec>> = {
  quoteUpdated: {
    eventType: 'quote',
    queryField: 'quote',
    idArgument: 'quoteId',
    scope: 'quotes:read',
  },
  orderUpdated: {
    eventType: 'order',
    queryField: 'order',
    idArgument: 'orderId',
    scope: 'orders:read',
  },
};

/** The scopes that let a partner key open a subscription connection at all. */
export const SUBSCRIPTION_SCOPES: ReadonlySet<ApiKeyScope> = new Set(
  Object.values(SUBSCRIPTION_FIELDS).map((spec) => spec.scope),
);
