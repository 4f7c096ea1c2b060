import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { SettingsCustomerFragment } from '../__generated__/graphql.ts';
import { graphql } from '../__generated__/index.ts';
import { type AccountFailure, accountFailure } from '../account/account-failure.ts';
import { BillingFields } from '../account/billing-fields.tsx';
import {
  type BillingValues,
  billingFields,
  billingInputOf,
  billingValuesOf,
} from '../account/billing-values.ts';
import { billingSchema } from '../account/field-rules.ts';
import { focusFirstError } from '../account/focus-first-error.ts';
import { FormAlert } from '../account/form-alert.tsx';
import { mapFailureToForm } from '../account/form-error-mapping.ts';
import { useFailureTranslator } from '../account/use-failure-translator.ts';

const UpdateBillingMutation = graphql(`
  mutation BillingSection_UpdateBilling($input: BillingInput!) {
    updateBilling(input: $input) {
      customer {
        ...SettingsCustomer
      }
      error {
        code
        field
        retryAfterSeconds
      }
    }
  }
`);

const formFields = billingFields.map((field) => `billing.${field}`);

/** The billing details printed on quotes; all optional. */
export function BillingSection({ customer }: { customer: SettingsCustomerFragment }) {
  const { t } = useTranslation();
  const translate = useFailureTranslator();
  const [update] = useMutation(UpdateBillingMutation);
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<AccountFailure>();
  const schema = useMemo(() => z.object({ billing: billingSchema(t) }), [t]);
  const form = useForm<{ billing: BillingValues }>({
    initialValues: { billing: billingValuesOf(customer.billing) },
    validate: zod4Resolver(schema),
    onValuesChange: () => setSaved(false),
  });

  const submit = async ({ billing }: { billing: BillingValues }) => {
    setFailure(undefined);
    const result = await update({ variables: { input: billingInputOf(billing) } });
    const problem = accountFailure(result.data?.updateBilling.error, result.error);
    if (!problem) {
      form.resetDirty();
      setSaved(true);
      return;
    }
    // The API names billing fields without the prefix here (`postalCode`) or with it.
    const aliases = Object.fromEntries(billingFields.map((field) => [field, `billing.${field}`]));
    const mapped = mapFailureToForm(problem, { fields: formFields, aliases }, translate);
    form.setErrors(mapped.fieldErrors);
    focusFirstError(mapped.fieldErrors);
    if (mapped.formError) setFailure(problem);
  };

  return (
    <form onSubmit={form.onSubmit(submit, (errors) => focusFirstError(errors))} noValidate>
      <Stack gap="md">
        {saved && <FormAlert kind="success">{t('settings.saved')}</FormAlert>}
        {failure && (
          <FormAlert kind="error" requestId={failure.requestId}>
            {translate(failure.code, { seconds: failure.retryAfterSeconds })}
          </FormAlert>
        )}
        <BillingFields inputProps={(field) => form.getInputProps(`billing.${field}`)} />
        <Group>
          <Button type="submit" loading={form.submitting} data-testid="billing-save">
            {t('settings.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
