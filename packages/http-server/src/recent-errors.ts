import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { BODY_SIGNATURE_HEADER, currentRequestId, signatureValid } from '@portal/identity';

/** Where every service serves its ring to the portal (POST, body signed with the shared key). */
export const RECENT_ERRORS_PATH = '/internal/recent-errors';

/** Entries a ring keeps by default; the oldest go first. */
export const RECENT_ERRORS_CAPACITY = 200;

/** How old a signed request to `/internal/recent-errors` may be (its `issuedAt`), ms. */
const MAX_REQUEST_AGE_MS = 60_000;

/** Longest message kept. */
const MAX_MESSAGE_CHARS = 1_000;

/** One unexpected error of a service (docs/operations.md "Recent errors"). */
export interface RecentError {
  /** ISO time it happened. */
  at: string;
  /** The service that saw it: `gateway`, `portal`, `company-catalog`. */
  service: string;
  /** The request's id; null outside a request. */
  requestId: string | null;
  /** The GraphQL operation's name, or `<METHOD> <path>` for a route error; null when unknown. */
  operationName: string | null;
  /** `extensions.code`, `INTERNAL` without one. */
  code: string;
  /** The GraphQL field path (`admin.auditLog`) or the HTTP path of a route; null when none. */
  path: string | null;
  /** The internal message, secrets redacted (`redactSecrets`), at most 1000 characters. */
  message: string;
}

/** Codes that mean "the service did not expect this": recorded even though they have a code. */
const INTERNAL_CODES = new Set(['INTERNAL', 'INTERNAL_SERVER_ERROR']);

/** An error as the plugin sees it (a GraphQLError before formatting). */
export interface ErrorLike {
  message: string;
  extensions?: Record<string, unknown>;
  path?: ReadonlyArray<string | number> | undefined;
}

/**
 * The default rule: an error is unexpected when it has no `extensions.code` (a thrown Error, a
 * database failure) or an internal one. Every deliberate refusal carries its code
 * (`BAD_USER_INPUT`, `FORBIDDEN`, `NOT_FOUND`, `RATE_LIMITED`, `COMPANY_UNAVAILABLE`…).
 */
export function isUnexpectedError(error: ErrorLike): boolean {
  const code = error.extensions?.code;
  return typeof code !== 'string' || INTERNAL_CODES.has(code);
}

/**
 * Secrets that can end up in an error message, each with its replacement: Supabase keys (a
 * company's secret key), JWTs (access tokens, legacy service_role keys), partner API keys,
 * bearer tokens, credentials in URLs, `password=…`/`token: …` pairs, PEM keys and any long
 * key-like run of base64 or hex (signing and encryption keys).
 */
