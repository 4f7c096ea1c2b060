import { DEFAULT_CIRCUIT_COOLDOWN_MS, parseEncryptionKey } from '@portal/company-link';
import { parseSigningKey } from '@portal/identity';
import { z } from 'zod';
import { parseSigningJwk } from './auth/signing-key.ts';

/** The portal subgraph's environment; read here and nowhere else. */
const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4001),
  HOST: z.string().default('127.0.0.1'),
  /** PostgreSQL URL of the portal database; a PGlite folder is used when absent. */
  DATABASE_URL: z.string().url().optional(),
  PGLITE_DIR: z.string().default('.data/portal'),
  /** base64 of ≥ 32 bytes shared with the gateway; requests it did not sign are refused. */
  GATEWAY_SIGNING_KEY: z.string().transform((value, ctx) => {
    try {
      return parseSigningKey(value);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: (error as Error).message });
      return z.NEVER;
    }
  }),
  /** Private P-256 JWK (JSON) that signs access tokens; every instance needs the same one. */
  AUTH_SIGNING_JWK: z.string().superRefine((value, ctx) => {
    try {
      parseSigningJwk(value);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: (error as Error).message });
    }
  }),
  /** Mail over SMTP (`smtps://user:pass@host:465`); unset keeps mail in the outbox table. */
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default('Panel portal <noreply@portal.local>'),
  /**
   * base64 of 32 bytes: decrypts the company keys of the registry, so saved quotes are priced
   * from the company's catalog on save. Unset: drafts save unpriced.
   */
  PORTAL_ENCRYPTION_KEY: z
    .string()
    .transform((value, ctx) => {
      try {
        return parseEncryptionKey(value);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: (error as Error).message });
        return z.NEVER;
      }
    })
    .optional(),
  /**
   * `development` serves `Query.devMailbox` (every mail with its links, to anyone) when no
   * `SMTP_URL` is set. Anything else never serves it.
   */
  NODE_ENV: z.string().optional(),
  /**
   * How often the order sync pulls every active company's order updates, ms (with
   * `PORTAL_ENCRYPTION_KEY`); 0 turns the periodic sync off (the webhook still works).
   */
  ORDER_SYNC_INTERVAL_MS: z.coerce.number().int().min(0).default(5000),
  /**
   * How often the delivery worker looks for submitted quotes to send to their companies, ms
   * (with `PORTAL_ENCRYPTION_KEY`; each submit also wakes it at once). 0: this instance runs
   * no worker (another instance delivers). docs/submission.md.
   */
  SUBMISSION_DELIVERY_INTERVAL_MS: z.coerce.number().int().min(0).default(2000),
  /**
   * How long a claimed submission is this worker's before another may take it, ms: the time a
   * crashed worker's quote waits (docs/submission.md). Longer than a company call (15 s).
   */
  SUBMISSION_LEASE_MS: z.coerce.number().int().min(1000).default(60_000),
  /** Where the client is served; links in account mails point here. */
  PUBLIC_URL: z.string().url().default('http://127.0.0.1:4000'),
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
  /**
   * How often the company health sampler runs, ms (with `PORTAL_ENCRYPTION_KEY`); 0: this
   * instance runs none (one instance is enough). docs/operations.md.
   */
  HEALTH_SAMPLE_INTERVAL_MS: z.coerce.number().int().min(0).default(60_000),
  /** How long company health history is kept, hours. */
  HEALTH_RETENTION_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 366)
    .default(168),
  /** Services whose `/readyz` the System page shows: `gateway=http://…,company-catalog=http://…`. */
  HEALTH_SERVICE_URLS: z.string().optional(),
});

export type PortalEnv = z.infer<typeof Env>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): PortalEnv {
  return Env.parse(source);
}
