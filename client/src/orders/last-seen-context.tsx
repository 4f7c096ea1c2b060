import { useEffect, useState, useSyncExternalStore } from 'react';
import { LastSeenStore, type SeenOrder } from './last-seen-store.ts';

let shared: LastSeenStore | undefined;

/**
 * The app's one last-seen store over localStorage, made on first use (no provider to mount);
 * another tab's change arrives through the `storage` event.
 */
function lastSeenStore(): LastSeenStore {
  if (!shared) {
    const store = new LastSeenStore(window.localStorage);
    window.addEventListener('storage', () => store.reload());
    shared = store;
  }
  return shared;
}

/** A number that changes whenever the store does, so derived values are computed again. */
function useStoreVersion(store: LastSeenStore): number {
  const [version] = useState(() => ({ n: 0 }));
  return useSyncExternalStore(
    (onChange) =>
      store.subscribe(() => {
        version.n += 1;
        onChange();
      }),
    () => version.n,
  );
}

/** Whether an order changed since last seen; the caller re-renders when that may differ. */
export function useIsChanged(): (order: SeenOrder) => boolean {
  const store = lastSeenStore();
  useStoreVersion(store);
  return (order) => store.isChanged(order);
}

/** How many of `orders` changed since last seen, kept current. */
export function useChangedCount(orders: readonly SeenOrder[]): number {
  const store = lastSeenStore();
  useStoreVersion(store);
  return store.changedCount(orders);
}

/** Marks the order seen as of the version shown (the detail page, on every pushed change). */
export function useMarkSeen(order: SeenOrder | undefined): void {
  const id = order?.id;
  const updatedAt = order?.updatedAt;
  useEffect(() => {
    if (id && updatedAt) lastSeenStore().markSeen({ id, updatedAt });
  }, [id, updatedAt]);
}
