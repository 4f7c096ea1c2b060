/**
 * Composes the supergraph from the subgraphs' SDL at build time. Fails (exit 1) with the
 * composition errors when the subgraphs do not compose, so a broken schema never ships.
 * Writes `supergraph.graphql` (what the gateway loads) and `schema.graphql` (the public API
 * schema, what the client and partners code against).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { composeServices } from '@apollo/composition';
import { parse, printSchema } from 'graphql';
import { SUBGRAPHS } from '../src/subgraphs.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const gatewayDir = join(root, 'gateway');

export function compose(): { supergraphSdl: string; apiSchemaSdl: string } {
  const result = composeServices(
    SUBGRAPHS.map((s) => ({
      name: s.name,
      // Placeholder: the gateway sets the real URL of each subgraph from its environment.
      url: `http://${s.name}.invalid/graphql`,
      typeDefs: parse(readFileSync(join(root, s.schemaPath), 'utf8')),
    })),
  );
  if (result.errors) {
    const details = result.errors.map((e) => `- ${e.message}`).join('\n');
    throw new Error(`Supergraph composition failed:\n${details}`);
  }
  const apiSchemaSdl = printSchema(result.schema.toAPISchema().toGraphQLJSSchema());
  return { supergraphSdl: result.supergraphSdl, apiSchemaSdl };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const { supergraphSdl, apiSchemaSdl } = compose();
    writeFileSync(join(gatewayDir, 'supergraph.graphql'), supergraphSdl);
    writeFileSync(join(gatewayDir, 'schema.graphql'), `${apiSchemaSdl}\n`);
    console.log('composed gateway/supergraph.graphql and gateway/schema.graphql');
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
