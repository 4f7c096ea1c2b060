import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import {
  IconChevronLeft,
  IconChevronRight,
  IconFileOff,
  IconPlus,
  IconTrash,
} from '@tabler/icons-react';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { CursorListBody } from '../../catalog/cursor-list-body.tsx';
import { pageRange } from '../../catalog/page-range.ts';
import { useFormatters } from '../../format/use-formatters.ts';
import { DeleteQuotesModal } from './delete-quotes-modal.tsx';
import { DeleteQuotesMutation, DuplicateQuoteMutation } from './quote-list-documents.ts';
import { QuoteListTable } from './quote-list-table.tsx';
import {
  changeQuoteListState,
  parseQuoteListUrl,
  QUOTE_PAGE_SIZE,
  QUOTE_STATUS_FILTERS,
  type QuoteListUrlState,
  quoteListUrlParams,
} from './quote-list-url-state.ts';
import { QuoteSearchInput } from './quote-search-input.tsx';
import { type QuoteListNode, useQuoteList } from './use-quote-list.ts';

type Notice = { kind: 'ok' | 'error'; text: string } | null;

/**
 * `/quotes`: the customer's saved quotes — search, status filter and paging in the URL, a row
 * opens the quote, drafts can be deleted in bulk (after a confirmation) and any quote copied.
 */
