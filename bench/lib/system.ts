/**
 * Starts the system under test for the load benches, in processes apart from the load
 * generator so each one's CPU time and memory can be read:
 * - `one-process`: the embedded default (`startSystem`) in one child process;
 * - `processes`: gateway, portal subgraph and catalog subgraph each from its own `main.ts`
 *   (as in production), the demo companies (local Supabase endpoint + PGlite) in a fourth.
 *   Needs PostgreSQL for the portal database (PGlite cannot be shared between processes).
 * DB=postgres puts the portal database on a fresh PostgreSQL database, dropped at the end.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import type { ProcessSample } from './probe.ts';
import type { ChildConfig, ChildMessage } from './system-child.ts';

export type Topology = 'one-process' | 'processes';
export type DbKind = 'pglite' | 'postgres';

export interface BenchSystemOptions {
  topology: Topology;
  db: DbKind;
  /** Admin connection to PostgreSQL, for creating and dropping the bench database. */
  pgAdminUrl?: string;
  /** Sign-up/sign-in attempts per IP per minute at the gateway (raised for the benches). */
  authPerMinute?: number;
  catalogCache?: false;
  catalogBatching?: false;
  orderSyncIntervalMs?: number;
}

export interface ServiceProcess {
  name: string;
  pid: number;
  sample(gc?: boolean): Promise<ProcessSample>;
}

export interface BenchSystem {
  graphqlUrl: string;
  catalogUrl: string;
  signingKey: Buffer;
  companies: Array<{ id: string; slug: string }>;
  processes: ServiceProcess[];
  /** Contract calls per function since the last reset (local Supabase endpoint's log). */
  companyCalls(reset?: boolean): Promise<Record<string, number>>;
  close(): Promise<void>;
}

const here = new URL('.', import.meta.url).pathname;
const root = new URL('../../', import.meta.url).pathname;
const probe = `${here}probe.ts`;

function forkService(name: string, file: string, env: Record<string, string>): ChildProcess {
  return fork(file, [], {
    env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'error', ...env },
    execArgv: ['--import', 'tsx', '--import', probe, '--expose-gc'],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  }).on('exit', (code, signal) => {
    if (code !== 0 && signal !== 'SIGTERM' && signal !== 'SIGKILL' && code !== null)
      console.error(`[bench] ${name} exited with ${code}`);
  });
}

let requestIds = 0;
function ask<T>(child: ChildProcess, message: object, answer: string): Promise<T> {
  const id = ++requestIds;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.off('message', onMessage);
      reject(new Error(`no ${answer} from ${child.pid}`));
    }, 120_000);
    const onMessage = (m: { kind?: string; id?: number }) => {
      if (m?.kind !== answer || m.id !== id) return;
      clearTimeout(timer);
      child.off('message', onMessage);
      resolve(m as T);
    };
    child.on('message', onMessage);
    child.send({ ...message, id });
  });
}

const service = (name: string, child: ChildProcess): ServiceProcess => ({
  name,
  pid: child.pid!,
  sample: async (gc = false) =>
    (await ask<{ sample: ProcessSample }>(child, { kind: 'sample', gc }, 'sample-result')).sample,
});

function waitReady(child: ChildProcess): Promise<Extract<ChildMessage, { kind: 'ready' }>> {
  return new Promise((resolve, reject) => {
    child.on('message', (m: ChildMessage) => {
      if (m.kind === 'ready') resolve(m);
    });
    child.on('exit', (code) => reject(new Error(`system process exited with ${code}`)));
  });
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });
}

