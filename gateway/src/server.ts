import { readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { PortalError } from '@portal/errors';
import type { PortalEventSource } from '@portal/events';
import { createServiceMetrics, type RunningServer, serveApollo } from '@portal/http-server';
import { CLIENT_IP_HEADER, REQUEST_ID_HEADER, signIdentity } from '@portal/identity';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { type Logger, pino } from 'pino';
import { Gauge } from 'prom-client';
import { createAccessTokenVerifier } from './access-token.ts';
import { type ApiKeyUsageRecorder, createApiKeyUsageRecorder } from './api-key-usage.ts';
import { createApiKeyVerifier } from './api-key-verifier.ts';
import { identifyCaller } from './caller-identity.ts';
import { costLimitPlugin } from './cost-limit-plugin.ts';
import { errorMaskingPlugin, internalError, isExpected } from './error-masking.ts';
import { EXPLORER_PATH, explorerRoute } from './explorer-route.ts';
import type { GatewayContext } from './gateway-context.ts';
import { type IntrospectionPolicy, introspectionPlugin } from './introspection-plugin.ts';
import { jwksRoute } from './jwks-route.ts';
import { withMethodNotAllowedCode } from './method-not-allowed.ts';
import { operationResolutionPlugin } from './operation-resolution.ts';
import { ORDER_WEBHOOK_PROXY_PREFIX, orderWebhookProxyRoute } from './order-webhook-proxy.ts';
import {
  defaultManifestPath,
  loadManifest,
  type PersistedDocumentManifest,
  type TrustedDocumentsMode,
  trustedDocumentsPlugin,
} from './persisted-documents.ts';
import {
  type PersistedQueryOptions,
  persistedQueriesConfig,
  withPersistedQueryCode,
} from './persisted-queries.ts';
import { maxAliasesRule, maxDepthRule } from './query-limits.ts';
import { QUOTE_PDF_PROXY_PREFIX, quotePdfProxyRoute } from './quote-pdf-proxy.ts';
import { rateLimitPlugin } from './rate-limit-plugin.ts';
import { RateLimiter } from './rate-limiter.ts';
import { serveStatic } from './static-files.ts';
import type { SubgraphName } from './subgraphs.ts';
import {
  type SubscriptionServer,
  startSubscriptionServer,
} from './subscriptions/subscription-server.ts';

export type { GatewayContext } from './gateway-context.ts';
export type { IntrospectionPolicy } from './introspection-plugin.ts';
export type { TrustedDocumentsMode } from './persisted-documents.ts';

/** Limits on what one request may ask for; `DEFAULT_LIMITS` documents the defaults. */
export interface GatewayLimits {
  /** Deepest field nesting. */
  maxDepth: number;
  /** Aliased fields per operation. */
  maxAliases: number;
  /** Estimated cost (`query-cost.ts`). */
  maxCost: number;
  /** Lexical tokens of a document; the parser stops beyond them. */
  maxTokens: number;
  /** Sign-in, sign-up and password-reset attempts per client IP per minute (each group). */
  authPerMinute: number;
  /** Requests per partner API key per minute. */
  apiKeyPerMinute: number;
  /** Open subscriptions on one WebSocket connection. */
  subscriptionsPerConnection: number;
  /** Open subscriptions of one customer (or partner key) across its connections. */
  subscriptionsPerSubscriber: number;
}

export const DEFAULT_LIMITS: GatewayLimits = {
  maxDepth: 12,
  maxAliases: 30,
  maxCost: 5_000,
  maxTokens: 2_000,
  authPerMinute: 10,
  apiKeyPerMinute: 120,
  subscriptionsPerConnection: 20,
  subscriptionsPerSubscriber: 50,
};

export interface GatewayOptions {
  subgraphUrls: Record<SubgraphName, string>;
  /** `GATEWAY_SIGNING_KEY`: signs the caller's identity into every subgraph request. */
  signingKey: Buffer;
  port?: number;
  host?: string;
  /** Folder of the built client; when given it is served at `/`. */
  clientDist?: string;
  limits?: Partial<GatewayLimits>;
  /** Who may introspect; `privileged` (admins and partner keys) unless told otherwise. */
  introspection?: IntrospectionPolicy;
  /** Take the client address from `x-forwarded-for` (only behind a trusted load balancer). */
  trustProxy?: boolean;
  logger?: Logger;
  /**
   * Where portal events come from, for subscriptions (graphql-ws on `/graphql`): the portal
   * `Db` in the one-process embedded system, or `{ url: PORTAL_EVENTS_DATABASE_URL }`. Without
   * it the gateway serves no subscriptions (WebSocket upgrades are refused).
   */
  events?: PortalEventSource;
  /** graphql-ws keep-alive ping interval (default 12 s). */
  keepAliveMs?: number;
  /** `METRICS_TOKEN` for `/metrics` (see `serveApollo`); the environment's when absent. */
  metricsToken?: string | null;
  /**
   * How often partner keys' request counts go to the portal (`ApiKey.usage`), ms; default
   * 5000 (`API_KEY_USAGE_FLUSH_MS`). A crash loses at most this long of counts.
   */
  apiKeyUsageFlushMs?: number;
  /** The automatic persisted queries cache (`persisted-queries.ts`). */
  persistedQueries?: Partial<PersistedQueryOptions>;
  /**
   * Trusted documents (docs/decisions/019): `off`, `allow` (the default) or `enforce`, and the
   * manifest (default: the one built into `clientDist`, else the web client's source one,
   * `client/src/__generated__/persisted-documents.json`).
   */
  trustedDocuments?: { mode: TrustedDocumentsMode; manifest?: PersistedDocumentManifest };
}

/** The supergraph composed at build time (`npm run compose`), never at run time. */
export function loadSupergraphSdl(): string {
  return readFileSync(new URL('../supergraph.graphql', import.meta.url), 'utf8');
}

/** How long a subgraph may take to answer before the caller gets `SERVICE_UNAVAILABLE`. */
const SUBGRAPH_TIMEOUT_MS = 30_000;

/**
 * Carries the request id and the caller's identity, signed for this request, to every
 * subgraph: the subgraphs trust nothing else and refuse requests without it.
 */
class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    url: string,
    private readonly signingKey: Buffer,
    logger: Logger,
  ) {
    // Node's own fetch (undici, keep-alive pooled) instead of the default make-fetch-happen,
    // whose HTTP-cache layer costs CPU on every subgraph call and caches nothing here (POSTs).
    // A subgraph that cannot be reached (refused, reset, no answer) is `SERVICE_UNAVAILABLE`,
    // which a client may retry, not a masked `INTERNAL`: nothing is wrong with the request. A
    // subgraph's HTTP error is still internal.
    const fetcher: typeof fetch = async (input, init) => {
      try {
        return await fetch(input, { ...init, signal: AbortSignal.timeout(SUBGRAPH_TIMEOUT_MS) });
      } catch (error) {
        logger.warn({ err: error, url }, 'a subgraph could not be reached');
        throw new PortalError(
          'SERVICE_UNAVAILABLE',
          'A part of the portal is not answering right now; try again in a few seconds',
        );
      }
    };
    super({ url, fetcher });
  }

  override willSendRequest({
    request,
    context,
  }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['willSendRequest']>>[0]) {
    const headers = request.http?.headers;
    if (!headers || !context.requestId || !context.identity) return;
    headers.set(REQUEST_ID_HEADER, context.requestId);
    if (context.clientIp) headers.set(CLIENT_IP_HEADER, context.clientIp);
    const signed = signIdentity(context.identity, context.requestId, this.signingKey);
    for (const [name, value] of Object.entries(signed)) headers.set(name, value);
  }
}

