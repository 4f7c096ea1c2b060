/**
 * `previewQuote` through the gateway: a 100-panel, 3-material cabinet cut list (edge banding,
 * hinge holes, an accessory and a fee line), full breakdown with the board diagrams, as a
 * signed-in customer, warm catalog cache, 20 concurrent clients. Target: p95 ≤ 100 ms.
 *
 *   npm run bench:preview            (DURATION=10 CONNECTIONS=20 to change)
 *
 * Prints latency percentiles (p95 computed from every response), requests per second and
 * the contract calls made during the measured run; results go in docs/performance.md.
 */
import { cpus } from 'node:os';
import { startSystem } from '@portal/embedded';
import { signedHeaders } from '@portal/identity';
import autocannon from 'autocannon';

const duration = Number(process.env.DURATION ?? 10);
/** VARY=1: every request a different cut list (a label changes), so none is a repeat. */
const vary = process.env.VARY === '1';
const connections = Number(process.env.CONNECTIONS ?? 20);

const system = await startSystem({});
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
const query = /* GraphQL */ `
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
        placements { x y widthMm heightMm rotated row label }
        cuts { x1 y1 x2 y2 }
        usage pricingMethod
      }
      accessories { row accessory { id name } quantity amounts { ${amounts} } }
      fees { row fee { id name } quantity amounts { ${amounts} } }
      totals { materials { ${amounts} } accessories { ${amounts} } fees { ${amounts} } quote { ${amounts} } }
      discount { percent amount { amount } }
      finalTotal { amount currency }
    }
  }`;
const bodyFor = (n: number | null) =>
  JSON.stringify({
    query,
    variables: {
      companyId: company.id,
      input: {
        panels: n === null ? panels : [{ ...panels[0], label: `v${n}` }, ...panels.slice(1)],
        accessories: [{ accessoryId: c.accessories.nodes[0].id, quantity: 16 }],
        fees: [{ feeTypeId: c.fees[0].id, quantity: 1 }],
      },
    },
  });
const body = bodyFor(null);
let sent = 0;
// Without VARY the same cut list repeats: the catalog rows and the priced result are cached.
const requests = vary
  ? [{ setupRequest: (req: object) => ({ ...req, body: bodyFor(sent++) }) }]
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

// Warm up: JIT, the catalog cache, connection pools.
await autocannon({
  url: system.graphqlUrl,
  method: 'POST',
  connections: 4,
  amount: 100,
  headers,
  body,
});

/** One measured run; p95 from every response time (autocannon's histogram has no p95). */
async function measure(url: string, runHeaders: Record<string, string>) {
  // Warm up: JIT, the catalog cache, connection pools.
  await autocannon({ url, method: 'POST', connections: 4, amount: 100, headers: runHeaders, body });
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
  };
}

const gateway = await measure(system.graphqlUrl, headers);
console.log(JSON.stringify(gateway));
// The same operation straight to the catalog subgraph, signed as the gateway would sign it
// (one signature, valid 60 s, covers the run): the gateway's share of the latency.
const subgraph = await measure(system.catalogUrl, {
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
console.log(JSON.stringify(subgraph));
const line = (path: string, r: typeof gateway) =>
  `| ${path} | ${r.rps} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.max.toFixed(1)} | ${r.errors} | ${r.contractCalls} (${r.versionCalls} version) in ${r.requests} requests |`;
console.log(`
${vary ? 'every request a new cut list (VARY=1)' : 'the same cut list repeated'}: 100 pieces, 24 rows, 3 materials (boards ${boardsUsed.join(' + ')}), ${responseBytes} B response

| path | req/s | p50 ms | p95 ms | p99 ms | max ms | errors | contract calls during the run |
|---|---|---|---|---|---|---|---|
${line('through the gateway', gateway)}
${line('straight to the catalog subgraph', subgraph)}

target p95 ≤ 100 ms through the gateway: ${gateway.p95 <= 100 ? 'met' : 'MISSED'}
(${connections} connections, ${duration} s each, ${cpus().length} cores, Node ${process.version})
`);
await system.close();
