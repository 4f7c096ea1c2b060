import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  Card,
  Center,
  EmptyState,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconArrowLeft, IconPackageOff } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { fieldError } from '../apollo/field-error.ts';
import { useOrderUpdates } from '../apollo/live-orders.ts';
import { retryQuery } from '../apollo/retry-query.ts';
import { SectionErrorAlert } from '../app/section-error-alert.tsx';
import { useFormatters } from '../format/use-formatters.ts';
import { useMarkSeen } from './last-seen-context.tsx';
import { OrderDetailQuery } from './order-documents.ts';
import { OrderStatusBadge, PaymentStatusBadge } from './order-status-badge.tsx';
import { OrderTimeline } from './order-timeline.tsx';

function Field({
  label,
  children,
  testId,
}: {
  label: string;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <div data-testid={testId}>{children}</div>
    </Stack>
  );
}

/**
 * `/orders/:id`: one order as its company progresses it — status, payment, numbers and the
 * timeline. Live: `orderUpdated(orderId)` updates it in place (normalized by id, timeline
 * included) and a lost connection reads it again (`useOrderUpdates`). Opening it marks the
 * order seen for the nav badge, and so does every change pushed while it is open.
 */
export function OrderDetailPage() {
  const id = useParams().id ?? '';
  const { t } = useTranslation();
  const format = useFormatters();
  const { data, loading, error, refetch } = useQuery(OrderDetailQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  useOrderUpdates({ orderId: id });
  const order = data?.order;
  useMarkSeen(order ?? undefined);

  if (!order && loading) {
    return (
      <Center mih={240} aria-busy="true">
        <Stack align="center" gap="xs">
          <Loader aria-hidden />
          <Text role="status" c="dimmed" size="sm">
            {t('orders.detail.loading')}
          </Text>
        </Stack>
      </Center>
    );
  }
  if (!order) {
    const failure = fieldError(error, ['order']);
    if (failure || error) {
      return (
        <Stack py="md">
          <SectionErrorAlert
            error={failure ?? { kind: 'other' }}
            title={t('orders.detail.loadFailed')}
            onRetry={() => retryQuery(refetch)}
          />
        </Stack>
      );
    }
    return (
      <EmptyState
        py="xl"
        icon={<IconPackageOff size={36} aria-hidden />}
        data-testid="order-not-found"
      >
        <EmptyState.Title order={1}>{t('orders.detail.notFoundTitle')}</EmptyState.Title>
        <EmptyState.Description>{t('orders.detail.notFoundText')}</EmptyState.Description>
        <EmptyState.Actions>
          <Button component={Link} to="/orders">
            {t('orders.detail.backToList')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    );
  }

  return (
    <Stack gap="md" py="md" data-testid="order-detail" data-order-id={order.id}>
      <Anchor component={Link} to="/orders" size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden />
          {t('orders.detail.backToList')}
        </Group>
      </Anchor>
      <Group gap="sm">
        <Title order={1} size="h2" data-testid="order-title">
          {order.number
            ? t('orders.detail.title', { number: order.number })
            : t('orders.detail.titleNoNumber', { quote: order.companyQuoteNumber })}
        </Title>
        <OrderStatusBadge status={order.status} />
        <PaymentStatusBadge status={order.paymentStatus} />
      </Group>
      {order.deleted && (
        <Alert color="red" role="status">
          {t('orders.detail.deleted')}
        </Alert>
      )}
      <Card withBorder padding="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <Field label={t('orders.detail.company')}>
            <Text>{order.company.name}</Text>
          </Field>
          <Field label={t('orders.detail.orderNumber')} testId="order-number">
            <Text>{order.number ?? t('orders.list.noNumberYet')}</Text>
          </Field>
          <Field label={t('orders.detail.companyQuoteNumber')}>
            <Text>{order.companyQuoteNumber}</Text>
          </Field>
          <Field label={t('orders.detail.portalQuote')}>
            <Anchor component={Link} to={`/quotes/${order.quote.id}`} data-testid="order-quote">
              {order.quote.number}
            </Anchor>
          </Field>
          <Field label={t('orders.detail.updated')}>
            <Text>{format.dateTime(order.updatedAt)}</Text>
          </Field>
        </SimpleGrid>
      </Card>
      <Card withBorder padding="md">
        <Title order={2} size="h4" mb="sm">
          {t('orders.detail.timelineTitle')}
        </Title>
        <OrderTimeline events={order.timeline} />
      </Card>
    </Stack>
  );
}
