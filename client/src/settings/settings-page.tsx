import { useQuery } from '@apollo/client/react';
import { Skeleton, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconBell, IconKey, IconLock, IconReceipt, IconTrash, IconUser } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { graphql } from '../__generated__/index.ts';
import { fieldError } from '../apollo/field-error.ts';
import { retryQuery } from '../apollo/retry-query.ts';
import { SectionErrorAlert } from '../app/section-error-alert.tsx';
import { ApiKeysSection } from './api-keys-section.tsx';
import { BillingSection } from './billing-section.tsx';
import { DeleteAccountSection } from './delete-account-section.tsx';
import { NotificationsSection } from './notifications-section.tsx';
import { PasswordSection } from './password-section.tsx';
import { ProfileSection } from './profile-section.tsx';

const SettingsQuery = graphql(`
  query SettingsPage_Me {
    me {
      ...SettingsCustomer
    }
  }
`);

const sections = [
  { value: 'profile', Icon: IconUser },
  { value: 'billing', Icon: IconReceipt },
  { value: 'password', Icon: IconLock },
  { value: 'notifications', Icon: IconBell },
  { value: 'api-keys', Icon: IconKey },
  { value: 'delete-account', Icon: IconTrash },
] as const;
type Section = (typeof sections)[number]['value'];

const isSection = (value: string | undefined): value is Section =>
  sections.some((section) => section.value === value);

/** `/settings/:section`: the customer's account, one section per tab (the tab in the URL). */
export function SettingsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const param = useParams().section;
  const section: Section = isSection(param) ? param : 'profile';
  const { data, loading, error, refetch } = useQuery(SettingsQuery);
  const customer = data?.me;
  const failure = customer ? undefined : fieldError(error, ['me']);

  return (
    <Stack gap="lg" py="md">
      <Stack gap={4}>
        <Title order={1}>{t('settings.title')}</Title>
        {customer && (
          <Text c="dimmed" data-testid="settings-email">
            {customer.email}
          </Text>
        )}
      </Stack>
      <Tabs
        value={section}
        onChange={(value) => {
          if (isSection(value ?? undefined)) void navigate(`/settings/${value}`);
        }}
        keepMounted={false}
      >
        <Tabs.List aria-label={t('settings.sectionsLabel')}>
          {sections.map(({ value, Icon }) => (
            <Tabs.Tab
              key={value}
              value={value}
              leftSection={<Icon size={16} aria-hidden />}
              color={value === 'delete-account' ? 'red' : undefined}
              data-testid={`settings-tab-${value}`}
            >
              {t(`settings.tabs.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {sections.map(({ value }) => (
          // The key table needs the width; forms read better narrow.
          <Tabs.Panel key={value} value={value} pt="lg" maw={value === 'api-keys' ? 1100 : 720}>
            {failure ? (
              <SectionErrorAlert
                error={failure}
                title={t('settings.loadError')}
                onRetry={() => retryQuery(refetch)}
              />
            ) : !customer ? (
              loading ? (
                <Stack gap="sm" aria-busy="true">
                  <Skeleton height={36} />
                  <Skeleton height={36} />
                  <Skeleton height={36} width="60%" />
                </Stack>
              ) : null
            ) : value === 'profile' ? (
              <ProfileSection customer={customer} />
            ) : value === 'billing' ? (
              <BillingSection customer={customer} />
            ) : value === 'password' ? (
              <PasswordSection email={customer.email} />
            ) : value === 'notifications' ? (
              <NotificationsSection customer={customer} />
            ) : value === 'api-keys' ? (
              <ApiKeysSection />
            ) : (
              <DeleteAccountSection />
            )}
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
