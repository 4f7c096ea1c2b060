import { GraphQLError } from 'graphql';

/**
 * The stable error codes of the API (`extensions.code`). Partners program against these;
 * add codes, never rename them.
 */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'RATE_LIMITED',
  'COMPANY_UNAVAILABLE',
  /** A part of the portal itself (a subgraph) did not answer; retrying shortly may succeed. */
  'SERVICE_UNAVAILABLE',
  'INTERNAL',
  /** Trusted documents enforced: the document is not one of the web client's (HTTP 400). */
  'PERSISTED_QUERY_REQUIRED',
] as const;

/** One of `ERROR_CODES` (the partner guide's table is checked against them). */
export type ErrorCode = (typeof ERROR_CODES)[number];

export class PortalError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

/** An argument or input field is invalid; `field` names it. */
export class BadUserInputError extends PortalError {
  constructor(message: string, field?: string) {
    super('BAD_USER_INPUT', message, field ? { field } : {});
  }
}

export class NotFoundError extends PortalError {
  constructor(message: string) {
    super('NOT_FOUND', message);
  }
}

/**
 * The caller could not be identified: a missing, forged or expired token, key or signature.
 * `refuseRequest` (only where the context is built, before anything runs) also answers the
 * whole request with HTTP 401; thrown by a resolver it stays a field error, so the rest of the
 * response and its status are kept.
 */
export class UnauthenticatedError extends PortalError {
  constructor(message: string, options: { refuseRequest?: boolean } = {}) {
    super('UNAUTHENTICATED', message, options.refuseRequest ? { http: { status: 401 } } : {});
  }
}

/** The caller is known but may not see or do this. */
export class ForbiddenError extends PortalError {
  constructor(message = 'Not allowed') {
    super('FORBIDDEN', message);
  }
}

/** Too many attempts; `retryAfter` is how many seconds to wait before trying again. */
export class RateLimitedError extends PortalError {
  constructor(message: string, retryAfterSeconds: number) {
    super('RATE_LIMITED', message, {
      retryAfter: retryAfterSeconds,
      http: {
        status: 429,
        headers: new Map([['retry-after', String(retryAfterSeconds)]]),
      },
    });
  }
}
