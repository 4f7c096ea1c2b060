import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { IconRotateClockwise } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { DeliveryState } from '../../__generated__/graphql.ts';
import { useFormatters } from '../../format/use-formatters.ts';
import { useCanChange } from '../admin-context.tsx';
import { AdminPageTitle } from '../admin-page-title.tsx';
import {
  ActionFeedback,
  AdminTable,
  PanelLoadError,
  PanelLoading,
  RefreshButton,
} from '../panel-ui.tsx';
import { AdminDeliveryQueueQuery, RetryDeliveryMutation } from './delivery-operations.ts';

const STATES = ['ALL', 'PENDING', 'FAILING', 'PAUSED'] as const;
type StateFilter = (typeof STATES)[number];
const KNOWN_ERRORS = ['NOT_FOUND', 'ALREADY_DELIVERED', 'DELIVERY_IN_PROGRESS'] as const;
const STATE_COLOR = { PENDING: 'blue', FAILING: 'red', PAUSED: 'gray' } as const;

/** `/admin/deliveries?state=…`: the submission outbox, with "retry now" for admins. */
export function DeliveryQueuePage() {
  const { t } = useTranslation();
  const f = useFormatters();
  const canChange = useCanChange();
  const [params, setParams] = useSearchParams();
  const raw = params.get('state');
  const state: StateFilter = STATES.includes(raw as StateFilter) ? (raw as StateFilter) : 'ALL';
  const [feedback, setFeedback] = useState<{ ok: boolean; text: string } | null>(null);
  const { data, loading, error, refetch } = useQuery(AdminDeliveryQueueQuery, {
    variables: { state: state === 'ALL' ? null : (state as DeliveryState) },
    fetchPolicy: 'cache-and-network',
  });
  const [retry, retrying] = useMutation(RetryDeliveryMutation);
  const rows = data?.admin?.deliveryQueue;

  async function retryNow(id: string) {
    setFeedback(null);
    try {
      const r = (await retry({ variables: { id } })).data?.retryDelivery;
      const code = r?.error?.code;
      if (r?.ok) setFeedback({ ok: true, text: t('adminPanel.deliveries.retried') });
      else
        setFeedback({
          ok: false,
          text: KNOWN_ERRORS.includes(code as (typeof KNOWN_ERRORS)[number])
            ? t(`adminPanel.deliveries.errors.${code as (typeof KNOWN_ERRORS)[number]}`)
            : t('adminPanel.actionFailed'),
        });
      void refetch();
    } catch {
      setFeedback({ ok: false, text: t('adminPanel.actionFailed') });
    }
  }

  return (
    <Stack gap="md">
      <AdminPageTitle actions={<RefreshButton onRefresh={() => void refetch()} />}>
        {t('adminPanel.deliveries.title')}
      </AdminPageTitle>
      <Text size="sm" c="dimmed">
        {t('adminPanel.deliveries.intro')}
      </Text>
      <SegmentedControl
        value={state}
        onChange={(value) => setParams(value === 'ALL' ? {} : { state: value }, { replace: true })}
        data={STATES.map((s) => ({ value: s, label: t(`adminPanel.deliveries.states.${s}`) }))}
        aria-label={t('adminPanel.deliveries.state')}
        data-testid="deliveries-state"
        style={{ alignSelf: 'flex-start' }}
      />
      <ActionFeedback feedback={feedback} />
      {error && !rows && <PanelLoadError onRetry={() => void refetch()} />}
      {!rows && loading && <PanelLoading />}
      {rows && (
        <AdminTable
          rows={rows}
          testId="deliveries-table"
          minWidth={900}
          empty={t('adminPanel.deliveries.empty')}
          emptyTestId="deliveries-empty"
          headers={[
            t('adminPanel.deliveries.quote'),
            t('adminPanel.deliveries.company'),
            t('adminPanel.deliveries.customer'),
            t('adminPanel.deliveries.state'),
            t('adminPanel.deliveries.attempts'),
            t('adminPanel.deliveries.lastError'),
            t('adminPanel.deliveries.nextAttempt'),
            ...(canChange ? [''] : []),
          ]}
        >
          {(d) => (
            <Table.Tr key={d.id} data-testid="delivery-row">
              <Table.Td ff="monospace">{d.quoteNumber}</Table.Td>
              <Table.Td>{d.companyName}</Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`../customers/${d.customerId}`} relative="path">
                  {d.customerEmail}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Badge color={STATE_COLOR[d.state]} variant="light">
                  {t(`adminPanel.deliveries.states.${d.state}`)}
                </Badge>
              </Table.Td>
              <Table.Td>{d.attempts}</Table.Td>
              <Table.Td>
                <Text size="xs" ff="monospace" lineClamp={3} maw={320}>
                  {d.lastError ?? t('common.none')}
                </Text>
              </Table.Td>
              <Table.Td>
                {d.leasedUntil ? t('adminPanel.deliveries.inFlight') : f.dateTime(d.nextAttemptAt)}
              </Table.Td>
              {canChange && (
                <Table.Td>
                  <Button
                    size="xs"
                    variant="light"
                    leftSection={<IconRotateClockwise size={14} aria-hidden />}
                    disabled={d.state === 'PAUSED' || !!d.leasedUntil}
                    loading={retrying.loading}
                    onClick={() => void retryNow(d.id)}
                    data-testid="delivery-retry"
                  >
                    {t('adminPanel.deliveries.retry')}
                  </Button>
                </Table.Td>
              )}
            </Table.Tr>
          )}
        </AdminTable>
      )}
    </Stack>
  );
}
