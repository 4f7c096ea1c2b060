import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql } from '../__generated__/index.ts';
import { useFormatters } from '../format/use-formatters.ts';
import { CatalogListTable } from './catalog-list-table.tsx';
import type { CatalogTabProps } from './catalog-tab-props.ts';
import { useCatalogList } from './use-catalog-list.ts';
import { usePriceModeWord } from './use-price-mode-word.ts';

const AccessoriesQuery = graphql(`
  query AccessoriesTab_Accessories($slug: String!, $search: String, $first: Int!, $after: String) {
    company(slug: $slug) {
      id
      accessories(search: $search, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          companyId
          id
          name
          sku
          unit
          unitPrice {
            amount
            currency
          }
          unitPriceGross {
            amount
            currency
          }
        }
      }
    }
  }
`);

const AccessoryCursorsQuery = graphql(`
  query AccessoriesTab_Cursors($slug: String!, $search: String, $first: Int!, $after: String) {
    company(slug: $slug) {
      id
      accessories(search: $search, first: $first, after: $after) {
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

/** Hardware sold per unit: name, SKU, unit price. */
export function AccessoriesTab(catalog: CatalogTabProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { state } = catalog;
  const priceWord = usePriceModeWord(state.price);
  const list = useCatalogList({
    catalog,
    field: 'accessories',
    query: AccessoriesQuery,
    cursorsQuery: AccessoryCursorsQuery,
    variables: { slug: catalog.slug, search: state.q.trim() || null },
    connection: (data) => data.company?.accessories,
    cursorConnection: (data) => data.company?.accessories,
  });

  return (
    <CatalogListTable
      catalog={catalog}
      list={list}
      caption={t('catalog.accessories.caption', { price: priceWord })}
      columns={4}
      minWidth={560}
      head={
        <>
          <Table.Th>{t('catalog.accessories.name')}</Table.Th>
          <Table.Th>{t('catalog.accessories.sku')}</Table.Th>
          <Table.Th>{t('catalog.accessories.unit')}</Table.Th>
          <Table.Th ta="right">{t('catalog.accessories.price')}</Table.Th>
        </>
      }
      row={(accessory) => (
        <Table.Tr key={accessory.id} data-testid="accessory-row">
          <Table.Td>
            <Text size="sm" fw={500}>
              {accessory.name}
            </Text>
          </Table.Td>
          <Table.Td ff="monospace">{accessory.sku ?? t('common.none')}</Table.Td>
          <Table.Td>{accessory.unit ?? t('common.none')}</Table.Td>
          <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
            {format.money(state.price === 'gross' ? accessory.unitPriceGross : accessory.unitPrice)}
          </Table.Td>
        </Table.Tr>
      )}
    />
  );
}
