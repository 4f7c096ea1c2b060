import type { QuoteCursor } from '../data/quote-rows.ts';
import { isUuid } from '../data/uuid.ts';

/** `updated_at::text` as PostgreSQL writes it (microseconds kept, unlike a JS Date). */
const TIMESTAMPTZ = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/;

/** Opaque to clients: the sort key of the last quote of a page (updated_at, id). */
export function encodeQuoteCursor(cursor: QuoteCursor): string {
  return Buffer.from(JSON.stringify([cursor.updatedAt, cursor.id])).toString('base64url');
}

/** The cursor, or null when it was not made by `encodeQuoteCursor`. */
export function decodeQuoteCursor(value: string): QuoteCursor | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 2) return null;
    const [updatedAt, id] = parsed as unknown[];
    if (typeof updatedAt !== 'string' || typeof id !== 'string' || !isUuid(id)) return null;
    if (!TIMESTAMPTZ.test(updatedAt)) return null;
    return { updatedAt, id };
  } catch {
    return null;
  }
}
