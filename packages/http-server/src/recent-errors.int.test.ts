import { ApolloServer } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, serveApollo } from './serve-apollo.ts';

// serveApollo records a service's unexpected errors from one place: its Apollo plugin (an
// operation's errors without a code) and its route error handler.
describe('serveApollo recent errors', () => {
  let running: RunningServer;
  beforeAll(async () => {
    const server = new ApolloServer({
      typeDefs: 'type Query { broken: String, refused: String, fine: String }',
      resolvers: {
        Query: {
          broken: () => {
            throw new Error('connection to db failed: password=Hunter2-very-secret');
          },
          refused: () => {
            throw new GraphQLError('Not yours', { extensions: { code: 'FORBIDDEN' } });
          },
          fine: () => 'ok',
        },
      },
    });
    running = await serveApollo({
      name: 'test',
      server,
      context: async () => ({}),
      routes: {
        '/explode': () => {
          throw new Error('route failed');
        },
      },
    });
  });
  afterAll(() => running.close());

  const post = (query: string, requestId: string) =>
    fetch(running.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': requestId },
      body: JSON.stringify({ query }),
    });

  it('records unexpected operation errors with the request id, not refusals', async () => {
    await post('query Broken { fine broken }', 'rid-broken');
    await post('query Refused { refused }', 'rid-refused');
    await post('query Fine { fine }', 'rid-fine');
    const list = running.recentErrors.list();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      service: 'test',
      requestId: 'rid-broken',
      operationName: 'Broken',
      code: 'INTERNAL',
      path: 'broken',
    });
    expect(list[0]!.message).toContain('connection to db failed');
    expect(list[0]!.message).not.toContain('Hunter2-very-secret');
  });

  it('records a route that throws, newest first', async () => {
    const res = await fetch(`${running.url.replace(/\/graphql$/, '')}/explode?x=1`, {
      headers: { 'x-request-id': 'rid-route' },
    });
    expect(res.status).toBe(500);
    const [newest] = running.recentErrors.list();
    expect(newest).toMatchObject({
      requestId: 'rid-route',
      operationName: 'GET /explode',
      path: '/explode',
      message: 'route failed',
    });
  });
});
