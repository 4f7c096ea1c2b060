import { Input, SegmentedControl } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PriceMode } from './catalog-url-state.ts';

interface PriceModeSwitchProps {
  value: PriceMode;
  onChange: (mode: PriceMode) => void;
}

/** Net or gross prices, for every tab of the catalog. */
export function PriceModeSwitch({ value, onChange }: PriceModeSwitchProps) {
  const { t } = useTranslation();
  const labelId = useId();
  return (
    <Input.Wrapper label={t('catalog.price.label')} labelElement="div" id={labelId}>
      <SegmentedControl<PriceMode>
        aria-labelledby={`${labelId}-label`}
        value={value}
        onChange={onChange}
        data={[
          { value: 'net', label: t('catalog.price.net') },
          { value: 'gross', label: t('catalog.price.gross') },
        ]}
        display="flex"
      />
    </Input.Wrapper>
  );
}
