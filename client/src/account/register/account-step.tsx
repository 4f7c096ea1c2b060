import { Stack, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { NewPasswordInput } from '../new-password-input.tsx';
import type { PasswordPolicy } from '../password-policy.ts';
import type { RegisterValues } from './register-values.ts';

/** Step 1: who the customer is and how they sign in. */
export function AccountStep({
  form,
  policy,
}: {
  form: UseFormReturnType<RegisterValues>;
  policy: PasswordPolicy;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <TextInput
        label={t('fields.name')}
        autoComplete="name"
        required
        maxLength={200}
        data-testid="register-name"
        {...form.getInputProps('name')}
      />
      <TextInput
        label={t('fields.email')}
        type="email"
        autoComplete="email"
        required
        maxLength={254}
        data-testid="register-email"
        {...form.getInputProps('email')}
      />
      <TextInput
        label={t('fields.mobile')}
        type="tel"
        autoComplete="tel"
        placeholder={t('fields.mobilePlaceholder')}
        maxLength={40}
        data-testid="register-mobile"
        {...form.getInputProps('mobile')}
      />
      <NewPasswordInput
        label={t('fields.password')}
        inputProps={form.getInputProps('password')}
        email={form.values.email}
        policy={policy}
        testId="register-password"
      />
    </Stack>
  );
}