const SECRET_PATTERNS: Array<[RegExp, string]> = [
  [/-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(-----END [A-Z ]*PRIVATE KEY-----|$)/g, '[redacted]'],
  [/\bsb_(secret|publishable)_[\w-]+/g, 'sb_$1_[redacted]'],
  [/\beyJ[\w-]*\.[\w-]+(\.[\w-]*)?/g, '[redacted-jwt]'],
  [/\bppk_[\w-]+/g, 'ppk_[redacted]'],
  [/\b(Bearer|Basic)\s+[\w.~+/=-]+/gi, '$1 [redacted]'],
  [/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@:]+:[^\s/@]+@/gi, '$1[redacted]@'],
  [
    /\b([\w-]*?(?:password|passwd|pwd|secret|token|api[_-]?key|service[_-]?key|authorization)(?:[_-]?key)?["']?\s*[:=]\s*)("[^"]*"|'[^']*'|[^\s,;&)}\]]+)/gi,
    '$1[redacted]',
  ],
  [/(?=[\w+/-]*\d)(?=[\w+/-]*[A-Za-z])[\w+/-]{40,}={0,2}/g, '[redacted]'],
];

/** The message with every known secret pattern replaced (see SECRET_PATTERNS). */
export function redactSecrets(message: string): string {
  let text = message;
  for (const [pattern, replacement] of SECRET_PATTERNS) text = text.replace(pattern, replacement);
  return text;
}

/** A bounded, in-memory list of a service's recent unexpected errors (per process). */
export interface RecentErrors {
  readonly service: string;
  /** Records one; its message is redacted and cut here. */
  record(entry: Omit<RecentError, 'service' | 'at'> & { at?: string }): void;
  /** Every kept entry, newest first. */
  list(): RecentError[];
  /** Records the operation errors `isUnexpected` picks; `serveApollo` adds it to the server. */
  plugin<TContext extends BaseContext>(
    isUnexpected?: (error: ErrorLike) => boolean,
  ): ApolloServerPlugin<TContext>;
}

export function createRecentErrors(
  service: string,
  capacity: number = RECENT_ERRORS_CAPACITY,
): RecentErrors {
  const ring: RecentError[] = [];
  let next = 0;

  const ring$ = {
    service,
    record(entry) {
      const message = redactSecrets(entry.message).slice(0, MAX_MESSAGE_CHARS);
      const kept: RecentError = {
        at: entry.at ?? new Date().toISOString(),
        service,
        requestId: entry.requestId,
        operationName: entry.operationName,
        code: entry.code,
        path: entry.path,
        message,
      };
      if (ring.length < capacity) ring.push(kept);
      else ring[next] = kept;
      next = (next + 1) % capacity;
    },
    list() {
      // `next` is where the oldest sits once the ring is full.
      const inOrder = ring.length < capacity ? ring : [...ring.slice(next), ...ring.slice(0, next)];
      return [...inOrder].reverse();
    },
    plugin<TContext extends BaseContext>(
      isUnexpected: (error: ErrorLike) => boolean = isUnexpectedError,
    ): ApolloServerPlugin<TContext> {
      const recordAll = (errors: readonly ErrorLike[], operationName: string | null) => {
        for (const error of errors) {
          if (!isUnexpected(error)) continue;
          const code = error.extensions?.code;
          ring$.record({
            requestId: currentRequestId() ?? null,
            operationName,
            code: typeof code === 'string' ? code : 'INTERNAL',
            path: error.path?.length ? error.path.join('.') : null,
            message: error.message,
          });
        }
      };
      return {
        async contextCreationDidFail({ error }) {
          recordAll([error as ErrorLike], null);
        },
        async requestDidStart() {
          return {
            async didEncounterErrors(ctx) {
              recordAll(ctx.errors, ctx.operationName ?? ctx.request.operationName ?? null);
            },
          };
        },
      };
    },
  } satisfies RecentErrors;
  return ring$;
}

/**
 * `POST /internal/recent-errors` for the portal's System page: a body `{"issuedAt": <ms>}`
 * signed with the shared key in `x-portal-signature` (like the portal's other internal routes)
 * → 200 `{ service, errors: RecentError[] }` newest first. Unsigned, wrongly signed or older
 * than a minute: 403; another method: 405.
 */
export async function recentErrorsRoute(
  req: IncomingMessage,
  res: ServerResponse,
  recentErrors: RecentErrors,
  signingKey: Buffer | null,
  send: (res: ServerResponse, status: number, body: unknown) => void,
): Promise<void> {
  if (req.method !== 'POST') {
    res.setHeader('allow', 'POST');
    return send(res, 405, { error: { code: 'METHOD_NOT_ALLOWED' } });
  }
  const body = await readSmall(req);
  if (!body) return send(res, 413, { error: { code: 'PAYLOAD_TOO_LARGE' } });
  if (!signingKey || !signatureValid(body, req.headers[BODY_SIGNATURE_HEADER], signingKey)) {
    return send(res, 403, { error: { code: 'FORBIDDEN' } });
  }
  let issuedAt: unknown;
  try {
    issuedAt = (JSON.parse(body.toString('utf8')) as { issuedAt?: unknown })?.issuedAt;
  } catch {
    return send(res, 400, { error: { code: 'BAD_REQUEST' } });
  }
  // A captured request cannot be replayed later: the signature covers the time.
  if (typeof issuedAt !== 'number' || Math.abs(Date.now() - issuedAt) > MAX_REQUEST_AGE_MS) {
    return send(res, 403, { error: { code: 'FORBIDDEN' } });
  }
  res.setHeader('cache-control', 'no-store');
  return send(res, 200, { service: recentErrors.service, errors: recentErrors.list() });
}

async function readSmall(req: IncomingMessage, maxBytes = 1024): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
