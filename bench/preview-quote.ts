/**
 * `previewQuote` through the gateway: a 100-panel, 3-material cabinet cut list (edge banding,
 * hinge holes, an accessory and a fee line), full breakdown with the board diagrams, as a
 * signed-in customer, warm catalog cache, 20 concurrent clients. Target: p95 ≤ 100 ms.
 *
 *   npm run bench:preview     (DURATION=10 CONNECTIONS=20 RUNS=3 VARY=1 NODE_ENV=production)
 *
 * Two topologies, each measured through the gateway and straight to the catalog subgraph:
 * - `one thread`: the embedded default as `npm start` runs it — gateway, both subgraphs, the
 *   local Supabase endpoint and the PGlite databases share one event loop;
 * - `split`: the catalog subgraph in a worker thread (its own event loop and core, as in
 *   production where every service is its own process) behind a second gateway.
 * Each is measured RUNS times; the table shows the median of the runs (by p95) and every run's
 * p95. Latencies are from every response (p95 computed from them), after a warm-up; the
 * contract calls made during a run show the catalog cache is warm. Results: docs/performance.md.
 */
import { randomBytes } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import { createDbCompanyDirectory, parseEncryptionKey } from '@portal/company-link';
import { startSystem } from '@portal/embedded';
import { startGateway } from '@portal/gateway';
import { signedHeaders } from '@portal/identity';
import autocannon from 'autocannon';

const duration = Number(process.env.DURATION ?? 10);
/** VARY=1: every request a different cut list (a label changes), so none is a repeat. */
const vary = process.env.VARY === '1';
const connections = Number(process.env.CONNECTIONS ?? 20);
const runs = Number(process.env.RUNS ?? 3);

const encryptionKey = randomBytes(32).toString('base64');
const system = await startSystem({ encryptionKey });
const company = system.companies.find((c) => c.slug === 'turinova')!;

interface GraphQLResult {
  data?: Record<string, any> | null;
  errors?: unknown[];
}

