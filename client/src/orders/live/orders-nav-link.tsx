import { useQuery } from '@apollo/client/react';
import { Badge } from '@mantine/core';
import { IconPackage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useSession } from '../../auth/session-context.tsx';
import { useChangedCount } from '../last-seen-context.tsx';
import { OrdersChangedQuery } from '../order-documents.ts';
import { OrderToastStack } from '../order-toasts.tsx';
import { OrderStatusListener } from './order-status-listener.tsx';

const NO_ORDERS: never[] = [];

function ChangedBadge() {
  const { t } = useTranslation();
  // Read from the cache the listener keeps current; no request of its own.
  const { data } = useQuery(OrdersChangedQuery, { fetchPolicy: 'cache-only' });
  const orders = data?.orders.edges.map((edge) => edge.node) ?? NO_ORDERS;
  const count = useChangedCount(orders);
  if (count === 0) return null;
  return (
    <Badge
      size="xs"
      circle
      color="red"
      aria-label={t('orders.navChanged', { count })}
      data-testid="nav-orders-changed"
    >
      {count}
    </Badge>
  );
}

/**
 * The header's "Orders" entry. Signed in, it also runs the app's one order listener and its
 * toast stack (status toasts anywhere in the app) and shows how many orders changed since the customer last
 * opened them.
 */
export function OrdersNavLink({ className }: { className?: string | undefined }) {
  const { t } = useTranslation();
  const signedIn = useSession().status === 'signed-in';
  return (
    <>
      <NavLink to="/orders" className={className} data-testid="nav-orders">
        <IconPackage size={18} aria-hidden />
        {t('orders.nav')}
        {signedIn && <ChangedBadge />}
      </NavLink>
      {signedIn && (
        <>
          <OrderStatusListener />
          <OrderToastStack />
        </>
      )}
    </>
  );
}
