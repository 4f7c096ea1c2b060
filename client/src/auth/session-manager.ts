import { type ExclusiveRunner, inlineRunner } from './exclusive-runner.ts';
import {
  isNearlyExpired,
  REFRESH_RETRY_MS,
  RefreshTimer,
  refreshDelayMs,
} from './refresh-schedule.ts';
import type { SessionTokens } from './session-tokens.ts';
import { parseStoredSession } from './stored-session.ts';
import type { TokenStore } from './token-store.ts';

export type SessionStatus = 'loading' | 'signed-in' | 'signed-out';

/** Why the last session ended, for the message on the sign-in page. */
export type SignOutReason = 'signed-out' | 'expired' | 'signed-out-elsewhere' | 'account-deleted';

export interface SessionState {
  /** `loading` while a stored session is being renewed (on boot, or taken over from a tab). */
  status: SessionStatus;
  sessionId?: string;
  reason?: SignOutReason;
}

/** What renewing a session with its refresh token came to. */
export type RefreshOutcome =
  | { kind: 'refreshed'; session: SessionTokens }
  /** The server refused the token (used, expired, revoked): the session is over. */
  | { kind: 'rejected' }
  /** No usable answer (network, rate limit): the session may still be fine; try later. */
  | { kind: 'unavailable' };

/** The server side of sessions; see session-api.ts. */
export interface SessionApi {
  refresh(refreshToken: string): Promise<RefreshOutcome>;
  /** Revokes the session of the refresh token; best effort. */
  signOut(refreshToken: string): Promise<void>;
}

export interface SessionManagerOptions {
  now?: () => number;
  exclusive?: ExclusiveRunner;
}

/** The refresh lock of the session stored under `storageKey` (`portal.session.refresh`). */
const refreshLock = (storageKey: string) => `${storageKey}.refresh`;

/**
 * The signed-in session of this tab: renews the access token before it expires and when the
 * API rejects it, one refresh at a time however many requests wait for it (single flight),
 * follows sign-ins and sign-outs of other tabs, and ends cleanly when the server says the
 * session is over. React reads its state through `subscribe` / `getState`.
 */
export class SessionManager {
  private state: SessionState;
  private readonly listeners = new Set<() => void>();
  private readonly endListeners = new Set<(reason: SignOutReason | undefined) => void>();
  private readonly timer = new RefreshTimer();
  private inflight: Promise<string | undefined> | undefined;
  private api: SessionApi | undefined;
  private readonly now: () => number;
  private readonly exclusive: ExclusiveRunner;
  private readonly lock: string;

  constructor(
    private readonly tokens: TokenStore,
    options: SessionManagerOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.exclusive = options.exclusive ?? inlineRunner;
    this.lock = refreshLock(tokens.storageKey);
    this.state = tokens.stored() ? { status: 'loading' } : { status: 'signed-out' };
  }

  /** The API is built on the Apollo client, which is built on this manager: wired after both. */
  connect(api: SessionApi): void {
    this.api = api;
  }

  /** On boot: renews a stored session before protected pages render. */
  async start(): Promise<void> {
    if (this.state.status === 'loading') await this.refresh();
  }

  getState = (): SessionState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Called whenever a signed-in session ends here (to clear cached personal data). */
  onSessionEnd(listener: (reason: SignOutReason | undefined) => void): () => void {
    this.endListeners.add(listener);
    return () => this.endListeners.delete(listener);
  }

  /** Takes a session just signed in; `remember` keeps it after the browser closes. */
  signedIn(session: SessionTokens, remember: boolean): void {
    this.tokens.save(session, remember);
    this.setState({ status: 'signed-in', sessionId: session.id });
    this.scheduleRefresh();
  }

  /**
   * The access token to send with a request, renewed first when it is about to expire;
   * undefined when signed out. Waits for a refresh in flight rather than start another.
   */
  async accessTokenForRequest(): Promise<string | undefined> {
    if (this.inflight) return this.inflight;
    if (this.state.status === 'signed-out') return undefined;
    const access = this.tokens.accessToken;
    if (!access || isNearlyExpired(access.expiresAtMs, this.now())) return this.refresh();
    return access.token;
  }

  /**
   * The API said `rejected` is not (or no longer) valid: a newer token when another request
   * already renewed it, else one refresh for all the requests that were turned away.
   */
  async tokenAfterRejection(rejected: string): Promise<string | undefined> {
    if (this.inflight) return this.inflight;
    const current = this.tokens.accessToken;
    if (current && current.token !== rejected) return current.token;
    if (this.state.status === 'signed-out') return undefined;
    return this.refresh();
  }

