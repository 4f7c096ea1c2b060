import { useMutation } from '@apollo/client/react';
import { Button, Group, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { Locale, SettingsCustomerFragment } from '../__generated__/graphql.ts';
import { graphql } from '../__generated__/index.ts';
import { type AccountFailure, accountFailure } from '../account/account-failure.ts';
import { accountFieldRules } from '../account/field-rules.ts';
import { focusFirstError } from '../account/focus-first-error.ts';
import { FormAlert } from '../account/form-alert.tsx';
import { mapFailureToForm } from '../account/form-error-mapping.ts';
import { useFailureTranslator } from '../account/use-failure-translator.ts';

const UpdateProfileMutation = graphql(`
  mutation ProfileSection_UpdateProfile($input: ProfileInput!) {
    updateProfile(input: $input) {
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

type ProfileValues = {
  name: string;
  mobile: string;
  locale: Locale;
};

/** Name, mobile number and the language of emails; the email address is shown, not changed. */
export function ProfileSection({ customer }: { customer: SettingsCustomerFragment }) {
  const { t } = useTranslation();
  const translate = useFailureTranslator();
  const [update] = useMutation(UpdateProfileMutation);
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<AccountFailure>();
  const schema = useMemo(() => {
    const rules = accountFieldRules(t);
    return z.object({ name: rules.name, mobile: rules.mobile });
  }, [t]);
  const form = useForm<ProfileValues>({
    initialValues: { name: customer.name, mobile: customer.mobile ?? '', locale: customer.locale },
    validate: zod4Resolver(schema),
    onValuesChange: () => setSaved(false),
  });

  const submit = async (values: ProfileValues) => {
    setFailure(undefined);
    const result = await update({
      variables: {
        input: { name: values.name.trim(), mobile: values.mobile.trim(), locale: values.locale },
      },
    });
    const problem = accountFailure(result.data?.updateProfile.error, result.error);
    if (!problem) {
      form.resetDirty();
      setSaved(true);
      return;
    }
    const mapped = mapFailureToForm(problem, { fields: ['name', 'mobile'] }, translate);
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
        <TextInput
          label={t('fields.email')}
          value={customer.email}
          readOnly
          description={t('settings.profile.emailFixed')}
        />
        <TextInput
          label={t('fields.name')}
          autoComplete="name"
          required
          maxLength={200}
          data-testid="profile-name"
          {...form.getInputProps('name')}
        />
        <TextInput
          label={t('fields.mobile')}
          type="tel"
          autoComplete="tel"
          placeholder={t('fields.mobilePlaceholder')}
          maxLength={40}
          data-testid="profile-mobile"
          {...form.getInputProps('mobile')}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="profile-locale-label">
            {t('settings.profile.locale')}
          </Text>
          <SegmentedControl<Locale>
            aria-labelledby="profile-locale-label"
            data={[
              { value: 'HU', label: t('language.hu') },
              { value: 'EN', label: t('language.en') },
            ]}
            w="fit-content"
            {...form.getInputProps('locale')}
          />
          <Text size="xs" c="dimmed">
            {t('settings.profile.localeHelp')}
          </Text>
        </Stack>
        <Group>
          <Button type="submit" loading={form.submitting} data-testid="profile-save">
            {t('settings.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
