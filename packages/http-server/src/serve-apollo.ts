import { randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ApolloServer, type BaseContext, HeaderMap } from '@apollo/server';
import { runWithRequestId } from '@portal/identity';
import { type Logger, pino } from 'pino';
import { createServiceMetrics, type ServiceMetrics } from './metrics.ts';
import {
  createRecentErrors,
  type ErrorLike,
  RECENT_ERRORS_PATH,
  type RecentErrors,
  recentErrorsRoute,
} from './recent-errors.ts';

/** Largest accepted request body; GraphQL documents and variables beyond this are refused. */
const MAX_BODY_BYTES = 1_000_000;

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface ServeApolloOptions<TContext extends BaseContext> {
  /** Service name, reported by /healthz. */
  name: string;
  server: ApolloServer<TContext>;
  /** Builds the per-request context (DataLoaders are created here, never at module scope). */
  context: (req: IncomingMessage, requestId: string) => Promise<TContext>;
  port?: number;
  host?: string;
  /** Extra routes by exact path, e.g. static files; checked before /graphql. */
  routes?: Record<string, RouteHandler>;
  /**
   * Routes by path prefix (e.g. `/quotes/` for `/quotes/:id/pdf`), checked after `routes`; the
   * longest matching prefix wins and the handler parses the rest of the path itself.
   */
  prefixRoutes?: Record<string, RouteHandler>;
  /** Fallback for any other GET path (the gateway serves the client here). */
  fallback?: RouteHandler;
  /** Whether the service can take traffic; /readyz answers 503 while false. */
  ready?: () => Promise<boolean>;
  /**
   * Named readiness checks (`db`, `migrations`, `supergraph`…): /readyz runs them all, answers
   * 503 when one is false or throws, and lists each result.
   */
  readiness?: Record<string, () => Promise<boolean>>;
  /** The service's metrics, served on `/metrics`; made here when absent. */
  metrics?: ServiceMetrics;
  /**
   * `METRICS_TOKEN`: when set, `/metrics` wants `Authorization: Bearer <token>` (401 without).
   * Defaults to the environment variable; `null` serves /metrics to anyone who can connect.
   */
  metricsToken?: string | null;
  /** JSON log (pino): one line per GraphQL request with its request id. */
  logger?: Logger;
  /** The service's recent unexpected errors (docs/operations.md); made here when absent. */
  recentErrors?: RecentErrors;
  /** Which operation errors go to `recentErrors`; default: those without a code or INTERNAL. */
  isUnexpectedError?: (error: ErrorLike) => boolean;
  /**
   * `GATEWAY_SIGNING_KEY`: `POST /internal/recent-errors` answers only requests signed with it
   * (the portal's System page); without it the route refuses everyone (403).
   */
  internalSigningKey?: Buffer;
}

export interface RunningServer {
  url: string;
  port: number;
  httpServer: Server;
  metrics: ServiceMetrics;
  recentErrors: RecentErrors;
  close(): Promise<void>;
}

/**
 * Serves an Apollo Server on node:http with `/graphql`, `/healthz` and `/readyz`.
 * A request id comes from `x-request-id` or is made here, and is echoed in the response.
 */
