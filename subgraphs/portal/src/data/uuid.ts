/** A UUID in canonical form; every id of the portal and of the company catalogs is one. */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Checked before SQL so a malformed id is the caller's error, not a database error. */
export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}
