import { Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrderDetail_OrderQuery } from '../__generated__/graphql.ts';
import { useFormatters } from '../format/use-formatters.ts';

type OrderEvent = NonNullable<OrderDetail_OrderQuery['order']>['timeline'][number];

/** Every change the portal saw of the order, oldest first, each with its time in the locale. */
export function OrderTimeline({ events }: { events: readonly OrderEvent[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (events.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('orders.detail.timelineEmpty')}
      </Text>
    );
  }
  const status = (value: OrderEvent['toStatus']) =>
    value ? t(`orders.status.${value}`) : t('common.none');
  const payment = (value: OrderEvent['toPaymentStatus']) =>
    value ? t(`orders.payment.${value}`) : t('common.none');
  const text = (event: OrderEvent) => {
    switch (event.kind) {
      case 'CREATED':
        return t('orders.detail.event.CREATED', { to: status(event.toStatus) });
      case 'STATUS':
        return t('orders.detail.event.STATUS', {
          from: status(event.fromStatus),
          to: status(event.toStatus),
        });
      case 'PAYMENT':
        return t('orders.detail.event.PAYMENT', {
          from: payment(event.fromPaymentStatus),
          to: payment(event.toPaymentStatus),
        });
      case 'DELETED':
        return t('orders.detail.event.DELETED');
    }
  };
  return (
    <Timeline active={events.length - 1} bulletSize={14} lineWidth={2} data-testid="order-timeline">
      {events.map((event) => (
        <Timeline.Item
          key={event.id}
          title={text(event)}
          data-testid="order-event"
          data-kind={event.kind}
          data-to-status={event.toStatus ?? undefined}
        >
          <Text size="xs" c="dimmed">
            <time dateTime={event.at}>{format.dateTime(event.at)}</time>
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
