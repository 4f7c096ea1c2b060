import type { ErrorLike } from '@apollo/client';
import type { RefreshOutcome } from './session-manager.ts';
import type { SessionTokens } from './session-tokens.ts';

/** Codes of a refresh the server refused for good: signing in again is the only way on. */
const FINAL_CODES = new Set(['INVALID_REFRESH_TOKEN', 'ACCOUNT_DISABLED', 'INVALID_CREDENTIALS']);

/**
 * What a `refreshSession` answer means for the session. Only a refusal ends it; a failed
 * request or a rate limit leaves it to be tried again, since a customer should not lose
 * their session to a moment without network.
 */
export function refreshOutcome(
  answer: { session?: SessionTokens | null; error?: { code: string } | null } | null | undefined,
  _error: ErrorLike | undefined,
): RefreshOutcome {
  if (answer?.session) return { kind: 'refreshed', session: answer.session };
  if (answer?.error && FINAL_CODES.has(answer.error.code)) return { kind: 'rejected' };
  return { kind: 'unavailable' };
}
