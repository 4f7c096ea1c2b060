/** Where the gateway serves a quote's PDF, in the given language. */
export function quotePdfUrl(quoteId: string, lang: string): string {
  return `/api/quotes/${encodeURIComponent(quoteId)}/pdf?lang=${lang === 'en' ? 'en' : 'hu'}`;
}

/** The file name from `Content-Disposition: attachment; filename="PQ-2026-001.pdf"`. */
export function fileNameFrom(disposition: string | null, fallback: string): string {
  const match = disposition && /filename="?([^";]+)"?/i.exec(disposition);
  const name = match?.[1]?.trim();
  // Never a path: the name is only a suggestion to the browser's save dialog.
  return name && !/[\\/]/.test(name) ? name : fallback;
}

export type PdfFailure = 'signed-out' | 'not-found' | 'failed';

/** What a failed download tells the customer, by the gateway's status. */
export function pdfFailure(status: number): PdfFailure {
  if (status === 401) return 'signed-out';
  if (status === 404) return 'not-found';
  return 'failed';
}
