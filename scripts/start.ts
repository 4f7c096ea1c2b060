/**
 * `npm start`: the whole system on its embedded default. Data lives in `.data/` (delete it
 * for a fresh start). Ports come from the environment (see .env.example).
 */
import { fileURLToPath } from 'node:url';
import { startSystem } from '@portal/embedded';
import type { TrustedDocumentsMode } from '@portal/gateway';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

const trustedDocuments = process.env.TRUSTED_DOCUMENTS as TrustedDocumentsMode | undefined;
if (trustedDocuments && !['off', 'allow', 'enforce'].includes(trustedDocuments)) {
  throw new Error(`TRUSTED_DOCUMENTS must be off, allow or enforce, not "${trustedDocuments}"`);
}
const started = Date.now();
const system = await startSystem({
  dataDir: process.env.DATA_DIR ?? `${root}.data`,
  ...(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : {}),
  ...(process.env.PORTAL_ENCRYPTION_KEY
    ? { encryptionKey: process.env.PORTAL_ENCRYPTION_KEY }
    : {}),
  ...(process.env.GATEWAY_SIGNING_KEY ? { signingKey: process.env.GATEWAY_SIGNING_KEY } : {}),
  ...(process.env.AUTH_SIGNING_JWK ? { authSigningJwk: process.env.AUTH_SIGNING_JWK } : {}),
  ...(process.env.SMTP_URL ? { smtpUrl: process.env.SMTP_URL } : {}),
  ...(process.env.MAIL_FROM ? { mailFrom: process.env.MAIL_FROM } : {}),
  ...(process.env.PUBLIC_URL ? { publicUrl: process.env.PUBLIC_URL } : {}),
  host: process.env.HOST ?? '127.0.0.1',
  ports: {
    gateway: port('GATEWAY_PORT', 4000),
    portal: port('PORTAL_SUBGRAPH_PORT', 4001),
    catalog: port('COMPANY_CATALOG_SUBGRAPH_PORT', 4002),
    supabase: port('LOCAL_SUPABASE_PORT', 54321),
  },
  demoConsolePort: port('DEMO_CONSOLE_PORT', 54322),
  ...(process.env.ORDER_SYNC_INTERVAL_MS
    ? { orderSyncIntervalMs: Number(process.env.ORDER_SYNC_INTERVAL_MS) }
    : {}),
  clientDist: `${root}client/dist`,
  ...(trustedDocuments ? { trustedDocuments } : {}),
  log: (line) => console.log(`  ${line}`),
});

const active = system.companies.filter((c) => c.active);
console.log(`
Panel-cutting portal is running (started in ${((Date.now() - started) / 1000).toFixed(1)} s)

  Web client        ${system.gatewayUrl}/
  Admin UI          ${system.gatewayUrl}/admin
  GraphQL API       ${system.graphqlUrl}
  GraphQL explorer  ${system.gatewayUrl}/explorer
  Portal subgraph   ${system.portalUrl}
  Catalog subgraph  ${system.catalogUrl}
  Local Supabase    ${system.supabase.url}/<company>/rest/v1/rpc/<function>

  Demo companies    ${active.map((c) => c.slug).join(', ')} (and ${system.companies.length - active.length} deactivated)
${
  system.demoConsoleUrl
    ? `  Company console   ${system.demoConsoleUrl}  (act as a demo company: move submitted quotes)
`
    : ''
}${
  system.demoAdmin
    ? `  Demo admin        ${system.demoAdmin.email} / ${system.demoAdmin.password}  (sign in at /admin)
`
    : ''
}  Mail              ${
  process.env.SMTP_URL
    ? 'sent over SMTP'
    : `kept in the outbox: the dev mail page and the links above (mail to …)`
}

Press Ctrl+C to stop.
`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) process.exit(1);
    stopping = true;
    console.log('\nstopping…');
    system.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
