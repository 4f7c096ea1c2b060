/**
 * Ratios in one run: what batching, caching, the gateway and the database each cost.
 *
 *   npm run bench:ratios    (REQUESTS=120 CONCURRENCY=5 PG_URL=postgres://…/postgres)
 *
 * Every system is the embedded default in a child process (bench/lib/system.ts), with no
 * periodic order sync, so the local Supabase endpoint's call log counts only the calls the
 * measured requests made. Each measurement is REQUESTS requests by CONCURRENCY closed-loop
 * clients after a warm-up of 20; reported: p50/p95 latency, requests/s, contract calls per
 * request by function, CPU ms per request of the system process, load average.
 *
 * 1. Batching and caching (`startSystem({ catalogBatching: false, catalogCache: false })`,
 *    bench-only switches): a 100-piece, 24-row preview over 3 materials and 2 edge bandings
 *    with an accessory and a fee (a new label each request, so no priced result is reused),
 *    and a catalog search page, in the four combinations.
 * 2. Through the gateway vs straight to the catalog subgraph (an `_entities` query signed as
 *    the gateway signs it): the search page and the preview, defaults on.
 * 3. PGlite vs PostgreSQL for the portal database: save a draft (create), update it, list the
 *    customer's quotes — the portal-database-heavy operations — and the search page.
 * SECTIONS=batching,gateway,db picks which to run (default all).
 * Results: docs/performance.md, "Ratios".
 */
import { loadavg } from 'node:os';
import { signedHeaders } from '@portal/identity';
import { fmtLoad, machine } from './lib/harness.ts';
import { type BenchSystem, type BenchSystemOptions, startBenchSystem } from './lib/system.ts';
import { type CatalogIds, createCustomer, gql, loadCatalogIds, summarize } from './lib/users.ts';

const REQUESTS = Number(process.env.REQUESTS ?? 120);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 5);
/** Which of the three to run: `batching`, `gateway`, `db` (default all). */
const SECTIONS = new Set((process.env.SECTIONS ?? 'batching,gateway,db').split(','));

interface Row {
  section: string;
  variant: string;
  operation: string;
  rps: number;
  p50: number;
  p95: number;
  errors: number;
  callsPerRequest: Record<string, number>;
  cpuMsPerRequest: number;
  load: string;
}
const rows: Row[] = [];

async function measure(
  system: BenchSystem,
  section: string,
  variant: string,
  operation: string,
  send: (n: number) => Promise<unknown>,
): Promise<Row> {
  for (let i = 0; i < 20; i++) await send(-1 - i).catch(() => {});
  await system.companyCalls(true);
  const cpuBefore = (await system.processes[0]!.sample()).cpuMs;
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < REQUESTS) {
        const n = next++;
        const t = performance.now();
        try {
          await send(n);
        } catch {
          errors++;
        }
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const cpu = (await system.processes[0]!.sample()).cpuMs - cpuBefore;
  const calls = await system.companyCalls(true);
  const s = summarize(latencies);
  const row: Row = {
    section,
    variant,
    operation,
    rps: REQUESTS / seconds,
    p50: s.p50,
    p95: s.p95,
    errors,
    callsPerRequest: Object.fromEntries(
      Object.entries(calls).map(([fn, n]) => [fn, Math.round((n / REQUESTS) * 100) / 100]),
    ),
    cpuMsPerRequest: cpu / REQUESTS,
    load: loadavg()[0]!.toFixed(1),
  };
  rows.push(row);
  console.log(
    `${section} | ${variant} | ${operation}: ${row.rps.toFixed(1)} req/s p50 ${row.p50.toFixed(0)} p95 ${row.p95.toFixed(0)} ms, errors ${errors}, calls/request ${JSON.stringify(row.callsPerRequest)}, CPU ${row.cpuMsPerRequest.toFixed(1)} ms/request, load ${row.load}`,
  );
  return row;
}

interface Client {
  system: BenchSystem;
  token: string;
  catalog: CatalogIds;
  accessoryId: string;
  feeTypeId: string;
}

