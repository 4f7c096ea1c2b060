import { Center, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { signInPath } from './next-path.ts';
import { useSession } from './session-context.tsx';

/**
 * Pages for signed-in customers only: while a stored session is renewed they wait; a visitor
 * without a session goes to sign in and comes back here afterwards.
 */
export function ProtectedRoute() {
  const { t } = useTranslation();
  const { status } = useSession();
  const location = useLocation();
  if (status === 'loading') {
    return (
      <Center mih={240} aria-busy="true" data-testid="session-loading">
        <Stack align="center" gap="xs">
          <Loader aria-hidden />
          <Text role="status" c="dimmed" size="sm">
            {t('auth.restoring')}
          </Text>
        </Stack>
      </Center>
    );
  }
  if (status === 'signed-out') {
    return (
      <Navigate to={signInPath(`${location.pathname}${location.search}${location.hash}`)} replace />
    );
  }
  return <Outlet />;
}
