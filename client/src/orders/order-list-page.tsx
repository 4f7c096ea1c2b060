import { Button, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { IconChevronLeft, IconChevronRight, IconPackageOff } from '@tabler/icons-react';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { type LiveOrder, useOrderUpdates } from '../apollo/live-orders.ts';
import { CursorListBody } from '../catalog/cursor-list-body.tsx';
import { pageRange } from '../catalog/page-range.ts';
import { useFormatters } from '../format/use-formatters.ts';
import { OrderListTable } from './order-list-table.tsx';
import {
  changeOrderListState,
  ORDER_PAGE_SIZE,
  ORDER_STATUSES,
  type OrderListUrlState,
  orderListUrlParams,
  PAYMENT_STATUSES,
  parseOrderListUrl,
} from './order-list-url-state.ts';
import { OrderSearchInput } from './order-search-input.tsx';
import { useOrderList } from './use-order-list.ts';

/**
 * `/orders`: the customer's orders — search, status and payment filters and paging in the URL,
 * a row opens the order. Pushed changes update the rows in place (normalized cache); an order
 * not on the page, or one that no longer matches the filter, reads the page again.
 */
export function OrderListPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseOrderListUrl(params), [params]);
  const update = useCallback(
    (change: Partial<OrderListUrlState>, replace = false) =>
      setParams(
        (current) => orderListUrlParams(changeOrderListState(parseOrderListUrl(current), change)),
        { replace, preventScrollReset: true },
      ),
    [setParams],
  );
  const list = useOrderList(state, (page, replace) => update({ page }, replace));
  const nodes = list.nodes;

  const onUpdate = (order: LiveOrder) => {
    const shown = nodes?.some((node) => node.id === order.id);
    const leftFilter =
      (state.status !== null && order.status !== state.status) ||
      (state.payment !== null && order.paymentStatus !== state.payment);
    // Most recently changed first: any change can move rows, but a row in view already shows
    // its new values, so only a new or filtered-out order is worth a request.
    if (!shown || leftFilter || order.deleted) list.reset();
  };
  useOrderUpdates({ onUpdate });

  const filtered = state.q.trim() !== '' || state.status !== null || state.payment !== null;
  const range =
    nodes && list.totalCount !== undefined
      ? pageRange(state.page, ORDER_PAGE_SIZE, nodes.length, list.totalCount)
      : undefined;

  return (
    <Stack gap="md" py="md">
      <Stack gap={4}>
        <Title order={1}>{t('orders.list.title')}</Title>
        <Text c="dimmed" size="sm">
          {t('orders.list.intro')}
        </Text>
      </Stack>

      <Group align="flex-end" gap="md">
        <OrderSearchInput value={state.q} onSearch={(q) => update({ q }, true)} />
        <NativeSelect
          label={t('orders.list.statusLabel')}
          data-testid="order-status-filter"
          value={state.status ?? ''}
          data={[
            { value: '', label: t('orders.list.allStatuses') },
            ...ORDER_STATUSES.map((s) => ({ value: s, label: t(`orders.status.${s}`) })),
          ]}
          onChange={(event) => {
            const value = event.currentTarget.value;
            update({ status: ORDER_STATUSES.find((s) => s === value) ?? null });
          }}
          w={200}
        />
        <NativeSelect
          label={t('orders.list.paymentLabel')}
          data-testid="order-payment-filter"
          value={state.payment ?? ''}
          data={[
            { value: '', label: t('orders.list.allPayments') },
            ...PAYMENT_STATUSES.map((s) => ({ value: s, label: t(`orders.payment.${s}`) })),
          ]}
          onChange={(event) => {
            const value = event.currentTarget.value;
            update({ payment: PAYMENT_STATUSES.find((s) => s === value) ?? null });
          }}
          w={220}
        />
      </Group>

      <CursorListBody
        list={list}
        textKey="orders.list"
        testId="order-list"
        icon={<IconPackageOff size={36} aria-hidden />}
        filtered={filtered}
        onFirstPage={() => update({ page: 1 })}
        onClearFilters={() => update({ q: '', status: null, payment: null })}
        unfilteredAction={
          <Button component={Link} to="/quotes">
            {t('orders.list.toQuotes')}
          </Button>
        }
      >
        {(shown) => <OrderListTable nodes={shown} stale={list.stale} />}
      </CursorListBody>

      <Group component="nav" aria-label={t('catalog.pager.label')} justify="flex-end" gap="xs">
        <Text size="sm" data-testid="order-page-range" aria-live="polite">
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
          data-testid="order-page-prev"
        >
          {t('catalog.pager.previous')}
        </Button>
        <Button
          variant="default"
          size="xs"
          rightSection={<IconChevronRight size={16} aria-hidden />}
          disabled={!list.hasNextPage}
          onClick={list.next}
          data-testid="order-page-next"
        >
          {t('catalog.pager.next')}
        </Button>
      </Group>
    </Stack>
  );
}
