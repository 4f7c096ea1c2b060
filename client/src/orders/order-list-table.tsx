import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useFormatters } from '../format/use-formatters.ts';
import { useIsChanged } from './last-seen-context.tsx';
import { OrderStatusBadge, PaymentStatusBadge } from './order-status-badge.tsx';
import type { OrderListNode } from './use-order-list.ts';

interface OrderListTableProps {
  nodes: OrderListNode[];
  /** The page being replaced is shown dimmed while the next loads. */
  stale: boolean;
}

/** The orders of one page; a row opens the order. Rows update in place as changes are pushed. */
export function OrderListTable({ nodes, stale }: OrderListTableProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const navigate = useNavigate();
  const isChanged = useIsChanged();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table highlightOnHover striped opacity={stale ? 0.6 : 1} data-testid="order-list">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('orders.list.columns.number')}</Table.Th>
            <Table.Th>{t('orders.list.columns.quote')}</Table.Th>
            <Table.Th>{t('orders.list.columns.company')}</Table.Th>
            <Table.Th>{t('orders.list.columns.status')}</Table.Th>
            <Table.Th>{t('orders.list.columns.payment')}</Table.Th>
            <Table.Th>{t('orders.list.columns.updated')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {nodes.map((order) => (
            <Table.Tr
              key={order.id}
              data-testid="order-row"
              data-order-id={order.id}
              style={{ cursor: 'pointer' }}
              onClick={() => navigate(`/orders/${order.id}`)}
            >
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Anchor
                    component={Link}
                    to={`/orders/${order.id}`}
                    fw={500}
                    onClick={(event) => event.stopPropagation()}
                  >
                    {order.number ?? (
                      <Text span c="dimmed" size="sm">
                        {t('orders.list.noNumberYet')}
                      </Text>
                    )}
                  </Anchor>
                  {isChanged(order) && (
                    <Badge size="xs" color="red" variant="dot" data-testid="order-changed">
                      {t('orders.list.changed')}
                    </Badge>
                  )}
                </Group>
                <Text size="xs" c="dimmed">
                  {order.companyQuoteNumber}
                </Text>
              </Table.Td>
              <Table.Td>{order.quote.number}</Table.Td>
              <Table.Td>{order.company.name}</Table.Td>
              <Table.Td>
                <OrderStatusBadge status={order.status} />
              </Table.Td>
              <Table.Td>
                <PaymentStatusBadge status={order.paymentStatus} />
              </Table.Td>
              <Table.Td>{format.dateTime(order.updatedAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
