import { migrate, openDb } from '@portal/db';
import { serveApollo } from '@portal/http-server';
import { readEnv } from './env.ts';
import { createSmtpMailer } from './mail/smtp-mailer.ts';
import { createPortalSubgraph } from './server.ts';
import { parseServiceUrls } from './system/service-health.ts';

/** Runs the portal subgraph on its own (production: one process per service). */
const env = readEnv();
const db = await openDb(env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: env.PGLITE_DIR });
await migrate(db, new URL('../../../supabase/migrations', import.meta.url).pathname);
const {
  server,
  context,
  routes,
  prefixRoutes,
  orders,
  metrics,
  readiness,
  recentErrors,
  internalSigningKey,
} = createPortalSubgraph({
  db,
  signingKey: env.GATEWAY_SIGNING_KEY,
  authSigningJwk: env.AUTH_SIGNING_JWK,
  publicUrl: env.PUBLIC_URL,
  encryptionKey: env.PORTAL_ENCRYPTION_KEY,
  devMailbox: env.NODE_ENV === 'development' && !env.SMTP_URL,
  // Delivery of submitted quotes (docs/submission.md); every instance may run it.
  ...(env.SUBMISSION_DELIVERY_INTERVAL_MS > 0
    ? {
        delivery: {
          intervalMs: env.SUBMISSION_DELIVERY_INTERVAL_MS,
          leaseMs: env.SUBMISSION_LEASE_MS,
        },
      }
    : {}),
  ...(env.SMTP_URL ? { mailer: createSmtpMailer(env.SMTP_URL, env.MAIL_FROM) } : {}),
  companyResilience: {
    circuit: {
      failureThreshold: env.COMPANY_CIRCUIT_FAILURES,
      cooldownMs: env.COMPANY_CIRCUIT_COOLDOWN_MS,
    },
    maxConcurrency: env.COMPANY_MAX_CONCURRENCY,
  },
  // Company health history for the System page (docs/operations.md); one instance is enough.
  ...(env.HEALTH_SAMPLE_INTERVAL_MS > 0
    ? {
        healthSampling: {
          intervalMs: env.HEALTH_SAMPLE_INTERVAL_MS,
          retentionHours: env.HEALTH_RETENTION_HOURS,
        },
      }
    : {}),
  serviceUrls: parseServiceUrls(env.HEALTH_SERVICE_URLS),
});
const running = await serveApollo({
  name: 'portal',
  server,
  context,
  routes,
  prefixRoutes,
  metrics,
  readiness,
  recentErrors,
  internalSigningKey,
  port: env.PORT,
  host: env.HOST,
});
console.log(`portal subgraph at ${running.url}`);
// The order sync of every active company (docs/orders.md); needs PORTAL_ENCRYPTION_KEY.
if (orders && env.ORDER_SYNC_INTERVAL_MS > 0) orders.startWorker(env.ORDER_SYNC_INTERVAL_MS);
