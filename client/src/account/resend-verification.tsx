import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { graphql } from '../__generated__/index.ts';
import { type AccountFailure, accountFailure } from './account-failure.ts';
import { accountFieldRules } from './field-rules.ts';
import { FormAlert } from './form-alert.tsx';
import { useFailureTranslator } from './use-failure-translator.ts';

const ResendVerificationMutation = graphql(`
  mutation ResendVerification_Resend($email: String!) {
    resendVerification(email: $email) {
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
 * "Send the verification email again", for the address given or one the customer types.
 * The API answers the same whether or not the address has an account, and so does this.
 */
export function ResendVerification({ email: knownEmail }: { email?: string | undefined }) {
  const { t } = useTranslation();
  const translate = useFailureTranslator();
  const [resend] = useMutation(ResendVerificationMutation);
  const [sent, setSent] = useState(false);
  const [failure, setFailure] = useState<AccountFailure>();
  const schema = useMemo(() => z.object({ email: accountFieldRules(t).email }), [t]);
  const form = useForm({
    initialValues: { email: knownEmail ?? '' },
    validate: zod4Resolver(schema),
  });

  const submit = form.onSubmit(async ({ email }) => {
    setFailure(undefined);
    const result = await resend({ variables: { email: email.trim() } });
    const problem = accountFailure(result.data?.resendVerification.error, result.error);
    if (problem) setFailure(problem);
    else setSent(true);
  });

  if (sent) {
    return (
      <FormAlert kind="success" testId="resend-sent">
        {t('resend.sent')}
      </FormAlert>
    );
  }
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {failure && (
          <FormAlert kind="error" requestId={failure.requestId}>
            {translate(failure.code, { seconds: failure.retryAfterSeconds })}
          </FormAlert>
        )}
        {knownEmail ? null : (
          <TextInput
            label={t('fields.email')}
            type="email"
            autoComplete="email"
            data-testid="resend-email"
            {...form.getInputProps('email')}
          />
        )}
        <Group>
          <Button
            type="submit"
            variant="light"
            loading={form.submitting}
            data-testid="resend-verification"
          >
            {t('resend.button')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
