import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql } from '../__generated__/index.ts';
import { useFormatters } from '../format/use-formatters.ts';
import { CatalogListTable } from './catalog-list-table.tsx';
import type { CatalogTabProps } from './catalog-tab-props.ts';
import { useCatalogList } from './use-catalog-list.ts';
import { usePriceModeWord } from './use-price-mode-word.ts';

const EdgeBandingsQuery = graphql(`
  query EdgeBandingsTab_EdgeBandings($slug: String!, $search: String, $first: Int!, $after: String) {
    company(slug: $slug) {
      id
      edgeBandings(search: $search, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          companyId
          id
          label
          type
          widthMm
          thicknessMm
          decor
          overhangMm
          pricePerM {
            amount
            currency
          }
          pricePerMGross {
            amount
            currency
          }
        }
      }
    }
  }
`);

const EdgeBandingCursorsQuery = graphql(`
  query EdgeBandingsTab_Cursors($slug: String!, $search: String, $first: Int!, $after: String) {
    company(slug: $slug) {
      id
      edgeBandings(search: $search, first: $first, after: $after) {
        pageInfo {
          hasNextPage
        }
        edges {
          cursor
        }
      }
    }
  }
`);

/** Edge bandings: label, type, width × thickness, decor, price per metre, overhang. */
export function EdgeBandingsTab(catalog: CatalogTabProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { state } = catalog;
  const priceWord = usePriceModeWord(state.price);
  const list = useCatalogList({
    catalog,
    field: 'edgeBandings',
    query: EdgeBandingsQuery,
    cursorsQuery: EdgeBandingCursorsQuery,
    variables: { slug: catalog.slug, search: state.q.trim() || null },
    connection: (data) => data.company?.edgeBandings,
    cursorConnection: (data) => data.company?.edgeBandings,
  });

  return (
    <CatalogListTable
      catalog={catalog}
      list={list}
      caption={t('catalog.edgeBandings.caption', { price: priceWord })}
      columns={6}
      head={
        <>
          <Table.Th>{t('catalog.edgeBandings.label')}</Table.Th>
          <Table.Th>{t('catalog.edgeBandings.type')}</Table.Th>
          <Table.Th>{t('catalog.edgeBandings.size')}</Table.Th>
          <Table.Th>{t('catalog.edgeBandings.decor')}</Table.Th>
          <Table.Th ta="right">{t('catalog.edgeBandings.price')}</Table.Th>
          <Table.Th ta="right">{t('catalog.edgeBandings.overhang')}</Table.Th>
        </>
      }
      row={(edge) => (
        <Table.Tr key={edge.id} data-testid="edge-banding-row">
          <Table.Td>
            <Text size="sm" fw={500}>
              {edge.label}
            </Text>
          </Table.Td>
          <Table.Td>{edge.type}</Table.Td>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>
            {edge.widthMm} × {format.decimal(edge.thicknessMm)}
          </Table.Td>
          <Table.Td>{edge.decor}</Table.Td>
          <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
            {format.money(state.price === 'gross' ? edge.pricePerMGross : edge.pricePerM)}
          </Table.Td>
          <Table.Td ta="right">{edge.overhangMm}</Table.Td>
        </Table.Tr>
      )}
    />
  );
}
