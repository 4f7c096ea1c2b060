import {
  type CompanyLinks,
  isCompanyLinkError,
  type SubmitQuoteResult,
} from '@portal/company-link';
import type { Db } from '@portal/db';
import {
  type ClaimedSubmission,
  createSubmissionRows,
  type SubmissionRows,
} from '../data/submission-rows.ts';
import { type BackoffOptions, backoffMs, DEFAULT_BACKOFF } from './backoff.ts';

/**
 * Delivers submitted quotes to their companies (docs/submission.md, decision 008).
 *
 * Each run claims due outbox rows with a lease (a short transaction), calls every company's
 * `portal_submit_quote` with no transaction open, then records each outcome in its own short
 * transaction. A worker that dies mid-way leaves a lease that simply runs out: the row is
 * claimed again and the company, idempotent by portal quote id, returns the quote it already
 * created. Several instances share the outbox through `for update skip locked`.
 */

export interface DeliveryWorkerOptions {
  db: Db;
  links: CompanyLinks;
  /** How often due rows are looked for when nothing wakes the worker. Default 2000 ms. */
  intervalMs?: number;
  /** How long a claimed row is ours; longer than a company call can take. Default 60 s. */
  leaseMs?: number;
  /** Rows per run. Default 10. */
  batchSize?: number;
  backoff?: BackoffOptions;
  random?: () => number;
  log?: (line: string) => void;
  /**
   * Runs after the company answered and before the portal records it. Tests throw here to be
   * a worker killed between the company insert and the portal update.
   */
  afterCompanyCall?: (claim: ClaimedSubmission, result: SubmitQuoteResult) => Promise<void> | void;
}

export interface DeliveryRun {
  claimed: number;
  delivered: number;
  failed: number;
}

export interface DeliveryWorker {
  /** One pass over the due rows (tests call it directly). */
  runOnce(): Promise<DeliveryRun>;
  /** Runs soon (a quote was just submitted), without waiting for the interval. */
  wake(): void;
  /** Starts the periodic runs. */
  start(): void;
  /** Stops; waits for the run in progress to finish. */
  close(): Promise<void>;
}

export function createDeliveryWorker(options: DeliveryWorkerOptions): DeliveryWorker {
  const rows: SubmissionRows = createSubmissionRows(options.db);
  const intervalMs = options.intervalMs ?? 2_000;
  const leaseMs = options.leaseMs ?? 60_000;
  const batchSize = options.batchSize ?? 10;
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const log = options.log ?? (() => {});

  let started = false;
  let closed = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<DeliveryRun> | null = null;
  let again = false;

  async function deliver(claim: ClaimedSubmission): Promise<'delivered' | 'failed' | 'lost'> {
    let result: SubmitQuoteResult;
    try {
      const link = await options.links.get(claim.companyId);
      result = await link.submitQuote(claim.payload);
    } catch (error) {
      const message = describe(error);
      const wait = backoffMs(claim.attempts, backoff, options.random);
      log(
        `submission: quote ${claim.quoteId} attempt ${claim.attempts} failed (${message}); retry in ${Math.round(wait / 1000)} s`,
      );
      await rows.fail(claim, message, wait);
      return 'failed';
    }
    // A failure from here on (the portal database, or a crash) keeps the lease: the row is
    // claimed again when it runs out, and the company answers with the same quote.
    await options.afterCompanyCall?.(claim, result);
    const recorded = await rows.complete(claim, result);
    log(
      `submission: quote ${claim.quoteId} is ${result.quoteNumber} at company ${claim.companyId}${result.created ? '' : ' (found from an earlier attempt)'}`,
    );
    return recorded ? 'delivered' : 'lost';
  }

  async function runOnce(): Promise<DeliveryRun> {
    const claims = await rows.claimDue(batchSize, leaseMs);
    const outcomes = await Promise.all(
      claims.map((claim) =>
        deliver(claim).catch((error: unknown) => {
          log(`submission: quote ${claim.quoteId} not recorded: ${describe(error)}`);
          return 'lost' as const;
        }),
      ),
    );
    return {
      claimed: claims.length,
      delivered: outcomes.filter((o) => o === 'delivered').length,
      failed: outcomes.filter((o) => o === 'failed').length,
    };
  }

  function schedule(ms: number) {
    if (closed || !started) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(tick, ms);
    timer.unref?.();
  }

  function tick() {
    timer = null;
    if (closed) return;
    if (running) {
      again = true;
      return;
    }
    running = runOnce()
      .catch((error: unknown) => {
        log(`submission: delivery run failed: ${describe(error)}`);
        return { claimed: 0, delivered: 0, failed: 0 };
      })
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          schedule(0);
        } else {
          schedule(intervalMs);
        }
      });
  }

  return {
    runOnce,
    wake() {
      if (!started || closed) return;
      if (running) again = true;
      else schedule(0);
    },
    start() {
      if (started || closed) return;
      started = true;
      schedule(0);
    },
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      timer = null;
      await running;
    },
  };
}

/** A short, safe description for the log and `Quote.delivery.lastError`. */
function describe(error: unknown): string {
  if (isCompanyLinkError(error)) return error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}
