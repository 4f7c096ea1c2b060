import type { OrderSync } from './order-sync.ts';

/** `ORDER_SYNC_INTERVAL_MS` when unset. */
export const DEFAULT_ORDER_SYNC_INTERVAL_MS = 5_000;

export interface OrderSyncWorker {
  /** Waits for the run under way, then stops. */
  stop(): Promise<void>;
}

/**
 * Runs `sync.syncAll()` every `intervalMs`, the first run at once. Runs never overlap: the
 * next one is scheduled when the previous one ends, so a slow company stretches the period
 * instead of piling up runs.
 */
export function startOrderSyncWorker(
  sync: OrderSync,
  intervalMs: number = DEFAULT_ORDER_SYNC_INTERVAL_MS,
  log: (line: string) => void = () => {},
): OrderSyncWorker {
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let current: Promise<void> = Promise.resolve();

  const tick = () => {
    timer = null;
    current = sync
      .syncAll()
      .then(() => undefined)
      .catch((error: unknown) => log(`order sync run failed: ${(error as Error).message}`))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };
  tick();

  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await current;
    },
  };
}
