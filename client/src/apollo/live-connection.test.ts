import { describe, expect, it } from 'vitest';
import { backoffMs, liveUrl } from './live-connection.ts';
import { Emitter } from './reconnect-emitter.ts';

describe('live connection helpers', () => {
  it('backs off exponentially with jitter, capped at 30 s', () => {
    expect(backoffMs(0, () => 0)).toBe(500);
    expect(backoffMs(0, () => 1)).toBe(1_000);
    expect(backoffMs(3, () => 0)).toBe(4_000);
    expect(backoffMs(20, () => 1)).toBe(30_000);
  });

  it('builds the socket URL from the page location', () => {
    expect(liveUrl({ protocol: 'https:', host: 'portal.hu' })).toBe('wss://portal.hu/graphql');
    expect(liveUrl({ protocol: 'http:', host: '127.0.0.1:4000' })).toBe(
      'ws://127.0.0.1:4000/graphql',
    );
  });

  it('emits to every listener until it is removed', () => {
    const emitter = new Emitter<number>();
    const seen: number[] = [];
    const off = emitter.on((n) => seen.push(n));
    const once = emitter.on((n) => {
      seen.push(n * 10);
      once();
    });
    emitter.emit(1);
    emitter.emit(2);
    off();
    emitter.emit(3);
    expect(seen).toEqual([1, 10, 2]);
  });
});
