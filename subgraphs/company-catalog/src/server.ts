import { readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
} from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import {
  type CallEvent,
  type CatalogCacheOptions,
  type CompanyDirectory,
  type CompanyLinksOptions,
  createCatalogCache,
  createCatalogLoaders,
  createCompanyLinkMetrics,
  createCompanyLinks,
} from '@portal/company-link';
import { createServiceMetrics, type ServiceMetrics } from '@portal/http-server';
import { type Identity, identityFromHeaders } from '@portal/identity';
import { GraphQLError, parse } from 'graphql';
import type { Resolvers } from './__generated__/resolvers-types.ts';
import type { CatalogContext } from './context.ts';
import { withPermissions } from './permissions.ts';
import { type CustomerDiscounts, createPortalDiscounts } from './preview/customer-discount.ts';
import { Accessory } from './resolvers/Accessory.ts';
import { BoardDiagram } from './resolvers/BoardDiagram.ts';
import { Company } from './resolvers/Company.ts';
import { CompanyServices } from './resolvers/CompanyServices.ts';
import { DateTime } from './resolvers/DateTime.ts';
import { Decimal } from './resolvers/Decimal.ts';
import { EdgeBanding } from './resolvers/EdgeBanding.ts';
import { Fee } from './resolvers/Fee.ts';
import { LinearMaterial } from './resolvers/LinearMaterial.ts';
import { Material } from './resolvers/Material.ts';
import { Query } from './resolvers/Query.ts';

export const typeDefs = parse(readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8'));

const resolvers: Resolvers = {
  Query,
  Company,
  Material,
  EdgeBanding,
  LinearMaterial,
  Accessory,
  Fee,
  CompanyServices,
  Decimal,
  DateTime,
  BoardDiagram,
};

export interface CatalogSubgraphOptions {
  /** Where company URLs and keys come from (`createDbCompanyDirectory` over the portal db). */
  directory: CompanyDirectory;
  /** `GATEWAY_SIGNING_KEY`: only requests the gateway signed with it are served. */
  signingKey: Buffer;
  /** Timeout of one company call; default 3000 ms. */
  timeoutMs?: number;
  /** Company circuit breaker and concurrency limit (ADR 023); defaults in company-link. */
  companyResilience?: Pick<CompanyLinksOptions, 'circuit' | 'maxConcurrency'>;
  /** Called after every company call, for metrics and tests. */
  onCall?: (event: CallEvent) => void;
  /** Replaces the global fetch for company calls (unit tests simulate companies with it). */
  fetch?: typeof fetch;
  /**
   * The cross-request catalog cache by catalog version (by-id rows and services; listings are
   * not cached). Default: on, 20 000 entries, version re-read after 2 s. `false` turns it off.
   */
  catalogCache?: CatalogCacheOptions | false;
  /** DataLoader batching of by-id catalog reads (default true); `false` only in benches. */
  catalogBatching?: boolean;
  /**
   * The portal subgraph's base URL (`PORTAL_URL`): `previewQuote` asks it for the customer's
   * discount (`POST /internal/customer-discount`, signed with `signingKey`). Without it (and
   * without `discounts`) previews are priced with no discount — for tests only.
   */
  portalUrl?: string | URL;
  /** Replaces the portal lookup of `portalUrl` (tests). */
  discounts?: CustomerDiscounts;
  /**
   * How long `compareQuote` waits for one company (all its calls and its pricing) before
   * reporting it `UNAVAILABLE` with reason `timeout`; default 5000 ms (docs/compare.md).
   */
  compareTimeoutMs?: number;
}

export interface CatalogSubgraph {
  server: ApolloServer<CatalogContext>;
  /** Per-request context for `serveApollo`: refuses (401) requests the gateway did not sign. */
  context: (req: IncomingMessage, requestId: string) => Promise<CatalogContext>;
  /** The context for a caller already established (`executeOperation` tests pass this). */
  contextFor: (identity: Identity, requestId: string) => Promise<CatalogContext>;
  /** Prometheus series of this service (`serveApollo` serves them on /metrics). */
  metrics: ServiceMetrics;
  /** `serveApollo`'s `/internal/recent-errors` answers only the portal, signed with this. */
  internalSigningKey: Buffer;
}

/** The company-catalog subgraph; serve it with `serveApollo({ name, ...subgraph, port })`. */
export function createCatalogSubgraph(options: CatalogSubgraphOptions): CatalogSubgraph {
  const schema = withPermissions(
    buildSubgraphSchema([{ typeDefs, resolvers: resolvers as never }]),
  );
  const server: ApolloServer<CatalogContext> = new ApolloServer<CatalogContext>({
    schema,
    includeStacktraceInErrorResponses: false,
    // Federated traces feed Apollo Studio, which this project does not use. Cache hints
    // (`@cacheControl`) are not used either, and the default cache control plugin wraps every
    // field's resolver to collect them: ~9 % of a 1 500-field previewQuote's time.
    plugins: [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled()],
    // Errors we did not shape (bugs, a portal database outage) are logged and masked: their
    // messages can carry SQL or internals a client must not see.
    formatError(formatted, error) {
      if (unwrapResolverError(error) instanceof GraphQLError) return formatted;
      server.logger.error(`company-catalog: ${String(unwrapResolverError(error))}`);
      return {
        message: 'Internal error',
        extensions: { code: 'INTERNAL' },
        ...(formatted.path ? { path: formatted.path } : {}),
        ...(formatted.locations ? { locations: formatted.locations } : {}),
      };
    },
  });
  // One link per company for the life of the process; loaders are per request.
  const metrics = createServiceMetrics('company-catalog');
  const companyMetrics = createCompanyLinkMetrics(metrics.registry);
  const links = createCompanyLinks(options.directory, {
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    ...options.companyResilience,
    onCircuitChange: companyMetrics.onCircuitChange,
    onCall: (event) => {
      companyMetrics.onCall(event);
      options.onCall?.(event);
    },
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const cache =
    options.catalogCache === false ? undefined : createCatalogCache(options.catalogCache);
  // Priced previews are large (every placement): far fewer of them than catalog rows.
  const previewResults =
    options.catalogCache === false ? undefined : createCatalogCache({ maxEntries: 200 });
  const discounts =
    options.discounts ??
    (options.portalUrl
      ? createPortalDiscounts({ portalUrl: options.portalUrl, signingKey: options.signingKey })
      : undefined);
  const contextFor = async (identity: Identity, requestId: string): Promise<CatalogContext> => ({
    requestId,
    identity,
    links,
    loaders: createCatalogLoaders(links, {
      ...(cache ? { cache } : {}),
      ...(options.catalogBatching === false ? { batch: false } : {}),
    }),
    ...(previewResults ? { previewResults } : {}),
    ...(discounts ? { discounts } : {}),
    ...(options.compareTimeoutMs !== undefined
      ? { compareTimeoutMs: options.compareTimeoutMs }
      : {}),
  });
  const context = async (req: IncomingMessage, requestId: string): Promise<CatalogContext> =>
    contextFor(identityFromHeaders(req.headers, requestId, options.signingKey), requestId);
  return { server, context, contextFor, metrics, internalSigningKey: options.signingKey };
}
