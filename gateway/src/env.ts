import { parseSigningKey } from '@portal/identity';
import { z } from 'zod';

const positiveInt = (fallback: number) => z.coerce.number().int().min(1).default(fallback);

/** The gateway's environment; read here and nowhere else. */
const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('127.0.0.1'),
  PORTAL_SUBGRAPH_URL: z.string().url().default('http://127.0.0.1:4001/graphql'),
  COMPANY_CATALOG_SUBGRAPH_URL: z.string().url().default('http://127.0.0.1:4002/graphql'),
  /**
   * The portal's PostgreSQL, for subscriptions only: the gateway LISTENs on the portal events
   * channel over one dedicated connection and never queries it. Without it the gateway serves no
   * subscriptions (graphql-ws on /graphql).
   */
  PORTAL_EVENTS_DATABASE_URL: z.string().url().optional(),
  /** The built web client (client/dist); served at / when it exists. */
  CLIENT_DIST: z.string().optional(),
  NODE_ENV: z.string().default('development'),
  /** base64 of ≥ 32 bytes shared with the subgraphs; signs the caller's identity for them. */
  GATEWAY_SIGNING_KEY: z.string().transform((value, ctx) => {
    try {
      return parseSigningKey(value);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: (error as Error).message });
      return z.NEVER;
    }
  }),
  /** `open` (anyone) or `privileged` (admins and partner keys); default `privileged` when
   * NODE_ENV is `production`, else `open`. */
  INTROSPECTION: z.enum(['open', 'privileged']).optional(),
  /** Behind a load balancer: take the client address from the last `x-forwarded-for` hop. */
  TRUST_PROXY: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
  /**
   * Trusted documents (docs/decisions/019): `off`, `allow` (manifest hashes resolve, any document
   * runs) or `enforce` (callers other than admins and partner keys run only the web client's
   * registered operations).
   */
  TRUSTED_DOCUMENTS: z.enum(['off', 'allow', 'enforce']).default('allow'),
  /** Bound of the automatic persisted queries cache of this instance, MiB. */
  APQ_CACHE_MB: positiveInt(16),
  MAX_QUERY_DEPTH: positiveInt(12),
  MAX_QUERY_ALIASES: positiveInt(30),
  MAX_QUERY_COST: positiveInt(5_000),
  MAX_QUERY_TOKENS: positiveInt(2_000),
  /** Sign-in, sign-up and password-reset attempts per client IP per minute (each group). */
  AUTH_RATE_LIMIT_PER_MINUTE: positiveInt(10),
  /** Requests per partner API key per minute. */
  API_KEY_RATE_LIMIT_PER_MINUTE: positiveInt(120),
  /** How often partner keys' request counts are saved to the portal, ms (a crash loses them). */
  API_KEY_USAGE_FLUSH_MS: positiveInt(5_000),
  MAX_SUBSCRIPTIONS_PER_CONNECTION: positiveInt(20),
  /** Open subscriptions of one customer or partner key across its connections. */
  MAX_SUBSCRIPTIONS_PER_SUBSCRIBER: positiveInt(50),
});

export type GatewayEnv = z.infer<typeof Env>;

/** Who may introspect: `INTROSPECTION` when set, else `privileged` in production only. */
export function introspectionPolicy(env: GatewayEnv): 'open' | 'privileged' {
  return env.INTROSPECTION ?? (env.NODE_ENV === 'production' ? 'privileged' : 'open');
}

export function readEnv(source: NodeJS.ProcessEnv = process.env): GatewayEnv {
  const parsed = Env.safeParse(source);
  if (!parsed.success) {
    throw new Error(`Invalid gateway environment:\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}
