import { useQuery } from '@apollo/client/react';
import { Button, Group, MultiSelect, Switch, Text } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../__generated__/index.ts';
import { fieldError } from '../apollo/field-error.ts';
import { retryQuery } from '../apollo/retry-query.ts';
import type { CatalogTabProps } from './catalog-tab-props.ts';

const MaterialFiltersQuery = graphql(`
  query MaterialFilters_Filters($slug: String!) {
    company(slug: $slug) {
      id
      materialFilters {
        brands {
          brand {
            id
            name
          }
          count
        }
        thicknesses
      }
    }
  }
`);

/** Brand and thickness multi-selects and the on-stock switch, from the catalog's own values. */
export function MaterialFiltersBar({ slug, state, update }: CatalogTabProps) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(MaterialFiltersQuery, { variables: { slug } });
  const filters = data?.company?.materialFilters;
  const failure = filters ? undefined : fieldError(error, ['company', 'materialFilters']);

  return (
    <Group
      role="group"
      aria-label={t('catalog.filters.label')}
      align="flex-end"
      gap="md"
      wrap="wrap"
    >
      <MultiSelect
        label={t('catalog.filters.brand')}
        placeholder={state.brands.length === 0 ? t('catalog.filters.any') : undefined}
        data={(filters?.brands ?? []).map((facet) => ({
          value: facet.brand.id,
          label: t('catalog.filters.brandOption', { name: facet.brand.name, count: facet.count }),
        }))}
        value={state.brands}
        onChange={(brands) => update({ brands })}
        disabled={!filters}
        searchable
        clearable
        w={{ base: '100%', sm: 280 }}
      />
      <MultiSelect
        label={t('catalog.filters.thickness')}
        placeholder={state.thicknesses.length === 0 ? t('catalog.filters.any') : undefined}
        data={(filters?.thicknesses ?? []).map((thickness) => ({
          value: String(thickness),
          label: t('catalog.filters.thicknessOption', { value: thickness }),
        }))}
        value={state.thicknesses.map(String)}
        onChange={(values) => update({ thicknesses: values.map(Number).sort((a, b) => a - b) })}
        disabled={!filters}
        clearable
        w={{ base: '100%', sm: 220 }}
      />
      <Switch
        label={t('catalog.filters.onStock')}
        checked={state.onStock}
        onChange={(event) => update({ onStock: event.currentTarget.checked })}
        mb={8}
      />
      {failure && (
        <Group gap="xs" role="alert">
          <Text size="sm" c="orange.8">
            {t('catalog.filters.unavailable')}
          </Text>
          <Button
            size="compact-sm"
            variant="subtle"
            leftSection={<IconRefresh size={14} aria-hidden />}
            onClick={() => retryQuery(refetch)}
          >
            {t('common.retry')}
          </Button>
        </Group>
      )}
    </Group>
  );
}
