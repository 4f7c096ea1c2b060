import { Emitter } from '../apollo/reconnect-emitter.ts';

/** The part of `Storage` the store needs (localStorage in the app, a Map in tests). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface SeenOrder {
  id: string;
  /** `Order.updatedAt`: when the portal last saw a change. */
  updatedAt: string;
}

interface Stored {
  /** Changes before this moment count as seen for orders never opened (first use of the store). */
  since: string;
  /** Per order, the `updatedAt` the customer saw when they last opened it. */
  seen: Record<string, string>;
}

const KEY = 'portal.orders.lastSeen';

function time(iso: string): number {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? 0 : t;
}

/**
 * Which of the customer's orders changed since they last looked (the nav badge). Kept in
 * localStorage, so it survives reloads and is shared by tabs; per browser rather than per
 * account on the server, since "seen" is about this screen. On first use everything up to now
 * counts as seen: a new device does not greet the customer with every order they ever had.
 */
export class LastSeenStore {
  private readonly changes = new Emitter();
  private cache: Stored | undefined;

  constructor(
    private readonly storage: KeyValueStorage,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private read(): Stored {
    if (this.cache) return this.cache;
    let stored: Stored | undefined;
    try {
      const parsed = JSON.parse(this.storage.getItem(KEY) ?? 'null') as Partial<Stored> | null;
      if (parsed && typeof parsed.since === 'string' && typeof parsed.seen === 'object') {
        stored = { since: parsed.since, seen: { ...parsed.seen } };
      }
    } catch {
      // A damaged entry starts over rather than breaking the header.
    }
    if (!stored) {
      stored = { since: this.now().toISOString(), seen: {} };
      this.write(stored);
    }
    this.cache = stored;
    return stored;
  }

  private write(stored: Stored): void {
    this.cache = stored;
    try {
      this.storage.setItem(KEY, JSON.stringify(stored));
    } catch {
      // Storage full or disabled: the badge works for this page's life only.
    }
  }

  /** Whether the order changed after the customer last opened it. */
  isChanged(order: SeenOrder): boolean {
    const stored = this.read();
    const seen = stored.seen[order.id] ?? stored.since;
    return time(order.updatedAt) > time(seen);
  }

  /** How many of `orders` changed since last seen. */
  changedCount(orders: readonly SeenOrder[]): number {
    return orders.filter((order) => this.isChanged(order)).length;
  }

  /** The customer opened the order as of `updatedAt`: it no longer counts as changed. */
  markSeen(order: SeenOrder): void {
    const stored = this.read();
    const previous = stored.seen[order.id];
    if (previous && time(previous) >= time(order.updatedAt)) return;
    this.write({ ...stored, seen: { ...stored.seen, [order.id]: order.updatedAt } });
    this.changes.emit();
  }

  /** Another tab wrote the store: read it again. */
  reload(): void {
    this.cache = undefined;
    this.changes.emit();
  }

  /** Calls `listener` after every change; returns the function that stops it. */
  subscribe(listener: () => void): () => void {
    return this.changes.on(listener);
  }
}
