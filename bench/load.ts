/**
 * Load: a realistic mix of simulated customers on one machine, in steps of more and more users.
 *
 *   npm run bench:load    (USERS=100,250,500,1000 DURATION=60 THINK_MS=1000-5000
 *                          DB=pglite|postgres TOPOLOGY=one-process|processes PG_URL=…)
 *
 * Each user (bench/lib/users.ts) is a loop: think (uniform in THINK_MS), then browse a catalog
 * search page (45 %; half the time the next page too, after another think), preview a new cut
 * list of 3–25 rows (25 %), save its draft (create, then update with `expectedVersion`; 15 %),
 * list its quotes (10 %) or create and submit a quote (5 %); it holds one `orderUpdated`
 * subscription (graphql-ws) the whole time and refreshes its access token before it expires.
 * The customers (as many as the largest step) are signed up through the API up front, with the
 * gateway's per-IP auth limit raised (`gatewayLimits.authPerMinute`, AUTH_RATE_LIMIT_PER_MINUTE
 * for a gateway process) — sign-up is not part of the measured mix.
 *
 * Per step: the users start spread over one think time; the first THINK_MS max + 5 s are not
 * measured; then DURATION seconds are. Reported: requests/s, p50/p95/p99 per operation kind and
 * overall, errors by code, subscription events, memory (RSS/heap, end and max) and CPU ms per
 * request of every process, and the load average (the machine may be shared). Target: p95 under
 * 200 ms and no errors at 1000 users. Results: docs/performance.md, "Load".
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fmtLoad, machine, parseThink, setup, startUsers, watchProcesses } from './lib/harness.ts';
import type { DbKind, Topology } from './lib/system.ts';
import { Recorder, summarize } from './lib/users.ts';

const steps = (process.env.USERS ?? '100,250,500,1000').split(',').map(Number);
const duration = Number(process.env.DURATION ?? 60);
const thinkMs = parseThink(process.env.THINK_MS);
const db = (process.env.DB ?? 'pglite') as DbKind;
const topology = (process.env.TOPOLOGY ?? 'one-process') as Topology;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

console.log(
  `${machine()}; load average ${fmtLoad()}; ${topology}, portal db ${db}; steps ${steps.join(', ')} users, ${duration} s each, think ${thinkMs.join('–')} ms`,
);
const s = await setup({ topology, db, users: Math.max(...steps) });
console.log(
  `setup ${s.setupSeconds.toFixed(0)} s (${s.customers.length} customers signed up, verified, signed in)`,
);

interface StepResult {
  users: number;
  seconds: number;
  load: { start: number[]; end: number[] };
  ops: Record<string, ReturnType<typeof summarize>>;
  overall: ReturnType<typeof summarize>;
  rps: number;
  errors: Record<string, number>;
  subscriptionEvents: number;
  processes: Awaited<ReturnType<ReturnType<typeof watchProcesses>['finish']>>;
}
const results: StepResult[] = [];
const recorder = new Recorder();
for (const users of steps) {
  const running = startUsers(s, users, thinkMs, recorder);
  await sleep(thinkMs[1] + 5000);
  recorder.reset();
  const load = { start: loadavg(), end: [] as number[] };
  const watch = watchProcesses(s.system, 5000);
  const started = performance.now();
  await sleep(duration * 1000);
  const seconds = (performance.now() - started) / 1000;
  const measured = new Map([...recorder.latencies].map(([k, v]) => [k, [...v]]));
  const errors = Object.fromEntries(recorder.errors);
  const subscriptionEvents = recorder.subscriptionEvents;
  const processes = await watch.finish();
  load.end = loadavg();
  await running.stop();
  const requestKinds = [...measured.keys()].filter((k) => k !== 'subscribe');
  const all = requestKinds.flatMap((k) => measured.get(k)!);
  const requests = requestKinds.reduce((n, k) => n + measured.get(k)!.length, 0);
  const result: StepResult = {
    users,
    seconds,
    load,
    ops: Object.fromEntries([...measured].map(([k, v]) => [k, summarize(v)])),
    overall: summarize(all), // HTTP requests, not WebSocket connects
    rps: requests / seconds,
    errors,
    subscriptionEvents,
    processes,
  };
  results.push(result);
  const errorCount = Object.values(errors).reduce((a, b) => a + b, 0);
  console.log(
    `\n${users} users: ${result.rps.toFixed(1)} req/s, p50 ${result.overall.p50.toFixed(0)} / p95 ${result.overall.p95.toFixed(0)} / p99 ${result.overall.p99.toFixed(0)} ms, errors ${errorCount}, order events ${subscriptionEvents}, load ${fmtLoad(load.start)} → ${fmtLoad(load.end)}`,
  );
  for (const [k, v] of Object.entries(result.ops))
    console.log(
      `  ${k.padEnd(10)} ${String(v.count).padStart(6)}  p50 ${v.p50.toFixed(0)}  p95 ${v.p95.toFixed(0)}  p99 ${v.p99.toFixed(0)}  max ${v.max.toFixed(0)} ms`,
    );
  if (errorCount) console.log(`  errors: ${JSON.stringify(errors)}`);
  for (const p of processes)
    console.log(
      `  ${p.name}: rss ${p.rssMiB.toFixed(0)} (max ${p.maxRssMiB.toFixed(0)}) MiB, heap ${p.heapUsedMiB.toFixed(0)} (max ${p.maxHeapMiB.toFixed(0)}) MiB, CPU ${(p.cpuMs / Math.max(1, requests)).toFixed(1)} ms/request`,
    );
}
await s.system.close();

// Markdown for docs/performance.md.
const kinds = ['browse', 'preview', 'saveDraft', 'quotes', 'submit', 'refresh', 'subscribe'];
console.log(
  `\n| users | req/s | p50 ms | p95 ms | p99 ms | errors | ${kinds.map((k) => `${k} p95`).join(' | ')} | load avg (start → end) |`,
);
console.log(`|${'---|'.repeat(7 + kinds.length)}`);
for (const r of results) {
  const errs = Object.values(r.errors).reduce((a, b) => a + b, 0);
  console.log(
    `| ${r.users} | ${r.rps.toFixed(1)} | ${r.overall.p50.toFixed(0)} | ${r.overall.p95.toFixed(0)} | ${r.overall.p99.toFixed(0)} | ${errs} | ${kinds.map((k) => (r.ops[k] ? r.ops[k].p95.toFixed(0) : '–')).join(' | ')} | ${fmtLoad(r.load.start)} → ${fmtLoad(r.load.end)} |`,
  );
}
console.log('\n| users | process | rss MiB (max) | heap MiB (max) | CPU ms / request |');
console.log('|---|---|---|---|---|');
for (const r of results) {
  for (const p of r.processes)
    console.log(
      `| ${r.users} | ${p.name} | ${p.rssMiB.toFixed(0)} (${p.maxRssMiB.toFixed(0)}) | ${p.heapUsedMiB.toFixed(0)} (${p.maxHeapMiB.toFixed(0)}) | ${(p.cpuMs / Math.max(1, r.rps * r.seconds)).toFixed(1)} |`,
    );
}
const last = results.at(-1)!;
const lastErrors = Object.values(last.errors).reduce((a, b) => a + b, 0);
console.log(
  `\ntarget at ${last.users} users (p95 < 200 ms, no errors): ${last.overall.p95 < 200 && lastErrors === 0 ? 'met' : 'NOT met'} (p95 ${last.overall.p95.toFixed(0)} ms, ${lastErrors} errors)`,
);
const file = `/tmp/bench-load-${db}-${topology}-${Date.now()}.json`;
writeFileSync(file, JSON.stringify({ steps, duration, thinkMs, db, topology, results }, null, 2));
console.log(`raw figures: ${file}`);
process.exit(0);
