import type { SessionTokens } from './session-tokens.ts';

// Fixtures of the session unit tests (not part of the app bundle: nothing in it imports them).

/** A Storage in memory, as the browser's behaves for the calls made here. */
export function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}

const base64url = (value: object) =>
  Buffer.from(JSON.stringify(value)).toString('base64').replace(/=+$/, '');

/** An unsigned token with the claims the client reads (`iat`, `exp`). */
export function fakeAccessToken(iat: number, exp: number): string {
  return `${base64url({ alg: 'ES256' })}.${base64url({ iat, exp, sub: 'c1' })}.signature`;
}

export function sessionTokens(overrides: Partial<SessionTokens> = {}): SessionTokens {
  return {
    id: 'session-1',
    accessToken: fakeAccessToken(1_000, 1_600),
    accessTokenExpiresAt: '2026-11-24T10:10:00.000Z',
    refreshToken: 'refresh-1',
    refreshTokenExpiresAt: '2099-01-01T00:00:00.000Z',
    ...overrides,
  };
}
