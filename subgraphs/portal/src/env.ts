import { z } from 'zod';

/** The portal subgraph's environment; read here and nowhere else. */
const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4001),
  HOST: z.string().default('127.0.0.1'),
  /** PostgreSQL URL of the portal database; a PGlite folder is used when absent. */
  DATABASE_URL: z.string().url().optional(),
  PGLITE_DIR: z.string().default('.data/portal'),
});

export type PortalEnv = z.infer<typeof Env>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): PortalEnv {
  return Env.parse(source);
}
