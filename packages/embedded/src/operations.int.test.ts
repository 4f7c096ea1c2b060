import { Writable } from 'node:stream';
import { type Engine, openTestDb, type TestDb, testEngines } from '@portal/db/testing';
import { provisionAdmin } from '@portal/portal-subgraph/admins';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSystem, startSystem } from './start-system.ts';

// Operations (docs/operations.md): /metrics, /healthz, /readyz on every service, one request
// id in the JSON logs of the gateway, the subgraphs and the company endpoint, the company
// circuit breaker and the admin System health — on the whole embedded system, real HTTP.

interface GraphQLResponse {
  data?: Record<string, any> | null;
  errors?: Array<{ message: string; extensions?: { code?: string; reason?: string } }>;
}

const COOLDOWN_MS = 400;
const PASSWORD = 'Gyalulap-2026-ops';

const CATALOG = /* GraphQL */ `
  query OpsCatalog($slug: String!) {
    company(slug: $slug) { id materials(first: 2) { totalCount } }
  }
`;

const SYSTEM_HEALTH = /* GraphQL */ `
  query SystemHealth {
    admin {
      systemHealth {
        checkedAt
        services { name status latencyMs checks { name ok } error }
        companies {
          id slug active status latencyMs errorRate circuit lastSampleAt lastError
          lastSuccessfulSyncAt
          history(hours: 2) { at probeOk latencyMs calls failures errorRate circuit }
        }
      }
    }
  }
`;

