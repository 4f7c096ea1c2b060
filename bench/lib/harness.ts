/**
 * Shared by `bench/load.ts` and `bench/soak.ts`: starts the system, creates the customers up
 * front, runs N simulated users and weighs every process (memory, CPU time).
 */
import { cpus, loadavg } from 'node:os';
import type { ProcessSample } from './probe.ts';
import { type BenchSystem, type DbKind, startBenchSystem, type Topology } from './system.ts';
import {
  type CatalogIds,
  type Customer,
  createCustomer,
  loadCatalogIds,
  pool,
  type Recorder,
  runUser,
} from './users.ts';

export interface Setup {
  system: BenchSystem;
  customers: Customer[];
  catalog: CatalogIds;
  url: string;
  wsUrl: string;
  setupSeconds: number;
}

export const fmtLoad = (l: number[] = loadavg()) => l.map((n) => n.toFixed(2)).join(' ');

export function machine(): string {
  return `${cpus().length} cores (${cpus()[0]?.model.trim()}), node ${process.version}`;
}

export function parseThink(value: string | undefined): [number, number] {
  const [min, max] = (value ?? '1000-5000').split('-').map(Number);
  return [min!, max ?? min!];
}

export async function setup(options: {
  topology: Topology;
  db: DbKind;
  users: number;
  orderSyncIntervalMs?: number;
}): Promise<Setup> {
  const started = performance.now();
  const system = await startBenchSystem({
    topology: options.topology,
    db: options.db,
    ...(process.env.PG_URL ? { pgAdminUrl: process.env.PG_URL } : {}),
    ...(options.orderSyncIntervalMs !== undefined
      ? { orderSyncIntervalMs: options.orderSyncIntervalMs }
      : {}),
  });
  const url = system.graphqlUrl;
  const companyId = system.companies.find((c) => c.slug === 'turinova')!.id;
  const tag = Date.now().toString(36);
  let made = 0;
  const customers = await pool(
    options.users,
    Number(process.env.SIGNUP_CONCURRENCY ?? 6),
    async (i) => {
      const customer = await createCustomer(url, companyId, tag, i);
      made++;
      if (made % 100 === 0) console.log(`  ${made} customers signed up`);
      return customer;
    },
  );
  const catalog = await loadCatalogIds(url, companyId, customers[0]!.accessToken);
  return {
    system,
    customers,
    catalog,
    url,
    wsUrl: url.replace(/^http/, 'ws'),
    setupSeconds: (performance.now() - started) / 1000,
  };
}

export interface RunningUsers {
  stop(): Promise<void>;
}

export function startUsers(
  s: Setup,
  count: number,
  thinkMs: [number, number],
  recorder: Recorder,
): RunningUsers {
  let stopped = false;
  const loops = s.customers.slice(0, count).map((customer) =>
    runUser(customer, {
      url: s.url,
      wsUrl: s.wsUrl,
      catalog: s.catalog,
      thinkMs,
      recorder,
      stopped: () => stopped,
    }).catch((error) => recorder.error('user loop', (error as Error).message)),
  );
  return {
    stop: async () => {
      stopped = true;
      await Promise.all(loops);
    },
  };
}

export interface ProcessFigures {
  name: string;
  rssMiB: number;
  heapUsedMiB: number;
  maxRssMiB: number;
  maxHeapMiB: number;
  cpuMs: number;
}

/** Every service process, plus the load generator (this process). */
export async function sampleAll(
  system: BenchSystem,
  gc = false,
): Promise<Array<{ name: string } & ProcessSample>> {
  const out: Array<{ name: string } & ProcessSample> = [];
  for (const p of system.processes) out.push({ name: p.name, ...(await p.sample(gc)) });
  const m = process.memoryUsage();
  const cpu = process.cpuUsage();
  out.push({
    name: 'load generator',
    rssMiB: m.rss / 2 ** 20,
    heapUsedMiB: m.heapUsed / 2 ** 20,
    heapTotalMiB: m.heapTotal / 2 ** 20,
    externalMiB: m.external / 2 ** 20,
    cpuMs: (cpu.user + cpu.system) / 1000,
  });
  return out;
}

/** Samples every `everyMs` while running; `finish()` gives max and last figures and CPU used. */
export function watchProcesses(system: BenchSystem, everyMs: number) {
  const first = sampleAll(system);
  const max = new Map<string, { rss: number; heap: number }>();
  let last: Array<{ name: string } & ProcessSample> = [];
  const take = async () => {
    last = await sampleAll(system);
    for (const p of last) {
      const m = max.get(p.name) ?? { rss: 0, heap: 0 };
      max.set(p.name, { rss: Math.max(m.rss, p.rssMiB), heap: Math.max(m.heap, p.heapUsedMiB) });
    }
  };
  const timer = setInterval(() => void take().catch(() => {}), everyMs);
  return {
    async finish(): Promise<ProcessFigures[]> {
      clearInterval(timer);
      await take();
      const start = await first;
      return last.map((p) => ({
        name: p.name,
        rssMiB: p.rssMiB,
        heapUsedMiB: p.heapUsedMiB,
        maxRssMiB: max.get(p.name)!.rss,
        maxHeapMiB: max.get(p.name)!.heap,
        cpuMs: p.cpuMs - (start.find((s) => s.name === p.name)?.cpuMs ?? 0),
      }));
    },
  };
}