async function gql(
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResult> {
  const res = await fetch(system.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as GraphQLResult;
}

/** A customer signed up, verified from the dev mailbox and signed in, as the client does. */
async function customerToken(): Promise<string> {
  const email = `bench-${Date.now()}@example.hu`;
  const password = 'Lapszabasz-2026-jelszo';
  await gql('mutation ($input: SignUpInput!) { signUp(input: $input) { ok } }', {
    input: { email, password, name: 'Bench Asztalos' },
  });
  const mailbox = await gql('{ devMailbox(first: 50) { to link } }');
  const link = (
    (mailbox.data?.devMailbox ?? []) as Array<{ to: string; link: string | null }>
  ).find((m) => m.to === email && m.link)?.link;
  if (!link) throw new Error('no verification mail');
  await gql('mutation ($t: String!) { verifyEmail(token: $t) { __typename } }', {
    t: new URL(link).searchParams.get('token'),
  });
  const signIn = await gql(
    'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { session { accessToken } error { message } } }',
    { e: email, p: password },
  );
  const token = signIn.data?.signIn?.session?.accessToken as string | undefined;
  if (!token) throw new Error(`sign-in failed: ${JSON.stringify(signIn)}`);
  return token;
}

const headers = {
  'content-type': 'application/json',
  authorization: `Bearer ${await customerToken()}`,
};

// Catalog ids for the cut list: three materials, two edge bandings, an accessory, a fee type.
const catalog = await gql(`{
  company(slug: "turinova") {
    materials(first: 50) { nodes { id lengthMm widthMm } }
    edgeBandings(first: 2) { nodes { id } }
    accessories(first: 1) { nodes { id } }
    fees { id }
  }
}`);
const c = catalog.data!.company;
const boards = (c.materials.nodes as Array<{ id: string; lengthMm: number; widthMm: number }>)
  .filter((m) => m.lengthMm >= 2000 && m.widthMm >= 1000)
  .slice(0, 3);
const [e1, e2] = (c.edgeBandings.nodes as Array<{ id: string }>).map((e) => e.id);

// Kitchen carcasses, doors and worktop-side panels: 100 pieces in 24 rows over 3 materials.
const panels: Array<Record<string, unknown>> = [];
const carcass = boards[0]!.id;
const fronts = boards[1]!.id;
const backs = boards[2]!.id;
for (const w of [400, 500, 600, 800]) {
  const inner = w - 36;
  panels.push(
    {
      materialId: carcass,
      widthMm: 720,
      heightMm: 560,
      quantity: 2,
      label: `A${w} oldal`,
      edgeBandingA: e1,
    },
    {
      materialId: carcass,
      widthMm: inner,
      heightMm: 560,
      quantity: 2,
      label: `A${w} fenék`,
      edgeBandingA: e1,
    },
    {
      materialId: carcass,
      widthMm: inner,
      heightMm: 540,
      quantity: 3,
      label: `A${w} polc`,
      edgeBandingA: e1,
    },
    {
      materialId: fronts,
      widthMm: 716,
      heightMm: w - 4,
      quantity: 4,
      label: `A${w} ajtó`,
      edgeBandingA: e2,
      edgeBandingB: e2,
      edgeBandingC: e2,
      edgeBandingD: e2,
      hingeHoles: 2,
      hingeHoleSide: 'LONG',
    },
    { materialId: backs, widthMm: 716, heightMm: w - 4, quantity: 6, label: `A${w} hátfal` },
    { materialId: carcass, widthMm: inner, heightMm: 100, quantity: 8, label: `A${w} heveder` },
  );
}
const pieces = panels.reduce((n, p) => n + (p.quantity as number), 0);
if (pieces !== 100) throw new Error(`the cut list has ${pieces} pieces, not 100`);

const amounts = 'net { amount currency } vat { amount } gross { amount } vatRate';
/**
 * `fields`: every placement and cut as GraphQL objects (`placements { … } cuts { … }`);
 * `diagram`: the same data as one `BoardLayout.diagram` value per board.
 */
type Shape = 'fields' | 'diagram';
const shapes = (process.env.SHAPES ?? 'fields,diagram').split(',') as Shape[];
const query = (shape: Shape) => /* GraphQL */ `
  query PreviewQuote($companyId: ID!, $input: QuoteInput!) {
    previewQuote(companyId: $companyId, input: $input) {
      catalogVersion pricedAt currency
      materials {
        material { id name }
        boardsUsed usage pricingMethod chargedM2 cutLengthM
        boardMaterial { ${amounts} }
        edgeBandings { edgeBanding { id label } lengthM amounts { ${amounts} } }
        cutting { lengthM amounts { ${amounts} } }
        services { service quantity unit amounts { ${amounts} } }
        total { ${amounts} }
      }
      boards {
        material { id }
        index lengthMm widthMm usable { x y widthMm heightMm }
        ${shape === 'diagram' ? 'diagram' : 'placements { x y widthMm heightMm rotated row label } cuts { x1 y1 x2 y2 }'}
        usage pricingMethod
      }
      accessories { row accessory { id name } quantity amounts { ${amounts} } }
      fees { row fee { id name } quantity amounts { ${amounts} } }
      totals { materials { ${amounts} } accessories { ${amounts} } fees { ${amounts} } quote { ${amounts} } }
      discount { percent amount { amount } }
      finalTotal { amount currency }
    }
  }`;
const bodyFor = (n: number | null, shape: Shape) =>
  JSON.stringify({
    query: query(shape),
    variables: {
      companyId: company.id,
      input: {
        panels: n === null ? panels : [{ ...panels[0], label: `v${n}` }, ...panels.slice(1)],
        accessories: [{ accessoryId: c.accessories.nodes[0].id, quantity: 16 }],
        fees: [{ feeTypeId: c.fees[0].id, quantity: 1 }],
      },
    },
  });
const body = bodyFor(null, 'fields');
let sent = 0;
// Without VARY the same cut list repeats: the catalog rows and the priced result are cached.
const requestsFor = (shape: Shape) =>
  vary
    ? [{ setupRequest: (req: object) => ({ ...req, body: bodyFor(sent++, shape) }) }]
    : undefined;

const first = (await fetch(system.graphqlUrl, { method: 'POST', headers, body }).then((r) =>
  r.json(),
)) as GraphQLResult;
if (first.errors || !first.data?.previewQuote) {
  throw new Error(`previewQuote failed: ${JSON.stringify(first.errors)}`);
}
const preview = first.data.previewQuote;
const boardsUsed = preview.materials.map((m: { boardsUsed: number }) => m.boardsUsed);
const responseBytes = JSON.stringify(first).length;
const diagramFirst = (await fetch(system.graphqlUrl, {
  method: 'POST',
  headers,
  body: bodyFor(null, 'diagram'),
}).then((r) => r.json())) as GraphQLResult;
if (diagramFirst.errors) throw new Error(`diagram: ${JSON.stringify(diagramFirst.errors)}`);
const diagramBytes = JSON.stringify(diagramFirst).length;

/** CPU time of the catalog worker thread (split topology), µs; null on one thread. */
let workerCpu: (() => Promise<number>) | null = null;
const mainCpu = () => {
  const usage = process.threadCpuUsage();
  return usage.user + usage.system;
};

/** One measured run; p95 from every response time (autocannon's histogram has no p95). */
async function measureOnce(url: string, headersFor: () => Record<string, string>, shape: Shape) {
  const runHeaders = headersFor();
  const cpuBefore = { main: mainCpu(), worker: (await workerCpu?.()) ?? 0 };
  const body = bodyFor(null, shape);
  const requests = requestsFor(shape);
  system.supabase.resetCalls();
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        method: 'POST',
        connections,
        duration,
        headers: runHeaders,
        body,
        ...(requests ? { requests } : {}),
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) =>
      latencies.push(responseTime),
    );
  });
  const cpuAfter = { main: mainCpu(), worker: (await workerCpu?.()) ?? 0 };
  const calls = system.supabase.calls().map((call) => call.fn);
  latencies.sort((a, b) => a - b);
  const pct = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)]!;
  return {
    rps: Math.round(result.requests.average),
    p50: pct(50),
    p95: pct(95),
    p99: pct(99),
    max: latencies.at(-1)!,
    requests: latencies.length,
    errors: result.errors + result.non2xx,
    contractCalls: calls.length,
    versionCalls: calls.filter((fn) => fn === 'portal_catalog_version').length,
    /** Contract functions called other than the version check (none is the preview's). */
    otherCalls: [...new Set(calls.filter((fn) => fn !== 'portal_catalog_version'))].join(' '),
    load: loadavg()[0]!,
    /** CPU ms per request on the main thread (gateway, portal, PGlite, load generator…). */
    mainCpuMs: (cpuAfter.main - cpuBefore.main) / 1000 / latencies.length,
    /** CPU ms per request on the catalog worker thread (split only). */
    workerCpuMs: (cpuAfter.worker - cpuBefore.worker) / 1000 / latencies.length,
  };
}
type Run = Awaited<ReturnType<typeof measureOnce>>;

