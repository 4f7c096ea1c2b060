import { createHmac, timingSafeEqual } from 'node:crypto';

/** Header with the unix time (seconds) the company signed at. */
export const WEBHOOK_TIMESTAMP_HEADER = 'x-portal-timestamp';
/** Header with `v1=<hex HMAC-SHA256(secret, "<timestamp>.<body>")>`. */
export const WEBHOOK_SIGNATURE_HEADER = 'x-portal-signature';
/** A signed call older (or further in the future) than this is refused: 5 minutes. */
export const WEBHOOK_TOLERANCE_SECONDS = 300;

/** The signature header value for `body` signed at `timestamp` (what a company sends). */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  const mac = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return `v1=${mac}`;
}

export type WebhookCheck =
  | { ok: true; signature: string }
  | { ok: false; reason: 'missing' | 'expired' | 'bad-signature' };

/**
 * Checks a call's timestamp and signature (constant-time). The returned signature is the call's
 * identity for replay protection: the same timestamp and body sign to the same value.
 */
export function verifyWebhook(
  secret: string,
  headers: { timestamp: string | undefined; signature: string | undefined },
  body: string,
  nowMs: number = Date.now(),
): WebhookCheck {
  const { timestamp, signature } = headers;
  if (!timestamp || !signature || !/^\d{1,12}$/.test(timestamp)) {
    return { ok: false, reason: 'missing' };
  }
  const ts = Number(timestamp);
  if (Math.abs(nowMs / 1000 - ts) > WEBHOOK_TOLERANCE_SECONDS) {
    return { ok: false, reason: 'expired' };
  }
  const expected = Buffer.from(signWebhook(secret, ts, body));
  const given = Buffer.from(signature.trim().toLowerCase());
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: 'bad-signature' };
  }
  return { ok: true, signature: expected.toString() };
}
