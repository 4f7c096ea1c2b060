/** What a partner API key may do. */
export const API_KEY_SCOPES = [
  'catalog:read',
  'quotes:read',
  'quotes:write',
  'orders:read',
] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

export type AdminRole = 'admin' | 'support';

/**
 * Who is calling, as the gateway established it once per request (from an access token or an
 * API key) and forwards, signed, to every subgraph. Subgraphs never look at tokens themselves.
 */
export type Identity =
  | { kind: 'anonymous' }
  | { kind: 'customer'; customerId: string; email: string; sessionId: string }
  | { kind: 'admin'; adminId: string; email: string; role: AdminRole; sessionId: string }
  | {
      kind: 'partner';
      apiKeyId: string;
      scopes: ApiKeyScope[];
      /** A customer's key acts for that customer; an admin-made key for one company. */
      owner: { kind: 'customer'; customerId: string } | { kind: 'company'; companyId: string };
    };

export const ANONYMOUS: Identity = Object.freeze({ kind: 'anonymous' });
