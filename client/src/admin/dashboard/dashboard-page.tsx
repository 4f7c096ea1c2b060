import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../../format/use-formatters.ts';
import { AdminPageTitle } from '../admin-page-title.tsx';
import { PanelEmpty, PanelLoadError, PanelLoading, RefreshButton } from '../panel-ui.tsx';
import { DailyChart } from './daily-chart.tsx';
import { AdminDashboardQuery } from './dashboard-operations.ts';

function Figure({
  label,
  value,
  hint,
  testId,
}: {
  label: string;
  value: string;
  hint?: string;
  testId: string;
}) {
  return (
    <Card withBorder data-testid={testId}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size="xl" fw={700} data-testid={`${testId}-value`}>
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Card>
  );
}

/** `/admin/dashboard`: figures, activity per day, failing companies, recent audit events. */
export function DashboardPage() {
  const { t } = useTranslation();
  const f = useFormatters();
  const { data, loading, error, refetch } = useQuery(AdminDashboardQuery, {
    fetchPolicy: 'cache-and-network',
  });
  const d = data?.admin?.dashboard;

  const series = (key: 'signUps' | 'quotes' | 'orders') =>
    (d?.daily ?? []).map((day) => ({ date: day.date, value: day[key] }));
  const summary = (label: string, points: Array<{ value: number }>) =>
    t('adminPanel.dashboard.chartSummary', {
      label,
      total: points.reduce((s, p) => s + p.value, 0),
      max: Math.max(0, ...points.map((p) => p.value)),
    });

  return (
    <Stack gap="md">
      <AdminPageTitle
        actions={<RefreshButton onRefresh={() => void refetch()} loading={loading && !!d} />}
      >
        {t('adminPanel.dashboard.title')}
      </AdminPageTitle>
      {error && !d && <PanelLoadError onRetry={() => void refetch()} />}
      {!d && loading && <PanelLoading />}
      {d && (
        <>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
            <Figure
              testId="dash-active-companies"
              label={t('adminPanel.dashboard.activeCompanies')}
              value={f.count(d.activeCompanies)}
              hint={t('adminPanel.dashboard.ofCompanies', { count: d.companies })}
            />
            <Figure
              testId="dash-customers"
              label={t('adminPanel.dashboard.customers')}
              value={f.count(d.customers)}
              hint={t('adminPanel.dashboard.newThisWeek', { count: d.newCustomersThisWeek })}
            />
            <Figure
              testId="dash-disabled"
              label={t('adminPanel.dashboard.disabledCustomers')}
              value={f.count(d.disabledCustomers)}
            />
            <Figure
              testId="dash-pending"
              label={t('adminPanel.dashboard.pendingDeliveries')}
              value={f.count(d.pendingDeliveries)}
            />
          </SimpleGrid>

          <Title order={2} size="h4">
            {t('adminPanel.dashboard.perDay')}
          </Title>
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            {(
              [
                ['signUps', 'var(--mantine-color-blue-6)'],
                ['quotes', 'var(--mantine-color-grape-6)'],
                ['orders', 'var(--mantine-color-teal-6)'],
              ] as const
            ).map(([key, color]) => {
              const points = series(key);
              const label = t(`adminPanel.dashboard.${key}`);
              return (
                <DailyChart
                  key={key}
                  testId={`dash-chart-${key}`}
                  label={label}
                  points={points}
                  color={color}
                  summary={summary(label, points)}
                />
              );
            })}
          </SimpleGrid>

          <Card withBorder>
            <Title order={2} size="h4" mb="sm">
              {t('adminPanel.dashboard.failing')}
            </Title>
            {d.failingCompanies.length === 0 ? (
              <PanelEmpty testId="dash-no-failing">
                {t('adminPanel.dashboard.noFailing')}
              </PanelEmpty>
            ) : (
              <Stack gap="xs" data-testid="dash-failing">
                {d.failingCompanies.map((c) => (
                  <Alert
                    key={`${c.companyId}-${c.source}`}
                    color="red"
                    title={`${c.companyName} · ${t(`adminPanel.dashboard.sources.${c.source}`)}`}
                  >
                    <Text size="sm">{c.error}</Text>
                    <Text size="xs" c="dimmed">
                      {t('adminPanel.dashboard.since', { date: f.dateTime(c.since) })}
                    </Text>
                  </Alert>
                ))}
              </Stack>
            )}
          </Card>

          <Card withBorder>
            <Group justify="space-between" mb="sm">
              <Title order={2} size="h4">
                {t('adminPanel.dashboard.recent')}
              </Title>
              <Anchor component={Link} to="../audit" relative="path" size="sm">
                {t('adminPanel.dashboard.allActivity')}
              </Anchor>
            </Group>
            <Table striped data-testid="dash-recent">
              <Table.Tbody>
                {d.recentActivity.map((e) => (
                  <Table.Tr key={e.id}>
                    <Table.Td>{f.dateTime(e.at)}</Table.Td>
                    <Table.Td>{t(`adminPanel.actorKinds.${e.actorKind}`)}</Table.Td>
                    <Table.Td ff="monospace">{e.action}</Table.Td>
                    <Table.Td>
                      {e.targetKind === 'customer' && e.targetId ? (
                        <Anchor component={Link} to={`../customers/${e.targetId}`} relative="path">
                          {e.targetKind}
                        </Anchor>
                      ) : (
                        (e.targetKind ?? '')
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Card>
        </>
      )}
    </Stack>
  );
}
