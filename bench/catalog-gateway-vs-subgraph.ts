/**
 * The catalog query through the gateway vs the same work sent straight to the
 * company-catalog subgraph (an `_entities` query), at 20 concurrent clients.
 *
 *   npm run bench:catalog            (DURATION=10 CONNECTIONS=20 to change)
 *
 * Prints requests per second, latency percentiles and the gateway/subgraph ratio; results
 * go in docs/performance.md.
 */
import { cpus } from 'node:os';
import { startSystem } from '@portal/embedded';
import { ANONYMOUS, signedHeaders } from '@portal/identity';
import autocannon from 'autocannon';

const duration = Number(process.env.DURATION ?? 10);
const connections = Number(process.env.CONNECTIONS ?? 20);

const system = await startSystem({});
const company = system.companies.find((c) => c.slug === 'turinova')!;

const selection = `
  materials(search: "tölgy", first: 20) {
    totalCount
    nodes { id name thicknessMm pricePerSqm { amount currency } pricePerSqmGross { amount } }
  }`;
const viaGateway = `query Catalog { company(slug: "turinova") { id name ${selection} } }`;
const direct = `query Catalog($reps: [_Any!]!) { _entities(representations: $reps) { ... on Company { id ${selection} } } }`;

async function run(
  title: string,
  url: string,
  body: unknown,
  extraHeaders: Record<string, string> = {},
) {
  // Warm up: JIT, connection pools, PGlite caches.
  await autocannon({
    url,
    method: 'POST',
    connections: 4,
    amount: 200,
    headers: { 'content-type': 'application/json', ...extraHeaders },
    body: JSON.stringify(body),
  });
  const result = await autocannon({
    url,
    method: 'POST',
    connections,
    duration,
    headers: { 'content-type': 'application/json', ...extraHeaders },
    body: JSON.stringify(body),
  });
  const row = {
    title,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
    total: result.requests.total,
  };
  console.log(JSON.stringify(row));
  return row;
}

const check = await fetch(system.graphqlUrl, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query: viaGateway }),
}).then((r) => r.json() as Promise<{ errors?: unknown }>);
if (check.errors) throw new Error(`catalog query failed: ${JSON.stringify(check.errors)}`);

const gateway = await run('through the gateway', system.graphqlUrl, { query: viaGateway });
const subgraph = await run(
  'straight to the catalog subgraph',
  system.catalogUrl,
  {
    query: direct,
    variables: { reps: [{ __typename: 'Company', id: company.id }] },
  },
  // As the gateway would send it; one signature (valid 60 s) covers the whole run.
  signedHeaders(ANONYMOUS, system.signingKey, 'bench'),
);

console.log(`
| path | req/s | p50 ms | p90 ms | p99 ms | errors |
|---|---|---|---|---|---|
| ${gateway.title} | ${gateway.rps} | ${gateway.p50} | ${gateway.p90} | ${gateway.p99} | ${gateway.errors} |
| ${subgraph.title} | ${subgraph.rps} | ${subgraph.p50} | ${subgraph.p90} | ${subgraph.p99} | ${subgraph.errors} |

gateway / subgraph throughput: ${(gateway.rps / subgraph.rps).toFixed(2)}
(${connections} connections, ${duration} s each, ${cpus().length} cores, Node ${process.version})
`);
await system.close();
