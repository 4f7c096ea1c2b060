import type { ErrorLike } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { requestIdOf } from './request-id.ts';

/** Why a part of a page could not be shown, in the terms the UI explains it. */
export type FieldErrorKind =
  | 'unavailable'
  | 'service'
  | 'not-found'
  | 'rate-limited'
  | 'network'
  | 'other';

export interface FieldError {
  kind: FieldErrorKind;
  /** `extensions.code` of the GraphQL error, when the server gave one. */
  code?: string;
  requestId?: string;
}

const kindsByCode: Record<string, FieldErrorKind> = {
  COMPANY_UNAVAILABLE: 'unavailable',
  SERVICE_UNAVAILABLE: 'service',
  NOT_FOUND: 'not-found',
  RATE_LIMITED: 'rate-limited',
};

/**
 * The error that concerns one field of a query (`['company', 'materials']`), with
 * `errorPolicy: 'all'`: a GraphQL error at that path, under it, or above it (the parent came
 * back null), or a failure of the whole request. Errors elsewhere in the response are not
 * this field's business, so the rest of the page keeps working.
 */
export function fieldError(
  error: ErrorLike | undefined,
  path: readonly (string | number)[],
): FieldError | undefined {
  if (!error) return undefined;
  const requestId = requestIdOf(error);
  if (!CombinedGraphQLErrors.is(error)) {
    return { kind: 'network', ...(requestId ? { requestId } : {}) };
  }
  const match = error.errors.find((graphQLError) => {
    const errorPath = graphQLError.path ?? [];
    // An error without a path failed the whole operation.
    if (errorPath.length === 0) return true;
    const common = Math.min(errorPath.length, path.length);
    return errorPath.slice(0, common).every((segment, index) => segment === path[index]);
  });
  if (!match) return undefined;
  const code = typeof match.extensions?.code === 'string' ? match.extensions.code : undefined;
  return {
    kind: (code && kindsByCode[code]) || 'other',
    ...(code ? { code } : {}),
    ...(requestId ? { requestId } : {}),
  };
}