async function client(options: BenchSystemOptions): Promise<Client> {
  const system = await startBenchSystem({ orderSyncIntervalMs: 0, ...options });
  const companyId = system.companies.find((c) => c.slug === 'turinova')!.id;
  const customer = await createCustomer(system.graphqlUrl, companyId, `r${Date.now()}`, 0);
  const catalog = await loadCatalogIds(system.graphqlUrl, companyId, customer.accessToken);
  const extra = await gql(
    system.graphqlUrl,
    'query ($id: ID!) { company(id: $id) { accessories(first: 1) { nodes { id } } fees { id } } }',
    { id: companyId },
    customer.accessToken,
  );
  return {
    system,
    token: customer.accessToken,
    catalog,
    accessoryId: extra.company.accessories.nodes[0].id,
    feeTypeId: extra.company.fees[0].id,
  };
}

/** The preview bench's kitchen: 100 pieces in 24 rows over 3 materials, 2 edge bandings. */
function kitchen(c: Client, n: number) {
  const [carcass, fronts, backs] = c.catalog.materials;
  const [e1, e2] = c.catalog.edgeBandings;
  const panels: Array<Record<string, unknown>> = [];
  for (const w of [400, 500, 600, 800]) {
    const inner = w - 36;
    panels.push(
      { materialId: carcass, widthMm: 720, heightMm: 560, quantity: 2, edgeBandingA: e1 },
      { materialId: carcass, widthMm: inner, heightMm: 560, quantity: 2, edgeBandingA: e1 },
      { materialId: carcass, widthMm: inner, heightMm: 540, quantity: 3, edgeBandingA: e1 },
      {
        materialId: fronts,
        widthMm: 716,
        heightMm: w - 4,
        quantity: 4,
        edgeBandingA: e2,
        edgeBandingB: e2,
        edgeBandingC: e2,
        edgeBandingD: e2,
      },
      { materialId: backs, widthMm: 716, heightMm: w - 4, quantity: 6 },
      { materialId: carcass, widthMm: inner, heightMm: 100, quantity: 8 },
    );
  }
  panels[0] = { ...panels[0], label: `v${n}` };
  return {
    panels,
    accessories: [{ accessoryId: c.accessoryId, quantity: 16 }],
    fees: [{ feeTypeId: c.feeTypeId, quantity: 1 }],
  };
}

const amounts = 'net { amount currency } gross { amount }';
const previewSelection = `
  catalogVersion currency
  materials { material { id name } boardsUsed edgeBandings { edgeBanding { id label } lengthM }
              total { ${amounts} } }
  boards { material { id } index diagram usage }
  accessories { accessory { id name } quantity amounts { ${amounts} } }
  fees { fee { id name } amounts { ${amounts} } }
  totals { quote { ${amounts} } }
  finalTotal { amount currency }`;
const searchSelection = `
  materials(search: "tölgy", first: 20) {
    totalCount
    nodes { id name thicknessMm pricePerSqm { amount currency } pricePerSqmGross { amount } }
  }`;

/** A label never used before in this run: no priced result can be reused. */
let fresh = 0;
const preview = (c: Client) => () =>
  gql(
    c.system.graphqlUrl,
    `query ($companyId: ID!, $input: QuoteInput!) { previewQuote(companyId: $companyId, input: $input) { ${previewSelection} } }`,
    { companyId: c.catalog.companyId, input: kitchen(c, fresh++) },
    c.token,
  );
const search = (c: Client) => () =>
  gql(
    c.system.graphqlUrl,
    `query ($id: ID!) { company(id: $id) { id ${searchSelection} } }`,
    { id: c.catalog.companyId },
    c.token,
  );

