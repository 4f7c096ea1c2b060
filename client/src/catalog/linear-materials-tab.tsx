import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql } from '../__generated__/index.ts';
import { useFormatters } from '../format/use-formatters.ts';
import { CatalogListTable } from './catalog-list-table.tsx';
import type { CatalogTabProps } from './catalog-tab-props.ts';
import { StockBadge } from './stock-badge.tsx';
import { useCatalogList } from './use-catalog-list.ts';
import { usePriceModeWord } from './use-price-mode-word.ts';

const LinearMaterialsQuery = graphql(`
  query LinearMaterialsTab_LinearMaterials(
    $slug: String!
    $search: String
    $first: Int!
    $after: String
  ) {
    company(slug: $slug) {
      id
      linearMaterials(search: $search, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          companyId
          id
          name
          brand {
            id
            name
          }
          type
          lengthMm
          widthMm
          thicknessMm
          onStock
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

const LinearMaterialCursorsQuery = graphql(`
  query LinearMaterialsTab_Cursors($slug: String!, $search: String, $first: Int!, $after: String) {
    company(slug: $slug) {
      id
      linearMaterials(search: $search, first: $first, after: $after) {
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

/** Worktops and other linear materials, priced per metre. */
export function LinearMaterialsTab(catalog: CatalogTabProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { state } = catalog;
  const priceWord = usePriceModeWord(state.price);
  const list = useCatalogList({
    catalog,
    field: 'linearMaterials',
    query: LinearMaterialsQuery,
    cursorsQuery: LinearMaterialCursorsQuery,
    variables: { slug: catalog.slug, search: state.q.trim() || null },
    connection: (data) => data.company?.linearMaterials,
    cursorConnection: (data) => data.company?.linearMaterials,
  });

  return (
    <CatalogListTable
      catalog={catalog}
      list={list}
      caption={t('catalog.linearMaterials.caption', { price: priceWord })}
      columns={6}
      head={
        <>
          <Table.Th>{t('catalog.linearMaterials.name')}</Table.Th>
          <Table.Th>{t('catalog.linearMaterials.brand')}</Table.Th>
          <Table.Th>{t('catalog.linearMaterials.type')}</Table.Th>
          <Table.Th>{t('catalog.linearMaterials.size')}</Table.Th>
          <Table.Th>{t('catalog.linearMaterials.stock')}</Table.Th>
          <Table.Th ta="right">{t('catalog.linearMaterials.price')}</Table.Th>
        </>
      }
      row={(item) => (
        <Table.Tr key={item.id} data-testid="linear-material-row">
          <Table.Td>
            <Text size="sm" fw={500}>
              {item.name}
            </Text>
          </Table.Td>
          <Table.Td>{item.brand?.name ?? t('common.none')}</Table.Td>
          <Table.Td>{item.type ?? t('common.none')}</Table.Td>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>
            {item.lengthMm} × {item.widthMm} × {item.thicknessMm}
          </Table.Td>
          <Table.Td>
            <StockBadge onStock={item.onStock} />
          </Table.Td>
          <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
            {format.money(state.price === 'gross' ? item.pricePerMGross : item.pricePerM)}
          </Table.Td>
        </Table.Tr>
      )}
    />
  );
}