export async function serveApollo<TContext extends BaseContext>(
  options: ServeApolloOptions<TContext>,
): Promise<RunningServer> {
  const { server, name } = options;
  const logger = options.logger ?? defaultLogger(name);
  const metrics = options.metrics ?? createServiceMetrics(name);
  const metricsToken =
    options.metricsToken === undefined
      ? process.env.METRICS_TOKEN || null
      : options.metricsToken || null;
  const recentErrors = options.recentErrors ?? createRecentErrors(name);
  server.addPlugin(metrics.plugin(logger));
  server.addPlugin(recentErrors.plugin(options.isUnexpectedError));
  await server.start();
  const knownRoutes = new Set(Object.keys(options.routes ?? {}));
  const knownPrefixes = Object.keys(options.prefixRoutes ?? {});
  /** A bounded route label: a known path or prefix, or `other`. */
  const routeLabel = (pathname: string): string => {
    if (FIXED_ROUTES.has(pathname) || knownRoutes.has(pathname)) return pathname;
    const prefix = knownPrefixes.find((p) => pathname.startsWith(p));
    if (prefix) return `${prefix}*`;
    return options.fallback ? 'static' : 'other';
  };
  const httpServer = createServer((req, res) => {
    const started = performance.now();
    const requestId = acceptedRequestId(headerValue(req, 'x-request-id')) ?? randomUUID();
    res.once('finish', () => {
      const route = routeLabel(new URL(req.url ?? '/', 'http://localhost').pathname);
      metrics.observeHttp(route, res.statusCode, (performance.now() - started) / 1000);
    });
    runWithRequestId(requestId, () => handle(req, res, requestId)).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
      else res.end();
      logger.error({ requestId, err: error }, 'request failed');
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      recentErrors.record({
        requestId,
        operationName: `${req.method ?? 'GET'} ${routeLabel(path)}`,
        code: 'INTERNAL',
        path: path.slice(0, 200),
        message: error instanceof Error ? error.message : String(error),
      });
    });
  });

  // Callers (the gateway, load balancers) keep connections alive and reuse them. Node closes an
  // idle one after 5 s by default, racing a request the caller is just sending on it ("socket
  // hang up"); an idle timeout longer than any caller's keeps the closing on their side.
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;

  async function handle(
    req: IncomingMessage,
    res: ServerResponse,
    requestId: string,
  ): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    res.setHeader('x-request-id', requestId);
    if (url.pathname === '/healthz') return sendJson(res, 200, { status: 'ok', service: name });
    if (url.pathname === '/readyz') {
      const checks = await readinessChecks(options);
      const ready = Object.values(checks).every(Boolean);
      return sendJson(res, ready ? 200 : 503, { ready, service: name, checks });
    }
    if (url.pathname === '/metrics') {
      if (metricsToken && !bearerMatches(headerValue(req, 'authorization'), metricsToken)) {
        res.setHeader('www-authenticate', 'Bearer');
        return sendJson(res, 401, { error: 'metrics need the METRICS_TOKEN bearer token' });
      }
      res.statusCode = 200;
      res.setHeader('content-type', metrics.registry.contentType);
      res.end(await metrics.registry.metrics());
      return;
    }
    if (url.pathname === RECENT_ERRORS_PATH) {
      const key = options.internalSigningKey ?? null;
      return recentErrorsRoute(req, res, recentErrors, key, sendJson);
    }
    const route = options.routes?.[url.pathname] ?? prefixRoute(options.prefixRoutes, url.pathname);
    if (route) return route(req, res);
    if (url.pathname !== '/graphql') {
      if (options.fallback && (req.method === 'GET' || req.method === 'HEAD')) {
        return options.fallback(req, res);
      }
      return sendJson(res, 404, { error: 'not found' });
    }
    if (!acceptsJson(headerValue(req, 'accept'))) {
      // Apollo would run the operation (a mutation too) and only then refuse to answer it.
      return sendJson(res, 406, {
        errors: [
          {
            message: 'Accept must allow application/graphql-response+json or application/json',
            extensions: { code: 'NOT_ACCEPTABLE' },
          },
        ],
      });
    }
    const body = await readBody(req);
    if (body === TOO_LARGE) {
      // The rest of the body is still read and dropped (see `readBody`), so a client still
      // uploading receives this answer instead of a connection reset; one that keeps sending
      // past DRAIN_LIMIT_MS is cut off.
      const cutOff = setTimeout(() => req.destroy(), DRAIN_LIMIT_MS);
      cutOff.unref();
      req.once('end', () => clearTimeout(cutOff));
      return sendJson(res, 413, {
        errors: [{ message: 'Request body too large', extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
      });
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let parsedBody: unknown;
    if (body.length > 0) {
      try {
        parsedBody = JSON.parse(body);
      } catch {
        return sendJson(res, 400, {
          errors: [
            { message: 'Request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } },
          ],
        });
      }
    }
    const response = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: (req.method ?? 'GET').toUpperCase(),
        headers,
        search: url.search,
        body: parsedBody,
      },
      context: () => options.context(req, requestId),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve);
  });
  const port = (httpServer.address() as AddressInfo).port;
  const host = options.host ?? '127.0.0.1';
  return {
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}/graphql`,
    port,
    httpServer,
    metrics,
    recentErrors,
    async close() {
      httpServer.closeAllConnections();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await server.stop();
    },
  };
}

const TOO_LARGE = Symbol('too large');

/** Paths every service answers; route labels of their own. */
const FIXED_ROUTES = new Set(['/graphql', '/healthz', '/readyz', '/metrics', RECENT_ERRORS_PATH]);

/** pino JSON lines on stdout; level from `LOG_LEVEL` (default info; silent under vitest). */
function defaultLogger(name: string): Logger {
  return pino({ name, level: process.env.LOG_LEVEL ?? (process.env.VITEST ? 'silent' : 'info') });
}

/** Every readiness check's result; one that throws is false. */
async function readinessChecks(options: {
  ready?: () => Promise<boolean>;
  readiness?: Record<string, () => Promise<boolean>>;
}): Promise<Record<string, boolean>> {
  const named: Record<string, () => Promise<boolean>> = { ...options.readiness };
  if (options.ready) named.ready = options.ready;
  const entries = await Promise.all(
    Object.entries(named).map(async ([key, check]) => {
      try {
        return [key, (await check()) === true] as const;
      } catch {
        return [key, false] as const;
      }
    }),
  );
  return Object.fromEntries(entries);
}

/** Constant-time comparison of `Authorization: Bearer <token>` with the expected token. */
function bearerMatches(header: string | undefined, token: string): boolean {
  const given = /^Bearer\s+(.+)$/i.exec(header ?? '')?.[1]?.trim() ?? '';
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function prefixRoute(
  routes: Record<string, RouteHandler> | undefined,
  pathname: string,
): RouteHandler | undefined {
  if (!routes) return undefined;
  const prefix = Object.keys(routes)
    .filter((p) => pathname.startsWith(p))
    .sort((a, b) => b.length - a.length)[0];
  return prefix === undefined ? undefined : routes[prefix];
}

/** Media types a GraphQL response can be sent as (GraphQL over HTTP). */
const JSON_MEDIA_TYPES = new Set([
  '*/*',
  'application/*',
  'application/json',
  'application/graphql-response+json',
]);

/** Whether an `Accept` header (none accepts anything) allows a JSON response. */
export function acceptsJson(accept: string | undefined): boolean {
  if (accept === undefined || accept.trim() === '') return true;
  return accept.split(',').some((range) => {
    const [type = '', ...params] = range.split(';').map((part) => part.trim().toLowerCase());
    const zero = params.some((p) => /^q=0(\.0{0,3})?$/.test(p.replace(/\s/g, '')));
    return JSON_MEDIA_TYPES.has(type) && !zero;
  });
}

/** A caller's request id is echoed into logs and error messages: only short, plain ones. */
const REQUEST_ID = /^[\w.:-]{1,100}$/;

function acceptedRequestId(value: string | undefined): string | undefined {
  return value && REQUEST_ID.test(value) ? value : undefined;
}

/** How long the rest of an oversized body is read and dropped before the socket is cut. */
const DRAIN_LIMIT_MS = 10_000;

/**
 * The body, or TOO_LARGE past `MAX_BODY_BYTES`. Past the limit the stream keeps flowing with
 * its data dropped (nothing more is kept): destroying it at once would reset the connection
 * under a client still sending (a 25 MB cut list), which then sees `ECONNRESET`, not the 413.
 */
function readBody(req: IncomingMessage): Promise<string | typeof TOO_LARGE> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    req.on('data', (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        settled = true;
        chunks.length = 0;
        resolve(TOO_LARGE);
        return;
      }
      chunks.push(chunk);
    });
    req.once('end', () => {
      if (settled) return;
      settled = true;
      resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.once('error', (error) => {
      if (settled) return;
      settled = true;
      reject(error);
    });
  });
}

export function headerValue(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}
