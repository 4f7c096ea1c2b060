import { useMutation } from '@apollo/client/react';
import { Anchor, Button, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { z } from 'zod';
import { graphql } from '../__generated__/index.ts';
import { type AccountFailure, accountFailure } from './account-failure.ts';
import { newPasswordProblem } from './field-rules.ts';
import { focusFirstError } from './focus-first-error.ts';
import { FormAlert } from './form-alert.tsx';
import { mapFailureToForm } from './form-error-mapping.ts';
import { NewPasswordInput } from './new-password-input.tsx';
import { useFailureTranslator } from './use-failure-translator.ts';
import { usePasswordPolicy } from './use-password-policy.ts';

const ResetPasswordMutation = graphql(`
  mutation ResetPasswordPage_Reset($token: String!, $password: String!) {
    resetPassword(token: $token, password: $password) {
      ok
      error {
        code
        field
        retryAfterSeconds
      }
    }
  }
`);

type ResetValues = {
  password: string;
  confirm: string;
};

const LINK_CODES = new Set(['INVALID_TOKEN', 'TOKEN_EXPIRED']);

/** `/reset-password?token=…`, the page of the reset link: a new password, then sign in. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const translate = useFailureTranslator();
  const navigate = useNavigate();
  const token = useSearchParams()[0].get('token') ?? '';
  const policy = usePasswordPolicy();
  const [reset] = useMutation(ResetPasswordMutation);
  const [failure, setFailure] = useState<AccountFailure>();
  const schema = useMemo(
    () =>
      z
        .object({ password: z.string(), confirm: z.string() })
        .superRefine(({ password, confirm }, ctx) => {
          const problem = newPasswordProblem(t, password, '', policy);
          if (problem) ctx.addIssue({ code: 'custom', path: ['password'], message: problem });
          else if (confirm !== password) {
            ctx.addIssue({
              code: 'custom',
              path: ['confirm'],
              message: t('validation.passwordMismatch'),
            });
          }
        }),
    [t, policy],
  );
  const form = useForm<ResetValues>({
    initialValues: { password: '', confirm: '' },
    validate: zod4Resolver(schema),
  });

  const submit = async ({ password }: ResetValues) => {
    setFailure(undefined);
    const result = await reset({ variables: { token, password } });
    const problem = accountFailure(result.data?.resetPassword.error, result.error);
    if (!problem) {
      await navigate('/sign-in', { state: { passwordReset: true } });
      return;
    }
    const mapped = mapFailureToForm(
      problem,
      { fields: ['password'], codeFields: { WEAK_PASSWORD: 'password' } },
      translate,
    );
    if (Object.keys(mapped.fieldErrors).length > 0) {
      form.setErrors(mapped.fieldErrors);
      focusFirstError(mapped.fieldErrors);
    } else {
      setFailure(problem);
    }
  };

  const linkBroken = !token || (failure && LINK_CODES.has(failure.code));

  return (
    <Stack gap="lg" maw={460} mx="auto" py="md">
      <Title order={1}>{t('reset.title')}</Title>
      <Paper withBorder p="xl" radius="md">
        {linkBroken ? (
          <Stack gap="md">
            <FormAlert kind="error" requestId={failure?.requestId} testId="reset-link-failed">
              {failure?.code === 'TOKEN_EXPIRED' ? t('reset.expired') : t('reset.invalid')}
            </FormAlert>
            <Button component={Link} to="/forgot-password" variant="light">
              {t('reset.requestNew')}
            </Button>
          </Stack>
        ) : (
          <form onSubmit={form.onSubmit(submit, (errors) => focusFirstError(errors))} noValidate>
            <Stack gap="md">
              <Text size="sm" c="dimmed">
                {t('reset.intro')}
              </Text>
              {failure && (
                <FormAlert kind="error" requestId={failure.requestId}>
                  {translate(failure.code, { seconds: failure.retryAfterSeconds })}
                </FormAlert>
              )}
              <NewPasswordInput
                label={t('fields.newPassword')}
                inputProps={form.getInputProps('password')}
                email=""
                policy={policy}
                testId="reset-password"
              />
              <PasswordInput
                label={t('fields.confirmPassword')}
                autoComplete="new-password"
                required
                data-testid="reset-confirm"
                {...form.getInputProps('confirm')}
              />
              <Button type="submit" loading={form.submitting} data-testid="reset-submit">
                {t('reset.submit')}
              </Button>
            </Stack>
          </form>
        )}
      </Paper>
      <Text size="sm" ta="center">
        <Anchor component={Link} to="/sign-in">
          {t('forgot.back')}
        </Anchor>
      </Text>
    </Stack>
  );
}
