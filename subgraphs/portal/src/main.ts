import { migrate, openDb } from '@portal/db';
import { serveApollo } from '@portal/http-server';
import { readEnv } from './env.ts';
import { createSmtpMailer } from './mail/smtp-mailer.ts';
import { createPortalSubgraph } from './server.ts';

/** Runs the portal subgraph on its own (production: one process per service). */
const env = readEnv();
const db = await openDb(env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: env.PGLITE_DIR });
await migrate(db, new URL('../../../supabase/migrations', import.meta.url).pathname);
const { server, context, routes } = createPortalSubgraph({
  db,
  signingKey: env.GATEWAY_SIGNING_KEY,
  authSigningJwk: env.AUTH_SIGNING_JWK,
  publicUrl: env.PUBLIC_URL,
  encryptionKey: env.PORTAL_ENCRYPTION_KEY,
  ...(env.SMTP_URL ? { mailer: createSmtpMailer(env.SMTP_URL, env.MAIL_FROM) } : {}),
});
const running = await serveApollo({
  name: 'portal',
  server,
  context,
  routes,
  port: env.PORT,
  host: env.HOST,
});
console.log(`portal subgraph at ${running.url}`);
