import { PasswordInput, TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';

/** The part of a Mantine form these fields bind to. */
interface CredentialsForm {
  getInputProps(path: 'email' | 'password'): GetInputPropsReturnType;
}

/**
 * The email and password inputs of a sign-in form (customers and admins), with the browser's
 * autofill hints; test ids are `<testIdPrefix>-email` and `<testIdPrefix>-password`.
 */
export function CredentialFields({
  form,
  testIdPrefix,
}: {
  form: CredentialsForm;
  testIdPrefix: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextInput
        label={t('fields.email')}
        type="email"
        autoComplete="username"
        required
        maxLength={254}
        data-testid={`${testIdPrefix}-email`}
        {...form.getInputProps('email')}
      />
      <PasswordInput
        label={t('fields.password')}
        autoComplete="current-password"
        required
        data-testid={`${testIdPrefix}-password`}
        {...form.getInputProps('password')}
      />
    </>
  );
}
