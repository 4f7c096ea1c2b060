/** The JSON body PostgREST answers with on any error. */
export interface PostgrestErrorBody {
  code: string;
  message: string;
  details: string | null;
  hint: string | null;
}

/** An error the endpoint answers with as-is: an HTTP status and a PostgREST-shaped body. */
export class PostgrestHttpError extends Error {
  readonly status: number;
  readonly body: PostgrestErrorBody;

  constructor(status: number, body: PostgrestErrorBody) {
    super(body.message);
    this.name = 'PostgrestHttpError';
    this.status = status;
    this.body = body;
  }
}

export function postgrestError(
  status: number,
  code: string,
  message: string,
  details: string | null = null,
  hint: string | null = null,
): PostgrestHttpError {
  return new PostgrestHttpError(status, { code, message, details, hint });
}

/**
 * HTTP status for a PostgreSQL SQLSTATE, after PostgREST's table
 * (docs/references/errors.rst, "HTTP Status Codes"). `anonymous` is whether the request ran
 * as the anonymous role: insufficient privilege is then 401 (log in), else 403.
 */
export function statusForSqlState(sqlState: string, anonymous: boolean): number {
  const exact: Record<string, number> = {
    '23503': 409,
    '23505': 409,
    '25006': 405,
    '53400': 500,
    P0001: 400,
    '42883': 404,
    '42P01': 404,
    '42P17': 500,
  };
  if (sqlState === '42501') return anonymous ? 401 : 403;
  const fixed = exact[sqlState];
  if (fixed !== undefined) return fixed;
  // `RAISE sqlstate 'PT402'` picks the status itself, as PostgREST allows.
  const custom = /^PT(\d{3})$/.exec(sqlState);
  if (custom) return Number(custom[1]);
  const byClass: Record<string, number> = {
    '08': 503,
    '09': 500,
    '0L': 403,
    '0P': 403,
    '25': 500,
    '28': 403,
    '2D': 500,
    '38': 500,
    '39': 500,
    '3B': 500,
    '40': 500,
    '53': 503,
    '54': 500,
    '55': 500,
    '57': 500,
    '58': 500,
    F0: 500,
    HV: 500,
    P0: 500,
    XX: 500,
  };
  return byClass[sqlState.slice(0, 2)] ?? 400;
}

/** The fields node-postgres and PGlite both put on a server error. */
interface ServerErrorFields {
  code: string;
  message: string;
  detail?: string | undefined;
  hint?: string | undefined;
}

export function isServerError(error: unknown): error is ServerErrorFields {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) && typeof message === 'string';
}

/** Turns anything a database call threw into the response PostgREST would give. */
export function fromDatabaseError(error: unknown, anonymous: boolean): PostgrestHttpError {
  if (error instanceof PostgrestHttpError) return error;
  if (isServerError(error)) {
    return postgrestError(
      statusForSqlState(error.code, anonymous),
      error.code,
      error.message,
      error.detail ?? null,
      error.hint ?? null,
    );
  }
  // No SQLSTATE: the database could not be reached (refused connection, closed PGlite…).
  return postgrestError(
    503,
    'PGRST001',
    'Database client error. Retrying the connection.',
    error instanceof Error ? error.message : String(error),
  );
}
