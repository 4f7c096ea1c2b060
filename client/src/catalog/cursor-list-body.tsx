import { Button, EmptyState, Group, Skeleton, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SectionErrorAlert } from '../app/section-error-alert.tsx';
import type { CursorList } from './use-cursor-list.ts';

interface CursorListBodyProps<TNode> {
  list: CursorList<TNode>;
  /** Texts under `<textKey>.loadFailed`, `.emptyTitle`, `.empty`, `.emptyFiltered`,
   * `.emptyPastEnd`, `.firstPage` and `.clearFilters` (e.g. `orders.list`). */
  textKey: 'orders.list' | 'quotes.list';
  /** `<testId>-loading` and `<testId>-empty`. */
  testId: string;
  icon: ReactNode;
  /** A search or filter is set. */
  filtered: boolean;
  onFirstPage: () => void;
  onClearFilters: () => void;
  /** The empty list's action when nothing is filtered (e.g. "New quote"). */
  unfilteredAction: ReactNode;
  children: (nodes: TNode[]) => ReactNode;
}

/**
 * A paged customer list's states: failed (with retry), loading, empty — past the end, nothing
 * matching the filters, or nothing at all, each with its way on — or the rows.
 */
export function CursorListBody<TNode>(props: CursorListBodyProps<TNode>) {
  const { list, textKey, testId, filtered } = props;
  const { t } = useTranslation();
  const nodes = list.nodes;
  const pastEnd = (list.totalCount ?? 0) > 0;
  if (list.failure) {
    return (
      <SectionErrorAlert
        error={list.failure}
        title={t(`${textKey}.loadFailed`)}
        onRetry={list.retry}
      />
    );
  }
  if (nodes === undefined) {
    return (
      <Stack gap="xs" aria-busy="true" data-testid={`${testId}-loading`}>
        {Array.from({ length: 5 }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
          <Skeleton key={i} h={36} />
        ))}
      </Stack>
    );
  }
  if (nodes.length > 0) return props.children(nodes);
  return (
    <EmptyState py="xl" icon={props.icon} role="status" data-testid={`${testId}-empty`}>
      <EmptyState.Title order={3}>{t(`${textKey}.emptyTitle`)}</EmptyState.Title>
      <EmptyState.Description>
        {pastEnd
          ? t(`${textKey}.emptyPastEnd`)
          : filtered
            ? t(`${textKey}.emptyFiltered`)
            : t(`${textKey}.empty`)}
      </EmptyState.Description>
      <EmptyState.Actions>
        <Group justify="center">
          {pastEnd && (
            <Button variant="default" onClick={props.onFirstPage}>
              {t(`${textKey}.firstPage`)}
            </Button>
          )}
          {filtered && !pastEnd && (
            <Button variant="light" onClick={props.onClearFilters}>
              {t(`${textKey}.clearFilters`)}
            </Button>
          )}
          {!filtered && props.unfilteredAction}
        </Group>
      </EmptyState.Actions>
    </EmptyState>
  );
}
