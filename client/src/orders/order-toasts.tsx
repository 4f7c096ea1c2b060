import { Anchor, Notification, Portal, Stack } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Emitter } from '../apollo/reconnect-emitter.ts';

export interface OrderToast {
  orderId: string;
  title: string;
  text: string;
}

interface ShownToast extends OrderToast {
  key: number;
}

/** How long a toast stays unless closed. */
const TOAST_MS = 8_000;
/** More than this many at once drop the oldest: a burst of changes must not cover the page. */
const MAX_TOASTS = 4;

const toasts = new Emitter<OrderToast>();

/** Shows an order toast in the stack (nothing happens while no stack is mounted). */
export function showOrderToast(toast: OrderToast): void {
  toasts.emit(toast);
}

/**
 * Order-status toasts in the corner of every page, mounted once with the Orders nav entry. A
 * small stack of Mantine `Notification`s rather than `@mantine/notifications`: that package is
 * not published for the `@mantine/core` version the client uses and pins it exactly as a peer
 * (docs/orders.md).
 */
export function OrderToastStack() {
  const { t } = useTranslation();
  const [shown, setShown] = useState<ShownToast[]>([]);
  useEffect(() => {
    let counter = 0;
    const timers = new Set<ReturnType<typeof setTimeout>>();
    const stop = toasts.on((toast) => {
      counter += 1;
      const key = counter;
      setShown((current) => [...current, { ...toast, key }].slice(-MAX_TOASTS));
      const timer = setTimeout(() => {
        timers.delete(timer);
        setShown((current) => current.filter((item) => item.key !== key));
      }, TOAST_MS);
      timers.add(timer);
    });
    return () => {
      stop();
      for (const timer of timers) clearTimeout(timer);
    };
  }, []);
  const close = (key: number) => setShown((current) => current.filter((item) => item.key !== key));
  return (
    <Portal>
      <Stack
        gap="xs"
        role="region"
        aria-label={t('orders.toast.region')}
        aria-live="polite"
        style={{ position: 'fixed', right: 16, bottom: 16, zIndex: 1000, width: 340 }}
      >
        {shown.map((toast) => (
          <Notification
            key={toast.key}
            title={toast.title}
            onClose={() => close(toast.key)}
            closeButtonProps={{ 'aria-label': t('orders.toast.close') }}
            withBorder
            data-testid="order-toast"
          >
            {toast.text}{' '}
            <Anchor component={Link} to={`/orders/${toast.orderId}`} size="sm">
              {t('orders.toast.open')}
            </Anchor>
          </Notification>
        ))}
      </Stack>
    </Portal>
  );
}
