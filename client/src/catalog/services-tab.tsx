import { useQuery } from '@apollo/client/react';
import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql } from '../__generated__/index.ts';
import { fieldError } from '../apollo/field-error.ts';
import { retryQuery } from '../apollo/retry-query.ts';
import { SectionErrorAlert } from '../app/section-error-alert.tsx';
import type { MoneyValue } from '../format/format-money.ts';
import { useFormatters } from '../format/use-formatters.ts';
import { CatalogEmptyState } from './catalog-empty-state.tsx';
import type { CatalogTabProps } from './catalog-tab-props.ts';
import { CatalogTable } from './catalog-table.tsx';
import { TableSkeletonRows } from './table-skeleton-rows.tsx';

const ServicesQuery = graphql(`
  query ServicesTab_Services($slug: String!) {
    company(slug: $slug) {
      id
      services {
        cuttingFeePerM {
          amount
          currency
        }
        cuttingFeePerMGross {
          amount
          currency
        }
        hingeHoleFeePerHole {
          amount
          currency
        }
        hingeHoleFeePerHoleGross {
          amount
          currency
        }
        doublingFeePerSqm {
          amount
          currency
        }
        doublingFeePerSqmGross {
          amount
          currency
        }
        angleCutFeePerPanel {
          amount
          currency
        }
        angleCutFeePerPanelGross {
          amount
          currency
        }
        vatRate
      }
    }
  }
`);

/** Cutting and machining fees, net or gross as the price switch says, with their VAT rate. */
export function ServicesTab(catalog: CatalogTabProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { data, loading, error, refetch } = useQuery(ServicesQuery, {
    variables: { slug: catalog.slug },
  });
  const services = data?.company?.services;
  const gross = catalog.state.price === 'gross';
  const failure = services ? undefined : fieldError(error, ['company', 'services']);

  if (failure) {
    return (
      <SectionErrorAlert
        error={failure}
        companyName={catalog.companyName}
        onRetry={() => retryQuery(refetch)}
      />
    );
  }
  if (!services && !loading) {
    return (
      <CatalogEmptyState
        state={{ ...catalog.state, q: '' }}
        update={catalog.update}
        totalCount={0}
      />
    );
  }

  const rows: { key: string; name: string; price: MoneyValue | undefined; unit: string }[] = [
    {
      key: 'cutting',
      name: t('catalog.services.cutting'),
      price: gross ? services?.cuttingFeePerMGross : services?.cuttingFeePerM,
      unit: t('catalog.services.cuttingUnit'),
    },
    {
      key: 'hinge-hole',
      name: t('catalog.services.hingeHole'),
      price: gross ? services?.hingeHoleFeePerHoleGross : services?.hingeHoleFeePerHole,
      unit: t('catalog.services.hingeHoleUnit'),
    },
    {
      key: 'doubling',
      name: t('catalog.services.doubling'),
      price: gross ? services?.doublingFeePerSqmGross : services?.doublingFeePerSqm,
      unit: t('catalog.services.doublingUnit'),
    },
    {
      key: 'angle-cut',
      name: t('catalog.services.angleCut'),
      price: gross ? services?.angleCutFeePerPanelGross : services?.angleCutFeePerPanel,
      unit: t('catalog.services.angleCutUnit'),
    },
  ];
  const rate = services ? format.decimal(services.vatRate) : undefined;

  return (
    <Stack gap="md">
      <CatalogTable
        caption={t('catalog.services.caption')}
        busy={!services}
        minWidth={480}
        head={
          <>
            <Table.Th>{t('catalog.services.service')}</Table.Th>
            <Table.Th ta="right">{t('catalog.services.price')}</Table.Th>
            <Table.Th>{t('catalog.services.unit')}</Table.Th>
          </>
        }
      >
        {services ? (
          rows.map((row) => (
            <Table.Tr key={row.key} data-testid="service-row">
              <Table.Td>
                <Text size="sm" fw={500}>
                  {row.name}
                </Text>
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {row.price ? format.money(row.price) : t('common.none')}
              </Table.Td>
              <Table.Td>{row.unit}</Table.Td>
            </Table.Tr>
          ))
        ) : (
          <TableSkeletonRows columns={3} rows={4} />
        )}
      </CatalogTable>
      {rate !== undefined && (
        <Text size="sm" c="dimmed">
          {t('catalog.services.vat', { rate })}
        </Text>
      )}
    </Stack>
  );
}
