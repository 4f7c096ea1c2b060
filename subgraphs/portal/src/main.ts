import { migrate, openDb } from '@portal/db';
import { serveApollo } from '@portal/http-server';
import { readEnv } from './env.ts';
import { createPortalSubgraph } from './server.ts';

/** Runs the portal subgraph on its own (production: one process per service). */
const env = readEnv();
const db = await openDb(env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: env.PGLITE_DIR });
await migrate(db, new URL('../../../supabase/migrations', import.meta.url).pathname);
const { server, context } = createPortalSubgraph({ db });
const running = await serveApollo({
  name: 'portal',
  server,
  context,
  port: env.PORT,
  host: env.HOST,
});
console.log(`portal subgraph at ${running.url}`);