function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  const forwarded = req.headers['x-forwarded-for'];
  if (trustProxy && typeof forwarded === 'string') {
    // The last hop is the one our load balancer added; earlier ones the client could forge.
    const last = forwarded.split(',').pop()?.trim();
    if (last) return last;
  }
  return req.socket.remoteAddress ?? 'unknown';
}

export interface RunningGateway extends RunningServer {
  /** The graphql-ws server on `/graphql`; null without `GatewayOptions.events`. */
  subscriptions: SubscriptionServer | null;
  /** Partner keys' request counts; `flush()` sends them to the portal now (tests, tools). */
  apiKeyUsage: Pick<ApiKeyUsageRecorder, 'flush'>;
}

export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const logger = options.logger ?? pino({ name: 'gateway' });
  const portalUrl = options.subgraphUrls.portal;
  const jwksUrl = new URL('/.well-known/jwks.json', portalUrl);
  const verifiers = {
    accessToken: createAccessTokenVerifier(jwksUrl),
    apiKey: createApiKeyVerifier({
      verifyUrl: new URL('/internal/api-keys/verify', portalUrl),
      signingKey: options.signingKey,
    }),
  };

  const apiKeyUsage = createApiKeyUsageRecorder({
    usageUrl: new URL('/internal/api-keys/usage', portalUrl),
    signingKey: options.signingKey,
    logger,
    ...(options.apiKeyUsageFlushMs ? { flushMs: options.apiKeyUsageFlushMs } : {}),
  });

  /** Each partner key's budget, shared by `/graphql` and the quote PDF route. */
  const apiKeyLimiter = new RateLimiter(limits.apiKeyPerMinute, 60_000);

  let apiSchema: GraphQLSchema | undefined;
  const gateway = new ApolloGateway({
    supergraphSdl: loadSupergraphSdl(),
    buildService: ({ name }) => {
      const url = options.subgraphUrls[name as SubgraphName];
      if (!url) throw new Error(`No URL configured for subgraph '${name}'`);
      return new SubgraphDataSource(url, options.signingKey, logger);
    },
  });
  gateway.onSchemaLoadOrUpdate((loaded) => {
    apiSchema = loaded.apiSchema;
  });
  const metrics = createServiceMetrics('gateway');
  // Filled in once the subscription server runs (below); 0 without one.
  const subscriptionStats: () => { connections: number; subscriptions: number } = () => ({
    connections: 0,
    subscriptions: 0,
  });
  new Gauge({
    name: 'gateway_subscriptions',
    help: 'Open GraphQL subscriptions (graphql-ws) on this gateway',
    registers: [metrics.registry],
    collect() {
      this.set(subscriptionStats().subscriptions);
    },
  });
  new Gauge({
    name: 'gateway_subscription_connections',
    help: 'Open graphql-ws connections on this gateway',
    registers: [metrics.registry],
    collect() {
      this.set(subscriptionStats().connections);
    },
  });
  const trustedMode = options.trustedDocuments?.mode ?? 'allow';
  const manifest =
    trustedMode === 'off'
      ? new Map()
      : (options.trustedDocuments?.manifest ??
        loadManifest(defaultManifestPath(options.clientDist)));
  const server = new ApolloServer<GatewayContext>({
    gateway,
    includeStacktraceInErrorResponses: false,
    // Who may introspect is decided per caller by introspectionPlugin.
    introspection: true,
    // Refuses GET and simple POSTs that a browser could send cross-site without a preflight.
    csrfPrevention: true,
    persistedQueries: persistedQueriesConfig(options.persistedQueries),
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: [maxDepthRule(limits.maxDepth), maxAliasesRule(limits.maxAliases)],
    plugins: [
      // The default landing page loads Apollo Sandbox from a CDN; nothing may load from the
      // internet. The offline explorer is served at /explorer (explorer-route.ts).
      ApolloServerPluginLandingPageDisabled(),
      // First: it may swap a manifest hash for its document before anything reads the request.
      trustedDocumentsPlugin(trustedMode, manifest),
      introspectionPlugin(options.introspection ?? 'privileged'),
      // A document whose operation cannot be chosen: 400, not the gateway executor's 500.
      operationResolutionPlugin(),
      costLimitPlugin(limits.maxCost),
      rateLimitPlugin({
        authPerMinute: limits.authPerMinute,
        apiKeyPerMinute: limits.apiKeyPerMinute,
        apiKeyLimiter,
        usage: apiKeyUsage,
      }),
      errorMaskingPlugin(logger),
    ],
    // Errors outside an operation (context creation, request parsing). Those of operations
    // are masked with their request id by errorMaskingPlugin.
    formatError(original, error) {
      const formatted = withPersistedQueryCode(withMethodNotAllowedCode(original, error));
      if (isExpected(formatted)) return formatted;
      if (formatted.extensions?.code === 'INTERNAL' && formatted.extensions.requestId) {
        return formatted; // already masked by the context factory, with its request id
      }
      logger.error({ err: error }, 'unexpected error outside an operation');
      return internalError(undefined, formatted);
    },
  });

  const running = await serveApollo({
    name: 'gateway',
    server,
    metrics,
    logger,
    // Recent errors (the System page) are those masked for the client; the portal reads them.
    isUnexpectedError: (error) => !isExpected(error),
    internalSigningKey: options.signingKey,
    ...(options.metricsToken !== undefined ? { metricsToken: options.metricsToken } : {}),
    // The supergraph is composed at build time and loaded at start; until then nothing works.
    readiness: { supergraph: async () => apiSchema !== undefined },
    port: options.port ?? 0,
    ...(options.host ? { host: options.host } : {}),
    routes: {
      '/.well-known/jwks.json': jwksRoute(jwksUrl),
      // The offline GraphQL explorer, with the built client (docs/partner-guide.md).
      ...(options.clientDist ? { [EXPLORER_PATH]: explorerRoute(options.clientDist) } : {}),
    },
    // Files beside GraphQL; each identifies its caller like the GraphQL context does.
    prefixRoutes: {
      [QUOTE_PDF_PROXY_PREFIX]: quotePdfProxyRoute({
        portalUrl,
        signingKey: options.signingKey,
        verifiers,
        logger,
        apiKeyLimiter,
        usage: apiKeyUsage,
      }),
      // Companies push "an order changed"; the portal checks their signature.
      [ORDER_WEBHOOK_PROXY_PREFIX]: orderWebhookProxyRoute({ portalUrl, logger }),
    },
    context: async (req, requestId): Promise<GatewayContext> => {
      const clientIp = clientAddress(req, options.trustProxy ?? false);
      try {
        const identity = await identifyCaller(req.headers, requestId, verifiers);
        return { requestId, identity, clientIp };
      } catch (error) {
        if (error instanceof GraphQLError && isExpected(error)) throw error;
        // The portal's key set or key check failed: not the caller's fault, and not a reason
        // to let them in as anonymous either.
        logger.error({ requestId, err: error }, 'could not verify the caller');
        throw new PortalError('INTERNAL', `Internal error (request id ${requestId})`, {
          requestId,
          http: { status: 503 },
        });
      }
    },
    ...(options.clientDist ? { fallback: serveStatic(options.clientDist) } : {}),
  });
  const closeHttp = running.close;
  const http = {
    ...running,
    apiKeyUsage,
    // The last counts go to the portal once no request can add more (the portal closes later).
    async close() {
      await closeHttp();
      await apiKeyUsage.close();
    },
  };
  if (!options.events) return { ...http, subscriptions: null };

  const subscriptions = await startSubscriptionServer({
    httpServer: running.httpServer,
    events: options.events,
    verifiers,
    schema: () => apiSchema,
    async execute(document, variables, contextValue) {
      const response = await server.executeOperation(
        { query: document, variables },
        { contextValue },
      );
      if (response.body.kind !== 'single') throw new Error('Unexpected incremental result');
      return response.body.singleResult;
    },
    clientIp: (req) => clientAddress(req, options.trustProxy ?? false),
    limits,
    logger,
    ...(options.keepAliveMs ? { keepAliveMs: options.keepAliveMs } : {}),
  }).catch(async (error: unknown) => {
    await http.close();
    throw error;
  });
  return {
    ...http,
    subscriptions,
    async close() {
      // Upgraded sockets are not the HTTP server's to close: subscriptions go first.
      await subscriptions.close();
      await http.close();
    },
  };
}
