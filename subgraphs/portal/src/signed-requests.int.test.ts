import { randomBytes } from 'node:crypto';
import { migrate } from '@portal/db';
import { openTestDb, type TestDb } from '@portal/db/testing';
import { type RunningServer, serveApollo } from '@portal/http-server';
import { ANONYMOUS, signedHeaders } from '@portal/identity';
import { refusedSignatures } from '@portal/identity/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPortalSubgraph } from './server.ts';

// The portal subgraph over HTTP serves only requests the gateway signed for this request id.

const MIGRATIONS = new URL('../../../supabase/migrations', import.meta.url).pathname;
const signingKey = randomBytes(32);
let db: TestDb;
let running: RunningServer;

const post = (headers: Record<string, string>, query: string) =>
  fetch(running.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });

beforeAll(async () => {
  db = await openTestDb('pglite');
  await migrate(db, MIGRATIONS);
  const subgraph = createPortalSubgraph({ db, signingKey });
  running = await serveApollo({ name: 'portal', ...subgraph, port: 0 });
});
afterAll(async () => {
  await running?.close();
  await db?.close();
});

describe('portal subgraph without the gateway', () => {
  const wanted = {
    kind: 'admin',
    adminId: '00000000-0000-4000-8000-000000000001',
    email: 'admin@example.hu',
    role: 'admin',
    sessionId: 's',
  } as const;

  it.each(refusedSignatures(wanted, signingKey))(
    'refuses $name with 401, even for _service',
    async ({ headers }) => {
      for (const query of ['{ _service { sdl } }', '{ companies { id } admin { me { email } } }']) {
        const res = await post(headers, query);
        expect(res.status).toBe(401);
        const body = (await res.json()) as {
          data?: unknown;
          errors?: { extensions?: { code?: string } }[];
        };
        expect(body.data).toBeUndefined();
        expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
      }
    },
  );

  it('serves a request the gateway signed, and shields what the identity may not see', async () => {
    const res = await post(
      signedHeaders(ANONYMOUS, signingKey),
      '{ companies { id } admin { me { email } } }',
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      data: Record<string, unknown>;
      errors?: { extensions?: { code?: string } }[];
    };
    expect(body.data.companies).toEqual([]);
    expect(body.data.admin).toBeNull();
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });
});
