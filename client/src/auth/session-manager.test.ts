import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  type RefreshOutcome,
  type SessionApi,
  SessionManager,
  type SignOutReason,
} from './session-manager.ts';
import { fakeAccessToken, memoryStorage, sessionTokens } from './session-test-fixtures.ts';
import type { SessionTokens } from './session-tokens.ts';
import { type SessionStorages, STORED_SESSION_KEY } from './stored-session.ts';
import { TokenStore } from './token-store.ts';

const NOW = 1_000_000;

/** The n-th session pair the fake server hands out: a ten-minute token issued now. */
function pair(n: number, sessionId = 'session-1'): SessionTokens {
  const iat = Math.floor(Date.now() / 1000);
  return sessionTokens({
    id: sessionId,
    accessToken: `${fakeAccessToken(iat, iat + 600)}-${n}`,
    refreshToken: `refresh-${n}`,
  });
}

function setup(options: { stored?: SessionTokens; remember?: boolean } = {}) {
  const storages: SessionStorages = { remembered: memoryStorage(), notRemembered: memoryStorage() };
  const tokens = new TokenStore(storages);
  if (options.stored) tokens.save(options.stored, options.remember ?? true);
  // A fresh page: only storage survives, not the access token.
  const manager = new SessionManager(new TokenStore(storages));
  let issued = 1;
  const used: string[] = [];
  let answer: (refreshToken: string) => Promise<RefreshOutcome> = async () => ({
    kind: 'refreshed',
    session: pair(++issued),
  });
  const api: SessionApi = {
    refresh: vi.fn((refreshToken: string) => {
      used.push(refreshToken);
      return answer(refreshToken);
    }),
    signOut: vi.fn(async () => undefined),
  };
  manager.connect(api);
  const ended: (SignOutReason | undefined)[] = [];
  manager.onSessionEnd((reason) => ended.push(reason));
  return {
    manager,
    storages,
    api,
    used,
    ended,
    answerWith(next: (refreshToken: string) => Promise<RefreshOutcome>) {
      answer = next;
    },
  };
}

