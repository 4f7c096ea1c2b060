import { describe, expect, it, vi } from 'vitest';
import { type KeyValueStorage, LastSeenStore } from './last-seen-store.ts';

function memoryStorage(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
  };
}

const NOW = new Date('2026-11-24T10:00:00.000Z');

describe('LastSeenStore', () => {
  it('counts nothing from before its first use as changed', () => {
    const store = new LastSeenStore(memoryStorage(), () => NOW);
    expect(store.isChanged({ id: 'a', updatedAt: '2026-11-24T09:59:00.000Z' })).toBe(false);
    expect(store.isChanged({ id: 'b', updatedAt: '2026-11-24T10:01:00.000Z' })).toBe(true);
  });

  it('counts an order changed after it was seen, until it is seen again', () => {
    const store = new LastSeenStore(memoryStorage(), () => NOW);
    store.markSeen({ id: 'a', updatedAt: '2026-11-24T11:00:00.000Z' });
    const orders = [
      { id: 'a', updatedAt: '2026-11-24T11:00:00.000Z' },
      { id: 'b', updatedAt: '2026-11-24T12:00:00.000Z' },
    ];
    expect(store.changedCount(orders)).toBe(1);
    const later = { id: 'a', updatedAt: '2026-11-24T13:00:00.000Z' };
    expect(store.changedCount([later, orders[1] ?? later])).toBe(2);
    store.markSeen(later);
    store.markSeen({ id: 'b', updatedAt: '2026-11-24T12:00:00.000Z' });
    expect(store.changedCount([later, orders[1] ?? later])).toBe(0);
  });

  it('never moves a seen time back, and tells listeners about real changes only', () => {
    const store = new LastSeenStore(memoryStorage(), () => NOW);
    const listener = vi.fn();
    store.subscribe(listener);
    store.markSeen({ id: 'a', updatedAt: '2026-11-24T12:00:00.000Z' });
    store.markSeen({ id: 'a', updatedAt: '2026-11-24T11:00:00.000Z' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.isChanged({ id: 'a', updatedAt: '2026-11-24T11:30:00.000Z' })).toBe(false);
  });

  it('keeps what was seen in storage for the next page load (and other tabs)', () => {
    const storage = memoryStorage();
    new LastSeenStore(storage, () => NOW).markSeen({
      id: 'a',
      updatedAt: '2026-11-24T12:00:00.000Z',
    });
    const next = new LastSeenStore(storage, () => new Date('2030-01-01T00:00:00.000Z'));
    expect(next.isChanged({ id: 'a', updatedAt: '2026-11-24T12:00:00.000Z' })).toBe(false);
    expect(next.isChanged({ id: 'a', updatedAt: '2026-11-24T12:00:01.000Z' })).toBe(true);
    // `since` came from the first store, not the second's later clock.
    expect(next.isChanged({ id: 'b', updatedAt: '2026-11-24T10:30:00.000Z' })).toBe(true);
  });

  it('reads another tab’s change after reload', () => {
    const storage = memoryStorage();
    const mine = new LastSeenStore(storage, () => NOW);
    const other = new LastSeenStore(storage, () => NOW);
    const order = { id: 'a', updatedAt: '2026-11-24T12:00:00.000Z' };
    expect(mine.isChanged(order)).toBe(true);
    other.markSeen(order);
    mine.reload();
    expect(mine.isChanged(order)).toBe(false);
  });

  it('starts over from a damaged entry', () => {
    const storage = memoryStorage();
    storage.data.set('portal.orders.lastSeen', '{not json');
    const store = new LastSeenStore(storage, () => NOW);
    expect(store.isChanged({ id: 'a', updatedAt: '2026-11-24T09:00:00.000Z' })).toBe(false);
  });
});
