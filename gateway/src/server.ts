import { readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { PortalError } from '@portal/errors';
import { serveApollo } from '@portal/http-server';
import { REQUEST_ID_HEADER, signIdentity } from '@portal/identity';
import { GraphQLError } from 'graphql';
import { type Logger, pino } from 'pino';
import { createAccessTokenVerifier } from './access-token.ts';
import { createApiKeyVerifier } from './api-key-verifier.ts';
import { identifyCaller } from './caller-identity.ts';
import { costLimitPlugin } from './cost-limit-plugin.ts';
import { errorMaskingPlugin, internalError, isExpected } from './error-masking.ts';
import type { GatewayContext } from './gateway-context.ts';
import { type IntrospectionPolicy, introspectionPlugin } from './introspection-plugin.ts';
import { jwksRoute } from './jwks-route.ts';
import { maxAliasesRule, maxDepthRule } from './query-limits.ts';
import { rateLimitPlugin } from './rate-limit-plugin.ts';
import { serveStatic } from './static-files.ts';
import type { SubgraphName } from './subgraphs.ts';

export type { GatewayContext } from './gateway-context.ts';
export type { IntrospectionPolicy } from './introspection-plugin.ts';

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
}

export const DEFAULT_LIMITS: GatewayLimits = {
  maxDepth: 12,
  maxAliases: 30,
  maxCost: 5_000,
  maxTokens: 2_000,
  authPerMinute: 10,
  apiKeyPerMinute: 120,
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
}

/** The supergraph composed at build time (`npm run compose`), never at run time. */
export function loadSupergraphSdl(): string {
  return readFileSync(new URL('../supergraph.graphql', import.meta.url), 'utf8');
}

/**
 * Carries the request id and the caller's identity, signed for this request, to every
 * subgraph: the subgraphs trust nothing else and refuse requests without it.
 */
class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    url: string,
    private readonly signingKey: Buffer,
  ) {
    super({ url });
  }

  override willSendRequest({
    request,
    context,
  }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['willSendRequest']>>[0]) {
    const headers = request.http?.headers;
    if (!headers || !context.requestId || !context.identity) return;
    headers.set(REQUEST_ID_HEADER, context.requestId);
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

export async function startGateway(options: GatewayOptions) {
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

  const gateway = new ApolloGateway({
    supergraphSdl: loadSupergraphSdl(),
    buildService: ({ name }) => {
      const url = options.subgraphUrls[name as SubgraphName];
      if (!url) throw new Error(`No URL configured for subgraph '${name}'`);
      return new SubgraphDataSource(url, options.signingKey);
    },
  });
  const server = new ApolloServer<GatewayContext>({
    gateway,
    includeStacktraceInErrorResponses: false,
    // Who may introspect is decided per caller by introspectionPlugin.
    introspection: true,
    // Refuses GET and simple POSTs that a browser could send cross-site without a preflight.
    csrfPrevention: true,
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: [maxDepthRule(limits.maxDepth), maxAliasesRule(limits.maxAliases)],
    plugins: [
      // The default landing page loads Apollo Sandbox from a CDN; nothing may load from the
      // internet. The offline explorer comes with the admin work.
      ApolloServerPluginLandingPageDisabled(),
      introspectionPlugin(options.introspection ?? 'privileged'),
      costLimitPlugin(limits.maxCost),
      rateLimitPlugin({
        authPerMinute: limits.authPerMinute,
        apiKeyPerMinute: limits.apiKeyPerMinute,
      }),
      errorMaskingPlugin(logger),
    ],
    // Errors outside an operation (context creation, request parsing). Those of operations
    // are masked with their request id by errorMaskingPlugin.
    formatError(formatted, error) {
      if (isExpected(formatted)) return formatted;
      if (formatted.extensions?.code === 'INTERNAL' && formatted.extensions.requestId) {
        return formatted; // already masked by the context factory, with its request id
      }
      logger.error({ err: error }, 'unexpected error outside an operation');
      return internalError(undefined, formatted);
    },
  });

  return serveApollo({
    name: 'gateway',
    server,
    port: options.port ?? 0,
    ...(options.host ? { host: options.host } : {}),
    routes: { '/.well-known/jwks.json': jwksRoute(jwksUrl) },
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
}
