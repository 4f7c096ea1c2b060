/** Opaque to clients: the id of the last audit event of a page (ids only grow). */
export function encodeAuditCursor(id: string): string {
  return Buffer.from(`audit:${id}`).toString('base64url');
}

/** The event id, or null when the value was not made by `encodeAuditCursor`. */
export function decodeAuditCursor(value: string): string | null {
  const match = /^audit:(\d{1,18})$/.exec(Buffer.from(value, 'base64url').toString('utf8'));
  return match ? match[1]! : null;
}
