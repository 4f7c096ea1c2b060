import {
  CompanyNotFoundError,
  CompanyRequestError,
  CompanyUnavailableError,
} from '@portal/company-link';
import { NotFoundError, PortalError } from '@portal/errors';

/**
 * A company failure as the API reports it: `COMPANY_UNAVAILABLE` (the message names the company
 * and what happened, never a key or a stack) or `NOT_FOUND`. Any other error is returned as it
 * is; the server masks it as `INTERNAL`.
 */
export function toGraphQLError(error: unknown): unknown {
  if (error instanceof CompanyUnavailableError) {
    return new PortalError('COMPANY_UNAVAILABLE', error.message, {
      companyId: error.companyId,
      reason: error.reason,
    });
  }
  // The company refused a call the portal validated first: a contract mismatch, not the
  // caller's fault, so the caller sees the company as unavailable.
  if (error instanceof CompanyRequestError) {
    return new PortalError('COMPANY_UNAVAILABLE', error.message, {
      companyId: error.companyId,
      reason: 'request-failed',
      sqlState: error.sqlState,
    });
  }
  if (error instanceof CompanyNotFoundError) return new NotFoundError(error.message);
  return error;
}

/** Awaits a company call, reporting its failure as a GraphQL error. */
export async function fromCompany<T>(call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (error) {
    throw toGraphQLError(error);
  }
}
