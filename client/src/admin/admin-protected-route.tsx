import { Center, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from '../auth/session-context.tsx';
import { adminSignInPath } from './admin-paths.ts';

/** Admin pages: wait while a stored admin session is renewed; without one, sign in first. */
export function AdminProtectedRoute() {
  const { t } = useTranslation();
  const { status } = useSession();
  const location = useLocation();
  if (status === 'loading') {
    return (
      <Center mih={240} aria-busy="true" data-testid="admin-session-loading">
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
      <Navigate
        to={adminSignInPath(`${location.pathname}${location.search}${location.hash}`)}
        replace
      />
    );
  }
  return <Outlet />;
}
