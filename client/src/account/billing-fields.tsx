import { Grid, TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { BillingValues } from './billing-values.ts';

interface BillingFieldsProps {
  inputProps: (field: keyof BillingValues) => GetInputPropsReturnType;
}

/** The billing detail fields, all optional; used at registration and in the settings. */
export function BillingFields({ inputProps }: BillingFieldsProps) {
  const { t } = useTranslation();
  const field = (name: keyof BillingValues, autoComplete: string, maxLength: number) => ({
    label: t(`billing.${name}`),
    autoComplete,
    maxLength,
    'data-testid': `billing-${name}`,
    ...inputProps(name),
  });
  return (
    <Grid>
      <Grid.Col span={12}>
        <TextInput {...field('name', 'billing organization', 200)} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TextInput {...field('country', 'billing country-name', 100)} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TextInput {...field('postalCode', 'billing postal-code', 20)} />
      </Grid.Col>
      <Grid.Col span={12}>
        <TextInput {...field('city', 'billing address-level2', 200)} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 8 }}>
        <TextInput {...field('street', 'billing address-line1', 200)} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 4 }}>
        <TextInput {...field('houseNumber', 'billing address-line2', 50)} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TextInput
          {...field('taxNumber', 'off', 50)}
          placeholder={t('billing.taxNumberPlaceholder')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TextInput
          {...field('companyRegistrationNumber', 'off', 50)}
          placeholder={t('billing.companyRegistrationNumberPlaceholder')}
        />
      </Grid.Col>
    </Grid>
  );
}
