import type { AccountErrorCode } from '../__generated__/resolvers-types.ts';

/** An expected failure of an account operation, returned as data (`AccountError` in the API). */
export interface AccountError {
  code: AccountErrorCode;
  message: string;
  field: string | null;
  retryAfterSeconds: number | null;
}

export function accountError(
  code: AccountErrorCode,
  message: string,
  field: string | null = null,
  retryAfterSeconds: number | null = null,
): AccountError {
  return { code, message, field, retryAfterSeconds };
}

/** What a failing operation gives back; the success shape is the operation's own. */
export type Failure = { error: AccountError };

export function fail(
  code: AccountErrorCode,
  message: string,
  field?: string | null,
  retryAfterSeconds?: number | null,
): Failure {
  return { error: accountError(code, message, field ?? null, retryAfterSeconds ?? null) };
}

/** Same answer for a wrong email and a wrong password: sign-in reveals nothing about accounts. */
export const INVALID_CREDENTIALS = (): Failure =>
  fail('INVALID_CREDENTIALS', 'The email address or the password is wrong');
