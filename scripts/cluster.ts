/**
 * `npm run cluster` — the system scaled out on one PostgreSQL (docs/reliability.md,
 * "Scale-out"): two gateways, two portal and two catalog subgraph processes, round-robin
 * balancers in front of each subgraph pair, the demo companies behind the local Supabase
 * endpoint. Runs until Ctrl-C; the database it created is dropped then.
 *
 *   TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run cluster
 */
import { startCluster } from '../packages/embedded/src/cluster.ts';

const serverUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const cluster = await startCluster({ serverUrl, log: (line) => console.log(line) });
console.log(`portal database: ${cluster.databaseUrl}`);
console.log(`portal balancer: ${cluster.portalLbUrl}, catalog balancer: ${cluster.catalogLbUrl}`);
for (const g of cluster.gateways) console.log(`${g.name}: ${g.url}/graphql`);
console.log('Ctrl-C stops everything.');
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    cluster.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
