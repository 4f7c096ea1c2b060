/** One RPC request as the endpoint answered it. */
export interface CallRecord {
  slug: string;
  fn: string;
  /** `service_role` or `anon`; `none` when the request was refused before a role was known. */
  role: string;
  /** HTTP status sent; 0 when the connection was dropped (a `down` fault or a client abort). */
  status: number;
  /** Time from the request's arrival to the end of the answer, including injected delays. */
  ms: number;
  /** The caller's `x-request-id` (the portal sends the id of the request it serves). */
  requestId?: string;
}

export type CallListener = (call: CallRecord) => void;

/** Kept records; older ones are dropped so a long-running embedded endpoint stays bounded. */
const MAX_RECORDS = 10_000;

export class CallLog {
  #records: CallRecord[] = [];
  readonly #listeners = new Set<CallListener>();

  add(record: CallRecord): void {
    this.#records.push(record);
    if (this.#records.length > MAX_RECORDS)
      this.#records.splice(0, this.#records.length - MAX_RECORDS);
    for (const listener of this.#listeners) {
      try {
        listener(record);
      } catch (error) {
        // A listener is an observer: its failure must not fail the call it observes.
        console.error('[local-supabase] call listener failed', error);
      }
    }
  }

  all(): ReadonlyArray<CallRecord> {
    return [...this.#records];
  }

  reset(): void {
    this.#records = [];
  }

  subscribe(listener: CallListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