describe.each(testEngines())('operations on %s', (engine: Engine) => {
  let system: RunningSystem;
  let portalDb: TestDb | undefined;
  const lines: Array<Record<string, unknown>> = [];
  let adminToken: string;
  let supportToken: string;

  const base = (graphqlUrl: string) => graphqlUrl.replace(/\/graphql$/, '');

  async function gql(
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
    requestId?: string,
  ): Promise<GraphQLResponse> {
    const res = await fetch(system.graphqlUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(requestId ? { 'x-request-id': requestId } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as GraphQLResponse;
  }

  async function signIn(email: string, password: string): Promise<string> {
    const r = await gql(
      'mutation($e: String!, $p: String!) { adminSignIn(email: $e, password: $p) { session { accessToken } error { code } } }',
      { e: email, p: password },
    );
    const token = r.data?.adminSignIn?.session?.accessToken;
    expect(token, JSON.stringify(r)).toEqual(expect.any(String));
    return token as string;
  }

  /** The value of the series `name` whose labels include `labels` (any order); undefined when none. */
  const value = (text: string, name: string, labels: Record<string, string | RegExp>) => {
    for (const line of text.split('\n')) {
      const m = /^([a-z_:]+)\{(.*)\} (\S+)$/.exec(line);
      if (!m || m[1] !== name) continue;
      const have = Object.fromEntries(
        [...m[2]!.matchAll(/(\w+)="([^"]*)"/g)].map((x) => [x[1]!, x[2]!]),
      );
      const matches = Object.entries(labels).every(([k, v]) =>
        typeof v === 'string' ? have[k] === v : v.test(have[k] ?? ''),
      );
      if (matches) return Number(m[3]);
    }
    return undefined;
  };

  const metricsOf = async (url: string) => {
    const res = await fetch(`${base(url)}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    return res.text();
  };

  beforeAll(async () => {
    if (engine === 'postgres') portalDb = await openTestDb('postgres');
    const sink = new Writable({
      write(chunk, _enc, done) {
        for (const line of String(chunk).split('\n')) if (line.trim()) lines.push(JSON.parse(line));
        done();
      },
    });
    system = await startSystem({
      ...(portalDb?.url ? { databaseUrl: portalDb.url } : {}),
      demoAdmin: true,
      companyTimeoutMs: 1000,
      orderSyncIntervalMs: 0,
      logger: pino({ level: 'info' }, sink),
      companyResilience: { circuit: { failureThreshold: 2, cooldownMs: COOLDOWN_MS } },
      // Sampled by the test (sampleNow), not by a timer.
      healthSampling: { intervalMs: 0 },
    });
    adminToken = await signIn(system.demoAdmin!.email, system.demoAdmin!.password);
    const created = await provisionAdmin(system.portalDb, {
      email: 'support-ops@portal.test',
      name: 'Support',
      role: 'support',
      password: PASSWORD,
    });
    expect('admin' in created).toBe(true);
    supportToken = await signIn('support-ops@portal.test', PASSWORD);
  });
  afterAll(async () => {
    await system?.close();
    await portalDb?.close();
  });

  it('answers /healthz and /readyz with its checks on every service', async () => {
    for (const [url, checks] of [
      [system.graphqlUrl, ['supergraph']],
      [system.portalUrl, ['db', 'migrations']],
      [system.catalogUrl, ['db']],
    ] as const) {
      const health = await fetch(`${base(url)}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: 'ok' });
      const ready = await fetch(`${base(url)}/readyz`);
      const body = (await ready.json()) as { ready: boolean; checks: Record<string, boolean> };
      expect(ready.status, JSON.stringify(body)).toBe(200);
      expect(body.ready).toBe(true);
      expect(Object.keys(body.checks).sort()).toEqual([...checks].sort());
      expect(Object.values(body.checks).every(Boolean)).toBe(true);
    }
  });

  it('serves the expected series after real requests through the gateway', async () => {
    const ok = await gql(CATALOG, { slug: 'turinova' });
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.company.materials.totalCount).toBeGreaterThan(0);
    const bad = await gql('query OpsBroken { nope }');
    expect(bad.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');

    const gateway = await metricsOf(system.graphqlUrl);
    const op = { service: 'gateway', operation_type: 'query', operation_name: 'OpsCatalog' };
    expect(value(gateway, 'graphql_requests_total', op)).toBeGreaterThanOrEqual(1);
    expect(
      value(gateway, 'graphql_request_duration_seconds_bucket', { ...op, le: '+Inf' }),
    ).toBeGreaterThanOrEqual(1);
    expect(
      value(gateway, 'graphql_errors_total', { code: 'GRAPHQL_VALIDATION_FAILED' }),
    ).toBeGreaterThanOrEqual(1);
    expect(
      value(gateway, 'http_requests_total', { route: '/graphql', status: '200' }),
    ).toBeGreaterThanOrEqual(1);
    expect(value(gateway, 'gateway_subscriptions', { service: 'gateway' })).toBe(0);
    expect(gateway).toMatch(/^process_cpu_user_seconds_total\{service="gateway"\}/m);

    const catalog = await metricsOf(system.catalogUrl);
    // The subgraph sees the gateway's fetch, named after the operation.
    expect(
      value(catalog, 'graphql_requests_total', {
        service: 'company-catalog',
        operation_name: /^OpsCatalog__company_catalog__\d+$/,
      }),
    ).toBeGreaterThanOrEqual(1);
    expect(
      value(catalog, 'company_call_duration_seconds_count', {
        company: 'turinova',
        fn: 'portal_materials_search',
      }),
    ).toBeGreaterThanOrEqual(1);

    const portal = await metricsOf(system.portalUrl);
    expect(value(portal, 'delivery_queue_depth', { state: 'pending' })).toEqual(expect.any(Number));
    expect(value(portal, 'order_sync_lag_seconds', { company: 'turinova' })).toBeGreaterThan(0);
    // Inactive companies are not synced, so they have no lag.
    expect(value(portal, 'order_sync_lag_seconds', { company: 'szegedi-panel' })).toBeUndefined();
  });

  it('carries one request id through the gateway, the subgraphs and the company call', async () => {
    const requestId = `ops-trace-${engine}`;
    const r = await gql(CATALOG, { slug: 'debreceni-lapszabasz' }, undefined, requestId);
    expect(r.errors).toBeUndefined();
    const mine = lines.filter((l) => l.requestId === requestId);
    const names = new Set(mine.map((l) => l.name));
    expect([...names].sort()).toEqual(['company-catalog', 'gateway', 'local-supabase', 'portal']);
    const rpc = mine.find((l) => l.name === 'local-supabase');
    expect(rpc).toMatchObject({ msg: 'rpc call', company: 'debreceni-lapszabasz', status: 200 });
    expect(mine.find((l) => l.name === 'gateway')).toMatchObject({
      msg: 'graphql request',
      operationName: 'OpsCatalog',
      level: 30,
    });
    // No line carries a secret: the company keys never reach a log.
    const all = JSON.stringify(lines);
    expect(all).not.toMatch(/sb_secret_|service_role_key|eyJhbGciOi/);
  });

  it('opens a company circuit on faults, shows it to admins, and closes after recovery', async () => {
    const [turinova] = system.companies.filter((c) => c.slug === 'turinova');
    system.supabase.setFault('turinova', { kind: 'status', status: 503 });
    // Two failing reads open the catalog's circuit (threshold 2); the third fails fast.
    for (let i = 0; i < 2; i++) {
      const r = await gql(CATALOG, { slug: 'turinova' });
      expect(r.errors?.[0]?.extensions?.code).toBe('COMPANY_UNAVAILABLE');
    }
    system.supabase.resetCalls();
    const fast = await gql(CATALOG, { slug: 'turinova' });
    expect(fast.errors?.[0]?.extensions).toMatchObject({ code: 'COMPANY_UNAVAILABLE' });
    expect(system.supabase.calls().filter((c) => c.slug === 'turinova')).toHaveLength(0);
    expect(
      value(await metricsOf(system.catalogUrl), 'company_circuit_state', { company: 'turinova' }),
    ).toBe(2);

    // The portal's sampler: two failed probes open the portal's own circuit for the company.
    await system.healthSampler!.sampleNow();
    await system.healthSampler!.sampleNow();
    const down = await gql(SYSTEM_HEALTH, {}, adminToken);
    expect(down.errors).toBeUndefined();
    const health = down.data!.admin.systemHealth;
    expect(health.services.map((s: { name: string }) => s.name).sort()).toEqual([
      'company-catalog',
      'gateway',
      'portal',
    ]);
    for (const s of health.services) expect(s.status).toBe('UP');
    const t = health.companies.find((c: { slug: string }) => c.slug === 'turinova');
    expect(t).toMatchObject({ id: turinova!.id, status: 'DOWN', circuit: 'OPEN', errorRate: 1 });
    expect(t.lastError).toMatch(/HTTP 503/);
    expect(t.history).toHaveLength(2);
    expect(t.history[0]).toMatchObject({ probeOk: false, failures: 1, calls: 1 });
    const other = health.companies.find((c: { slug: string }) => c.slug === 'debreceni-lapszabasz');
    expect(other).toMatchObject({ status: 'UP', circuit: 'CLOSED', errorRate: 0 });
    expect(other.latencyMs).toEqual(expect.any(Number));
    const inactive = health.companies.find((c: { slug: string }) => c.slug === 'szegedi-panel');
    expect(inactive).toMatchObject({ active: false, status: 'UNKNOWN', history: [] });

    // Recovery: after the cool-down the next probe (sampler) and read (catalog) close both.
    system.supabase.setFault('turinova', null);
    await new Promise((r) => setTimeout(r, COOLDOWN_MS + 50));
    await system.healthSampler!.sampleNow();
    expect((await gql(CATALOG, { slug: 'turinova' })).errors).toBeUndefined();
    expect(
      value(await metricsOf(system.catalogUrl), 'company_circuit_state', { company: 'turinova' }),
    ).toBe(0);
    const up = await gql(SYSTEM_HEALTH, {}, supportToken);
    expect(up.errors).toBeUndefined();
    const again = up.data!.admin.systemHealth.companies.find(
      (c: { slug: string }) => c.slug === 'turinova',
    );
    expect(again).toMatchObject({ status: 'UP', circuit: 'CLOSED', errorRate: 0 });
    // Two failed probes (the second opened the portal's circuit), then the half-open probe.
    expect(again.history.map((h: { probeOk: boolean }) => h.probeOk)).toEqual([false, false, true]);
    expect(again.history.map((h: { circuit: string }) => h.circuit)).toEqual([
      'CLOSED',
      'OPEN',
      'CLOSED',
    ]);
  });

  it('gives customers and anonymous callers nothing of the system health', async () => {
    const anonymous = await gql(SYSTEM_HEALTH);
    expect(anonymous.data?.admin ?? null).toBeNull();
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
