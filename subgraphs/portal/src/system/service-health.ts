/** A service's `/readyz` as the portal sees it (the System page). */
export interface ServiceHealth {
  name: string;
  /** Base URL probed; null for the portal itself (checked in process). */
  url: string | null;
  ready: boolean;
  /** Round trip of the `/readyz` request, ms; null for the portal itself. */
  latencyMs: number | null;
  checks: Array<{ name: string; ok: boolean }>;
  /** Why the service could not be asked (refused, timeout, not JSON). */
  error: string | null;
}

/** How long one `/readyz` request may take. */
const READYZ_TIMEOUT_MS = 2_000;

/** Asks `<url>/readyz` of each service, in parallel, each bounded by a timeout. */
export async function probeServices(urls: Record<string, string>): Promise<ServiceHealth[]> {
  return Promise.all(
    Object.entries(urls).map(async ([name, base]): Promise<ServiceHealth> => {
      const started = performance.now();
      try {
        const res = await fetch(new URL('/readyz', base), {
          signal: AbortSignal.timeout(READYZ_TIMEOUT_MS),
        });
        const body = (await res.json().catch(() => null)) as {
          ready?: unknown;
          checks?: Record<string, unknown>;
        } | null;
        return {
          name,
          url: base,
          ready: res.status === 200 && body?.ready === true,
          latencyMs: Math.round(performance.now() - started),
          checks: Object.entries(body?.checks ?? {}).map(([check, ok]) => ({
            name: check,
            ok: ok === true,
          })),
          error: res.status === 200 ? null : `HTTP ${res.status}`,
        };
      } catch (error) {
        const timedOut = error instanceof Error && error.name === 'TimeoutError';
        return {
          name,
          url: base,
          ready: false,
          latencyMs: null,
          checks: [],
          error: timedOut ? `no answer within ${READYZ_TIMEOUT_MS} ms` : 'not reachable',
        };
      }
    }),
  );
}

/** `HEALTH_SERVICE_URLS`: `gateway=http://gw:4000,company-catalog=http://catalog:4002`. */
export function parseServiceUrls(value: string | undefined): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const part of (value ?? '').split(',')) {
    const [name, url] = part.split('=', 2).map((s) => s.trim());
    if (name && url && /^https?:\/\//.test(url)) urls[name] = url;
  }
  return urls;
}
