import { useQuery } from '@apollo/client/react';
import { Button, Group, Skeleton, Text } from '@mantine/core';
import { IconLogin2, IconUserPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { graphql } from '../__generated__/index.ts';
import { signInPath } from '../auth/next-path.ts';
import { useSession } from '../auth/session-context.tsx';
import { CompanySwitcher } from './company-switcher.tsx';
import { UserMenu } from './user-menu.tsx';

const HeaderMeQuery = graphql(`
  query HeaderAccount_Me {
    me {
      name
      email
      ...CustomerCompanies
    }
  }
`);

/**
 * The header's account corner: signed in, the company switcher and the user menu; signed
 * out, the ways to sign in or register.
 */
export function HeaderAccount() {
  const { t } = useTranslation();
  const { status } = useSession();
  const location = useLocation();
  const signedIn = status === 'signed-in';
  const { data, loading } = useQuery(HeaderMeQuery, { skip: !signedIn });
  const me = signedIn ? data?.me : undefined;

  if (status === 'loading' || (signedIn && !me && loading)) {
    return <Skeleton height={30} width={160} aria-hidden />;
  }
  // Signed in, but the account could not be read: the way to sign out stays.
  if (signedIn && !me) return <UserMenu name={t('auth.account')} email="" />;
  if (!me) {
    const here = `${location.pathname}${location.search}`;
    const onAccountPage = /^\/(sign-in|register|forgot-password|reset-password|verify-email)/.test(
      location.pathname,
    );
    return (
      <Group gap="xs" wrap="nowrap">
        <Button
          component={Link}
          to={onAccountPage ? '/sign-in' : signInPath(here)}
          variant="subtle"
          size="xs"
          leftSection={<IconLogin2 size={16} aria-hidden />}
          data-testid="header-sign-in"
          aria-label={t('auth.signIn')}
        >
          <Text span size="xs" fw={600} visibleFrom="sm">
            {t('auth.signIn')}
          </Text>
        </Button>
        <Button
          component={Link}
          to="/register"
          variant="light"
          size="xs"
          leftSection={<IconUserPlus size={16} aria-hidden />}
          data-testid="header-register"
          aria-label={t('auth.register')}
        >
          <Text span size="xs" fw={600} visibleFrom="sm">
            {t('auth.register')}
          </Text>
        </Button>
      </Group>
    );
  }
  return (
    <Group gap="xs" wrap="nowrap">
      <CompanySwitcher companies={me.companies} activeCompany={me.activeCompany ?? undefined} />
      <UserMenu name={me.name} email={me.email} />
    </Group>
  );
}
