import { useMutation } from '@apollo/client/react';
import { Anchor, Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import { graphql } from '../__generated__/index.ts';
import { type AccountFailure, accountFailure } from './account-failure.ts';
import { accountFieldRules } from './field-rules.ts';
import { focusFirstError } from './focus-first-error.ts';
import { FormAlert } from './form-alert.tsx';
import { useFailureTranslator } from './use-failure-translator.ts';

const RequestResetMutation = graphql(`
  mutation ForgotPasswordPage_RequestReset($email: String!) {
    requestPasswordReset(email: $email) {
      ok
      error {
        code
        field
        retryAfterSeconds
      }
    }
  }
`);

/**
 * `/forgot-password`: asks for a reset link. The answer is the same whether or not the
 * address has an account, so the page reveals nothing about accounts either.
 */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const translate = useFailureTranslator();
  const [requestReset] = useMutation(RequestResetMutation);
  const [sentTo, setSentTo] = useState<string>();
  const [failure, setFailure] = useState<AccountFailure>();
  const schema = useMemo(() => z.object({ email: accountFieldRules(t).email }), [t]);
  const form = useForm({ initialValues: { email: '' }, validate: zod4Resolver(schema) });

  const submit = async ({ email }: { email: string }) => {
    setFailure(undefined);
    const result = await requestReset({ variables: { email: email.trim() } });
    const problem = accountFailure(result.data?.requestPasswordReset.error, result.error);
    if (problem) setFailure(problem);
    else setSentTo(email.trim());
  };

  return (
    <Stack gap="lg" maw={460} mx="auto" py="md">
      <Title order={1}>{t('forgot.title')}</Title>
      <Paper withBorder p="xl" radius="md">
        {sentTo ? (
          <FormAlert kind="success" title={t('forgot.sentTitle')} testId="forgot-sent">
            {t('forgot.sentText', { email: sentTo })}
          </FormAlert>
        ) : (
          <form onSubmit={form.onSubmit(submit, (errors) => focusFirstError(errors))} noValidate>
            <Stack gap="md">
              <Text size="sm" c="dimmed">
                {t('forgot.intro')}
              </Text>
              {failure && (
                <FormAlert kind="error" requestId={failure.requestId}>
                  {translate(failure.code, { seconds: failure.retryAfterSeconds })}
                </FormAlert>
              )}
              <TextInput
                label={t('fields.email')}
                type="email"
                autoComplete="email"
                required
                data-testid="forgot-email"
                {...form.getInputProps('email')}
              />
              <Button type="submit" loading={form.submitting} data-testid="forgot-submit">
                {t('forgot.submit')}
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
