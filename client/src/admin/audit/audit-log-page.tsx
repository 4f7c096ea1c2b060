import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Code, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { AuditActorKind } from '../../__generated__/graphql.ts';
import { DebouncedSearchInput } from '../../app/debounced-search-input.tsx';
import { useFormatters } from '../../format/use-formatters.ts';
import { AdminPageTitle } from '../admin-page-title.tsx';
import { AdminTable, CursorPager, PanelLoadError, PanelLoading } from '../panel-ui.tsx';
import { AdminAuditLogQuery } from './audit-operations.ts';

const ACTOR_KINDS = ['CUSTOMER', 'ADMIN', 'PARTNER', 'SYSTEM'] as const;
const PAGE_SIZE = 50;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The start of a `YYYY-MM-DD` day (local time) as ISO, `days` later; null for anything else. */
function dayStart(value: string | null, days = 0): string | null {
  if (!value || !DAY.test(value)) return null;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(y, m - 1, d + days);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** `/admin/audit?actor=…&action=…&from=…&to=…&involving=…`: the audit log, newest first. */
export function AuditLogPage() {
  const { t } = useTranslation();
  const f = useFormatters();
  const [params, setParams] = useSearchParams();
  const actor = params.get('actor');
  const actorKind = ACTOR_KINDS.includes(actor as AuditActorKind)
    ? (actor as AuditActorKind)
    : null;
  const action = params.get('action') ?? '';
  const from = params.get('from');
  const to = params.get('to');
  const involving = params.get('involving');
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const { data, loading, error, refetch } = useQuery(AdminAuditLogQuery, {
    variables: {
      filter: {
        actorKind,
        action: action || null,
        involving: involving || null,
        from: dayStart(from),
        // The whole `to` day is included: before the start of the next one.
        to: dayStart(to, 1),
      },
      first: PAGE_SIZE,
      after: cursors.at(-1) ?? null,
    },
    fetchPolicy: 'cache-and-network',
  });
  const page = data?.admin?.auditLog;
  const setParam = (key: string, value: string | null) => {
    setCursors([null]);
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  };

  return (
    <Stack gap="md">
      <AdminPageTitle>{t('adminPanel.audit.title')}</AdminPageTitle>
      <Group align="flex-end" gap="md" wrap="wrap">
        <Select
          label={t('adminPanel.audit.actorKind')}
          value={actorKind ?? ''}
          onChange={(v) => setParam('actor', v)}
          data={[
            { value: '', label: t('adminPanel.audit.anyActor') },
            ...ACTOR_KINDS.map((k) => ({ value: k, label: t(`adminPanel.actorKinds.${k}`) })),
          ]}
          allowDeselect={false}
          w={180}
          data-testid="audit-actor"
        />
        <div style={{ flex: '1 1 220px' }}>
          <DebouncedSearchInput
            value={action}
            onSearch={(value) => setParam('action', value.trim())}
            label={t('adminPanel.audit.action')}
            placeholder={t('adminPanel.audit.actionPlaceholder')}
            clearLabel={t('adminPanel.audit.clear')}
            testId="audit-action"
          />
        </div>
        <TextInput
          type="date"
          label={t('adminPanel.audit.from')}
          value={from ?? ''}
          onChange={(e) => setParam('from', e.currentTarget.value)}
          data-testid="audit-from"
        />
        <TextInput
          type="date"
          label={t('adminPanel.audit.to')}
          value={to ?? ''}
          onChange={(e) => setParam('to', e.currentTarget.value)}
          data-testid="audit-to"
        />
        <Button
          variant="subtle"
          leftSection={<IconFilterOff size={16} aria-hidden />}
          onClick={() => {
            setCursors([null]);
            setParams({}, { replace: true });
          }}
        >
          {t('adminPanel.audit.clear')}
        </Button>
      </Group>
      {involving && (
        <Text size="sm" c="dimmed">
          {t('adminPanel.audit.target')}: <Code>{involving}</Code>
        </Text>
      )}
      {error && !page && <PanelLoadError onRetry={() => void refetch()} />}
      {!page && loading && <PanelLoading />}
      {page && (
        <>
          <AdminTable
            rows={page.edges}
            testId="audit-table"
            minWidth={900}
            empty={t('adminPanel.audit.empty')}
            emptyTestId="audit-empty"
            busy={loading}
            headers={[
              t('adminPanel.audit.at'),
              t('adminPanel.audit.actorKind'),
              t('adminPanel.audit.action'),
              t('adminPanel.audit.target'),
              t('adminPanel.audit.ip'),
              t('adminPanel.audit.details'),
            ]}
          >
            {({ node: e }) => (
              <Table.Tr key={e.id} data-testid="audit-row">
                <Table.Td>{f.dateTime(e.at)}</Table.Td>
                <Table.Td>
                  {t(`adminPanel.actorKinds.${e.actorKind}`)}
                  {e.actorKind === 'CUSTOMER' && e.actorId && (
                    <>
                      {' '}
                      <Anchor
                        component={Link}
                        to={`../customers/${e.actorId}`}
                        relative="path"
                        size="xs"
                      >
                        {e.actorId.slice(0, 8)}
                      </Anchor>
                    </>
                  )}
                </Table.Td>
                <Table.Td ff="monospace">{e.action}</Table.Td>
                <Table.Td>
                  {e.targetKind}
                  {e.targetId && (
                    <Text size="xs" c="dimmed" ff="monospace">
                      {e.targetId}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ff="monospace">{e.ip ?? ''}</Table.Td>
                <Table.Td>
                  <Text size="xs" ff="monospace" lineClamp={2} maw={280}>
                    {e.details === '{}' ? '' : e.details}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
          </AdminTable>
          <CursorPager
            cursors={cursors}
            setCursors={setCursors}
            hasNextPage={page.pageInfo.hasNextPage}
            endCursor={page.pageInfo.endCursor}
            summary={t('adminPanel.audit.total', { count: page.totalCount })}
          />
        </>
      )}
    </Stack>
  );
}
