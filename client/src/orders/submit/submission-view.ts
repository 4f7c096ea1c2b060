import type { QuoteDeliveryState, QuoteStatus } from '../../__generated__/graphql.ts';

export interface SubmittableQuote {
  status: QuoteStatus;
  companyQuoteNumber?: string | null;
  delivery?: {
    state: QuoteDeliveryState;
    attempts: number;
    lastError?: string | null;
    nextAttemptAt?: string | null;
  } | null;
}

export type SubmissionView =
  | { kind: 'draft' }
  | { kind: 'submitting' }
  | {
      kind: 'failed-retrying';
      attempts: number;
      lastError: string | null;
      nextAttemptAt: string | null;
    }
  | { kind: 'submitted'; companyQuoteNumber: string | null };

/**
 * What the submit button shows for a quote. The delivery state decides while the quote is on
 * its way; once the company has it (or any later status) it is submitted, with the company's
 * number when known.
 */
export function submissionView(quote: SubmittableQuote): SubmissionView {
  if (quote.status === 'DRAFT') return { kind: 'draft' };
  const delivery = quote.delivery;
  if (delivery?.state === 'FAILED_RETRYING') {
    return {
      kind: 'failed-retrying',
      attempts: delivery.attempts,
      lastError: delivery.lastError ?? null,
      nextAttemptAt: delivery.nextAttemptAt ?? null,
    };
  }
  if (quote.status === 'SUBMITTING' || delivery?.state === 'SUBMITTING') {
    return { kind: 'submitting' };
  }
  return { kind: 'submitted', companyQuoteNumber: quote.companyQuoteNumber ?? null };
}
