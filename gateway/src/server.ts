import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { serveApollo } from '@portal/http-server';
import { serveStatic } from './static-files.ts';
import type { SubgraphName } from './subgraphs.ts';

export interface GatewayContext {
  requestId: string;
}

export interface GatewayOptions {
  subgraphUrls: Record<SubgraphName, string>;
  port?: number;
  host?: string;
  /** Folder of the built client; when given it is served at `/`. */
  clientDist?: string;
}

/** The supergraph composed at build time (`npm run compose`), never at run time. */
export function loadSupergraphSdl(): string {
  return readFileSync(new URL('../supergraph.graphql', import.meta.url), 'utf8');
}

/** Carries the request id to every subgraph so one id follows a request end to end. */
class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({
    request,
    context,
  }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['willSendRequest']>>[0]) {
    if (context.requestId) request.http?.headers.set('x-request-id', context.requestId);
  }
}

export async function startGateway(options: GatewayOptions) {
  const gateway = new ApolloGateway({
    supergraphSdl: loadSupergraphSdl(),
    buildService: ({ name }) => {
      const url = options.subgraphUrls[name as SubgraphName];
      if (!url) throw new Error(`No URL configured for subgraph '${name}'`);
      return new SubgraphDataSource({ url });
    },
  });
  const server = new ApolloServer<GatewayContext>({
    gateway,
    includeStacktraceInErrorResponses: false,
    // The default landing page loads Apollo Sandbox from a CDN; nothing may load from the
    // internet. The offline explorer comes with the admin work.
    plugins: [ApolloServerPluginLandingPageDisabled()],
  });
  return serveApollo({
    name: 'gateway',
    server,
    port: options.port ?? 0,
    ...(options.host ? { host: options.host } : {}),
    context: async (_req, requestId) => ({ requestId }),
    ...(options.clientDist ? { fallback: serveStatic(options.clientDist) } : {}),
  });
}
