/**
 * The part of a session that outlives the page: its refresh token. In localStorage when the
 * customer chose "remember me" (shared by every tab, kept after the browser closes), else in
 * sessionStorage (this tab only, gone with it). The access token never touches storage.
 */
export interface StoredSession {
  sessionId: string;
  refreshToken: string;
  /** ISO time after which the refresh token is useless. */
  refreshTokenExpiresAt: string;
}

/** The customer session's storage key; the admin UI keeps its own session under another. */
export const STORED_SESSION_KEY = 'portal.session';

/** The two places a refresh token may live; either may be missing (private modes, tests). */
export interface SessionStorages {
  remembered: Storage | undefined;
  notRemembered: Storage | undefined;
}

/** The browser's storages, or none where reading them throws (sandboxed frames). */
export function browserStorages(): SessionStorages {
  const read = (get: () => Storage): Storage | undefined => {
    try {
      return get();
    } catch {
      return undefined;
    }
  };
  return {
    remembered: read(() => window.localStorage),
    notRemembered: read(() => window.sessionStorage),
  };
}

/** A stored record, or undefined for anything that is not one (old formats, tampering). */
export function parseStoredSession(raw: string | null | undefined): StoredSession | undefined {
  if (!raw) return undefined;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return undefined;
    const { sessionId, refreshToken, refreshTokenExpiresAt } = value as Record<string, unknown>;
    if (
      typeof sessionId !== 'string' ||
      typeof refreshToken !== 'string' ||
      typeof refreshTokenExpiresAt !== 'string' ||
      !sessionId ||
      !refreshToken
    ) {
      return undefined;
    }
    return { sessionId, refreshToken, refreshTokenExpiresAt };
  } catch {
    return undefined;
  }
}

function getItem(storage: Storage | undefined, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function removeItem(storage: Storage | undefined, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    // Nothing stored there, or nothing we can do.
  }
}

/** The stored session and where it was: remembered wins when, oddly, both hold one. */
export function readStoredSession(
  storages: SessionStorages,
  key: string = STORED_SESSION_KEY,
): { session: StoredSession; remember: boolean } | undefined {
  const remembered = parseStoredSession(getItem(storages.remembered, key));
  if (remembered) return { session: remembered, remember: true };
  const notRemembered = parseStoredSession(getItem(storages.notRemembered, key));
  if (notRemembered) return { session: notRemembered, remember: false };
  return undefined;
}

/** Stores the session in one place and removes it from the other. */
export function writeStoredSession(
  storages: SessionStorages,
  session: StoredSession,
  remember: boolean,
  key: string = STORED_SESSION_KEY,
): void {
  const [target, other] = remember
    ? [storages.remembered, storages.notRemembered]
    : [storages.notRemembered, storages.remembered];
  removeItem(other, key);
  try {
    target?.setItem(key, JSON.stringify(session));
  } catch {
    // Full or blocked storage: the session lasts as long as this page, which still works.
  }
}

export function clearStoredSession(
  storages: SessionStorages,
  key: string = STORED_SESSION_KEY,
): void {
  removeItem(storages.remembered, key);
  removeItem(storages.notRemembered, key);
}