/** Straight to the catalog subgraph, signed as the gateway signs (a fresh signature each). */
async function direct(c: Client, query: string, variables: Record<string, unknown>) {
  const res = await fetch(c.system.catalogUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...signedHeaders(
        {
          kind: 'customer',
          customerId: '00000000-0000-4000-8000-0000000000b1',
          email: 'b@x.hu',
          sessionId: 'bench',
        },
        c.system.signingKey,
        'bench',
      ),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { errors?: unknown[] };
  if (body.errors?.length || !res.ok) throw new Error(JSON.stringify(body.errors));
  return body;
}

console.log(
  `${machine()}; load average ${fmtLoad()}; ${REQUESTS} requests × ${CONCURRENCY} clients per row`,
);

// 1. Batching × caching, and 2. gateway vs subgraph on the defaults.
for (const [variant, options] of [
  ['batching on, cache on (default)', {}],
  ['batching on, cache off', { catalogCache: false }],
  ['batching off, cache on', { catalogBatching: false }],
  ['batching off, cache off', { catalogCache: false, catalogBatching: false }],
] as Array<[string, Partial<BenchSystemOptions>]>) {
  const isDefault = variant.endsWith('(default)');
  if (!SECTIONS.has('batching') && !(isDefault && SECTIONS.has('gateway'))) continue;
  const c = await client({ topology: 'one-process', db: 'pglite', ...options });
  try {
    if (SECTIONS.has('batching')) {
      await measure(c.system, 'batching/caching', variant, 'previewQuote (new list)', preview(c));
      await measure(c.system, 'batching/caching', variant, 'search page', search(c));
    }
    if (isDefault && SECTIONS.has('gateway')) {
      const reps = [{ __typename: 'Company', id: c.catalog.companyId }];
      await measure(
        c.system,
        'gateway vs subgraph',
        'through the gateway',
        'search page',
        search(c),
      );
      await measure(
        c.system,
        'gateway vs subgraph',
        'straight to the subgraph',
        'search page',
        () =>
          direct(
            c,
            `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Company { id ${searchSelection} } } }`,
            { reps },
          ),
      );
      await measure(
        c.system,
        'gateway vs subgraph',
        'through the gateway',
        'previewQuote (new list)',
        preview(c),
      );
      await measure(
        c.system,
        'gateway vs subgraph',
        'straight to the subgraph',
        'previewQuote (new list)',
        () =>
          direct(
            c,
            `query ($companyId: ID!, $input: QuoteInput!) { previewQuote(companyId: $companyId, input: $input) { ${previewSelection} } }`,
            { companyId: c.catalog.companyId, input: kitchen(c, fresh++) },
          ),
      );
    }
  } finally {
    await c.system.close();
  }
}

// 3. PGlite vs PostgreSQL (portal database).
for (const db of SECTIONS.has('db') ? (['pglite', 'postgres'] as const) : []) {
  const c = await client({
    topology: 'one-process',
    db,
    ...(process.env.PG_URL ? { pgAdminUrl: process.env.PG_URL } : {}),
  });
  try {
    const url = c.system.graphqlUrl;
    const drafts: Array<{ id: string; version: number }> = [];
    const small = (n: number) => ({
      companyId: c.catalog.companyId,
      panels: [
        { materialId: c.catalog.materials[0], widthMm: 720, heightMm: 560, quantity: 2 },
        {
          materialId: c.catalog.materials[1],
          widthMm: 400 + (n % 500),
          heightMm: 300,
          quantity: 4,
        },
      ],
    });
    await measure(c.system, 'portal database', db, 'createQuote (save draft)', async (n) => {
      const data = await gql(
        url,
        'mutation ($input: QuoteDraftInput!) { createQuote(input: $input) { quote { id version } error { code } } }',
        { input: small(n) },
        c.token,
      );
      if (data.createQuote.error) throw new Error(data.createQuote.error.code);
      if (n >= 0) drafts.push(data.createQuote.quote);
    });
    await measure(c.system, 'portal database', db, 'updateQuote', async (n) => {
      const draft = drafts[Math.max(0, n) % drafts.length]!;
      const data = await gql(
        url,
        'mutation ($id: ID!, $input: QuoteDraftInput!, $v: Int!) { updateQuote(id: $id, input: $input, expectedVersion: $v) { quote { id version } error { code } } }',
        { id: draft.id, input: small(n + 7), v: draft.version },
        c.token,
      );
      if (data.updateQuote.error) throw new Error(data.updateQuote.error.code);
      draft.version = data.updateQuote.quote.version;
    });
    await measure(c.system, 'portal database', db, 'quotes list (20)', () =>
      gql(
        url,
        'query { quotes(first: 20) { edges { node { id number status version totals { gross { amount } } } } } }',
        {},
        c.token,
      ),
    );
    await measure(c.system, 'portal database', db, 'search page', search(c));
  } finally {
    await c.system.close();
  }
}

console.log(
  '\n| section | variant | operation | req/s | p50 ms | p95 ms | errors | contract calls / request | CPU ms / request | load |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  const calls =
    Object.entries(r.callsPerRequest)
      .map(([fn, n]) => `${fn} ${n}`)
      .join(', ') || '0';
  console.log(
    `| ${r.section} | ${r.variant} | ${r.operation} | ${r.rps.toFixed(1)} | ${r.p50.toFixed(0)} | ${r.p95.toFixed(0)} | ${r.errors} | ${calls} | ${r.cpuMsPerRequest.toFixed(1)} | ${r.load} |`,
  );
}
process.exit(0);