describe('SessionManager', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(NOW);
  });
  afterEach(() => vi.useRealTimers());

  it('starts signed out without a stored session, and loading with one', () => {
    expect(setup().manager.getState()).toEqual({ status: 'signed-out' });
    expect(setup({ stored: pair(1) }).manager.getState()).toEqual({ status: 'loading' });
  });

  it('renews a stored session on boot (the reload case)', async () => {
    const { manager, used } = setup({ stored: pair(1) });
    await manager.start();
    expect(used).toEqual(['refresh-1']);
    expect(manager.getState()).toEqual({ status: 'signed-in', sessionId: 'session-1' });
    expect(await manager.accessTokenForRequest()).toBe(pair(2).accessToken);
  });

  it('sends concurrent requests on one refresh (single flight)', async () => {
    const { manager, api, answerWith } = setup({ stored: pair(1) });
    let release!: () => void;
    answerWith(
      () =>
        new Promise((resolve) => {
          release = () => resolve({ kind: 'refreshed', session: pair(2) });
        }),
    );
    const waiting = [
      manager.accessTokenForRequest(),
      manager.accessTokenForRequest(),
      manager.refresh(),
      manager.tokenAfterRejection('stale'),
    ];
    release();
    const tokens = await Promise.all(waiting);
    expect(api.refresh).toHaveBeenCalledTimes(1);
    expect(new Set(tokens)).toEqual(new Set([pair(2).accessToken]));
  });

  it('refreshes shortly before the access token expires, again and again', async () => {
    const { manager, used } = setup();
    manager.signedIn(pair(1), true);
    await vi.advanceTimersByTimeAsync(539_000);
    expect(used).toEqual([]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(used).toEqual(['refresh-1']);
    await vi.advanceTimersByTimeAsync(540_000);
    expect(used).toEqual(['refresh-1', 'refresh-2']);
    expect(manager.getState().status).toBe('signed-in');
  });

  it('refreshes before sending a token about to expire (a late timer)', async () => {
    const { manager, used } = setup();
    manager.signedIn(pair(1), true);
    vi.setSystemTime(NOW + 595_000);
    expect(await manager.accessTokenForRequest()).toBe(pair(2).accessToken);
    expect(used).toEqual(['refresh-1']);
  });

  it('refreshes once after a rejection, and not again for a token already replaced', async () => {
    const { manager, used } = setup();
    manager.signedIn(pair(1), true);
    const rejected = pair(1).accessToken;
    expect(await manager.tokenAfterRejection(rejected)).toBe(pair(2).accessToken);
    expect(await manager.tokenAfterRejection(rejected)).toBe(pair(2).accessToken);
    expect(used).toEqual(['refresh-1']);
  });

  it('ends the session cleanly when the server refuses the refresh token', async () => {
    const { manager, storages, ended, answerWith } = setup();
    manager.signedIn(pair(1), true);
    answerWith(async () => ({ kind: 'rejected' }));
    expect(await manager.tokenAfterRejection(pair(1).accessToken)).toBeUndefined();
    expect(manager.getState()).toEqual({ status: 'signed-out', reason: 'expired' });
    expect(ended).toEqual(['expired']);
    expect(storages.remembered?.getItem(STORED_SESSION_KEY)).toBeNull();
    expect(await manager.accessTokenForRequest()).toBeUndefined();
  });

  it('keeps the session when the server cannot be reached, and tries again', async () => {
    const { manager, used, answerWith } = setup();
    manager.signedIn(pair(1), true);
    answerWith(async () => ({ kind: 'unavailable' }));
    expect(await manager.refresh()).toBe(pair(1).accessToken);
    expect(manager.getState().status).toBe('signed-in');
    answerWith(async () => ({ kind: 'refreshed', session: pair(2) }));
    await vi.advanceTimersByTimeAsync(15_000);
    expect(used).toEqual(['refresh-1', 'refresh-1']);
    expect(await manager.accessTokenForRequest()).toBe(pair(2).accessToken);
  });

  it('renders signed out when the server cannot be reached on boot, keeping the stored session', async () => {
    const { manager, storages, ended, answerWith } = setup({ stored: pair(1) });
    answerWith(async () => ({ kind: 'unavailable' }));
    await manager.start();
    expect(manager.getState()).toEqual({ status: 'signed-out' });
    expect(ended).toEqual([]);
    expect(storages.remembered?.getItem(STORED_SESSION_KEY)).not.toBeNull();
  });

  it('signs out on the server with the current refresh token, then forgets the session', async () => {
    const { manager, api, storages, ended } = setup();
    manager.signedIn(pair(1), false);
    await manager.signOut();
    expect(api.signOut).toHaveBeenCalledWith('refresh-1');
    expect(manager.getState()).toEqual({ status: 'signed-out', reason: 'signed-out' });
    expect(ended).toEqual(['signed-out']);
    expect(storages.notRemembered?.getItem(STORED_SESSION_KEY)).toBeNull();
    // No refresh is left scheduled.
    await vi.advanceTimersByTimeAsync(3_600_000);
    expect(api.refresh).not.toHaveBeenCalled();
  });

  it('signs out here even when the server cannot be told', async () => {
    const { manager, api } = setup();
    vi.mocked(api.signOut).mockRejectedValueOnce(new Error('offline'));
    manager.signedIn(pair(1), true);
    await manager.signOut();
    expect(manager.getState().status).toBe('signed-out');
  });

  describe('other tabs', () => {
    it('follows a sign-out in another tab', () => {
      const { manager, ended } = setup();
      manager.signedIn(pair(1), true);
      manager.handleStorageChange(STORED_SESSION_KEY, null);
      expect(manager.getState()).toEqual({ status: 'signed-out', reason: 'signed-out-elsewhere' });
      expect(ended).toEqual(['signed-out-elsewhere']);
    });

    it('ignores another tab rotating the same session', () => {
      const { manager, api } = setup();
      manager.signedIn(pair(1), true);
      manager.handleStorageChange(
        STORED_SESSION_KEY,
        JSON.stringify({
          sessionId: 'session-1',
          refreshToken: 'refresh-9',
          refreshTokenExpiresAt: '2099-01-01T00:00:00.000Z',
        }),
      );
      expect(manager.getState().status).toBe('signed-in');
      expect(api.refresh).not.toHaveBeenCalled();
    });

    it('takes over a session signed in in another tab, with the token that tab stored', async () => {
      const { manager, storages, used } = setup();
      const other = new TokenStore(storages);
      other.save(pair(7, 'session-2'), true);
      manager.handleStorageChange(
        STORED_SESSION_KEY,
        storages.remembered?.getItem(STORED_SESSION_KEY) ?? null,
      );
      expect(manager.getState().status).toBe('loading');
      await manager.accessTokenForRequest();
      expect(used).toEqual(['refresh-7']);
      expect(manager.getState().status).toBe('signed-in');
    });

    it('leaves a tab-only session alone', () => {
      const { manager } = setup();
      manager.signedIn(pair(1), false);
      manager.handleStorageChange(STORED_SESSION_KEY, null);
      expect(manager.getState().status).toBe('signed-in');
    });

    it('ignores other keys', () => {
      const { manager } = setup();
      manager.signedIn(pair(1), true);
      manager.handleStorageChange('portal.language', 'en');
      expect(manager.getState().status).toBe('signed-in');
    });
  });
});
