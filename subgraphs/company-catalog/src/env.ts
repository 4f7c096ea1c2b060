import {
  DEFAULT_CIRCUIT_COOLDOWN_MS,
  DEFAULT_TIMEOUT_MS,
  parseEncryptionKey,
} from '@portal/company-link';
import { parseSigningKey } from '@portal/identity';
import { z } from 'zod';

/** The company-catalog subgraph's environment; read here and nowhere else. */
const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4002),
  HOST: z.string().default('127.0.0.1'),
  /** PostgreSQL URL of the portal database (the company registry). The embedded start passes
   * its database in instead, so this is optional here and required by `main.ts`. */
  DATABASE_URL: z.string().url().optional(),
  /** base64 of 32 bytes; decrypts the companies' secret keys. */
  PORTAL_ENCRYPTION_KEY: z.string().transform((value, ctx) => {
    try {
      return parseEncryptionKey(value);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: (error as Error).message });
      return z.NEVER;
    }
  }),
  /** base64 of ≥ 32 bytes shared with the gateway; requests it did not sign are refused. */
  GATEWAY_SIGNING_KEY: z.string().transform((value, ctx) => {
    try {
      return parseSigningKey(value);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: (error as Error).message });
      return z.NEVER;
    }
  }),
  /** The portal subgraph's base URL on the internal network: `previewQuote` asks it for the
   * customer's discount. Required by `main.ts`; the embedded start passes it in. */
  PORTAL_URL: z.string().url().optional(),
  /** Timeout of one call to a company, in milliseconds. */
  COMPANY_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(DEFAULT_TIMEOUT_MS),
  /** Consecutive failed calls to a company that open its circuit (ADR 023). */
  COMPANY_CIRCUIT_FAILURES: z.coerce.number().int().min(1).max(1000).default(5),
  /** How long an open company circuit waits before one probe call, ms. */
  COMPANY_CIRCUIT_COOLDOWN_MS: z.coerce
    .number()
    .int()
    .min(0)
    .max(3_600_000)
    .default(DEFAULT_CIRCUIT_COOLDOWN_MS),
  /** Calls in flight to one company at a time in this process; more wait within their timeout. */
  COMPANY_MAX_CONCURRENCY: z.coerce.number().int().min(1).max(1000).default(8),
});

export type CatalogEnv = z.infer<typeof Env>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): CatalogEnv {
  const parsed = Env.safeParse(source);
  if (!parsed.success) {
    throw new Error(`Invalid company-catalog environment:\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}
