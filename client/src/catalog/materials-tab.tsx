import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MaterialFilter } from '../__generated__/graphql.ts';
import { graphql } from '../__generated__/index.ts';
import { useFormatters } from '../format/use-formatters.ts';
import { CatalogListTable } from './catalog-list-table.tsx';
import type { CatalogTabProps } from './catalog-tab-props.ts';
import type { CatalogUrlState } from './catalog-url-state.ts';
import { MaterialFiltersBar } from './material-filters-bar.tsx';
import { StockBadge } from './stock-badge.tsx';
import { useCatalogList } from './use-catalog-list.ts';
import { usePriceModeWord } from './use-price-mode-word.ts';

const MaterialsQuery = graphql(`
  query MaterialsTab_Materials(
    $slug: String!
    $search: String
    $filter: MaterialFilter
    $first: Int!
    $after: String
  ) {
    company(slug: $slug) {
      id
      materials(search: $search, filter: $filter, first: $first, after: $after) {
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
          lengthMm
          widthMm
          thicknessMm
          grainDirection
          onStock
          pricePerSqm {
            amount
            currency
          }
          pricePerSqmGross {
            amount
            currency
          }
          updatedAt
        }
      }
    }
  }
`);

const MaterialCursorsQuery = graphql(`
  query MaterialsTab_Cursors(
    $slug: String!
    $search: String
    $filter: MaterialFilter
    $first: Int!
    $after: String
  ) {
    company(slug: $slug) {
      id
      materials(search: $search, filter: $filter, first: $first, after: $after) {
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

/** The API filter of the URL's filters; the stock switch narrows to stock only, never to "not". */
function materialFilter(state: CatalogUrlState): MaterialFilter | null {
  if (state.brands.length === 0 && state.thicknesses.length === 0 && !state.onStock) return null;
  return {
    ...(state.brands.length > 0 ? { brandIds: state.brands } : {}),
    ...(state.thicknesses.length > 0 ? { thicknesses: state.thicknesses } : {}),
    ...(state.onStock ? { onStock: true } : {}),
  };
}

/** Boards: filters by brand, thickness and stock; size, grain, stock and price per m². */
export function MaterialsTab(catalog: CatalogTabProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { state } = catalog;
  const priceWord = usePriceModeWord(state.price);
  const list = useCatalogList({
    catalog,
    field: 'materials',
    query: MaterialsQuery,
    cursorsQuery: MaterialCursorsQuery,
    variables: {
      slug: catalog.slug,
      search: state.q.trim() || null,
      filter: materialFilter(state),
    },
    connection: (data) => data.company?.materials,
    cursorConnection: (data) => data.company?.materials,
  });

  return (
    <Stack gap="md">
      <MaterialFiltersBar {...catalog} />
      <CatalogListTable
        catalog={catalog}
        list={list}
        caption={t('catalog.materials.caption', { price: priceWord })}
        columns={7}
        minWidth={900}
        head={
          <>
            <Table.Th>{t('catalog.materials.name')}</Table.Th>
            <Table.Th>{t('catalog.materials.brand')}</Table.Th>
            <Table.Th>{t('catalog.materials.size')}</Table.Th>
            <Table.Th>{t('catalog.materials.grain')}</Table.Th>
            <Table.Th>{t('catalog.materials.stock')}</Table.Th>
            <Table.Th ta="right">{t('catalog.materials.price')}</Table.Th>
            <Table.Th>{t('catalog.materials.updated')}</Table.Th>
          </>
        }
        row={(material) => (
          <Table.Tr key={material.id} data-testid="material-row">
            <Table.Td>
              <Text size="sm" fw={500}>
                {material.name}
              </Text>
            </Table.Td>
            <Table.Td>{material.brand?.name ?? t('common.none')}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              {material.lengthMm} × {material.widthMm} × {material.thicknessMm}
            </Table.Td>
            <Table.Td>{material.grainDirection ? t('common.yes') : t('common.no')}</Table.Td>
            <Table.Td>
              <StockBadge onStock={material.onStock} />
            </Table.Td>
            <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
              {format.money(
                state.price === 'gross' ? material.pricePerSqmGross : material.pricePerSqm,
              )}
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.date(material.updatedAt)}</Table.Td>
          </Table.Tr>
        )}
      />
    </Stack>
  );
}
