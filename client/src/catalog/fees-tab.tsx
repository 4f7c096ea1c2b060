import { useQuery } from '@apollo/client/react';
import { Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql } from '../__generated__/index.ts';
import { fieldError } from '../apollo/field-error.ts';
import { retryQuery } from '../apollo/retry-query.ts';
import { SectionErrorAlert } from '../app/section-error-alert.tsx';
import { isNegativeDecimal } from '../format/decimal-literal.ts';
import { useFormatters } from '../format/use-formatters.ts';
import { CatalogEmptyState } from './catalog-empty-state.tsx';
import type { CatalogTabProps } from './catalog-tab-props.ts';
import { CatalogTable } from './catalog-table.tsx';
import { TableSkeletonRows } from './table-skeleton-rows.tsx';
import { usePriceModeWord } from './use-price-mode-word.ts';

const FeesQuery = graphql(`
  query FeesTab_Fees($slug: String!) {
    company(slug: $slug) {
      id
      fees {
        companyId
        id
        name
        unitPrice {
          amount
          currency
        }
        unitPriceGross {
          amount
          currency
        }
        vatRate
      }
    }
  }
`);

/**
 * Fee types (delivery, discounts). The API lists them whole and without a search argument;
 * there are few, so the search text narrows them here by name.
 */
export function FeesTab(catalog: CatalogTabProps) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const { state } = catalog;
  const priceWord = usePriceModeWord(state.price);
  const { data, error, refetch } = useQuery(FeesQuery, { variables: { slug: catalog.slug } });
  const fees = data?.company?.fees;
  const failure = fees ? undefined : fieldError(error, ['company', 'fees']);

  if (failure) {
    return (
      <SectionErrorAlert
        error={failure}
        companyName={catalog.companyName}
        onRetry={() => retryQuery(refetch)}
      />
    );
  }
  const q = state.q.trim().toLocaleLowerCase(i18n.language);
  const shown = fees?.filter((fee) => fee.name.toLocaleLowerCase(i18n.language).includes(q));
  if (shown && shown.length === 0) {
    return <CatalogEmptyState state={state} update={catalog.update} totalCount={0} />;
  }

  return (
    <CatalogTable
      caption={t('catalog.fees.caption', { price: priceWord })}
      busy={!shown}
      minWidth={480}
      head={
        <>
          <Table.Th>{t('catalog.fees.name')}</Table.Th>
          <Table.Th ta="right">{t('catalog.fees.price')}</Table.Th>
          <Table.Th ta="right">{t('catalog.fees.vat')}</Table.Th>
        </>
      }
    >
      {shown ? (
        shown.map((fee) => {
          const price = state.price === 'gross' ? fee.unitPriceGross : fee.unitPrice;
          const discount = isNegativeDecimal(fee.unitPrice.amount);
          return (
            <Table.Tr key={fee.id} data-testid="fee-row">
              <Table.Td>
                <Group gap="xs">
                  <Text size="sm" fw={500}>
                    {fee.name}
                  </Text>
                  {discount && (
                    <Badge color="grape" variant="light">
                      {t('catalog.fees.discount')}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td
                ta="right"
                c={discount ? 'grape.8' : undefined}
                style={{ whiteSpace: 'nowrap' }}
              >
                {format.money(price)}
              </Table.Td>
              <Table.Td ta="right">
                {t('catalog.fees.vatRate', { rate: format.decimal(fee.vatRate) })}
              </Table.Td>
            </Table.Tr>
          );
        })
      ) : (
        <TableSkeletonRows columns={3} rows={4} />
      )}
    </CatalogTable>
  );
}
