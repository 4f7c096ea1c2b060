import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import http from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { encryptSecret, parseEncryptionKey } from '@portal/company-link';
import { type Db, migrate, openDb } from '@portal/db';
import { DEMO_COMPANIES, fillDemoCompanyContact } from '@portal/demo-data';
import { type LocalSupabase, startLocalSupabase } from '@portal/local-supabase';
import pg from 'pg';
import { openSeededDemoCompany } from './demo-company-template.ts';
import { loadOrCreateSecrets } from './secrets.ts';

/**
 * The system scaled out on one PostgreSQL (docs/reliability.md, "Scale-out"): every service in
 * its own process, started from its own `main.ts` as in production —
 *
 *   portal-1, portal-2      subgraphs/portal/src/main.ts        (delivery worker + order sync in both)
 *   catalog-1, catalog-2    subgraphs/company-catalog/src/main.ts
 *   gateway-1, gateway-2    gateway/src/main.ts                 (each LISTENs for portal events)
 *
 * Each gateway reaches both instances of each subgraph through a round-robin balancer in this
 * process (`portalLbUrl`, `catalogLbUrl`), as a load balancer would in production; a refused
 * connection (a process that is down) is tried on the other instance, any other failure is
 * passed on (502). The demo companies (PGlite each) and the local Supabase-compatible endpoint
 * run in this process too: they are the companies' side, and the faults are injected there.
 */

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const MIGRATIONS_DIR = `${ROOT}supabase/migrations`;
const MAINS = {
  portal: `${ROOT}subgraphs/portal/src/main.ts`,
  catalog: `${ROOT}subgraphs/company-catalog/src/main.ts`,
  gateway: `${ROOT}gateway/src/main.ts`,
} as const;

export type ServiceKind = keyof typeof MAINS;

export interface ClusterOptions {
  /** A PostgreSQL server URL (TEST_DATABASE_URL); a fresh database is created on it and dropped
   * on close. */
  serverUrl: string;
  /** Instances per service; default 2 each. */
  instances?: { portal?: number; catalog?: number; gateway?: number };
  /** Delivery worker interval / lease of every portal instance (docs/submission.md). */
  delivery?: { intervalMs?: number; leaseMs?: number };
  /** Order sync interval of every portal instance, ms; default 1000. */
  orderSyncIntervalMs?: number;
  /** Company call timeout of the catalog instances, ms. */
  companyTimeoutMs?: number;
  /** Extra environment of every child. */
  env?: Record<string, string>;
  log?: (line: string) => void;
}

export interface ClusterService {
  name: string;
  kind: ServiceKind;
  port: number;
  /** `http://127.0.0.1:<port>` (the gateway's GraphQL is at `/graphql`). */
  url: string;
  pid(): number | undefined;
  /** The last lines the process wrote (stdout and stderr). */
  output(): string[];
}

