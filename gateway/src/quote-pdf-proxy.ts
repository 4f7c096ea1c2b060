import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { type RouteHandler, sendJson } from '@portal/http-server';
import { signedHeaders } from '@portal/identity';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import type { ApiKeyUsageRecorder } from './api-key-usage.ts';
import { type CallerVerifiers, identifyCaller } from './caller-identity.ts';
import { isExpected } from './error-masking.ts';
import { rateLimitHeaders } from './rate-limit-plugin.ts';
import type { RateLimiter } from './rate-limiter.ts';

/** `GET /api/quotes/:id/pdf?lang=hu|en` is served under this prefix. */
export const QUOTE_PDF_PROXY_PREFIX = '/api/quotes/';
/** Only a UUID is passed on: nothing of the caller's path reaches the portal's URL otherwise. */
const PATH =
  /^\/api\/quotes\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/pdf$/i;

/** Headers of the portal's answer passed on to the caller. */
const PASSED_HEADERS = ['content-type', 'content-disposition', 'content-length'];

export interface QuotePdfProxyOptions {
  /** The portal subgraph's base URL (its `/graphql` URL works too). */
  portalUrl: string;
  signingKey: Buffer;
  verifiers: CallerVerifiers;
  logger: Logger;
  doFetch?: typeof fetch;
  /** Partner keys' budgets, the same as on `/graphql`: a PDF counts as one request. */
  apiKeyLimiter?: RateLimiter;
  /** Counts partner keys' downloads for their owners (`ApiKey.usage`). */
  usage?: Pick<ApiKeyUsageRecorder, 'record'>;
}

function fail(res: Parameters<RouteHandler>[1], status: number, code: string) {
  res.setHeader('cache-control', 'no-store');
  sendJson(res, status, { error: { code } });
}

/**
 * The quote PDF download. A file is not GraphQL, so this route does what the GraphQL path
 * does around it: identifies the caller from the bearer token or API key (`identifyCaller`),
 * refuses anonymous callers (401), signs the identity for this request id and asks the portal,
 * which reads the quote as that customer under RLS. The PDF is streamed through as it comes.
 */
export function quotePdfProxyRoute(options: QuotePdfProxyOptions): RouteHandler {
  const doFetch = options.doFetch ?? fetch;
  return async (req, res) => {
    const match = PATH.exec(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (!match) return fail(res, 404, 'NOT_FOUND');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      return fail(res, 405, 'METHOD_NOT_ALLOWED');
    }
    const requestId = String(res.getHeader('x-request-id') ?? '');
    let identity: Awaited<ReturnType<typeof identifyCaller>>;
    try {
      identity = await identifyCaller(req.headers, requestId, options.verifiers);
    } catch (error) {
      if (error instanceof GraphQLError && isExpected(error)) {
        return fail(res, 401, String(error.extensions.code));
      }
      options.logger.error({ requestId, err: error }, 'could not verify the caller');
      return fail(res, 503, 'INTERNAL');
    }
    if (identity.kind === 'anonymous') return fail(res, 401, 'UNAUTHENTICATED');
    if (identity.kind === 'partner' && options.apiKeyLimiter) {
      const state = options.apiKeyLimiter.attempt(identity.apiKeyId);
      const headers = rateLimitHeaders(state, options.apiKeyLimiter.windowSeconds);
      for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
      const { apiKeyId } = identity;
      if (!state.allowed) {
        options.usage?.record(apiKeyId, 'rate-limited');
        res.setHeader('retry-after', String(state.resetSeconds));
        res.setHeader('cache-control', 'no-store');
        return sendJson(res, 429, {
          error: { code: 'RATE_LIMITED', retryAfter: state.resetSeconds },
        });
      }
      res.once('finish', () => {
        options.usage?.record(apiKeyId, res.statusCode >= 400 ? 'error' : 'ok');
      });
    }
    const lang = new URL(req.url ?? '/', 'http://localhost').searchParams.get('lang') ?? 'hu';
    const target = new URL(`/quotes/${match[1]}/pdf`, options.portalUrl);
    target.searchParams.set('lang', lang === 'en' ? 'en' : 'hu');
    let upstream: Response;
    try {
      upstream = await doFetch(target, {
        method: req.method,
        headers: signedHeaders(identity, options.signingKey, requestId),
        signal: AbortSignal.timeout(30_000),
      });
    } catch (error) {
      options.logger.error({ requestId, err: error }, 'quote PDF: the portal did not answer');
      return fail(res, 503, 'INTERNAL');
    }
    if (upstream.status === 401 && upstream.headers.get('x-portal-session-ended') === '1') {
      // The caller's session has ended (signed out, password changed, account disabled).
      await upstream.body?.cancel();
      return fail(res, 401, 'UNAUTHENTICATED');
    }
    if (upstream.status === 401) {
      // The portal refused our signature: our fault, never the caller's.
      options.logger.error({ requestId }, 'quote PDF: the portal refused the gateway signature');
      await upstream.body?.cancel();
      return fail(res, 503, 'INTERNAL');
    }
    res.statusCode = upstream.status;
    for (const name of PASSED_HEADERS) {
      const value = upstream.headers.get(name);
      if (value !== null) res.setHeader(name, value);
    }
    res.setHeader('cache-control', 'no-store');
    if (!upstream.body || req.method === 'HEAD') {
      res.end();
      return;
    }
    await new Promise<void>((resolve, reject) => {
      Readable.fromWeb(upstream.body as NodeReadableStream)
        .on('error', reject)
        .pipe(res)
        .on('finish', resolve)
        .on('error', reject);
    });
  };
}
