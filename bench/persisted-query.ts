/**
 * The same catalog query sent to the gateway as a full document vs as an automatic persisted
 * query (only its sha256, `extensions.persistedQuery`), by POST and by GET, at 20 concurrent
 * clients.
 *
 *   npm run bench:persisted          (DURATION=10 CONNECTIONS=20 ROUNDS=2 to change)
 *
 * The variants take turns, ROUNDS times (A B C D A B C D …), so a burst of other load on the
 * machine does not land on one of them only; each row pools its rounds.
 *
 * Prints requests per second, p50/p95 latency, the bytes each request puts on the wire
 * (request line, headers and body) and the CPU time per request of this process (the whole
 * system and the load generator: steadier than throughput on a machine shared with other work);
 * results go in docs/performance.md.
 */
import { createHash } from 'node:crypto';
import { cpus } from 'node:os';
import { startSystem } from '@portal/embedded';
import autocannon from 'autocannon';

const duration = Number(process.env.DURATION ?? 10);
const connections = Number(process.env.CONNECTIONS ?? 20);
const rounds = Number(process.env.ROUNDS ?? 2);

// The catalog listing of bench/catalog-gateway-vs-subgraph.ts, as a client would write it.
const query = `query Catalog {
  company(slug: "turinova") {
    id
    name
    materials(search: "tölgy", first: 20) {
      totalCount
      nodes {
        id
        name
        thicknessMm
        pricePerSqm { amount currency }
        pricePerSqmGross { amount }
      }
    }
  }
}`;
const hash = createHash('sha256').update(query).digest('hex');
const extensions = { persistedQuery: { version: 1, sha256Hash: hash } };

const system = await startSystem({});
const url = new URL(system.graphqlUrl);

interface Variant {
  title: string;
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

const post = (title: string, body: unknown): Variant => ({
  title,
  method: 'POST',
  path: url.pathname,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});
const get = (title: string, params: Record<string, string>): Variant => ({
  title,
  method: 'GET',
  path: `${url.pathname}?${new URLSearchParams(params)}`,
  // CSRF prevention: a GET must carry a header a browser cannot send cross-site unasked.
  headers: { 'apollo-require-preflight': 'true' },
});

const variants: Variant[] = [
  post('full document, POST', { query }),
  get('full document, GET', { query }),
  post('persisted id, POST', { extensions }),
  get('persisted id, GET', { extensions: JSON.stringify(extensions) }),
];

/** What the client writes for one request: request line, headers (as autocannon sends them), body. */
function wireBytes(variant: Variant): number {
  const body = variant.body ?? '';
  const headers = {
    host: url.host,
    ...variant.headers,
    ...(variant.body ? { 'content-length': String(Buffer.byteLength(body)) } : {}),
  };
  const head = [
    `${variant.method} ${variant.path} HTTP/1.1`,
    ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
  ].join('\r\n');
  return Buffer.byteLength(`${head}\r\n\r\n`) + Buffer.byteLength(body);
}

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

interface Sample {
  latencies: number[];
  requests: number;
  seconds: number;
  errors: number;
  cpuMicros: number;
}

const requestOptions = (variant: Variant) => ({
  url: `${url.origin}${variant.path}`,
  method: variant.method,
  headers: variant.headers,
  ...(variant.body ? { body: variant.body } : {}),
});

async function measure(variant: Variant, sample: Sample): Promise<void> {
  const cpu = process.cpuUsage();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { ...requestOptions(variant), connections, duration },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) =>
      sample.latencies.push(responseTime),
    );
  });
  sample.requests += result.requests.total;
  sample.seconds += result.duration;
  sample.errors += result.errors + result.non2xx;
  const used = process.cpuUsage(cpu);
  sample.cpuMicros += used.user + used.system;
  console.log(JSON.stringify({ variant: variant.title, rps: Math.round(result.requests.average) }));
}

// The persisted id must be registered once (APQ: miss, then the full query with its hash), and
// every variant must answer the catalog, not an error.
const register = await fetch(system.graphqlUrl, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query, extensions }),
}).then((r) => r.json() as Promise<{ errors?: unknown }>);
if (register.errors) throw new Error(`catalog query failed: ${JSON.stringify(register.errors)}`);
for (const variant of variants) {
  const res = await fetch(`${url.origin}${variant.path}`, {
    method: variant.method,
    headers: variant.headers,
    ...(variant.body ? { body: variant.body } : {}),
  });
  const body = (await res.json()) as {
    data?: { company?: { materials?: unknown } };
    errors?: unknown;
  };
  if (res.status !== 200 || body.errors || !body.data?.company?.materials) {
    throw new Error(`${variant.title}: ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
  }
}

// Warm up: JIT, connection pools, PGlite caches, Apollo's document cache.
for (const variant of variants) {
  await autocannon({ ...requestOptions(variant), connections: 4, amount: 200 });
}
const samples = variants.map(
  (): Sample => ({ latencies: [], requests: 0, seconds: 0, errors: 0, cpuMicros: 0 }),
);
for (let round = 0; round < rounds; round++) {
  for (const [i, variant] of variants.entries()) await measure(variant, samples[i]!);
}
const rows = variants.map((variant, i) => {
  const sample = samples[i]!;
  const sorted = [...sample.latencies].sort((a, b) => a - b);
  return {
    title: variant.title,
    rps: Math.round(sample.requests / sample.seconds),
    p50: Number(percentile(sorted, 50).toFixed(1)),
    p95: Number(percentile(sorted, 95).toFixed(1)),
    bytesSent: wireBytes(variant),
    cpuMs: Number((sample.cpuMicros / 1000 / sample.requests).toFixed(2)),
    errors: sample.errors,
  };
});
const [full] = rows;
console.log(`
| request | req/s | p50 ms | p95 ms | bytes sent | CPU ms / request | errors |
|---|---|---|---|---|---|---|
${rows.map((r) => `| ${r.title} | ${r.rps} | ${r.p50} | ${r.p95} | ${r.bytesSent} | ${r.cpuMs} | ${r.errors} |`).join('\n')}

${rows
  .slice(1)
  .map(
    (r) =>
      `${r.title} vs full document, POST: throughput ×${(r.rps / full!.rps).toFixed(2)}, bytes ×${(r.bytesSent / full!.bytesSent).toFixed(2)}, CPU ×${(r.cpuMs / full!.cpuMs).toFixed(2)}`,
  )
  .join('\n')}
(${connections} connections, ${rounds} × ${duration} s each, ${cpus().length} cores, Node ${process.version})
`);
await system.close();
