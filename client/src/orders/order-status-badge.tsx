import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrderStatus, PaymentStatus } from '../__generated__/graphql.ts';

/** The quote list's colours (quotes/list/quote-status-badge.tsx), so a status looks the same. */
const STATUS_COLORS: Record<OrderStatus, string> = {
  SUBMITTED: 'blue',
  ORDERED: 'indigo',
  IN_PRODUCTION: 'orange',
  READY: 'teal',
  FINISHED: 'green',
  CANCELLED: 'red',
};

const PAYMENT_COLORS: Record<PaymentStatus, string> = {
  NOT_PAID: 'gray',
  PARTIAL: 'yellow',
  PAID: 'green',
};

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={STATUS_COLORS[status]}
      variant="light"
      data-testid="order-status"
      data-status={status}
    >
      {t(`orders.status.${status}`)}
    </Badge>
  );
}

export function PaymentStatusBadge({ status }: { status: PaymentStatus }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={PAYMENT_COLORS[status]}
      variant="outline"
      data-testid="order-payment"
      data-status={status}
    >
      {t(`orders.payment.${status}`)}
    </Badge>
  );
}