  /** Renews the session now; concurrent calls share one request. */
  refresh(): Promise<string | undefined> {
    if (!this.inflight) {
      this.inflight = this.exclusive(this.lock, () => this.runRefresh()).finally(() => {
        this.inflight = undefined;
      });
    }
    return this.inflight;
  }

  /** Signs out: revokes the session on the server (best effort), then forgets it here. */
  async signOut(): Promise<void> {
    if (this.inflight) await this.inflight;
    await this.exclusive(this.lock, async () => {
      const stored = this.tokens.stored();
      if (stored && this.api) {
        // Forgetting the session here matters more than the server hearing about it.
        await this.api.signOut(stored.session.refreshToken).catch(() => undefined);
      }
    });
    this.end('signed-out');
  }

  /** The server ended the session already (account deleted): forget it here. */
  endLocally(reason: SignOutReason): void {
    this.end(reason);
  }

  /** Follows the session another tab stored in localStorage (a `storage` event). */
  handleStorageChange(key: string | null, newValue: string | null): void {
    // A null key means the other tab cleared all of localStorage.
    if (key !== null && key !== this.tokens.storageKey) return;
    const next = parseStoredSession(newValue);
    const signedInHere = this.state.status === 'signed-in';
    // A session kept in this tab's sessionStorage is not the other tab's business.
    if (signedInHere && !this.tokens.remembered) return;
    if (!next) {
      if (signedInHere) this.end('signed-out-elsewhere');
      return;
    }
    // The same session with a rotated token: the access token here is still good.
    if (next.sessionId === this.state.sessionId) return;
    if (signedInHere) this.notifyEnd(undefined);
    this.tokens.dropAccessToken();
    this.timer.cancel();
    this.setState({ status: 'loading' });
    void this.refresh();
  }

  /** Listens for sessions changing in other tabs; returns the way to stop. */
  listenToOtherTabs(target: Window, remembered: Storage | undefined): () => void {
    const onStorage = (event: StorageEvent) => {
      if (event.storageArea !== remembered) return;
      this.handleStorageChange(event.key, event.newValue);
    };
    target.addEventListener('storage', onStorage);
    return () => target.removeEventListener('storage', onStorage);
  }

  dispose(): void {
    this.timer.cancel();
    this.listeners.clear();
    this.endListeners.clear();
  }

  private async runRefresh(): Promise<string | undefined> {
    // Read under the lock: another tab may have rotated the token a moment ago.
    const stored = this.tokens.stored();
    if (!stored) {
      this.end(this.state.status === 'signed-out' ? this.state.reason : 'expired');
      return undefined;
    }
    if (!this.api) throw new Error('SessionManager.connect was not called');
    const outcome: RefreshOutcome = await this.api
      .refresh(stored.session.refreshToken)
      .catch(() => ({ kind: 'unavailable' }));
    if (outcome.kind === 'refreshed') {
      const access = this.tokens.save(outcome.session, stored.remember);
      this.setState({ status: 'signed-in', sessionId: outcome.session.id });
      this.scheduleRefresh();
      return access.token;
    }
    if (outcome.kind === 'rejected') {
      this.end('expired');
      return undefined;
    }
    // Unavailable: keep the session and try again soon. On boot there is no access token to
    // go on with, so the page renders signed out; the stored session stays for a reload.
    if (this.state.status === 'loading') {
      this.setState({ status: 'signed-out' });
      return undefined;
    }
    this.timer.schedule(REFRESH_RETRY_MS, () => void this.refresh());
    return this.tokens.accessToken?.token;
  }

  private scheduleRefresh(): void {
    const access = this.tokens.accessToken;
    if (!access) return;
    this.timer.schedule(refreshDelayMs(access.expiresAtMs, this.now()), () => {
      void this.refresh();
    });
  }

  private end(reason: SignOutReason | undefined): void {
    const wasSignedIn = this.state.status !== 'signed-out';
    this.timer.cancel();
    this.tokens.clear();
    this.setState({ status: 'signed-out', ...(reason ? { reason } : {}) });
    if (wasSignedIn) this.notifyEnd(reason);
  }

  private notifyEnd(reason: SignOutReason | undefined): void {
    for (const listener of this.endListeners) listener(reason);
  }

  private setState(next: SessionState): void {
    this.state = next;
    for (const listener of this.listeners) listener();
  }
}
