import type { ErrorLike } from '@apollo/client';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { requestIdOf } from '../apollo/request-id.ts';

/**
 * Why an account operation did not succeed, whatever way the answer came: an `AccountError`
 * in the result (expected failures), a GraphQL error of the gateway (`RATE_LIMITED`,
 * `UNAUTHENTICATED`…), or a request that failed (`NETWORK`).
 */
export interface AccountFailure {
  code: string;
  /** The input field at fault, as the API names it (`password`, `billing.postalCode`). */
  field?: string;
  retryAfterSeconds?: number;
  requestId?: string;
}

interface AccountErrorAnswer {
  code: string;
  field?: string | null;
  retryAfterSeconds?: number | null;
}

function positiveSeconds(value: unknown): number | undefined {
  const seconds = typeof value === 'string' ? Number(value) : value;
  return typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0
    ? Math.ceil(seconds)
    : undefined;
}

/** The failure of a mutation result, or undefined when it succeeded. */
export function accountFailure(
  answer: AccountErrorAnswer | null | undefined,
  error: ErrorLike | undefined,
): AccountFailure | undefined {
  const requestId = requestIdOf(error);
  const withRequestId = requestId ? { requestId } : {};
  if (answer) {
    const retryAfterSeconds = positiveSeconds(answer.retryAfterSeconds);
    return {
      code: answer.code,
      ...(answer.field ? { field: answer.field } : {}),
      ...(retryAfterSeconds ? { retryAfterSeconds } : {}),
      ...withRequestId,
    };
  }
  if (!error) return undefined;
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const extensions = first?.extensions ?? {};
    const code = typeof extensions.code === 'string' ? extensions.code : 'UNKNOWN';
    const retryAfterSeconds = positiveSeconds(
      extensions.retryAfter ?? extensions.retryAfterSeconds,
    );
    return { code, ...(retryAfterSeconds ? { retryAfterSeconds } : {}), ...withRequestId };
  }
  if (ServerError.is(error) && error.statusCode === 429) {
    const retryAfterSeconds = positiveSeconds(error.response.headers.get('retry-after'));
    return {
      code: 'RATE_LIMITED',
      ...(retryAfterSeconds ? { retryAfterSeconds } : {}),
      ...withRequestId,
    };
  }
  return { code: 'NETWORK', ...withRequestId };
}
