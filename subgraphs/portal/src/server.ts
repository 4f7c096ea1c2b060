import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { Db } from '@portal/db';
import { parse } from 'graphql';
import type { Resolvers } from './__generated__/resolvers-types.ts';
import type { PortalContext } from './context.ts';
import { createCompanyRows } from './data/company-rows.ts';
import { Company } from './resolvers/Company.ts';
import { Query } from './resolvers/Query.ts';

export const typeDefs = parse(readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8'));

const resolvers: Resolvers = { Query, Company };

export interface PortalSubgraphOptions {
  db: Db;
}

export function createPortalSubgraph({ db }: PortalSubgraphOptions) {
  const schema = buildSubgraphSchema([{ typeDefs, resolvers: resolvers as never }]);
  const server = new ApolloServer<PortalContext>({
    schema,
    includeStacktraceInErrorResponses: false,
  });
  const companies = createCompanyRows(db);
  const context = async (_req: unknown, requestId: string): Promise<PortalContext> => ({
    requestId,
    companies,
  });
  return { server, context, schema };
}
