import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { IconMailCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ResendVerification } from '../resend-verification.tsx';

/** After registering: the verification email is on its way. */
export function CheckEmailPage() {
  const { t } = useTranslation();
  const state: unknown = useLocation().state;
  const email =
    typeof state === 'object' &&
    state !== null &&
    'email' in state &&
    typeof state.email === 'string'
      ? state.email
      : undefined;
  return (
    <Stack gap="lg" maw={560} mx="auto" py="md" data-testid="check-email">
      <Paper withBorder p="xl" radius="md">
        <Stack gap="md">
          <IconMailCheck size={40} aria-hidden />
          <Title order={1}>{t('checkEmail.title')}</Title>
          <Text>{email ? t('checkEmail.text', { email }) : t('checkEmail.textWithoutEmail')}</Text>
          <Text size="sm" c="dimmed">
            {t('checkEmail.spam')}
          </Text>
          <ResendVerification email={email} />
          <Text size="sm">
            <Anchor component={Link} to="/sign-in">
              {t('checkEmail.toSignIn')}
            </Anchor>
          </Text>
        </Stack>
      </Paper>
    </Stack>
  );
}
