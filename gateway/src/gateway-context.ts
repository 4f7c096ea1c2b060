import type { Identity } from '@portal/identity';

/** Per request at the gateway: built once from the credentials, then read by plugins and the
 * subgraph data sources. */
export interface GatewayContext {
  requestId: string;
  /** The caller, verified once here and signed into every subgraph request. */
  identity: Identity;
  /** The client's address (from `x-forwarded-for` only behind a trusted proxy). */
  clientIp: string;
  /**
   * Set when the gateway's subscription server re-reads an object for a subscriber's event:
   * the caller did not send this request, so it does not count against a partner key's budget.
   */
  subscriptionEvent?: boolean;
}
