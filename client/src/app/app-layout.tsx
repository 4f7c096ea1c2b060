import { Anchor, AppShell, Container, Group, Text } from '@mantine/core';
import { IconBuildingStore, IconFileInvoice, IconLayoutGrid, IconMail } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { useDevMailboxAvailable } from '../dev-mail/dev-mailbox-available.ts';
import { HeaderAccount } from '../header/header-account.tsx';
import { LiveIndicator } from '../header/live-indicator.tsx';
import { LanguageSwitch } from '../i18n/language-switch.tsx';
import { OrdersNavLink } from '../orders/live/orders-nav-link.tsx';
import classes from './app-layout.module.css';

export const MAIN_CONTENT_ID = 'main-content';

/** The shell of every page: header with the product name, navigation and language; the page. */
export function AppLayout() {
  const { t } = useTranslation();
  // `/` shows the companies too, so their link is marked there as well.
  const atHome = useLocation().pathname === '/';
  const devMail = useDevMailboxAvailable();
  return (
    <AppShell header={{ height: 56 }} padding="md">
      <a className={classes.skipLink} href={`#${MAIN_CONTENT_ID}`}>
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Container size="xl" h="100%">
          <Group h="100%" justify="space-between" wrap="nowrap">
            <Group gap="lg" wrap="nowrap">
              <Anchor
                component={Link}
                to="/"
                underline="never"
                c="inherit"
                aria-label={t('app.name')}
              >
                <Group gap={8} wrap="nowrap">
                  <IconLayoutGrid size={22} aria-hidden />
                  {/* Phones keep the header's room for the account menus; the link keeps its name. */}
                  <Text fw={700} size="lg" visibleFrom="sm">
                    {t('app.name')}
                  </Text>
                </Group>
              </Anchor>
              <nav aria-label={t('app.mainNavigation')}>
                <NavLink
                  to="/companies"
                  className={classes.navLink}
                  data-active={atHome || undefined}
                >
                  <IconBuildingStore size={18} aria-hidden />
                  {t('nav.companies')}
                </NavLink>
                <NavLink to="/quotes" className={classes.navLink} data-testid="nav-quotes">
                  <IconFileInvoice size={18} aria-hidden />
                  {t('quotes.list.nav')}
                </NavLink>
                <OrdersNavLink className={classes.navLink} />
                {devMail && (
                  <NavLink to="/dev/mail" className={classes.navLink} data-testid="nav-dev-mail">
                    <IconMail size={18} aria-hidden />
                    {t('devMail.nav')}
                  </NavLink>
                )}
              </nav>
            </Group>
            <Group gap="sm" wrap="nowrap">
              <LiveIndicator />
              <HeaderAccount />
              <LanguageSwitch />
            </Group>
          </Group>
        </Container>
      </AppShell.Header>
      <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1}>
        <Container size="xl">
          <Outlet />
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
