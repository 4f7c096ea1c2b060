import { createDbCompanyDirectory } from '@portal/company-link';
import { openDb } from '@portal/db';
import { serveApollo } from '@portal/http-server';
import { readEnv } from './env.ts';
import { createCatalogSubgraph } from './server.ts';

/** Runs the company-catalog subgraph on its own (production: one process per service). */
const env = readEnv();
if (!env.DATABASE_URL) {
  // The registry belongs to the portal database; an embedded PGlite folder cannot be shared
  // between processes, so running alone needs the PostgreSQL URL.
  console.error('DATABASE_URL (the portal database) is required to run the catalog subgraph alone');
  process.exit(1);
}
if (!env.PORTAL_URL) {
  // Without it every preview would be priced without the customer's discount.
  console.error('PORTAL_URL (the portal subgraph, for customer discounts) is required');
  process.exit(1);
}
const db = await openDb({ url: env.DATABASE_URL, max: 4 });
const { server, context, metrics } = createCatalogSubgraph({
  directory: createDbCompanyDirectory(db, env.PORTAL_ENCRYPTION_KEY),
  timeoutMs: env.COMPANY_TIMEOUT_MS,
  companyResilience: {
    circuit: {
      failureThreshold: env.COMPANY_CIRCUIT_FAILURES,
      cooldownMs: env.COMPANY_CIRCUIT_COOLDOWN_MS,
    },
    maxConcurrency: env.COMPANY_MAX_CONCURRENCY,
  },
  signingKey: env.GATEWAY_SIGNING_KEY,
  portalUrl: env.PORTAL_URL,
});
const running = await serveApollo({
  name: 'company-catalog',
  server,
  context,
  metrics,
  internalSigningKey: env.GATEWAY_SIGNING_KEY,
  port: env.PORT,
  host: env.HOST,
  readiness: { db: () => db.query('select 1').then(() => true) },
});
console.log(`company-catalog subgraph at ${running.url}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    running
      .close()
      .then(() => db.close())
      .then(
        () => process.exit(0),
        () => process.exit(1),
      );
  });
}
