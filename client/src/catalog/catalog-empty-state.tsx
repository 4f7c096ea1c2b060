import { Button, EmptyState, Group } from '@mantine/core';
import { IconFilterOff, IconSearchOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  type CatalogUrlState,
  clearSearchAndFilters,
  hasSearchOrFilters,
} from './catalog-url-state.ts';
import type { UpdateCatalogState } from './use-catalog-url-state.ts';

interface CatalogEmptyStateProps {
  state: CatalogUrlState;
  update: UpdateCatalogState;
  /** Items in the whole list: more than zero means only this page is empty. */
  totalCount: number;
}

/** "Nincs találat", saying what was searched, with the way out. */
export function CatalogEmptyState({ state, update, totalCount }: CatalogEmptyStateProps) {
  const { t } = useTranslation();
  const pastEnd = totalCount > 0;
  const filtered = hasSearchOrFilters(state);
  const q = state.q.trim();
  const description = pastEnd
    ? t('catalog.empty.pastEnd')
    : q !== ''
      ? t('catalog.empty.withSearch', { q })
      : filtered
        ? t('catalog.empty.withFilters')
        : t('catalog.empty.none');

  return (
    <EmptyState py="xl" icon={<IconSearchOff size={36} aria-hidden />} role="status">
      <EmptyState.Title order={3}>{t('catalog.empty.title')}</EmptyState.Title>
      <EmptyState.Description>{description}</EmptyState.Description>
      <EmptyState.Actions>
        <Group justify="center">
          {pastEnd && (
            <Button variant="default" onClick={() => update({ page: 1 })}>
              {t('catalog.empty.firstPage')}
            </Button>
          )}
          {!pastEnd && filtered && (
            <Button
              variant="light"
              leftSection={<IconFilterOff size={16} aria-hidden />}
              onClick={() => update(clearSearchAndFilters(state))}
            >
              {t('catalog.filters.clear')}
            </Button>
          )}
        </Group>
      </EmptyState.Actions>
    </EmptyState>
  );
}
