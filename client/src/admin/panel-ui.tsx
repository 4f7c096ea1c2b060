import { Alert, Button, Center, Group, Loader, Table, Text } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import type { ReactElement, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Shared states of the admin panel's pages: loading, failed (with retry), empty. */
export function PanelLoading() {
  const { t } = useTranslation();
  return (
    <Center mih={120} aria-busy="true">
      <Loader aria-label={t('adminPanel.loading')} />
    </Center>
  );
}

export function PanelLoadError({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" title={t('errors.title')} role="alert" data-testid="panel-load-error">
      <Group justify="space-between">
        <Text size="sm">{t('adminPanel.loadFailed')}</Text>
        <Button size="xs" variant="light" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      </Group>
    </Alert>
  );
}

export function PanelEmpty({ children, testId }: { children: string; testId?: string }) {
  return (
    <Text c="dimmed" ta="center" py="md" data-testid={testId}>
      {children}
    </Text>
  );
}

/** A feedback line after an action: green when done, red when refused. */
export function ActionFeedback({ feedback }: { feedback: { ok: boolean; text: string } | null }) {
  if (!feedback) return null;
  return (
    <Alert
      color={feedback.ok ? 'teal' : 'red'}
      role={feedback.ok ? 'status' : 'alert'}
      data-testid="action-feedback"
    >
      {feedback.text}
    </Alert>
  );
}

/**
 * Previous / next over a cursor-paged list: the caller keeps the stack of `after` cursors
 * (`[null]` on the first page) and resets it when the filters change.
 */
export function CursorPager({
  cursors,
  setCursors,
  hasNextPage,
  endCursor,
  summary,
}: {
  cursors: Array<string | null>;
  setCursors: (update: (c: Array<string | null>) => Array<string | null>) => void;
  hasNextPage: boolean;
  endCursor: string | null | undefined;
  summary: string;
}) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between">
      <Text size="sm" c="dimmed" data-testid="pager-summary">
        {summary}
      </Text>
      <Group gap="xs">
        <Button
          variant="default"
          size="xs"
          disabled={cursors.length < 2}
          onClick={() => setCursors((c) => c.slice(0, -1))}
          data-testid="pager-previous"
        >
          {t('adminPanel.previous')}
        </Button>
        <Button
          variant="default"
          size="xs"
          disabled={!hasNextPage}
          onClick={() => setCursors((c) => [...c, endCursor ?? null])}
          data-testid="pager-next"
        >
          {t('adminPanel.next')}
        </Button>
      </Group>
    </Group>
  );
}

/** The page's "read again" button beside its title. */
export function RefreshButton({
  onRefresh,
  loading,
  label,
}: {
  onRefresh: () => void;
  loading?: boolean;
  label?: string;
}) {
  const { t } = useTranslation();
  return (
    <Button
      variant="default"
      leftSection={<IconRefresh size={16} aria-hidden />}
      onClick={onRefresh}
      loading={loading ?? false}
    >
      {label ?? t('adminPanel.refresh')}
    </Button>
  );
}

/**
 * A striped, horizontally scrolling table of `rows` with one header row; `empty` instead when
 * there are none. `children` renders one `<Table.Tr>` (with its key) per row.
 */
export function AdminTable<T>({
  rows,
  headers,
  empty,
  emptyTestId,
  minWidth = 600,
  testId,
  busy,
  highlightOnHover,
  children,
}: {
  rows: readonly T[];
  headers: ReactNode[];
  empty?: string;
  emptyTestId?: string;
  minWidth?: number;
  testId?: string;
  /** A new page is loading: the rows shown are the last ones. */
  busy?: boolean;
  highlightOnHover?: boolean;
  children: (row: T) => ReactElement;
}) {
  if (rows.length === 0 && empty !== undefined) {
    return <PanelEmpty testId={emptyTestId}>{empty}</PanelEmpty>;
  }
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table
        striped
        highlightOnHover={highlightOnHover ?? false}
        data-testid={testId}
        aria-busy={busy ?? false}
      >
        <Table.Thead>
          <Table.Tr>
            {headers.map((header, i) => (
              // The headers are fixed per table: their position is their identity.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <Table.Th key={i}>{header}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{rows.map(children)}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
