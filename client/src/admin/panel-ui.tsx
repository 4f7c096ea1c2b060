import { Alert, Button, Center, Group, Loader, Text } from '@mantine/core';
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
