import { useMutation } from '@apollo/client/react';
import { Button, Center, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../__generated__/index.ts';
import { type AccountFailure, accountFailure } from './account-failure.ts';
import { FormAlert } from './form-alert.tsx';
import { ResendVerification } from './resend-verification.tsx';

const VerifyEmailMutation = graphql(`
  mutation VerifyEmailPage_Verify($token: String!) {
    verifyEmail(token: $token) {
      ok
      email
      error {
        code
        message
      }
    }
  }
`);

type Outcome =
  | { kind: 'verified'; email?: string | undefined }
  | { kind: 'failed'; failure: AccountFailure };

/** `/verify-email?token=…`, the page of the verification link. */
export function VerifyEmailPage() {
  const { t } = useTranslation();
  const token = useSearchParams()[0].get('token') ?? '';
  const [verify] = useMutation(VerifyEmailMutation);
  const [outcome, setOutcome] = useState<Outcome>();
  // The token works once: the second effect run of development's StrictMode must not use it.
  const tried = useRef<string>(undefined);

  useEffect(() => {
    if (!token || tried.current === token) return;
    tried.current = token;
    void verify({ variables: { token } }).then((result) => {
      const problem = accountFailure(result.data?.verifyEmail.error, result.error);
      if (problem) setOutcome({ kind: 'failed', failure: problem });
      else setOutcome({ kind: 'verified', email: result.data?.verifyEmail.email ?? undefined });
    });
  }, [token, verify]);

  const failedCode = !token
    ? 'MISSING'
    : outcome?.kind === 'failed'
      ? outcome.failure.code
      : undefined;

  return (
    <Stack gap="lg" maw={560} mx="auto" py="md">
      <Paper withBorder p="xl" radius="md">
        <Stack gap="md">
          <Title order={1}>{t('verify.title')}</Title>
          {failedCode ? (
            <>
              <FormAlert
                kind={failedCode === 'ALREADY_VERIFIED' ? 'info' : 'error'}
                title={t('verify.failedTitle')}
                requestId={outcome?.kind === 'failed' ? outcome.failure.requestId : undefined}
                testId="verify-failed"
              >
                {verifyFailureText(t, failedCode)}
              </FormAlert>
              {failedCode === 'ALREADY_VERIFIED' ? (
                <Group>
                  <Button component={Link} to="/sign-in">
                    {t('verify.signIn')}
                  </Button>
                </Group>
              ) : (
                <Stack gap="xs">
                  <Text fw={500}>{t('verify.resendTitle')}</Text>
                  <ResendVerification />
                </Stack>
              )}
            </>
          ) : outcome?.kind === 'verified' ? (
            <>
              <FormAlert kind="success" title={t('verify.successTitle')} testId="verify-success">
                {outcome.email
                  ? t('verify.successText', { email: outcome.email })
                  : t('verify.successTextWithoutEmail')}
              </FormAlert>
              <Group>
                <Button component={Link} to="/sign-in" data-testid="verify-sign-in">
                  {t('verify.signIn')}
                </Button>
              </Group>
            </>
          ) : (
            <Center py="lg" aria-busy="true">
              <Group gap="sm">
                <Loader size="sm" aria-hidden />
                <Text role="status">{t('verify.verifying')}</Text>
              </Group>
            </Center>
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}

function verifyFailureText(t: TFunction, code: string): string {
  switch (code) {
    case 'MISSING':
      return t('verify.missingToken');
    case 'TOKEN_EXPIRED':
      return t('verify.expiredToken');
    case 'INVALID_TOKEN':
      return t('verify.invalidToken');
    case 'ALREADY_VERIFIED':
      return t('verify.alreadyVerified');
    case 'NETWORK':
      return t('accountErrors.NETWORK');
    default:
      return t('verify.invalidToken');
  }
}
