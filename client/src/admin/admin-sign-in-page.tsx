import { useMutation } from '@apollo/client/react';
import { Button, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconShieldLock } from '@tabler/icons-react';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { z } from 'zod';
import { graphql } from '../__generated__/index.ts';
import { type AccountFailure, accountFailure } from '../account/account-failure.ts';
import { CredentialFields } from '../account/credential-fields.tsx';
import { accountFieldRules } from '../account/field-rules.ts';
import { focusFirstError } from '../account/focus-first-error.ts';
import { FormAlert } from '../account/form-alert.tsx';
import { mapFailureToForm } from '../account/form-error-mapping.ts';
import { useCountdown } from '../account/use-countdown.ts';
import { useFailureTranslator } from '../account/use-failure-translator.ts';
import { useSession, useSessionManager } from '../auth/session-context.tsx';
import { LanguageSwitch } from '../i18n/language-switch.tsx';
import { safeAdminNextPath } from './admin-paths.ts';

const AdminSignInMutation = graphql(`
  mutation AdminSignInPage_SignIn($email: String!, $password: String!) {
    adminSignIn(email: $email, password: $password) {
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

type Values = { email: string; password: string };

const WAIT_CODES = new Set(['LOCKED_OUT', 'RATE_LIMITED']);

/**
 * `/admin/sign-in?next=…`: an admin or support member signs in. The session is kept in this
 * tab only (sessionStorage, renewed like a customer's) and apart from any customer session.
 */
export function AdminSignInPage() {
  const { t } = useTranslation();
  const translate = useFailureTranslator();
  const session = useSession();
  const manager = useSessionManager();
  const [params] = useSearchParams();
  const next = safeAdminNextPath(params.get('next'));
  const [signIn] = useMutation(AdminSignInMutation);
  const [failure, setFailure] = useState<AccountFailure & { until?: number }>();
  const secondsLeft = useCountdown(failure?.until);
  const schema = useMemo(() => {
    const rules = accountFieldRules(t);
    return z.object({ email: rules.email, password: rules.password });
  }, [t]);
  const form = useForm<Values>({
    initialValues: { email: '', password: '' },
    validate: zod4Resolver(schema),
  });

  if (session.status === 'signed-in') return <Navigate to={next} replace />;

  const submit = async ({ email, password }: Values) => {
    setFailure(undefined);
    const result = await signIn({ variables: { email: email.trim(), password } });
    const signedIn = result.data?.adminSignIn.session;
    if (signedIn) {
      manager.signedIn(signedIn, false);
      return;
    }
    const problem = accountFailure(result.data?.adminSignIn.error, result.error) ?? {
      code: 'UNKNOWN',
    };
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
    if (problem.code === 'INVALID_CREDENTIALS') form.setFieldValue('password', '');
  };

  const waiting = failure !== undefined && WAIT_CODES.has(failure.code) && secondsLeft > 0;
  const reason = session.reason;

  return (
    <Center mih="100vh" p="md">
      <Stack gap="lg" w="100%" maw={420}>
        <Group justify="space-between">
          <Group gap="xs">
            <IconShieldLock size={26} aria-hidden />
            <Title order={1} size="h2">
              {t('admin.signIn.title')}
            </Title>
          </Group>
          <LanguageSwitch />
        </Group>
        {reason && reason !== 'signed-out' && (
          <FormAlert kind="info" testId="admin-sign-in-reason">
            {t(`signIn.reasons.${reason}`)}
          </FormAlert>
        )}
        <Paper withBorder p="xl" radius="md">
          <form onSubmit={form.onSubmit(submit, (errors) => focusFirstError(errors))} noValidate>
            <Stack gap="md">
              {failure && (
                <FormAlert kind="error" requestId={failure.requestId} testId="admin-sign-in-error">
                  <Text size="sm">
                    {translate(failure.code, { seconds: waiting ? secondsLeft : undefined })}
                  </Text>
                </FormAlert>
              )}
              <CredentialFields form={form} testIdPrefix="admin-sign-in" />
              <Button
                type="submit"
                loading={form.submitting}
                disabled={waiting}
                data-testid="admin-sign-in-submit"
              >
                {t('admin.signIn.submit')}
              </Button>
            </Stack>
          </form>
        </Paper>
        <Text size="sm" c="dimmed" ta="center">
          {t('admin.signIn.hint')}
        </Text>
      </Stack>
    </Center>
  );
}
