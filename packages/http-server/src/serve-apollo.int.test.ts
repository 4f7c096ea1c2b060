import { ApolloServer } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, serveApollo } from './serve-apollo.ts';

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
  });
});