export function QuoteListPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseQuoteListUrl(params), [params]);
  const update = useCallback(
    (change: Partial<QuoteListUrlState>, replace = false) =>
      setParams(
        (current) => quoteListUrlParams(changeQuoteListState(parseQuoteListUrl(current), change)),
        { replace, preventScrollReset: true },
      ),
    [setParams],
  );
  const list = useQuoteList(state, (page, replace) => update({ page }, replace));
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const [duplicating, setDuplicating] = useState<string | null>(null);
  const [deleteQuotes, deletion] = useMutation(DeleteQuotesMutation, {
    refetchQueries: ['QuoteList_Quotes'],
    awaitRefetchQueries: true,
  });
  const [duplicateQuote] = useMutation(DuplicateQuoteMutation, {
    refetchQueries: ['QuoteList_Quotes'],
    awaitRefetchQueries: true,
  });

  // Selection belongs to the rows in view: a new search, filter or page starts without one.
  const listKey = `${state.q}|${state.status}|${state.page}`;
  const [selectionKey, setSelectionKey] = useState(listKey);
  if (selectionKey !== listKey) {
    setSelectionKey(listKey);
    setSelected(new Set());
  }

  const nodes = list.nodes;
  const selectedQuotes = (nodes ?? []).filter((q) => selected.has(q.id));

  const select = (ids: string[], on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });

  const confirmDelete = async () => {
    const ids = selectedQuotes.map((q) => q.id);
    try {
      const { data } = await deleteQuotes({ variables: { ids } });
      const result = data?.deleteQuotes;
      if (!result || result.error) {
        const reason =
          result?.error?.code === 'NOT_DRAFT'
            ? t('quotes.list.deleteNotDraft')
            : result?.error?.code === 'NOT_FOUND'
              ? t('quotes.list.deleteNotFound')
              : (result?.error?.message ?? '');
        setNotice({ kind: 'error', text: t('quotes.list.deleteFailed', { reason }) });
      } else {
        setNotice({
          kind: 'ok',
          text: t('quotes.list.deleted', { count: result.deletedIds.length }),
        });
        setSelected(new Set());
        list.reset();
      }
    } catch {
      setNotice({ kind: 'error', text: t('quotes.list.deleteFailed', { reason: '' }) });
    } finally {
      setConfirming(false);
    }
  };

  const duplicate = async (quote: QuoteListNode) => {
    setDuplicating(quote.id);
    try {
      const { data } = await duplicateQuote({ variables: { id: quote.id } });
      const copy = data?.duplicateQuote.quote;
      if (copy) {
        setNotice({ kind: 'ok', text: t('quotes.list.duplicated', { number: copy.number }) });
        list.reset();
      } else setNotice({ kind: 'error', text: t('quotes.list.duplicateFailed') });
    } catch {
      setNotice({ kind: 'error', text: t('quotes.list.duplicateFailed') });
    } finally {
      setDuplicating(null);
    }
  };

  const filtered = state.q.trim() !== '' || state.status !== null;
  const range =
    nodes && list.totalCount !== undefined
      ? pageRange(state.page, QUOTE_PAGE_SIZE, nodes.length, list.totalCount)
      : undefined;

  return (
    <Stack gap="md" py="md">
      <Group justify="space-between">
        <Title order={1}>{t('quotes.list.title')}</Title>
        <Button
          component={Link}
          to="/quotes/new"
          leftSection={<IconPlus size={16} aria-hidden />}
          data-testid="new-quote"
        >
          {t('quotes.list.newQuote')}
        </Button>
      </Group>

      <Group align="flex-end" gap="md">
        <QuoteSearchInput value={state.q} onSearch={(q) => update({ q }, true)} />
        <NativeSelect
          label={t('quotes.list.statusLabel')}
          data-testid="quote-status-filter"
          value={state.status ?? ''}
          data={[
            { value: '', label: t('quotes.list.allStatuses') },
            ...QUOTE_STATUS_FILTERS.map((s) => ({ value: s, label: t(`quotes.status.${s}`) })),
          ]}
          onChange={(event) => {
            const value = event.currentTarget.value;
            update({
              status: QUOTE_STATUS_FILTERS.find((s) => s === value) ?? null,
            });
          }}
          w={200}
        />
        {selectedQuotes.length > 0 && (
          <Group gap="xs">
            <Text size="sm" data-testid="quote-selected-count">
              {t('quotes.list.selected', { count: selectedQuotes.length })}
            </Text>
            <Button
              color="red"
              variant="light"
              leftSection={<IconTrash size={16} aria-hidden />}
              onClick={() => setConfirming(true)}
              data-testid="delete-selected"
            >
              {t('quotes.list.deleteSelected')}
            </Button>
          </Group>
        )}
      </Group>

      {notice && (
        <Alert
          color={notice.kind === 'ok' ? 'green' : 'red'}
          withCloseButton
          onClose={() => setNotice(null)}
          role={notice.kind === 'ok' ? 'status' : 'alert'}
          data-testid="quote-list-notice"
        >
          {notice.text}
        </Alert>
      )}

      <CursorListBody
        list={list}
        textKey="quotes.list"
        testId="quote-list"
        icon={<IconFileOff size={36} aria-hidden />}
        filtered={filtered}
        onFirstPage={() => update({ page: 1 })}
        onClearFilters={() => update({ q: '', status: null })}
        unfilteredAction={
          <Button onClick={() => navigate('/quotes/new')}>{t('quotes.list.newQuote')}</Button>
        }
      >
        {(shown) => (
          <QuoteListTable
            nodes={shown}
            stale={list.stale}
            selected={selected}
            onSelect={select}
            onDuplicate={duplicate}
            duplicating={duplicating}
          />
        )}
      </CursorListBody>

      <Group component="nav" aria-label={t('catalog.pager.label')} justify="flex-end" gap="xs">
        <Text size="sm" data-testid="quote-page-range" aria-live="polite">
          {range
            ? t('catalog.pager.range', {
                from: format.count(range.from),
                to: format.count(range.to),
                total: format.count(range.total),
              })
            : '…'}
        </Text>
        <Button
          variant="default"
          size="xs"
          leftSection={<IconChevronLeft size={16} aria-hidden />}
          disabled={state.page <= 1}
          onClick={() => update({ page: state.page - 1 })}
          data-testid="quote-page-prev"
        >
          {t('catalog.pager.previous')}
        </Button>
        <Button
          variant="default"
          size="xs"
          rightSection={<IconChevronRight size={16} aria-hidden />}
          disabled={!list.hasNextPage}
          onClick={list.next}
          data-testid="quote-page-next"
        >
          {t('catalog.pager.next')}
        </Button>
      </Group>

      <DeleteQuotesModal
        numbers={confirming ? selectedQuotes.map((q) => q.number) : null}
        deleting={deletion.loading}
        onConfirm={confirmDelete}
        onClose={() => setConfirming(false)}
      />
    </Stack>
  );
}
