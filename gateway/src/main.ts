import { introspectionPolicy, readEnv } from './env.ts';
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
  signingKey: env.GATEWAY_SIGNING_KEY,
  apiKeyUsageFlushMs: env.API_KEY_USAGE_FLUSH_MS,
  introspection: introspectionPolicy(env),
  trustProxy: env.TRUST_PROXY,
  ...(env.PORTAL_EVENTS_DATABASE_URL ? { events: { url: env.PORTAL_EVENTS_DATABASE_URL } } : {}),
  trustedDocuments: { mode: env.TRUSTED_DOCUMENTS },
  persistedQueries: { cacheBytes: env.APQ_CACHE_MB * 1024 * 1024 },
  limits: {
    maxDepth: env.MAX_QUERY_DEPTH,
    maxAliases: env.MAX_QUERY_ALIASES,
    maxCost: env.MAX_QUERY_COST,
    maxTokens: env.MAX_QUERY_TOKENS,
    authPerMinute: env.AUTH_RATE_LIMIT_PER_MINUTE,
    apiKeyPerMinute: env.API_KEY_RATE_LIMIT_PER_MINUTE,
    subscriptionsPerConnection: env.MAX_SUBSCRIPTIONS_PER_CONNECTION,
    subscriptionsPerSubscriber: env.MAX_SUBSCRIPTIONS_PER_SUBSCRIBER,
  },
});
console.log(`gateway at ${running.url}`);

// Closing saves the last API key usage counts to the portal (docs/partner-guide.md).
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    running.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
