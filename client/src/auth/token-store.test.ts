import { describe, expect, it } from 'vitest';
import { memoryStorage, sessionTokens } from './session-test-fixtures.ts';
import { type SessionStorages, STORED_SESSION_KEY } from './stored-session.ts';
import { TokenStore } from './token-store.ts';

const storages = (): SessionStorages => ({
  remembered: memoryStorage(),
  notRemembered: memoryStorage(),
});

describe('TokenStore', () => {
  it('keeps the access token in memory only and the refresh token in localStorage when remembered', () => {
    const places = storages();
    const store = new TokenStore(places, () => 50_000);
    const access = store.save(sessionTokens(), true);

    expect(access).toEqual({
      token: sessionTokens().accessToken,
      sessionId: 'session-1',
      // 600 s of lifetime counted from when it arrived, by this browser's clock.
      expiresAtMs: 50_000 + 600_000,
    });
    const stored = places.remembered?.getItem(STORED_SESSION_KEY) ?? '';
    expect(JSON.parse(stored)).toEqual({
      sessionId: 'session-1',
      refreshToken: 'refresh-1',
      refreshTokenExpiresAt: '2099-01-01T00:00:00.000Z',
    });
    expect(stored).not.toContain(sessionTokens().accessToken);
    expect(places.notRemembered?.getItem(STORED_SESSION_KEY)).toBeNull();
    expect(store.remembered).toBe(true);
  });

  it('uses sessionStorage when not remembered, and moves the session between the two', () => {
    const places = storages();
    const store = new TokenStore(places);
    store.save(sessionTokens(), true);
    store.save(sessionTokens({ refreshToken: 'refresh-2' }), false);

    expect(places.remembered?.getItem(STORED_SESSION_KEY)).toBeNull();
    expect(store.stored()).toEqual({
      session: expect.objectContaining({ refreshToken: 'refresh-2' }),
      remember: false,
    });
  });

  it('always reads the refresh token from storage, where another tab may have rotated it', () => {
    const places = storages();
    const store = new TokenStore(places);
    store.save(sessionTokens(), true);
    places.remembered?.setItem(
      STORED_SESSION_KEY,
      JSON.stringify({
        sessionId: 'session-1',
        refreshToken: 'rotated-by-another-tab',
        refreshTokenExpiresAt: '2099-01-01T00:00:00.000Z',
      }),
    );
    expect(store.stored()?.session.refreshToken).toBe('rotated-by-another-tab');
  });

  it('forgets an expired refresh token', () => {
    const places = storages();
    const store = new TokenStore(places, () => Date.parse('2026-12-01T00:00:00Z'));
    store.save(sessionTokens({ refreshTokenExpiresAt: '2026-11-30T00:00:00.000Z' }), true);
    expect(store.stored()).toBeUndefined();
    expect(places.remembered?.getItem(STORED_SESSION_KEY)).toBeNull();
  });

  it('ignores storage content that is not a session', () => {
    const places = storages();
    places.remembered?.setItem(STORED_SESSION_KEY, '{"refreshToken": 42}');
    places.notRemembered?.setItem(STORED_SESSION_KEY, 'not json');
    expect(new TokenStore(places).stored()).toBeUndefined();
  });

  it('clears memory and both storages', () => {
    const places = storages();
    const store = new TokenStore(places);
    store.save(sessionTokens(), false);
    store.clear();
    expect(store.accessToken).toBeUndefined();
    expect(store.stored()).toBeUndefined();
  });

  it('works without storage at all (blocked in the browser)', () => {
    const store = new TokenStore({ remembered: undefined, notRemembered: undefined });
    expect(store.save(sessionTokens(), true).token).toBe(sessionTokens().accessToken);
    expect(store.stored()).toBeUndefined();
  });
});
