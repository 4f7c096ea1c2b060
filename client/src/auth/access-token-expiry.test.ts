import { describe, expect, it } from 'vitest';
import { localAccessTokenExpiry } from './access-token-expiry.ts';
import { fakeAccessToken } from './session-test-fixtures.ts';

describe('localAccessTokenExpiry', () => {
  it('counts the token lifetime from its arrival, whatever the server clock says', () => {
    // A server clock hours ahead of this browser's changes nothing.
    const token = fakeAccessToken(2_000_000_000, 2_000_000_600);
    expect(localAccessTokenExpiry(token, '2033-05-18T03:43:20.000Z', 10_000)).toBe(610_000);
  });

  it('falls back to the server time for a token it cannot read', () => {
    expect(localAccessTokenExpiry('opaque', '2026-11-24T10:10:00.000Z', 0)).toBe(
      Date.parse('2026-11-24T10:10:00.000Z'),
    );
    expect(localAccessTokenExpiry('a.bm90IGpzb24.c', 'never', 5)).toBe(5);
  });
});
