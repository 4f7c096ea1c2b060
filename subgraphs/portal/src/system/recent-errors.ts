import { RECENT_ERRORS_PATH, type RecentError, type RecentErrors } from '@portal/http-server';
import { BODY_SIGNATURE_HEADER, signBody } from '@portal/identity';

/**
 * One row of `admin.recentErrors`: an error of a service, or (`code: SERVICE_UNREACHABLE`,
 * no request id) a service that did not answer, so the page says so instead of showing none.
 */
export type RecentErrorModel = RecentError;

export const SERVICE_UNREACHABLE = 'SERVICE_UNREACHABLE';

export interface RecentErrorsService {
  /** The portal's own ring and every other service's, merged newest first. */
  read(options: { first: number; service: string | null }): Promise<RecentErrorModel[]>;
}

export interface RecentErrorsServiceOptions {
  /** The portal's own ring (the one `serveApollo` records into). */
  own: RecentErrors;
  /** Other services' base URLs (`HEALTH_SERVICE_URLS`), asked at read time. */
  serviceUrls: () => Record<string, string>;
  /** `GATEWAY_SIGNING_KEY`: the other services answer only requests signed with it. */
  signingKey: Buffer;
}

/** How long one service's answer may take. */
const TIMEOUT_MS = 2_000;

/** Reads every service's recent errors (docs/operations.md "Recent errors"). */
export function createRecentErrorsService(
  options: RecentErrorsServiceOptions,
): RecentErrorsService {
  async function fetchFrom(name: string, base: string): Promise<RecentErrorModel[]> {
    const body = JSON.stringify({ issuedAt: Date.now() });
    try {
      const res = await fetch(new URL(RECENT_ERRORS_PATH, base), {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [BODY_SIGNATURE_HEADER]: signBody(body, options.signingKey),
        },
        body,
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      if (!res.ok) return [unreachable(name, `HTTP ${res.status}`)];
      const answer = (await res.json()) as { errors?: unknown };
      if (!Array.isArray(answer.errors)) return [unreachable(name, 'not a list of errors')];
      return answer.errors.filter(isRecentError).map((e) => ({ ...e, service: name }));
    } catch (error) {
      const timedOut = error instanceof Error && error.name === 'TimeoutError';
      return [unreachable(name, timedOut ? `no answer within ${TIMEOUT_MS} ms` : 'not reachable')];
    }
  }

  return {
    async read({ first, service }) {
      const urls = Object.entries(options.serviceUrls()).filter(
        ([name]) => service === null || name === service,
      );
      const others = await Promise.all(urls.map(([name, base]) => fetchFrom(name, base)));
      const own = service === null || service === options.own.service ? options.own.list() : [];
      return [...own, ...others.flat()]
        .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))
        .slice(0, first);
    },
  };
}

function unreachable(service: string, why: string): RecentErrorModel {
  return {
    at: new Date().toISOString(),
    service,
    requestId: null,
    operationName: null,
    code: SERVICE_UNREACHABLE,
    path: null,
    message: `The service's recent errors could not be read: ${why}`,
  };
}

function isRecentError(value: unknown): value is RecentError {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Record<string, unknown>;
  const optional = (v: unknown) => v === null || typeof v === 'string';
  return (
    typeof e.at === 'string' &&
    typeof e.code === 'string' &&
    typeof e.message === 'string' &&
    optional(e.requestId) &&
    optional(e.operationName) &&
    optional(e.path)
  );
}
