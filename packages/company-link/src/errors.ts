import type { ContractFunction } from './contract.ts';

/** Why a company could not serve a call; stable, for logs, metrics and health history. */
export type UnavailableReason =
  /** No answer within the timeout. */
  | 'timeout'
  /** Connection refused, reset, DNS failure… */
  | 'network'
  /** HTTP 5xx, or 408/429 (overloaded). */
  | 'server-error'
  /** A body that is not JSON, or JSON of the wrong shape. */
  | 'invalid-response'
  /** 401/403: the stored secret key was refused. */
  | 'unauthorized'
  /** The contract function does not exist there (setup script missing or outdated). */
  | 'contract-missing'
  /** The portal cannot use the company's stored configuration (secret not decryptable). */
  | 'misconfigured'
  /** Not called: the company's circuit is open after repeated failures (ADR 023). */
  | 'circuit-open';

interface CompanyErrorFields {
  companyId: string;
  /** The company's slug, for messages people read. */
  slug: string;
  /** The contract function being called; null when the failure came before any call. */
  fn: ContractFunction | null;
}

/**
 * The company cannot serve the portal right now: network failure, timeout, 5xx, garbage or a
 * refused key. Callers degrade (null field, error at its path); other companies are unaffected.
 */
export class CompanyUnavailableError extends Error {
  readonly code = 'COMPANY_UNAVAILABLE' as const;
  override readonly name = 'CompanyUnavailableError';
  readonly companyId: string;
  readonly slug: string;
  readonly fn: ContractFunction | null;
  readonly reason: UnavailableReason;
  /** HTTP status when there was an answer. */
  readonly status: number | undefined;

  constructor(
    fields: CompanyErrorFields & { reason: UnavailableReason; status?: number },
    message: string,
  ) {
    super(message);
    this.companyId = fields.companyId;
    this.slug = fields.slug;
    this.fn = fields.fn;
    this.reason = fields.reason;
    this.status = fields.status;
  }
}

/**
 * The company's database refused the request itself (HTTP 4xx with a SQLSTATE, e.g. 22023 for
 * an argument out of range): retrying the same call will fail the same way.
 */
export class CompanyRequestError extends Error {
  readonly code = 'COMPANY_REQUEST_FAILED' as const;
  override readonly name = 'CompanyRequestError';
  readonly companyId: string;
  readonly slug: string;
  readonly fn: ContractFunction | null;
  readonly status: number;
  /** SQLSTATE or PostgREST error code, e.g. `22023`. */
  readonly sqlState: string;

  constructor(fields: CompanyErrorFields & { status: number; sqlState: string }, message: string) {
    super(message);
    this.companyId = fields.companyId;
    this.slug = fields.slug;
    this.fn = fields.fn;
    this.status = fields.status;
    this.sqlState = fields.sqlState;
  }
}

/** No company with this id is registered on the portal, or it has been deactivated. */
export class CompanyNotFoundError extends Error {
  readonly code = 'COMPANY_NOT_FOUND' as const;
  override readonly name = 'CompanyNotFoundError';
  readonly companyId: string;

  constructor(companyId: string) {
    super(`Company '${companyId}' is not on the portal or is not active`);
    this.companyId = companyId;
  }
}

export type CompanyLinkError = CompanyUnavailableError | CompanyRequestError | CompanyNotFoundError;

export function isCompanyLinkError(error: unknown): error is CompanyLinkError {
  return (
    error instanceof CompanyUnavailableError ||
    error instanceof CompanyRequestError ||
    error instanceof CompanyNotFoundError
  );
}
