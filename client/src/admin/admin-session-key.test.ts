import { describe, expect, it, vi } from 'vitest';
import { type SessionApi, SessionManager } from '../auth/session-manager.ts';
import { memoryStorage, sessionTokens } from '../auth/session-test-fixtures.ts';
import { type SessionStorages, STORED_SESSION_KEY } from '../auth/stored-session.ts';
import { TokenStore } from '../auth/token-store.ts';
import { ADMIN_SESSION_KEY } from './admin-session.ts';

const api = (): SessionApi => ({
  refresh: vi.fn(async () => ({ kind: 'rejected' as const })),
  signOut: vi.fn(async () => {}),
});

describe('the admin session beside the customer session', () => {
  it('is stored under its own key and leaves the customer session alone', async () => {
    const storages: SessionStorages = {
      remembered: memoryStorage(),
      notRemembered: memoryStorage(),
    };
    const customer = new SessionManager(new TokenStore(storages));
    const admin = new SessionManager(new TokenStore(storages, Date.now, ADMIN_SESSION_KEY));
    customer.connect(api());
    admin.connect(api());
    customer.signedIn(sessionTokens({ id: 'customer', refreshToken: 'c-refresh' }), true);
    admin.signedIn(sessionTokens({ id: 'admin', refreshToken: 'a-refresh' }), false);
    expect(storages.remembered?.getItem(STORED_SESSION_KEY)).toContain('c-refresh');
    expect(storages.notRemembered?.getItem(ADMIN_SESSION_KEY)).toContain('a-refresh');

    // Another tab changing the customer session does not touch the admin's, and back.
    admin.handleStorageChange(STORED_SESSION_KEY, null);
    expect(admin.getState()).toEqual({ status: 'signed-in', sessionId: 'admin' });

    await admin.signOut();
    expect(admin.getState().status).toBe('signed-out');
    expect(storages.notRemembered?.getItem(ADMIN_SESSION_KEY)).toBeNull();
    expect(customer.getState()).toEqual({ status: 'signed-in', sessionId: 'customer' });
    expect(storages.remembered?.getItem(STORED_SESSION_KEY)).toContain('c-refresh');
    customer.dispose();
    admin.dispose();
  });
});
