/** The part of `Storage` the store needs (sessionStorage in the app, a Map in tests). */
export interface SessionKeyStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const PREFIX = 'portal.submitKey.';

/**
 * The idempotency key of a quote's submission attempt. Made once when the customer confirms
 * and reused by every retry (a timeout, a reload mid-request, a second click) until the server
 * has queued the quote: the same key can never submit twice, while a fresh key would be
 * `ALREADY_SUBMITTED`. sessionStorage, so a reload of the tab keeps it but another tab — a
 * separate intention — does not share it.
 */
export class IdempotencyKeyStore {
  constructor(
    private readonly storage: SessionKeyStorage,
    private readonly newKey: () => string = () => crypto.randomUUID(),
  ) {}

  /** The pending attempt's key for `quoteId`, made now when there is none. */
  keyFor(quoteId: string): string {
    const name = PREFIX + quoteId;
    let existing: string | null = null;
    try {
      existing = this.storage.getItem(name);
    } catch {
      // Storage disabled: a key per call still protects each request's own retries.
    }
    if (existing) return existing;
    const key = this.newKey();
    try {
      this.storage.setItem(name, key);
    } catch {
      // As above.
    }
    return key;
  }

  /** Whether an attempt for `quoteId` is pending (confirmed but not known to have succeeded). */
  has(quoteId: string): boolean {
    try {
      return this.storage.getItem(PREFIX + quoteId) !== null;
    } catch {
      return false;
    }
  }

  /** The attempt ended (queued, or the quote went already): the next one gets a new key. */
  clear(quoteId: string): void {
    try {
      this.storage.removeItem(PREFIX + quoteId);
    } catch {
      // Nothing kept, nothing to clear.
    }
  }
}
