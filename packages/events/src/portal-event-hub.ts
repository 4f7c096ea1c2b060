import {
  listenPortalEvents,
  type PortalEventHandlers,
  type PortalEventSource,
} from './listen-portal-events.ts';
import type { PortalEvent } from './portal-event.ts';

export interface PortalEventSubscriber {
  /**
   * Only this customer's events; every event when absent (a company key or an admin view —
   * the caller then filters itself). Filtering here keeps a busy process from offering every
   * event to every socket.
   */
  customerId?: string;
  onEvent(event: PortalEvent): void;
  /** Events may have been missed (the LISTEN connection was re-established): refetch. */
  onGap?(): void;
}

export interface PortalEventHub {
  /** Adds a subscriber; the returned function removes it again. */
  subscribe(subscriber: PortalEventSubscriber): () => void;
  /** How many subscribers there are now. */
  readonly size: number;
  close(): Promise<void>;
}

const ALL = Symbol('all customers');

/**
 * One LISTEN per process, many subscribers: every graphql-ws subscription of a gateway shares
 * one database connection. A subscriber that throws is reported and does not stop the others.
 */
export async function openPortalEventHub(
  source: PortalEventSource,
  options: {
    onError?: PortalEventHandlers['onError'];
    /** Once per gap, after every subscriber's own `onGap`. */
    onGap?: () => void;
  } = {},
): Promise<PortalEventHub> {
  const byCustomer = new Map<string | typeof ALL, Set<PortalEventSubscriber>>();
  let size = 0;
  const safely = (fn: () => void) => {
    try {
      fn();
    } catch (error) {
      options.onError?.(error);
    }
  };
  const listening = await listenPortalEvents(source, {
    onEvent(event) {
      for (const key of [event.customerId, ALL] as const) {
        for (const subscriber of byCustomer.get(key) ?? []) safely(() => subscriber.onEvent(event));
      }
    },
    onGap() {
      for (const set of byCustomer.values()) {
        for (const subscriber of set) if (subscriber.onGap) safely(() => subscriber.onGap?.());
      }
      if (options.onGap) safely(options.onGap);
    },
    ...(options.onError ? { onError: options.onError } : {}),
  });
  return {
    subscribe(subscriber) {
      const key = subscriber.customerId ?? ALL;
      const set = byCustomer.get(key) ?? new Set<PortalEventSubscriber>();
      byCustomer.set(key, set);
      // A copy: the same object subscribed twice still counts (and is removed) once per call.
      const entry = { ...subscriber };
      set.add(entry);
      size += 1;
      let removed = false;
      return () => {
        if (removed) return;
        removed = true;
        size -= 1;
        set.delete(entry);
        if (set.size === 0 && byCustomer.get(key) === set) byCustomer.delete(key);
      };
    },
    get size() {
      return size;
    },
    close: () => listening.close(),
  };
}
