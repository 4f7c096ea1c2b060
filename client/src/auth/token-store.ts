import { localAccessTokenExpiry } from './access-token-expiry.ts';
import type { SessionTokens } from './session-tokens.ts';
import {
  clearStoredSession,
  readStoredSession,
  type SessionStorages,
  STORED_SESSION_KEY,
  type StoredSession,
  writeStoredSession,
} from './stored-session.ts';

export interface AccessToken {
  token: string;
  sessionId: string;
  /** By this browser's clock (see access-token-expiry.ts). */
  expiresAtMs: number;
}

/**
 * The tokens of the signed-in session: the access token in memory only (a script that reads
 * storage cannot take it), the refresh token in storage so the session survives a reload.
 * The refresh token is always read from storage, never cached: another tab may have rotated it.
 */
export class TokenStore {
  private access: AccessToken | undefined;
  private rememberedHere = false;

  constructor(
    private readonly storages: SessionStorages,
    private readonly now: () => number = Date.now,
    /** The storage key; another one keeps a second, independent session (the admin UI). */
    readonly storageKey: string = STORED_SESSION_KEY,
  ) {}

  /** Keeps a new session pair; `remember` chooses localStorage over sessionStorage. */
  save(session: SessionTokens, remember: boolean): AccessToken {
    this.rememberedHere = remember;
    this.access = {
      token: session.accessToken,
      sessionId: session.id,
      expiresAtMs: localAccessTokenExpiry(
        session.accessToken,
        session.accessTokenExpiresAt,
        this.now(),
      ),
    };
    writeStoredSession(
      this.storages,
      {
        sessionId: session.id,
        refreshToken: session.refreshToken,
        refreshTokenExpiresAt: session.refreshTokenExpiresAt,
      },
      remember,
      this.storageKey,
    );
    return this.access;
  }

  get accessToken(): AccessToken | undefined {
    return this.access;
  }

  /** Whether the session of this tab is kept in localStorage (shared with other tabs). */
  get remembered(): boolean {
    return this.rememberedHere;
  }

  /** The stored refresh token, unless it has expired (then it is removed). */
  stored(): { session: StoredSession; remember: boolean } | undefined {
    const found = readStoredSession(this.storages, this.storageKey);
    if (!found) return undefined;
    const expiresAt = Date.parse(found.session.refreshTokenExpiresAt);
    if (!Number.isNaN(expiresAt) && expiresAt <= this.now()) {
      clearStoredSession(this.storages, this.storageKey);
      return undefined;
    }
    return found;
  }

  /** Forgets the access token only (another tab took the session over, or it was rejected). */
  dropAccessToken(): void {
    this.access = undefined;
  }

  /** Forgets everything, in memory and in both storages. */
  clear(): void {
    this.access = undefined;
    clearStoredSession(this.storages, this.storageKey);
  }
}