async function waitHttp(url: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not come up`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** A database of its own on the PostgreSQL server at `adminUrl`, and how to drop it. */
async function freshPostgres(adminUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const { openDb } = await import('@portal/db');
  const name = `bench_load_${randomBytes(4).toString('hex')}`;
  const admin = await openDb({ url: adminUrl });
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.close();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const again = await openDb({ url: adminUrl });
      try {
        await again.query(`drop database if exists ${name} with (force)`);
      } finally {
        await again.close();
      }
    },
  };
}

export async function startBenchSystem(options: BenchSystemOptions): Promise<BenchSystem> {
  if (options.topology === 'processes' && options.db !== 'postgres')
    throw new Error('TOPOLOGY=processes needs DB=postgres (PGlite cannot be shared)');
  const pg =
    options.db === 'postgres'
      ? await freshPostgres(options.pgAdminUrl ?? 'postgres://postgres@127.0.0.1:5432/postgres')
      : undefined;
  const encryptionKey = randomBytes(32).toString('base64');
  const signingKey = randomBytes(32).toString('base64');
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const authSigningJwk = JSON.stringify(privateKey.export({ format: 'jwk' }));
  const authPerMinute = options.authPerMinute ?? 100_000;
  const config: ChildConfig = {
    role: options.topology === 'one-process' ? 'embedded' : 'companies',
    ...(pg ? { databaseUrl: pg.url } : {}),
    encryptionKey,
    signingKey,
    authSigningJwk,
    authPerMinute,
    ...(options.catalogCache === false ? { catalogCache: false } : {}),
    ...(options.catalogBatching === false ? { catalogBatching: false } : {}),
    ...(options.orderSyncIntervalMs !== undefined
      ? { orderSyncIntervalMs: options.orderSyncIntervalMs }
      : {}),
  };
  const systemChild = forkService('system', `${here}system-child.ts`, {
    BENCH_SYSTEM: JSON.stringify(config),
  });
  const children: ChildProcess[] = [systemChild];
  const ready = await waitReady(systemChild);
  const companyCalls = async (reset = false) =>
    (
      await ask<{ calls: Record<string, number> }>(
        systemChild,
        { kind: 'calls', reset },
        'calls-result',
      )
    ).calls;
  const close = async () => {
    for (const child of [...children].reverse()) {
      child.kill('SIGTERM');
      await new Promise((resolve) => {
        const timer = setTimeout(() => {
          child.kill('SIGKILL');
          resolve(null);
        }, 10_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve(null);
        });
      });
    }
    await pg?.drop();
  };

  if (options.topology === 'one-process') {
    return {
      graphqlUrl: ready.graphqlUrl,
      catalogUrl: ready.catalogUrl,
      signingKey: Buffer.from(signingKey, 'base64'),
      companies: ready.companies,
      processes: [service('embedded system', systemChild)],
      companyCalls,
      close,
    };
  }

  // One process per service, as in production, on the same PostgreSQL database.
  const [portalPort, catalogPort, gatewayPort] = [
    await freePort(),
    await freePort(),
    await freePort(),
  ];
  const common = {
    DATABASE_URL: pg!.url,
    GATEWAY_SIGNING_KEY: signingKey,
    PORTAL_ENCRYPTION_KEY: encryptionKey,
    NODE_ENV: 'development',
  };
  const portal = forkService('portal', `${root}subgraphs/portal/src/main.ts`, {
    ...common,
    PORT: String(portalPort),
    AUTH_SIGNING_JWK: authSigningJwk,
    PUBLIC_URL: `http://127.0.0.1:${gatewayPort}`,
    ORDER_SYNC_INTERVAL_MS: String(options.orderSyncIntervalMs ?? 5000),
    HEALTH_SAMPLE_INTERVAL_MS: '0',
  });
  children.push(portal);
  const catalog = forkService('company-catalog', `${root}subgraphs/company-catalog/src/main.ts`, {
    ...common,
    PORT: String(catalogPort),
    PORTAL_URL: `http://127.0.0.1:${portalPort}`,
  });
  children.push(catalog);
  await waitHttp(`http://127.0.0.1:${portalPort}/healthz`);
  await waitHttp(`http://127.0.0.1:${catalogPort}/healthz`);
  const gateway = forkService('gateway', `${root}gateway/src/main.ts`, {
    GATEWAY_SIGNING_KEY: signingKey,
    PORT: String(gatewayPort),
    PORTAL_SUBGRAPH_URL: `http://127.0.0.1:${portalPort}/graphql`,
    COMPANY_CATALOG_SUBGRAPH_URL: `http://127.0.0.1:${catalogPort}/graphql`,
    PORTAL_EVENTS_DATABASE_URL: pg!.url,
    AUTH_RATE_LIMIT_PER_MINUTE: String(authPerMinute),
    NODE_ENV: 'development',
  });
  children.push(gateway);
  await waitHttp(`http://127.0.0.1:${gatewayPort}/healthz`);
  return {
    graphqlUrl: `http://127.0.0.1:${gatewayPort}/graphql`,
    catalogUrl: `http://127.0.0.1:${catalogPort}/graphql`,
    signingKey: Buffer.from(signingKey, 'base64'),
    companies: ready.companies,
    processes: [
      service('gateway', gateway),
      service('portal', portal),
      service('company-catalog', catalog),
      service('companies (local Supabase + PGlite)', systemChild),
    ],
    companyCalls,
    close,
  };
}
