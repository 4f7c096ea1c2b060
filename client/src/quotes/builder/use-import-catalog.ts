import type { ApolloClient } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import type {
  QuoteBuilder_ImportEdgeBandingsQuery,
  QuoteBuilder_ImportMaterialsQuery,
} from '../../__generated__/graphql.ts';
import { graphql } from '../../__generated__/index.ts';
import type { ImportCatalog } from './parse-panel-table.ts';

const ImportMaterialsQuery = graphql(`
  query QuoteBuilder_ImportMaterials($companyId: ID!, $after: String) {
    company(id: $companyId) {
      id
      materials(first: 100, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          companyId
          id
          name
        }
      }
    }
  }
`);

const ImportEdgeBandingsQuery = graphql(`
  query QuoteBuilder_ImportEdgeBandings($companyId: ID!, $after: String) {
    company(id: $companyId) {
      id
      edgeBandings(first: 100, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          companyId
          id
          label
          decor
        }
      }
    }
  }
`);

/** Pages a catalog list reads at most (10 000 items): a runaway cursor must not loop forever. */
const MAX_PAGES = 100;

export type ImportCatalogState =
  | { status: 'loading' }
  | { status: 'ready'; catalog: ImportCatalog }
  | { status: 'failed' };

/**
 * The company's whole list of materials and edge bandings (names only), for matching the names
 * of a pasted or imported table. Read page by page when an import starts, then from the cache.
 */
export function useImportCatalog(companyId: string, active: boolean): ImportCatalogState {
  const client = useApolloClient();
  const [state, setState] = useState<ImportCatalogState>({ status: 'loading' });
  useEffect(() => {
    if (!active) return;
    let cancelled = false;
    async function load(): Promise<ImportCatalog> {
      const materials: ImportCatalog['materials'][number][] = [];
      const edgeBandings: ImportCatalog['edgeBandings'][number][] = [];
      let after: string | null = null;
      for (let page = 0; page < MAX_PAGES; page += 1) {
        const result: ApolloClient.QueryResult<QuoteBuilder_ImportMaterialsQuery> =
          await client.query({ query: ImportMaterialsQuery, variables: { companyId, after } });
        const connection = result.data?.company?.materials;
        if (!connection) throw result.error ?? new Error('materials unavailable');
        materials.push(...connection.nodes);
        if (!connection.pageInfo.hasNextPage) break;
        after = connection.pageInfo.endCursor ?? null;
      }
      after = null;
      for (let page = 0; page < MAX_PAGES; page += 1) {
        const result: ApolloClient.QueryResult<QuoteBuilder_ImportEdgeBandingsQuery> =
          await client.query({ query: ImportEdgeBandingsQuery, variables: { companyId, after } });
        const connection = result.data?.company?.edgeBandings;
        if (!connection) throw result.error ?? new Error('edge bandings unavailable');
        edgeBandings.push(...connection.nodes);
        if (!connection.pageInfo.hasNextPage) break;
        after = connection.pageInfo.endCursor ?? null;
      }
      return { materials, edgeBandings };
    }
    setState({ status: 'loading' });
    load().then(
      (catalog) => {
        if (!cancelled) setState({ status: 'ready', catalog });
      },
      () => {
        if (!cancelled) setState({ status: 'failed' });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [client, companyId, active]);
  return state;
}
