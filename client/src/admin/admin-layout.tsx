import type { ErrorLike } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useQuery } from '@apollo/client/react';
import {
  Alert,
  AppShell,
  Badge,
  Burger,
  Button,
  Center,
  Group,
  Loader,
  NavLink as MantineNavLink,
  Stack,
  Text,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconBuildingFactory2,
  IconExternalLink,
  IconGauge,
  IconHeartbeat,
  IconListDetails,
  IconLogout,
  IconMail,
  IconSettings,
  IconShieldLock,
  IconTruckDelivery,
  IconUsers,
} from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { graphql } from '../__generated__/index.ts';
import { MAIN_CONTENT_ID } from '../app/app-layout.tsx';
import { useSessionManager } from '../auth/session-context.tsx';
import { LanguageSwitch } from '../i18n/language-switch.tsx';
import { AdminProvider } from './admin-context.tsx';

const AdminMeQuery = graphql(`
  query AdminLayout_Me {
    admin {
      me {
        id
        email
        name
        role
      }
    }
  }
`);

/** Where the gateway serves the GraphQL explorer (a new tab). */
export const EXPLORER_URL = '/explorer';

const NAV = [
  { to: 'dashboard', key: 'dashboard', Icon: IconGauge },
  { to: 'companies', key: 'companies', Icon: IconBuildingFactory2 },
  { to: 'customers', key: 'customers', Icon: IconUsers },
  { to: 'system', key: 'system', Icon: IconHeartbeat },
  { to: 'deliveries', key: 'deliveries', Icon: IconTruckDelivery },
  { to: 'mail', key: 'mail', Icon: IconMail },
  { to: 'audit', key: 'audit', Icon: IconListDetails },
  { to: 'settings', key: 'settings', Icon: IconSettings },
] as const;

/** The admin UI's shell: navigation, the signed-in admin and their role, sign out, language. */
export function AdminLayout() {
  const { t } = useTranslation();
  const manager = useSessionManager();
  const [opened, { toggle, close }] = useDisclosure();
  const { data, loading, error, refetch } = useQuery(AdminMeQuery, {
    fetchPolicy: 'network-only',
  });
  const me = data?.admin?.me;
  // A token the API no longer takes for an admin's (disabled admin, revoked session); a failed
  // request (network) keeps the session and offers a retry.
  const refused = !loading && !me && isRefusal(error);
  useEffect(() => {
    if (refused) manager.endLocally('expired');
  }, [refused, manager]);

  if (!me) {
    return (
      <Center mih={240} aria-busy="true">
        {loading || refused ? (
          <Loader aria-hidden />
        ) : (
          <Alert color="red" data-testid="admin-load-failed">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t('admin.layout.loadFailed')}</Text>
              <Button size="xs" variant="light" onClick={() => void refetch()}>
                {t('common.retry')}
              </Button>
            </Stack>
          </Alert>
        )}
      </Center>
    );
  }

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('admin.layout.menu')}
            />
            <IconShieldLock size={22} aria-hidden />
            <Text fw={700} size="lg">
              {t('admin.layout.title')}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Stack gap={0} align="flex-end" visibleFrom="sm">
              <Text size="sm" fw={500} data-testid="admin-name">
                {me.name}
              </Text>
              <Text size="xs" c="dimmed">
                {me.email}
              </Text>
            </Stack>
            <Badge
              color={me.role === 'ADMIN' ? 'grape' : 'blue'}
              variant="light"
              data-testid="admin-role"
            >
              {t(`admin.roles.${me.role}`)}
            </Badge>
            <LanguageSwitch />
            <Button
              variant="subtle"
              size="compact-sm"
              leftSection={<IconLogout size={16} aria-hidden />}
              onClick={() => void manager.signOut()}
              data-testid="admin-sign-out"
            >
              {t('admin.layout.signOut')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        <nav aria-label={t('admin.layout.navigation')}>
          {NAV.map(({ to, key, Icon }) => (
            <MantineNavLink
              key={to}
              component={NavLink}
              to={to}
              label={t(`admin.nav.${key}`)}
              leftSection={<Icon size={18} aria-hidden />}
              onClick={close}
              data-testid={`admin-nav-${key}`}
            />
          ))}
          <MantineNavLink
            component="a"
            href={EXPLORER_URL}
            target="_blank"
            rel="noopener"
            label={t('admin.nav.explorer')}
            leftSection={<IconExternalLink size={18} aria-hidden />}
            data-testid="admin-nav-explorer"
          />
        </nav>
      </AppShell.Navbar>
      <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1}>
        <AdminProvider admin={me}>
          <Outlet />
        </AdminProvider>
      </AppShell.Main>
    </AppShell>
  );
}

/** Whether the API refused the admin (not a failed request): the session is of no use. */
function isRefusal(error: ErrorLike | undefined): boolean {
  return (
    CombinedGraphQLErrors.is(error) &&
    error.errors.some((e) => ['FORBIDDEN', 'UNAUTHENTICATED'].includes(String(e.extensions?.code)))
  );
}
