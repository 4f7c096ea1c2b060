import { describe, expect, it } from 'vitest';
import { submissionView } from './submission-view.ts';

describe('submissionView', () => {
  it('is a draft until submitted', () => {
    expect(submissionView({ status: 'DRAFT', delivery: null })).toEqual({ kind: 'draft' });
  });

  it('is submitting while queued', () => {
    expect(
      submissionView({ status: 'SUBMITTING', delivery: { state: 'SUBMITTING', attempts: 1 } }),
    ).toEqual({ kind: 'submitting' });
  });

  it('shows the failure, attempts and next attempt while retrying', () => {
    expect(
      submissionView({
        status: 'SUBMITTING',
        delivery: {
          state: 'FAILED_RETRYING',
          attempts: 3,
          lastError: 'company database unreachable',
          nextAttemptAt: '2026-11-24T10:05:00.000Z',
        },
      }),
    ).toEqual({
      kind: 'failed-retrying',
      attempts: 3,
      lastError: 'company database unreachable',
      nextAttemptAt: '2026-11-24T10:05:00.000Z',
    });
  });

  it('is submitted with the company quote number, also once the order moves on', () => {
    const delivery = { state: 'SUBMITTED' as const, attempts: 1 };
    expect(
      submissionView({ status: 'SUBMITTED', companyQuoteNumber: 'Q-2026-004', delivery }),
    ).toEqual({ kind: 'submitted', companyQuoteNumber: 'Q-2026-004' });
    expect(submissionView({ status: 'READY', companyQuoteNumber: 'Q-2026-004', delivery })).toEqual(
      { kind: 'submitted', companyQuoteNumber: 'Q-2026-004' },
    );
  });
});
