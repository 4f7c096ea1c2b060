import { useQuery } from '@apollo/client/react';
import { Alert, Badge, Card, Code, Spoiler, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../format/use-formatters.ts';
import { AdminPageTitle } from '../admin-page-title.tsx';
import { AdminTable, PanelLoadError, PanelLoading, RefreshButton } from '../panel-ui.tsx';
import { AdminMailOutboxQuery } from './mail-operations.ts';

const STATUS_COLOR = { SENT: 'teal', PENDING: 'blue', FAILED: 'red' } as const;

/** `/admin/mail`: the mail outbox and the order notifications with their status. */
export function MailOutboxPage() {
  const { t } = useTranslation();
  const f = useFormatters();
  const { data, loading, error, refetch } = useQuery(AdminMailOutboxQuery, {
    fetchPolicy: 'cache-and-network',
  });
  const m = data?.admin?.mailOutbox;

  return (
    <Stack gap="md">
      <AdminPageTitle actions={<RefreshButton onRefresh={() => void refetch()} />}>
        {t('adminPanel.mail.title')}
      </AdminPageTitle>
      {error && !m && <PanelLoadError onRetry={() => void refetch()} />}
      {!m && loading && <PanelLoading />}
      {m && (
        <>
          <Alert color="blue" data-testid="mail-mode">
            {m.mode === 'OUTBOX' ? t('adminPanel.mail.modeOutbox') : t('adminPanel.mail.modeSmtp')}
          </Alert>
          <Card withBorder>
            <Title order={2} size="h4" mb="sm">
              {t('adminPanel.mail.outbox')}
            </Title>
            <AdminTable
              rows={m.messages}
              empty={t('adminPanel.mail.empty')}
              minWidth={720}
              testId="mail-table"
              headers={[
                t('adminPanel.mail.createdAt'),
                t('adminPanel.mail.kind'),
                t('adminPanel.mail.to'),
                t('adminPanel.mail.subject'),
                t('adminPanel.mail.status'),
              ]}
            >
              {(mail) => (
                <Table.Tr key={mail.id} data-testid="mail-row">
                  <Table.Td>{f.dateTime(mail.createdAt)}</Table.Td>
                  <Table.Td>{t(`adminPanel.mail.kinds.${mail.kind}`)}</Table.Td>
                  <Table.Td>{mail.to}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{mail.subject}</Text>
                    <Spoiler
                      maxHeight={0}
                      showLabel={t('adminPanel.mail.show')}
                      hideLabel={t('adminPanel.mail.show')}
                    >
                      <Code block>{mail.text}</Code>
                    </Spoiler>
                  </Table.Td>
                  <Table.Td>
                    <Badge color="gray" variant="light">
                      {t('adminPanel.mail.statuses.KEPT')}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              )}
            </AdminTable>
          </Card>
          <Card withBorder>
            <Title order={2} size="h4" mb="sm">
              {t('adminPanel.mail.notifications')}
            </Title>
            <AdminTable
              rows={m.notifications}
              empty={t('adminPanel.mail.empty')}
              minWidth={720}
              testId="notification-table"
              headers={[
                t('adminPanel.mail.createdAt'),
                t('adminPanel.mail.to'),
                t('adminPanel.mail.subject'),
                t('adminPanel.mail.status'),
              ]}
            >
              {(n) => (
                <Table.Tr key={n.id}>
                  <Table.Td>{f.dateTime(n.createdAt)}</Table.Td>
                  <Table.Td>{n.to}</Table.Td>
                  <Table.Td>{n.subject}</Table.Td>
                  <Table.Td>
                    <Badge color={STATUS_COLOR[n.status]} variant="light">
                      {t(`adminPanel.mail.statuses.${n.status}`)}
                    </Badge>
                    {n.lastError && (
                      <Text size="xs" c="red" ff="monospace">
                        {n.lastError}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              )}
            </AdminTable>
          </Card>
        </>
      )}
    </Stack>
  );
}
