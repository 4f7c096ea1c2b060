import { describe, expect, it } from 'vitest';
import { refreshOutcome } from './refresh-outcome.ts';
import { sessionTokens } from './session-test-fixtures.ts';

describe('refreshOutcome', () => {
  it('takes a new pair', () => {
    expect(refreshOutcome({ session: sessionTokens() }, undefined)).toEqual({
      kind: 'refreshed',
      session: sessionTokens(),
    });
  });

  it('ends the session only when the server refuses the token', () => {
    expect(refreshOutcome({ error: { code: 'INVALID_REFRESH_TOKEN' } }, undefined)).toEqual({
      kind: 'rejected',
    });
    expect(refreshOutcome({ error: { code: 'ACCOUNT_DISABLED' } }, undefined).kind).toBe(
      'rejected',
    );
  });

  it('keeps the session through a rate limit or a failed request', () => {
    expect(refreshOutcome({ error: { code: 'RATE_LIMITED' } }, undefined).kind).toBe('unavailable');
    expect(refreshOutcome(undefined, new TypeError('Failed to fetch')).kind).toBe('unavailable');
  });
});
