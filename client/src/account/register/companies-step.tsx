import { useQuery } from '@apollo/client/react';
import { Checkbox, Fieldset, Skeleton, Stack, Switch, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../__generated__/index.ts';
import { fieldError } from '../../apollo/field-error.ts';
import { retryQuery } from '../../apollo/retry-query.ts';
import { SectionErrorAlert } from '../../app/section-error-alert.tsx';
import type { RegisterValues } from './register-values.ts';

const CompaniesQuery = graphql(`
  query CompaniesStep_Companies {
    companies {
      id
      name
    }
  }
`);

/** Step 3: the companies to connect to (the first chosen becomes active) and the emails. */
export function CompaniesStep({ form }: { form: UseFormReturnType<RegisterValues> }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(CompaniesQuery);
  const companies = data?.companies;
  const failure = companies ? undefined : fieldError(error, ['companies']);
  return (
    <Stack gap="lg">
      <Fieldset legend={t('register.companiesLegend')} variant="unstyled">
        <Stack gap="xs">
          <Text size="sm" c="dimmed">
            {t('register.companiesHelp')}
          </Text>
          {failure ? (
            <SectionErrorAlert
              error={failure}
              title={t('companies.errorTitle')}
              onRetry={() => retryQuery(refetch)}
            />
          ) : loading && !companies ? (
            <Stack gap="xs" aria-busy="true">
              <Skeleton height={20} width="50%" />
              <Skeleton height={20} width="40%" />
            </Stack>
          ) : companies && companies.length > 0 ? (
            <Checkbox.Group
              aria-label={t('register.companiesLegend')}
              data-testid="register-companies"
              {...form.getInputProps('companyIds')}
            >
              <Stack gap="xs" mt={4}>
                {companies.map((company) => (
                  <Checkbox
                    key={company.id}
                    value={company.id}
                    label={company.name}
                    data-testid="register-company"
                  />
                ))}
              </Stack>
            </Checkbox.Group>
          ) : (
            <Text size="sm">{t('register.noCompanies')}</Text>
          )}
        </Stack>
      </Fieldset>
      <Fieldset legend={t('notifications.legend')} variant="unstyled">
        <Stack gap="sm">
          <Switch
            label={t('notifications.orderReady')}
            description={t('notifications.orderReadyDescription')}
            data-testid="register-notify-order-ready"
            {...form.getInputProps('notifications.orderReady', { type: 'checkbox' })}
          />
          <Switch
            label={t('notifications.orderStatusChanged')}
            description={t('notifications.orderStatusChangedDescription')}
            data-testid="register-notify-status"
            {...form.getInputProps('notifications.orderStatusChanged', { type: 'checkbox' })}
          />
        </Stack>
      </Fieldset>
    </Stack>
  );
}
