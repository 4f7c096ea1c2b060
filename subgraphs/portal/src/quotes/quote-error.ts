import type { QuoteErrorCode } from '../__generated__/resolvers-types.ts';

/** An expected failure of a quote operation, returned as data (`QuoteError` in the API). */
export interface QuoteError {
  code: QuoteErrorCode;
  message: string;
  field: string | null;
  /** With `VERSION_CONFLICT`: the version now saved, to reload before writing again. */
  currentVersion: number | null;
}

export function quoteError(
  code: QuoteErrorCode,
  message: string,
  field: string | null = null,
  currentVersion: number | null = null,
): QuoteError {
  return { code, message, field, currentVersion };
}
