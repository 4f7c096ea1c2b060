import { GraphQLError } from 'graphql';

/**
 * The stable error codes of the API (`extensions.code`). Partners program against these;
 * add codes, never rename them.
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'RATE_LIMITED'
  | 'COMPANY_UNAVAILABLE'
  | 'INTERNAL';

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
