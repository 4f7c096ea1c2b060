import { ApolloServer } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, sendJson, serveApollo } from './serve-apollo.ts';

describe('serveApollo', () => {
  let running: RunningServer;
  beforeAll(async () => {
    const server = new ApolloServer({
      typeDefs: 'type Query { hello: String }',
      resolvers: { Query: { hello: () => 'szia' } },
    });
    running = await serveApollo({ name: 'test', server, context: async () => ({}) });
  });
  afterAll(() => running.close());

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(running.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });

  it('serves GraphQL, health and readiness', async () => {
    const res = await post(JSON.stringify({ query: '{ hello }' }));
    expect(await res.json()).toEqual({ data: { hello: 'szia' } });
    const base = running.url.replace('/graphql', '');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    expect((await fetch(`${base}/nope`)).status).toBe(404);
  });

  it('keeps a plain request id and replaces an unsafe one', async () => {
    const plain = await post(JSON.stringify({ query: '{ hello }' }), { 'x-request-id': 'abc-123' });
    expect(plain.headers.get('x-request-id')).toBe('abc-123');
    const unsafe = await post(JSON.stringify({ query: '{ hello }' }), {
      'x-request-id': `<script>${'x'.repeat(200)}`,
    });
    expect(unsafe.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses malformed JSON and oversized bodies with clear codes', async () => {
    const malformed = await post('{"query": ');
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as any).errors[0].extensions.code).toBe('BAD_REQUEST');
    const huge = await post(
      JSON.stringify({ query: '{ hello }', variables: { x: 'x'.repeat(1_100_000) } }),
    );
    expect(huge.status).toBe(413);
    // A body far over the limit, still being sent when the answer comes: a 413, not a reset.
    const body = JSON.stringify({ query: '{ hello }', variables: { x: 'x'.repeat(30_000_000) } });
    const started = performance.now();
    const enormous = await post(body);
    expect(enormous.status).toBe(413);
    expect(((await enormous.json()) as any).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('serves exact routes first, then the longest matching prefix route', async () => {
    const server = new ApolloServer({
      typeDefs: 'type Query { hello: String }',
      resolvers: { Query: { hello: () => 'szia' } },
    });
    const withRoutes = await serveApollo({
      name: 'routes',
      server,
      context: async () => ({}),
      routes: { '/files/exact': (_req, res) => sendJson(res, 200, { route: 'exact' }) },
      prefixRoutes: {
        '/files/': (req, res) => sendJson(res, 200, { route: 'files', path: req.url }),
        '/files/pdf/': (_req, res) => sendJson(res, 200, { route: 'pdf' }),
      },
    });
    try {
      const base = withRoutes.url.replace('/graphql', '');
      const get = async (path: string) => (await fetch(`${base}${path}`)).json();
      expect(await get('/files/exact')).toEqual({ route: 'exact' });
      expect(await get('/files/a/b?x=1')).toEqual({ route: 'files', path: '/files/a/b?x=1' });
      expect(await get('/files/pdf/1')).toEqual({ route: 'pdf' });
      expect((await fetch(`${base}/filesx`)).status).toBe(404);
    } finally {
      await withRoutes.close();
    }
  });
});