/** RUNS runs after a warm-up (JIT, the catalog cache, connection pools); the median by p95. */
async function measure(
  name: string,
  url: string,
  headersFor: () => Record<string, string>,
  shape: Shape,
) {
  const body = bodyFor(null, shape);
  await autocannon({
    url,
    method: 'POST',
    connections: 4,
    amount: 100,
    headers: headersFor(),
    body,
  });
  const all: Run[] = [];
  for (let i = 0; i < runs; i++) {
    const run = await measureOnce(url, headersFor, shape);
    console.log(name, JSON.stringify(run));
    all.push(run);
  }
  const sorted = [...all].sort((a, b) => a.p95 - b.p95);
  return { median: sorted[Math.floor((sorted.length - 1) / 2)]!, all };
}

// The same operation straight to a catalog subgraph, signed as the gateway would sign it (one
// signature, valid 60 s, per run): the gateway's share of the latency.
const subgraphHeaders = () => ({
  'content-type': 'application/json',
  ...signedHeaders(
    {
      kind: 'customer',
      customerId: '00000000-0000-4000-8000-0000000000b1',
      email: 'b@x.hu',
      sessionId: 'bench',
    },
    system.signingKey,
    'bench',
  ),
});

type Measured = Awaited<ReturnType<typeof measure>>;
const results: Array<{ topology: string; path: string; shape: Shape; measured: Measured }> = [];
async function measureTopology(topology: string, gatewayUrl: string, subgraphUrl: string) {
  for (const shape of shapes) {
    for (const [path, url, runHeaders] of [
      ['through the gateway', gatewayUrl, () => headers],
      // A fresh signature per run: one is valid 60 s.
      ['straight to the subgraph', subgraphUrl, subgraphHeaders],
    ] as const) {
      const measured = await measure(`${topology}/${shape}/${path}`, url, runHeaders, shape);
      results.push({ topology, path, shape, measured });
    }
  }
}
await measureTopology('one thread', system.graphqlUrl, system.catalogUrl);

