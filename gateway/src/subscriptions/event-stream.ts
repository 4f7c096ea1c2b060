import type { PortalEvent, PortalEventHub } from '@portal/events';
import type { FormattedExecutionResult } from 'graphql';

/** The most distinct changed ids one subscription keeps waiting; beyond that the oldest go. */
const MAX_PENDING = 1_000;

export interface EventStreamOptions {
  hub: PortalEventHub;
  /** Only this customer's events reach the stream (the hub filters by it); all when absent. */
  customerId?: string;
  /** Which events concern this subscription (type, id, owning company). */
  accepts(event: PortalEvent): boolean;
  /** Re-reads the changed object; null when the subscriber may not see it (nothing is sent). */
  read(id: string): Promise<FormattedExecutionResult | null>;
  /** Runs once when the stream ends (client completes, socket closes, server shuts down). */
  onEnd(): void;
}

/**
 * An async iterator of results for graphql-ws, fed by the process's event hub. Events queue
 * per subscription and are read one at a time, so results go out in the order of the changes;
 * several events for one id that pile up while a read runs collapse into one read (the state
 * is re-read anyway). A hand-written iterator rather than an async generator: `return()` must
 * end it at once even while it waits for the next event.
 */
export function eventStream(
  options: EventStreamOptions,
): AsyncIterableIterator<FormattedExecutionResult> {
  const pending = new Set<string>();
  let wake: (() => void) | null = null;
  let done = false;
  const unsubscribe = options.hub.subscribe({
    ...(options.customerId ? { customerId: options.customerId } : {}),
    onEvent(event) {
      if (done || !options.accepts(event)) return;
      pending.delete(event.id); // re-added last: the latest change decides the order
      pending.add(event.id);
      if (pending.size > MAX_PENDING) pending.delete(pending.values().next().value!);
      wake?.();
    },
  });

  const finish = (): IteratorReturnResult<undefined> => {
    if (!done) {
      done = true;
      unsubscribe();
      pending.clear();
      options.onEnd();
      wake?.();
    }
    return { done: true, value: undefined };
  };

  const iterator: AsyncIterableIterator<FormattedExecutionResult> = {
    async next() {
      while (!done) {
        const id = pending.values().next().value;
        if (id === undefined) {
          await new Promise<void>((resolve) => {
            wake = resolve;
          });
          wake = null;
          continue;
        }
        pending.delete(id);
        const result = await options.read(id);
        if (result && !done) return { done: false, value: result };
      }
      return { done: true, value: undefined };
    },
    async return() {
      return finish();
    },
    async throw(error: unknown) {
      finish();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
