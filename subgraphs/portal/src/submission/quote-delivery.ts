import type { QuoteDeliveryState } from '../__generated__/resolvers-types.ts';
import type { QuoteSubmissionState } from '../data/quote-rows.ts';

/**
 * `Quote.delivery` from the outbox row: delivered → `SUBMITTED`; an attempt failed and the row
 * waits for the next one → `FAILED_RETRYING`; otherwise queued → `SUBMITTING`.
 */
export function quoteDelivery(submission: QuoteSubmissionState | null) {
  if (!submission) return null;
  const delivered = submission.deliveredAt !== null;
  const state: QuoteDeliveryState = delivered
    ? 'SUBMITTED'
    : submission.lastError !== null
      ? 'FAILED_RETRYING'
      : 'SUBMITTING';
  return {
    state,
    attempts: submission.attempts,
    lastError: delivered ? null : submission.lastError,
    nextAttemptAt: delivered ? null : submission.nextAttemptAt,
    deliveredAt: submission.deliveredAt,
    pricedAt: submission.pricedAt,
  };
}
