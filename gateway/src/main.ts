import { readEnv } from './env.ts';
import { startGateway } from './server.ts';

/** Runs the gateway on its own (production: one process per service). */
const env = readEnv();
const running = await startGateway({
  subgraphUrls: {
    portal: env.PORTAL_SUBGRAPH_URL,
    company_catalog: env.COMPANY_CATALOG_SUBGRAPH_URL,
  },
  port: env.PORT,
  host: env.HOST,
  ...(env.CLIENT_DIST ? { clientDist: env.CLIENT_DIST } : {}),
});
console.log(`gateway at ${running.url}`);
