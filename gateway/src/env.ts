import { z } from 'zod';

/** The gateway's environment; read here and nowhere else. */
const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('127.0.0.1'),
  PORTAL_SUBGRAPH_URL: z.string().url().default('http://127.0.0.1:4001/graphql'),
  COMPANY_CATALOG_SUBGRAPH_URL: z.string().url().default('http://127.0.0.1:4002/graphql'),
  /** The built web client (client/dist); served at / when it exists. */
  CLIENT_DIST: z.string().optional(),
});

export type GatewayEnv = z.infer<typeof Env>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): GatewayEnv {
  return Env.parse(source);
}
