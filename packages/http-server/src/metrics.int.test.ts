import { ApolloServer } from '@apollo/server';
import { currentRequestId } from '@portal/identity';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_OPERATION_NAMES } from './metrics.ts';
import { type RunningServer, serveApollo } from './serve-apollo.ts';

// /metrics, the METRICS_TOKEN bearer check, bounded labels and /readyz checks, over real HTTP.

describe('service metrics and readiness', () => {
  let running: RunningServer;
  let base: string;
  let dbUp = true;
  const seenIds: Array<string | undefined> = [];

  beforeAll(async () => {
    const server = new ApolloServer({
      typeDefs: 'type Query { hello: String, boom: String }',
      resolvers: {
        Query: {
          hello: () => {
            seenIds.push(currentRequestId());
            return 'szia';
          },
          boom: () => {
            throw new Error('kaboom');
          },
        },
      },
    });
    running = await serveApollo({
      name: 'test-svc',
      server,
      context: async () => ({}),
      metricsToken: 'scrape-secret',
      readiness: { db: async () => dbUp, migrations: async () => true },
    });
    base = running.url.replace('/graphql', '');
  });
  afterAll(() => running.close());

  const post = (query: string, headers: Record<string, string> = {}) =>
    fetch(running.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query }),
    });
  const scrape = () =>
    fetch(`${base}/metrics`, { headers: { authorization: 'Bearer scrape-secret' } });

  it('wants the bearer token when METRICS_TOKEN is set', async () => {
    expect((await fetch(`${base}/metrics`)).status).toBe(401);
    expect(
      (await fetch(`${base}/metrics`, { headers: { authorization: 'Bearer wrong' } })).status,
    ).toBe(401);
    const ok = await scrape();
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('# TYPE graphql_requests_total counter');
  });

  it('counts operations by type and name, errors by code, and makes the request id current', async () => {
    await post('query Greeting { hello }', { 'x-request-id': 'req-metrics-1' });
    await post('query Broken { boom }');
    expect(seenIds).toContain('req-metrics-1');
    const text = await (await scrape()).text();
    expect(text).toMatch(
      /graphql_requests_total\{operation_type="query",operation_name="Greeting",service="test-svc"\} 1/,
    );
    expect(text).toMatch(/graphql_errors_total\{code="INTERNAL",service="test-svc"\} 1/);
    expect(text).toMatch(
      /http_requests_total\{route="\/graphql",status="200",service="test-svc"\} 2/,
    );
  });

  it('keeps operation names bounded: later new names count as "other"', async () => {
    for (let i = 0; i < MAX_OPERATION_NAMES + 5; i++) await post(`query Op${i} { hello }`);
    const text = await (await scrape()).text();
    const names = new Set(
      [...text.matchAll(/graphql_requests_total\{[^}]*operation_name="([^"]+)"/g)].map((m) => m[1]),
    );
    expect(names.size).toBeLessThanOrEqual(MAX_OPERATION_NAMES + 1);
    expect(names.has('other')).toBe(true);
    // Unknown paths share one label, whatever the path.
    await fetch(`${base}/random-${Date.now()}`);
    expect(await (await scrape()).text()).toMatch(/route="other",status="404"/);
  });

  it('answers /readyz 503 with the failing check named', async () => {
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      ready: true,
      service: 'test-svc',
      checks: { db: true, migrations: true },
    });
    dbUp = false;
    const notReady = await fetch(`${base}/readyz`);
    expect(notReady.status).toBe(503);
    expect(await notReady.json()).toMatchObject({ ready: false, checks: { db: false } });
    dbUp = true;
  });
});
