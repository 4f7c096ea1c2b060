import { useMutation } from '@apollo/client/react';
import { Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { graphql } from '../__generated__/index.ts';
import { type AccountFailure, accountFailure } from '../account/account-failure.ts';
import { newPasswordProblem } from '../account/field-rules.ts';
import { focusFirstError } from '../account/focus-first-error.ts';
import { FormAlert } from '../account/form-alert.tsx';
import { mapFailureToForm } from '../account/form-error-mapping.ts';
import { NewPasswordInput } from '../account/new-password-input.tsx';
import { useFailureTranslator } from '../account/use-failure-translator.ts';
import { usePasswordPolicy } from '../account/use-password-policy.ts';

const ChangePasswordMutation = graphql(`
  mutation PasswordSection_ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      ok
      error {
        code
        field
        retryAfterSeconds
      }
    }
  }
`);

type PasswordValues = {
  currentPassword: string;
  newPassword: string;
  confirm: string;
};

const emptyValues: PasswordValues = { currentPassword: '', newPassword: '', confirm: '' };

/** A new password, with the current one to prove it is the customer. */
export function PasswordSection({ email }: { email: string }) {
  const { t } = useTranslation();
  const translate = useFailureTranslator();
  const policy = usePasswordPolicy();
  const [change] = useMutation(ChangePasswordMutation);
  const [changed, setChanged] = useState(false);
  const [failure, setFailure] = useState<AccountFailure>();
  const schema = useMemo(
    () =>
      z
        .object({
          currentPassword: z.string().min(1, t('validation.required')),
          newPassword: z.string(),
          confirm: z.string(),
        })
        .superRefine(({ newPassword, confirm }, ctx) => {
          const problem = newPasswordProblem(t, newPassword, email, policy);
          if (problem) ctx.addIssue({ code: 'custom', path: ['newPassword'], message: problem });
          else if (confirm !== newPassword) {
            ctx.addIssue({
              code: 'custom',
              path: ['confirm'],
              message: t('validation.passwordMismatch'),
            });
          }
        }),
    [t, policy, email],
  );
  const form = useForm<PasswordValues>({
    initialValues: emptyValues,
    validate: zod4Resolver(schema),
    onValuesChange: () => setChanged(false),
  });

  const submit = async ({ currentPassword, newPassword }: PasswordValues) => {
    setFailure(undefined);
    const result = await change({ variables: { currentPassword, newPassword } });
    const problem = accountFailure(result.data?.changePassword.error, result.error);
    if (!problem) {
      form.setValues(emptyValues);
      form.resetDirty(emptyValues);
      setChanged(true);
      return;
    }
    const mapped = mapFailureToForm(
      problem,
      {
        fields: ['currentPassword', 'newPassword'],
        aliases: { password: 'newPassword' },
        codeFields: { WRONG_PASSWORD: 'currentPassword', WEAK_PASSWORD: 'newPassword' },
      },
      translate,
    );
    form.setErrors(mapped.fieldErrors);
    focusFirstError(mapped.fieldErrors);
    if (mapped.formError) setFailure(problem);
  };

  return (
    <form onSubmit={form.onSubmit(submit, (errors) => focusFirstError(errors))} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('settings.password.intro')}
        </Text>
        {changed && (
          <FormAlert kind="success" testId="password-changed">
            {t('settings.password.changed')}
          </FormAlert>
        )}
        {failure && (
          <FormAlert kind="error" requestId={failure.requestId}>
            {translate(failure.code, { seconds: failure.retryAfterSeconds })}
          </FormAlert>
        )}
        <PasswordInput
          label={t('fields.currentPassword')}
          autoComplete="current-password"
          required
          data-testid="password-current"
          {...form.getInputProps('currentPassword')}
        />
        <NewPasswordInput
          label={t('fields.newPassword')}
          inputProps={form.getInputProps('newPassword')}
          email={email}
          policy={policy}
          testId="password-new"
        />
        <PasswordInput
          label={t('fields.confirmPassword')}
          autoComplete="new-password"
          required
          data-testid="password-confirm"
          {...form.getInputProps('confirm')}
        />
        <Group>
          <Button type="submit" loading={form.submitting} data-testid="password-save">
            {t('settings.password.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
