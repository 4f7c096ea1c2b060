import { useQuery } from '@apollo/client/react';
import {
  Badge,
  Card,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { CircuitState, HealthStatus } from '../../__generated__/graphql.ts';
import { useFormatters } from '../../format/use-formatters.ts';
import { AdminPageTitle } from '../admin-page-title.tsx';
import {
  AdminTable,
  PanelEmpty,
  PanelLoadError,
  PanelLoading,
  RefreshButton,
} from '../panel-ui.tsx';
import { HealthChart } from './health-chart.tsx';
import { RecentErrorsTable } from './recent-errors-table.tsx';
import { AdminSystemHealthQuery } from './system-operations.ts';

/** How often the page reads the health again while open. */
const REFRESH_SECONDS = 30;
const HOURS = ['6', '24', '168'] as const;
type Hours = (typeof HOURS)[number];

const STATUS_COLOR: Record<HealthStatus, string> = {
  UP: 'teal',
  DEGRADED: 'yellow',
  DOWN: 'red',
  UNKNOWN: 'gray',
};
const CIRCUIT_COLOR: Record<CircuitState, string> = {
  CLOSED: 'teal',
  HALF_OPEN: 'yellow',
  OPEN: 'red',
};

/** `/admin/system?hours=24&company=<id>`: services and companies, with a history chart. */
export function SystemPage() {
  const { t } = useTranslation();
  const f = useFormatters();
  const [params, setParams] = useSearchParams();
  const hours: Hours = HOURS.includes(params.get('hours') as Hours)
    ? (params.get('hours') as Hours)
    : '24';
  const { data, loading, error, refetch } = useQuery(AdminSystemHealthQuery, {
    variables: { hours: Number(hours) },
    fetchPolicy: 'cache-and-network',
    pollInterval: REFRESH_SECONDS * 1000,
    notifyOnNetworkStatusChange: false,
  });
  const health = data?.admin?.systemHealth;
  const companies = health?.companies ?? [];
  const [chosen, setChosen] = useState<string | null>(params.get('company'));
  const selected =
    companies.find((c) => c.id === chosen) ?? companies.find((c) => c.active) ?? companies[0];

  const ms = (value: number | null | undefined) =>
    value == null ? t('adminSystem.none') : t('adminSystem.ms', { value: f.count(value) });
  const percent = (value: number | null | undefined) =>
    value == null
      ? t('adminSystem.none')
      : t('adminSystem.percent', { value: f.decimal((value * 100).toFixed(1)) });
  const status = (s: HealthStatus) => (
    <Badge color={STATUS_COLOR[s]} variant="light" data-status={s}>
      {t(`adminSystem.statuses.${s}`)}
    </Badge>
  );

  const history = selected?.history ?? [];
  const to = health ? new Date(health.checkedAt).getTime() : 0;
  // From the first sample when the history is shorter than the range (a fresh start), so
  // a few minutes of samples are not squeezed against the right edge.
  const first = history[0] ? new Date(history[0].at).getTime() : to;
  const from = Math.max(to - Number(hours) * 3_600_000, first - 60_000);
  const failed = history.filter((h) => h.probeOk !== true || h.circuit === 'OPEN').length;

  return (
    <Stack gap="md">
      <AdminPageTitle
        actions={
          <RefreshButton
            onRefresh={() => void refetch()}
            loading={loading && !!health}
            label={t('adminSystem.refresh')}
          />
        }
      >
        {t('adminSystem.title')}
      </AdminPageTitle>
      <Text size="sm" c="dimmed">
        {t('adminSystem.intro', { seconds: REFRESH_SECONDS })}
      </Text>
      {error && !health && <PanelLoadError onRetry={() => void refetch()} />}
      {!health && loading && <PanelLoading />}
      {health && (
        <>
          <Text size="xs" c="dimmed" data-testid="system-checked-at">
            {t('adminSystem.checkedAt', { time: f.dateTime(health.checkedAt) })}
          </Text>
          <Title order={3} size="h4">
            {t('adminSystem.services')}
          </Title>
          <AdminTable
            rows={health.services}
            testId="system-services"
            minWidth={600}
            headers={[
              t('adminSystem.service'),
              t('adminSystem.status'),
              t('adminSystem.latency'),
              t('adminSystem.checks'),
            ]}
          >
            {(s) => (
              <Table.Tr key={s.name} data-testid="system-service-row" data-name={s.name}>
                <Table.Td ff="monospace">{s.name}</Table.Td>
                <Table.Td miw={150}>{status(s.status)}</Table.Td>
                <Table.Td>{ms(s.latencyMs)}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {s.checks.map((c) => (
                      <Badge key={c.name} size="sm" variant="outline" color={c.ok ? 'teal' : 'red'}>
                        {c.ok ? '✓' : '✗'} {c.name}
                      </Badge>
                    ))}
                    {s.error && (
                      <Text size="xs" c="red.7" ff="monospace">
                        {s.error}
                      </Text>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            )}
          </AdminTable>

          <Title order={3} size="h4">
            {t('adminSystem.companies')}
          </Title>
          <AdminTable
            rows={companies}
            testId="system-companies"
            minWidth={900}
            empty={t('adminSystem.noCompanies')}
            headers={[
              t('adminSystem.company'),
              t('adminSystem.status'),
              t('adminSystem.latency'),
              t('adminSystem.errorRate'),
              <Tooltip key="circuit" label={t('adminSystem.circuitHelp')} multiline w={260}>
                <span>{t('adminSystem.circuit')}</span>
              </Tooltip>,
              t('adminSystem.lastSync'),
              t('adminSystem.lastSample'),
              t('adminSystem.lastError'),
            ]}
          >
            {(c) => (
              <Table.Tr
                key={c.id}
                data-testid="system-company-row"
                data-slug={c.slug}
                aria-selected={c.id === selected?.id}
                style={{ cursor: 'pointer' }}
                onClick={() => setChosen(c.id)}
              >
                <Table.Td>
                  <Text size="sm" fw={c.id === selected?.id ? 700 : 400}>
                    {c.name}
                  </Text>
                  {!c.active && (
                    <Text size="xs" c="dimmed">
                      {t('adminSystem.inactive')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td miw={150}>{status(c.status)}</Table.Td>
                <Table.Td>{ms(c.latencyMs)}</Table.Td>
                <Table.Td>{percent(c.errorRate)}</Table.Td>
                <Table.Td miw={130}>
                  <Badge color={CIRCUIT_COLOR[c.circuit]} variant="dot" data-circuit={c.circuit}>
                    {t(`adminSystem.circuits.${c.circuit}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {c.lastSuccessfulSyncAt
                    ? f.dateTime(c.lastSuccessfulSyncAt)
                    : t('adminSystem.never')}
                  {c.lastSyncError && (
                    <Text size="xs" c="red.7" lineClamp={2} maw={240}>
                      {c.lastSyncError}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {c.lastSampleAt ? f.dateTime(c.lastSampleAt) : t('adminSystem.never')}
                </Table.Td>
                <Table.Td>
                  <Text size="xs" ff="monospace" lineClamp={2} maw={280}>
                    {c.lastError ?? t('adminSystem.none')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
          </AdminTable>

          {selected && (
            <Card withBorder data-testid="system-history">
              <Group justify="space-between" mb="sm" wrap="wrap">
                <Title order={3} size="h5">
                  {t('adminSystem.historyOf', { company: selected.name })}
                </Title>
                <Group gap="sm">
                  <Select
                    size="xs"
                    aria-label={t('adminSystem.selectCompany')}
                    data={companies.map((c) => ({ value: c.id, label: c.name }))}
                    value={selected.id}
                    onChange={(value) => value && setChosen(value)}
                    allowDeselect={false}
                  />
                  <SegmentedControl
                    size="xs"
                    value={hours}
                    onChange={(value) => {
                      const next = new URLSearchParams(params);
                      next.set('hours', value);
                      setParams(next, { replace: true });
                    }}
                    data={HOURS.map((h) => ({ value: h, label: t(`adminSystem.hours.${h}`) }))}
                    aria-label={t('adminSystem.history')}
                  />
                </Group>
              </Group>
              {history.length === 0 ? (
                <PanelEmpty testId="system-history-empty">{t('adminSystem.noHistory')}</PanelEmpty>
              ) : (
                <HealthChart
                  points={history.map((h) => ({
                    at: h.at,
                    latencyMs: h.latencyMs ?? null,
                    failed: h.probeOk !== true || h.circuit === 'OPEN',
                  }))}
                  from={from}
                  to={to}
                  summary={t('adminSystem.chartSummary', {
                    company: selected.name,
                    samples: history.length,
                    failed,
                    max: Math.max(0, ...history.map((h) => h.latencyMs ?? 0)),
                  })}
                  legendLatency={t('adminSystem.chartLegendLatency')}
                  legendFailed={t('adminSystem.chartLegendFailed')}
                  formatTime={f.dateTime}
                />
              )}
            </Card>
          )}

          <RecentErrorsTable errors={data?.admin?.recentErrors ?? []} />
        </>
      )}
    </Stack>
  );
}