export interface RunningCluster {
  databaseUrl: string;
  /** Pool on the cluster's portal database (counting rows, faults). */
  portalDb: Db;
  supabase: LocalSupabase;
  companies: Array<{ id: string; slug: string; name: string; db: Db }>;
  services: ClusterService[];
  gateways: ClusterService[];
  portalLbUrl: string;
  catalogLbUrl: string;
  /** SIGKILL (or another signal) one service and wait until it has exited. */
  kill(name: string, signal?: NodeJS.Signals): Promise<void>;
  /** Start a stopped service again on its port; resolves once it serves. */
  start(name: string): Promise<void>;
  /** Terminates every backend of the portal database (a database restart as clients see it). */
  terminatePortalBackends(): Promise<number>;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createNetServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function waitReady(url: string, child: ChildProcess, ms: number): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`exited (${child.exitCode ?? child.signalCode}) before serving`);
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
      await res.arrayBuffer();
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`not serving ${url} within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

interface Balancer {
  url: string;
  close(): Promise<void>;
}

/** Round-robin HTTP balancer over `upstreams`; a refused connection tries the next one. */
async function startBalancer(upstreams: () => string[]): Promise<Balancer> {
  let next = 0;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const list = upstreams();
      const start = next++;
      const attempt = (tried: number) => {
        const target = new URL(req.url ?? '/', list[(start + tried) % list.length]);
        const upstream = http.request(
          target,
          { method: req.method, headers: req.headers, agent },
          (answer) => {
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            answer.pipe(res);
          },
        );
        upstream.on('error', (error: NodeJS.ErrnoException) => {
          if (error.code === 'ECONNREFUSED' && tried + 1 < list.length) {
            attempt(tried + 1);
            return;
          }
          if (!res.headersSent) {
            res.writeHead(502, { 'content-type': 'text/plain' });
            res.end(`balancer: ${error.code ?? error.message}`);
          } else res.destroy();
        });
        upstream.end(body);
      };
      attempt(0);
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      agent.destroy();
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
}

/** Starts the scaled-out system; see the module comment. */
export async function startCluster(options: ClusterOptions): Promise<RunningCluster> {
  const log = options.log ?? (() => {});
  const name = `portal_cluster_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: options.serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const dbUrl = new URL(options.serverUrl);
  dbUrl.pathname = `/${name}`;
  const databaseUrl = dbUrl.toString();

  const closers: Array<() => Promise<void>> = [
    async () => {
      const dropper = new pg.Client({ connectionString: options.serverUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  ];
  const children = new Map<string, ChildProcess>();
  /** Children stopped on purpose; any other exit is logged with the child's last lines. */
  const expectedExit = new Set<ChildProcess>();
  const closeAll = async () => {
    await Promise.all(
      [...children.values()].map(async (child) => {
        if (child.exitCode === null && child.signalCode === null) {
          expectedExit.add(child);
          child.kill('SIGKILL');
          await once(child, 'exit').catch(() => {});
        }
      }),
    );
    for (const close of [...closers].reverse()) await close().catch(() => {});
  };

  try {
    const portalDb = await openDb({ url: databaseUrl, max: 4 });
    closers.push(() => portalDb.close());
    await migrate(portalDb, MIGRATIONS_DIR);
    const secrets = await loadOrCreateSecrets(
      undefined,
      DEMO_COMPANIES.map((c) => c.slug),
    );
    const encryptionKey = parseEncryptionKey(secrets.encryptionKey);

    const companyDbs = new Map<string, Db>();
    for (const profile of DEMO_COMPANIES) {
      const fresh = await openSeededDemoCompany(profile.slug);
      closers.push(() => fresh.db.close());
      companyDbs.set(profile.slug, fresh.db);
    }
    const supabase = await startLocalSupabase({
      companies: DEMO_COMPANIES.map((c) => ({
        slug: c.slug,
        db: companyDbs.get(c.slug)!,
        ...secrets.companyKeys[c.slug]!,
      })),
      port: 0,
    });
    closers.push(() => supabase.close());
    const companies: RunningCluster['companies'] = [];
    for (const profile of DEMO_COMPANIES) {
      const [row] = await portalDb.query<{ id: string }>(
        `insert into companies (name, slug, active, supabase_url, secret_key_ciphertext)
         values ($1, $2, $3, $4, $5) returning id`,
        [
          profile.name,
          profile.slug,
          profile.active,
          supabase.companyUrl(profile.slug),
          encryptSecret(secrets.companyKeys[profile.slug]!.serviceKey, encryptionKey),
        ],
      );
      await fillDemoCompanyContact(portalDb, profile);
      companies.push({
        id: row!.id,
        slug: profile.slug,
        name: profile.name,
        db: companyDbs.get(profile.slug)!,
      });
    }

    const count = {
      portal: options.instances?.portal ?? 2,
      catalog: options.instances?.catalog ?? 2,
      gateway: options.instances?.gateway ?? 2,
    };
    const services: Array<ClusterService & { env: Record<string, string>; lines: string[] }> = [];
    for (const kind of ['portal', 'catalog', 'gateway'] as const) {
      for (let i = 1; i <= count[kind]; i++) {
        const port = await freePort();
        const lines: string[] = [];
        services.push({
          name: `${kind}-${i}`,
          kind,
          port,
          url: `http://127.0.0.1:${port}`,
          env: {},
          lines,
          pid: () => children.get(`${kind}-${i}`)?.pid,
          output: () => lines.slice(),
        });
      }
    }
    const upstreams = (kind: ServiceKind) =>
      services.filter((s) => s.kind === kind).map((s) => s.url);
    const portalLb = await startBalancer(() => upstreams('portal'));
    closers.push(portalLb.close);
    const catalogLb = await startBalancer(() => upstreams('catalog'));
    closers.push(catalogLb.close);

    const common = {
      HOST: '127.0.0.1',
      GATEWAY_SIGNING_KEY: secrets.signingKey,
      PORTAL_ENCRYPTION_KEY: secrets.encryptionKey,
      NODE_ENV: 'development',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
      ...options.env,
    };
    for (const service of services) {
      if (service.kind === 'portal') {
        service.env = {
          ...common,
          PORT: String(service.port),
          DATABASE_URL: databaseUrl,
          AUTH_SIGNING_JWK: secrets.authSigningJwk,
          PUBLIC_URL: services.find((s) => s.kind === 'gateway')!.url,
          ORDER_SYNC_INTERVAL_MS: String(options.orderSyncIntervalMs ?? 1000),
          SUBMISSION_DELIVERY_INTERVAL_MS: String(options.delivery?.intervalMs ?? 1000),
          SUBMISSION_LEASE_MS: String(options.delivery?.leaseMs ?? 60_000),
          // One sampler is enough (docs/operations.md); not part of these runs.
          HEALTH_SAMPLE_INTERVAL_MS: '0',
        };
      } else if (service.kind === 'catalog') {
        service.env = {
          ...common,
          PORT: String(service.port),
          DATABASE_URL: databaseUrl,
          PORTAL_URL: `${portalLb.url}/graphql`,
          ...(options.companyTimeoutMs
            ? { COMPANY_TIMEOUT_MS: String(options.companyTimeoutMs) }
            : {}),
        };
      } else {
        service.env = {
          ...common,
          PORT: String(service.port),
          PORTAL_SUBGRAPH_URL: `${portalLb.url}/graphql`,
          COMPANY_CATALOG_SUBGRAPH_URL: `${catalogLb.url}/graphql`,
          PORTAL_EVENTS_DATABASE_URL: databaseUrl,
          // Every simulated user comes from 127.0.0.1.
          AUTH_RATE_LIMIT_PER_MINUTE: '100000',
          API_KEY_RATE_LIMIT_PER_MINUTE: '100000',
        };
      }
    }

    const byName = (n: string) => {
      const service = services.find((s) => s.name === n);
      if (!service) throw new Error(`no service ${n}`);
      return service;
    };
    const start = async (n: string) => {
      const service = byName(n);
      const running = children.get(n);
      if (running && running.exitCode === null && running.signalCode === null) {
        throw new Error(`${n} is running`);
      }
      const child = spawn(process.execPath, ['--import', 'tsx', MAINS[service.kind]], {
        cwd: ROOT,
        env: { ...process.env, ...service.env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      children.set(n, child);
      const keep = (chunk: Buffer) => {
        for (const line of chunk.toString().split('\n')) {
          if (!line) continue;
          service.lines.push(line);
          if (service.lines.length > 200) service.lines.shift();
        }
      };
      child.stdout?.on('data', keep);
      child.stderr?.on('data', keep);
      child.once('exit', (code, signal) => {
        if (!expectedExit.delete(child)) {
          log(
            `${n} (pid ${child.pid}) EXITED on its own (${code ?? signal}):\n  ${service.lines.slice(-8).join('\n  ')}`,
          );
        }
      });
      const probe = service.kind === 'gateway' ? `${service.url}/healthz` : `${service.url}/readyz`;
      try {
        await waitReady(probe, child, 90_000);
      } catch (error) {
        throw new Error(
          `${n}: ${(error as Error).message}\n${service.lines.slice(-20).join('\n')}`,
        );
      }
      log(`${n} (pid ${child.pid}) serves ${service.url}`);
    };
    const kill = async (n: string, signal: NodeJS.Signals = 'SIGKILL') => {
      const child = children.get(n);
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      expectedExit.add(child);
      child.kill(signal);
      await exited;
      log(`${n} stopped (${signal})`);
    };

    await Promise.all(services.map((s) => start(s.name)));

    return {
      databaseUrl,
      portalDb,
      supabase,
      companies,
      services,
      gateways: services.filter((s) => s.kind === 'gateway'),
      portalLbUrl: portalLb.url,
      catalogLbUrl: catalogLb.url,
      kill,
      start,
      async terminatePortalBackends() {
        const killer = new pg.Client({ connectionString: options.serverUrl });
        await killer.connect();
        try {
          const rows = await killer.query(
            `select pg_terminate_backend(pid) from pg_stat_activity
              where datname = $1 and pid <> pg_backend_pid()`,
            [name],
          );
          return rows.rowCount ?? 0;
        } finally {
          await killer.end();
        }
      },
      close: closeAll,
    };
  } catch (error) {
    await closeAll();
    throw error;
  }
}
