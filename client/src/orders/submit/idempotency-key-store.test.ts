import { describe, expect, it } from 'vitest';
import { IdempotencyKeyStore, type SessionKeyStorage } from './idempotency-key-store.ts';

function memoryStorage(): SessionKeyStorage {
  const data = new Map<string, string>();
  return {
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

function counterKeys() {
  let n = 0;
  return () => {
    n += 1;
    return `key-${n}`;
  };
}

describe('IdempotencyKeyStore', () => {
  it('makes one key per attempt and gives the same one to every retry', () => {
    const store = new IdempotencyKeyStore(memoryStorage(), counterKeys());
    expect(store.has('q1')).toBe(false);
    expect(store.keyFor('q1')).toBe('key-1');
    expect(store.keyFor('q1')).toBe('key-1');
    expect(store.has('q1')).toBe(true);
  });

  it('keeps keys apart by quote', () => {
    const store = new IdempotencyKeyStore(memoryStorage(), counterKeys());
    expect(store.keyFor('q1')).toBe('key-1');
    expect(store.keyFor('q2')).toBe('key-2');
  });

  it('survives a reload of the page (a new store over the same storage)', () => {
    const storage = memoryStorage();
    const first = new IdempotencyKeyStore(storage, counterKeys()).keyFor('q1');
    expect(new IdempotencyKeyStore(storage, () => 'other').keyFor('q1')).toBe(first);
  });

  it('gives a new key after the attempt succeeded', () => {
    const store = new IdempotencyKeyStore(memoryStorage(), counterKeys());
    store.keyFor('q1');
    store.clear('q1');
    expect(store.has('q1')).toBe(false);
    expect(store.keyFor('q1')).toBe('key-2');
  });

  it('still gives a key when storage throws (disabled)', () => {
    const broken: SessionKeyStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    const store = new IdempotencyKeyStore(broken, counterKeys());
    expect(store.keyFor('q1')).toBe('key-1');
    expect(store.has('q1')).toBe(false);
    expect(() => store.clear('q1')).not.toThrow();
  });

  it('makes UUIDs by default', () => {
    const key = new IdempotencyKeyStore(memoryStorage()).keyFor('q1');
    expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
