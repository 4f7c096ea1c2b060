import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { createRecentErrors, type RunningServer, serveApollo } from '@portal/http-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRecentErrorsService } from './system/recent-errors.ts';

// `admin.recentErrors`' reading (system/recent-errors.ts): the portal's own ring merged with
// other services' signed `/internal/recent-errors`, newest first; a service that does not
// answer (or refuses our signature) is one SERVICE_UNREACHABLE row, not a failed query.
describe('recent errors of every service', () => {
  const key = Buffer.alloc(32, 1);
  const otherKey = Buffer.alloc(32, 2);
  let good: RunningServer;
  let wrongKey: RunningServer;
  let silent: Server;
  const baseOf = (s: RunningServer) => s.url.replace(/\/graphql$/, '');

  const serve = (name: string, signingKey: Buffer) =>
    serveApollo({
      name,
      server: new ApolloServer({ typeDefs: 'type Query { a: String }' }),
      context: async () => ({}),
      internalSigningKey: signingKey,
    });

  beforeAll(async () => {
    good = await serve('catalog', key);
    good.recentErrors.record({
      at: '2026-01-01T00:00:02.000Z',
      requestId: 'r-catalog',
      operationName: 'Op__company_catalog__1',
      code: 'INTERNAL',
      path: 'company.materials',
      message: 'boom',
    });
    wrongKey = await serve('gateway', otherKey);
    // Accepts the connection and never answers.
    silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    await good.close();
    await wrongKey.close();
    silent.closeAllConnections();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
  });

  it('merges newest first and reports services it could not read', async () => {
    const own = createRecentErrors('portal');
    own.record({
      at: '2026-01-01T00:00:01.000Z',
      requestId: 'r-portal-old',
      operationName: 'A',
      code: 'INTERNAL',
      path: null,
      message: 'older',
    });
    own.record({
      at: '2026-01-01T00:00:03.000Z',
      requestId: 'r-portal-new',
      operationName: 'B',
      code: 'INTERNAL',
      path: null,
      message: 'newer',
    });
    const silentPort = (silent.address() as AddressInfo).port;
    const service = createRecentErrorsService({
      own,
      signingKey: key,
      serviceUrls: () => ({
        'company-catalog': baseOf(good),
        gateway: baseOf(wrongKey),
        down: 'http://127.0.0.1:1',
        silent: `http://127.0.0.1:${silentPort}`,
      }),
    });
    const rows = await service.read({ first: 50, service: null });
    const unreachable = rows.filter((r) => r.code === 'SERVICE_UNREACHABLE');
    expect(Object.fromEntries(unreachable.map((r) => [r.service, r.message]))).toEqual({
      gateway: expect.stringContaining('HTTP 403'),
      down: expect.stringContaining('not reachable'),
      silent: expect.stringContaining('no answer within'),
    });
    expect(unreachable.every((r) => r.requestId === null)).toBe(true);
    const errors = rows.filter((r) => r.code !== 'SERVICE_UNREACHABLE');
    expect(errors.map((r) => [r.service, r.requestId])).toEqual([
      ['portal', 'r-portal-new'],
      ['company-catalog', 'r-catalog'],
      ['portal', 'r-portal-old'],
    ]);
    // Unreachable rows are "now": first.
    expect(rows.slice(0, 3).every((r) => r.code === 'SERVICE_UNREACHABLE')).toBe(true);

    expect(await service.read({ first: 1, service: null })).toHaveLength(1);
    const onlyCatalog = await service.read({ first: 50, service: 'company-catalog' });
    expect(onlyCatalog.map((r) => r.requestId)).toEqual(['r-catalog']);
    const onlyPortal = await service.read({ first: 50, service: 'portal' });
    expect(onlyPortal.map((r) => r.requestId)).toEqual(['r-portal-new', 'r-portal-old']);
  });
});
