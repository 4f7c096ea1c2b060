import { skipToken, useQuery } from '@apollo/client/react';
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql } from '../__generated__/index.ts';
import { useFormatters } from '../format/use-formatters.ts';
import { CatalogPicker } from '../quotes/builder/catalog-picker.tsx';

const FeeOptionsQuery = graphql(`
  query Compare_FeeOptions($companyId: ID!) {
    company(id: $companyId) {
      id
      fees {
        id
        name
        unitPrice {
          amount
          currency
        }
      }
    }
  }
`);

/** The kinds of `ComparisonMissing.kind`. */
export type MissingKind = 'MATERIAL' | 'EDGE_BANDING' | 'ACCESSORY' | 'FEE';

export interface SubstitutePickerProps {
  kind: MissingKind;
  companyId: string;
  companyName: string;
  /** The missing item's name at the source company. */
  sourceName: string;
  onPick: (targetId: string, label: string) => void;
  disabled?: boolean;
  testId?: string;
}

/**
 * Picks a substitute for an item a company lacks, from that company's catalog: the quote
 * builder's keyboard-first search picker for boards, edge bandings and accessories, a select of
 * the company's fee types for a fee.
 */
export function SubstitutePicker(props: SubstitutePickerProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const ariaLabel = t('compare.substitute.label', {
    item: props.sourceName,
    company: props.companyName,
  });
  const fees = useQuery(
    FeeOptionsQuery,
    props.kind === 'FEE' ? { variables: { companyId: props.companyId } } : skipToken,
  );
  if (props.kind === 'FEE') {
    return (
      <Select
        size="xs"
        aria-label={ariaLabel}
        placeholder={
          fees.loading
            ? t('compare.loading')
            : fees.error
              ? t('compare.substitute.failed')
              : t('compare.substitute.placeholder')
        }
        data={(fees.data?.company?.fees ?? []).map((fee) => ({
          value: fee.id,
          label: `${fee.name} (${format.money(fee.unitPrice)})`,
        }))}
        value={null}
        searchable
        nothingFoundMessage={t('compare.substitute.empty')}
        disabled={props.disabled}
        data-testid={props.testId}
        onChange={(value, option) => {
          if (value) props.onPick(value, option?.label ?? value);
        }}
      />
    );
  }
  return (
    <CatalogPicker
      kind={
        props.kind === 'MATERIAL'
          ? 'material'
          : props.kind === 'EDGE_BANDING'
            ? 'edgeBanding'
            : 'accessory'
      }
      companyId={props.companyId}
      value={null}
      valueLabel={undefined}
      onChange={(id, label) => {
        if (id) props.onPick(id, label ?? id);
      }}
      ariaLabel={ariaLabel}
      placeholder={t('compare.substitute.placeholder')}
      readOnly={props.disabled}
      {...(props.testId ? { testId: props.testId } : {})}
    />
  );
}
