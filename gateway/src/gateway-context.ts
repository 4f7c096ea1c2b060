import type { Identity } from '@portal/identity';

/** Per request at the gateway: built once from the credentials, then read by plugins and the
 * subgraph data sources. */
export interface GatewayContext {
  requestId: string;
  /** The caller, verified once here and signed into every subgraph request. */
  identity: Identity;
  /** The client's address (from `x-forwarded-for` only behind a trusted proxy). */
  clientIp: string;
}
