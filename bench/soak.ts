/**
 * Soak: moderate load for a long time; is memory flat?
 *
 *   npm run bench:soak    (DURATION=1800 USERS=100 THINK_MS=1000-5000 SAMPLE_S=30
 *                          DB=pglite|postgres TOPOLOGY=one-process|processes)
 *
 * The same simulated users as `bench/load.ts` (browse, preview, save drafts, submit now and
 * then, one `orderUpdated` subscription each, token refresh every ~9 min). Every SAMPLE_S
 * seconds each process is weighed after a forced GC (heap used, RSS) and the latencies of the
 * window are summarised. At the end: the least-squares slope of heap and RSS over the run after
 * the first 5 minutes (warm-up: JIT, caches, pools filling), in MiB per hour. "Flat" (pass):
 * heap slope under 10 MiB/h in every process — a leak of one object per request would show
 * far above that at this rate (~20–30 requests/s). RSS is reported beside it; PGlite's
 * WebAssembly memory grows with the data (every quote saved stays) and never shrinks.
 * Results: docs/performance.md, "Soak".
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fmtLoad, machine, parseThink, sampleAll, setup, startUsers } from './lib/harness.ts';
import type { DbKind, Topology } from './lib/system.ts';
import { Recorder, summarize } from './lib/users.ts';

const duration = Number(process.env.DURATION ?? 1800);
const users = Number(process.env.USERS ?? 100);
const sampleS = Number(process.env.SAMPLE_S ?? 30);
const thinkMs = parseThink(process.env.THINK_MS);
const db = (process.env.DB ?? 'pglite') as DbKind;
const topology = (process.env.TOPOLOGY ?? 'one-process') as Topology;
const WARMUP_S = Math.min(300, duration / 3);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

console.log(
  `${machine()}; load average ${fmtLoad()}; soak ${duration} s, ${users} users, think ${thinkMs.join('–')} ms, ${topology}, portal db ${db}, sample every ${sampleS} s`,
);
const s = await setup({ topology, db, users });
console.log(`setup ${s.setupSeconds.toFixed(0)} s`);
const recorder = new Recorder();
const running = startUsers(s, users, thinkMs, recorder);

interface Sample {
  t: number;
  load: number;
  requests: number;
  p95: number;
  errors: number;
  events: number;
  processes: Array<{
    name: string;
    rssMiB: number;
    heapUsedMiB: number;
    externalMiB: number;
    cpuMs: number;
  }>;
}
const samples: Sample[] = [];
const started = performance.now();
const allErrors = new Map<string, number>();
let totalRequests = 0;
const allLatencies: number[] = [];
while ((performance.now() - started) / 1000 < duration) {
  await sleep(sampleS * 1000);
  const window = [...recorder.latencies].filter(([k]) => k !== 'subscribe').flatMap(([, v]) => v);
  for (const [k, v] of recorder.errors) allErrors.set(k, (allErrors.get(k) ?? 0) + v);
  const errors = recorder.totalErrors();
  const events = recorder.subscriptionEvents;
  recorder.reset();
  totalRequests += window.length;
  for (const v of window) allLatencies.push(v);
  const weighed = await sampleAll(s.system, true).catch((error: Error) => error);
  if (weighed instanceof Error) {
    // A process that does not answer in 120 s is stuck (docs/performance.md, "Soak").
    console.error(
      `soak: FAIL — ${weighed.message} at t=${((performance.now() - started) / 1000).toFixed(0)} s`,
    );
    await s.system.close();
    process.exit(1);
  }
  const processes = weighed.map((p) => ({
    name: p.name,
    rssMiB: p.rssMiB,
    heapUsedMiB: p.heapUsedMiB,
    externalMiB: p.externalMiB,
    cpuMs: p.cpuMs,
  }));
  const sample: Sample = {
    t: (performance.now() - started) / 1000,
    load: loadavg()[0]!,
    requests: window.length,
    p95: summarize(window).p95,
    errors,
    events,
    processes,
  };
  samples.push(sample);
  console.log(
    `t=${sample.t.toFixed(0)} s load ${sample.load.toFixed(1)} ${(sample.requests / sampleS).toFixed(1)} req/s p95 ${sample.p95.toFixed(0)} ms errors ${errors} events ${events} | ${processes.map((p) => `${p.name}: heap ${p.heapUsedMiB.toFixed(1)} rss ${p.rssMiB.toFixed(0)}`).join(' | ')}`,
  );
}
await running.stop();
await s.system.close();

/** Least-squares slope of y over t (s), per hour. */
function slopePerHour(points: Array<[number, number]>): number {
  const n = points.length;
  const mt = points.reduce((a, [t]) => a + t, 0) / n;
  const my = points.reduce((a, [, y]) => a + y, 0) / n;
  let num = 0;
  let den = 0;
  for (const [t, y] of points) {
    num += (t - mt) * (y - my);
    den += (t - mt) ** 2;
  }
  return den === 0 ? 0 : (num / den) * 3600;
}

const after = samples.filter((x) => x.t >= WARMUP_S);
const names = samples[0]?.processes.map((p) => p.name) ?? [];
const overall = summarize(allLatencies);
console.log(
  `\n${totalRequests} requests in ${(samples.at(-1)?.t ?? 0).toFixed(0)} s (${(totalRequests / (samples.at(-1)?.t ?? 1)).toFixed(1)} req/s), p50 ${overall.p50.toFixed(0)} / p95 ${overall.p95.toFixed(0)} / p99 ${overall.p99.toFixed(0)} ms, errors ${JSON.stringify(Object.fromEntries(allErrors))}, load average at the end ${fmtLoad()}`,
);
console.log(
  '\n| process | heap MiB after GC (5 min → end) | heap slope MiB/h | rss MiB (5 min → end) | rss slope MiB/h | flat |',
);
console.log('|---|---|---|---|---|---|');
let pass = true;
for (const name of names) {
  const heap = after.map(
    (x) => [x.t, x.processes.find((p) => p.name === name)!.heapUsedMiB] as [number, number],
  );
  const rss = after.map(
    (x) => [x.t, x.processes.find((p) => p.name === name)!.rssMiB] as [number, number],
  );
  const heapSlope = slopePerHour(heap);
  const flat = heapSlope < 10;
  if (!flat && name !== 'load generator') pass = false;
  console.log(
    `| ${name} | ${heap[0]?.[1].toFixed(1)} → ${heap.at(-1)?.[1].toFixed(1)} | ${heapSlope.toFixed(1)} | ${rss[0]?.[1].toFixed(0)} → ${rss.at(-1)?.[1].toFixed(0)} | ${slopePerHour(rss).toFixed(1)} | ${flat ? 'yes' : 'NO'} |`,
  );
}
console.log(`\nsoak: ${pass ? 'PASS (memory flat)' : 'FAIL (heap grows)'}`);
const file = `/tmp/bench-soak-${db}-${topology}-${Date.now()}.json`;
writeFileSync(file, JSON.stringify({ duration, users, thinkMs, samples }, null, 2));
console.log(`raw samples: ${file}`);
process.exit(0);