// Split: the catalog subgraph on its own thread, behind a second gateway on the main thread.
const directory = createDbCompanyDirectory(system.portalDb, parseEncryptionKey(encryptionKey));
const records = (await Promise.all(system.companies.map((co) => directory.get(co.id)))).filter(
  (r) => r !== null,
);
const worker = new Worker(new URL('./catalog-subgraph-worker.ts', import.meta.url), {
  workerData: {
    records,
    signingKey: new Uint8Array(system.signingKey),
    portalUrl: system.portalUrl,
  },
});
const workerUrl = await new Promise<string>((resolve, reject) => {
  worker.once('message', (m: { url: string }) => resolve(m.url));
  worker.once('error', reject);
});
workerCpu = () =>
  new Promise((resolve) => {
    worker.once('message', (m: { cpu: { user: number; system: number } }) =>
      resolve(m.cpu.user + m.cpu.system),
    );
    worker.postMessage('cpu');
  });
const splitGateway = await startGateway({
  subgraphUrls: { portal: system.portalUrl, company_catalog: workerUrl },
  signingKey: system.signingKey,
  port: 0,
});
await measureTopology('split', splitGateway.url, workerUrl);

const line = ({ topology, path, shape, measured: { median: r, all } }: (typeof results)[number]) =>
  `| ${topology} | ${shape} | ${path} | ${r.rps} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.errors} | ${all.map((a) => a.p95.toFixed(0)).join(' / ')} | ${r.mainCpuMs.toFixed(2)}${topology === 'split' ? ` + ${r.workerCpuMs.toFixed(2)}` : ''} | ${r.contractCalls} (${r.versionCalls} version${r.otherCalls ? `; ${r.otherCalls}` : ''}) in ${r.requests} |`;
console.log(`
${vary ? 'every request a new cut list (VARY=1)' : 'the same cut list repeated'}: 100 pieces, 24 rows, 3 materials (boards ${boardsUsed.join(' + ')}); response ${responseBytes} B (fields), ${diagramBytes} B (diagram); median of ${runs} runs by p95

| topology | diagrams | path | req/s | p50 ms | p95 ms | p99 ms | errors | p95 of each run | CPU ms / request (main + catalog thread) | contract calls (median run) |
|---|---|---|---|---|---|---|---|---|---|---|
${results.map(line).join('\n')}

target p95 ≤ 100 ms through the gateway: ${results
  .filter((r) => r.path.includes('gateway'))
  .map((r) => `${r.topology}/${r.shape} ${r.measured.median.p95 <= 100 ? 'met' : 'MISSED'}`)
  .join(', ')}
(${connections} connections, ${duration} s each, ${cpus().length} cores, load average ${loadavg()
  .map((l) => l.toFixed(1))
  .join(' ')}, NODE_ENV=${process.env.NODE_ENV ?? '(unset)'}, Node ${process.version})
`);
await splitGateway.close();
worker.postMessage('close');
await new Promise((resolve) => worker.once('message', resolve));
await worker.terminate();
await system.close();
