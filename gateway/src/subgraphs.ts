/** The subgraphs of the supergraph: their names (as in the supergraph) and SDL files. */
export const SUBGRAPHS = [
  { name: 'portal', schemaPath: 'subgraphs/portal/src/schema.graphql' },
  { name: 'company_catalog', schemaPath: 'subgraphs/company-catalog/src/schema.graphql' },
] as const;

export type SubgraphName = (typeof SUBGRAPHS)[number]['name'];
