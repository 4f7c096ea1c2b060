import { useMutation } from '@apollo/client/react';
import { Anchor, Button, Checkbox, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useSearchParams } from 'react-router';
import { z } from 'zod';
import { graphql } from '../__generated__/index.ts';
import { safeNextPath } from '../auth/next-path.ts';
import { useSession, useSessionManager } from '../auth/session-context.tsx';
import { type AccountFailure, accountFailure } from './account-failure.ts';
import { CredentialFields } from './credential-fields.tsx';
import { accountFieldRules } from './field-rules.ts';
import { focusFirstError } from './focus-first-error.ts';
import { FormAlert } from './form-alert.tsx';
import { mapFailureToForm } from './form-error-mapping.ts';
import { ResendVerification } from './resend-verification.tsx';
import { useCountdown } from './use-countdown.ts';
import { useFailureTranslator } from './use-failure-translator.ts';

const SignInMutation = graphql(`
  mutation SignInPage_SignIn($email: String!, $password: String!, $rememberMe: Boolean) {
    signIn(email: $email, password: $password, rememberMe: $rememberMe) {
      session {
        id
        accessToken
        accessTokenExpiresAt
        refreshToken
        refreshTokenExpiresAt
      }
      error {
        code
        message
        field
        retryAfterSeconds
      }
    }
  }
`);

type SignInValues = {
  email: string;
  password: string;
  remember: boolean;
};

/** Codes that make the customer wait; the submit button waits with them. */
const WAIT_CODES = new Set(['LOCKED_OUT', 'RATE_LIMITED']);

/** `/sign-in?next=…`: email, password and "remember me"; back to `next` afterwards. */
export function SignInPage() {
  const { t } = useTranslation();
  const translate = useFailureTranslator();
  const session = useSession();
  const manager = useSessionManager();
  const [params] = useSearchParams();
  const notice: unknown = useLocation().state;
  const next = safeNextPath(params.get('next'));
  const [signIn] = useMutation(SignInMutation);
  const [failure, setFailure] = useState<AccountFailure & { until?: number }>();
  const secondsLeft = useCountdown(failure?.until);
  const schema = useMemo(() => {
    const rules = accountFieldRules(t);
    return z.object({ email: rules.email, password: rules.password });
  }, [t]);
  const form = useForm<SignInValues>({
    initialValues: { email: params.get('email') ?? '', password: '', remember: false },
    validate: zod4Resolver(schema),
  });

  if (session.status === 'signed-in') return <Navigate to={next} replace />;

  const submit = async ({ email, password, remember }: SignInValues) => {
    setFailure(undefined);
    const result = await signIn({
      variables: { email: email.trim(), password, rememberMe: remember },
    });
    const signedIn = result.data?.signIn.session;
    if (signedIn) {
      // The page follows the session state to `next`.
      manager.signedIn(signedIn, remember);
      return;
    }
    const problem = accountFailure(result.data?.signIn.error, result.error) ?? { code: 'UNKNOWN' };
    const mapped = mapFailureToForm(problem, { fields: ['email', 'password'] }, translate);
    if (Object.keys(mapped.fieldErrors).length > 0) {
      form.setErrors(mapped.fieldErrors);
      focusFirstError(mapped.fieldErrors);
      return;
    }
    setFailure({
      ...problem,
      ...(problem.retryAfterSeconds
        ? { until: Date.now() + problem.retryAfterSeconds * 1000 }
        : {}),
    });
    // A wrong password is typed again from scratch.
    if (problem.code === 'INVALID_CREDENTIALS') form.setFieldValue('password', '');
  };

  const waiting = failure !== undefined && WAIT_CODES.has(failure.code) && secondsLeft > 0;
  const reason = session.reason;
  const passwordChanged =
    typeof notice === 'object' && notice !== null && 'passwordReset' in notice;

  return (
    <Stack gap="lg" maw={460} mx="auto" py="md">
      <Title order={1}>{t('signIn.title')}</Title>
      {reason && reason !== 'signed-out' && (
        <FormAlert kind="info" testId="sign-in-reason">
          {t(`signIn.reasons.${reason}`)}
        </FormAlert>
      )}
      {passwordChanged && (
        <FormAlert kind="success" testId="sign-in-password-reset">
          {t('signIn.passwordReset')}
        </FormAlert>
      )}
      <Paper withBorder p="xl" radius="md">
        <form onSubmit={form.onSubmit(submit, (errors) => focusFirstError(errors))} noValidate>
          <Stack gap="md">
            {failure && (
              <FormAlert kind="error" requestId={failure.requestId} testId="sign-in-error">
                <Stack gap="sm">
                  <Text size="sm" data-testid="sign-in-error-text">
                    {translate(failure.code, { seconds: waiting ? secondsLeft : undefined })}
                  </Text>
                  {failure.code === 'EMAIL_NOT_VERIFIED' && (
                    <ResendVerification email={form.values.email.trim()} />
                  )}
                </Stack>
              </FormAlert>
            )}
            <CredentialFields form={form} testIdPrefix="sign-in" />
            <Group justify="space-between">
              <Checkbox
                label={t('signIn.remember')}
                data-testid="sign-in-remember"
                {...form.getInputProps('remember', { type: 'checkbox' })}
              />
              <Anchor component={Link} to="/forgot-password" size="sm" data-testid="sign-in-forgot">
                {t('signIn.forgot')}
              </Anchor>
            </Group>
            <Button
              type="submit"
              loading={form.submitting}
              disabled={waiting}
              data-testid="sign-in-submit"
            >
              {t('signIn.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
      <Text size="sm" ta="center">
        {t('signIn.noAccount')}{' '}
        <Anchor component={Link} to="/register">
          {t('signIn.register')}
        </Anchor>
      </Text>
    </Stack>
  );
}
