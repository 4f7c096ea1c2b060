import { describe, expect, it } from 'vitest';
import { signWebhook, verifyWebhook } from './webhook-signature.ts';

const secret = 'whsec_test';
const now = 1_800_000_000_000;
const ts = now / 1000;

describe('webhook signature', () => {
  it('accepts a fresh, correctly signed call', () => {
    const signature = signWebhook(secret, ts, '{"x":1}');
    expect(verifyWebhook(secret, { timestamp: String(ts), signature }, '{"x":1}', now)).toEqual({
      ok: true,
      signature,
    });
  });

  it('refuses another body, another secret, missing headers', () => {
    const signature = signWebhook(secret, ts, '{"x":1}');
    expect(verifyWebhook(secret, { timestamp: String(ts), signature }, '{"x":2}', now)).toEqual({
      ok: false,
      reason: 'bad-signature',
    });
    expect(verifyWebhook('other', { timestamp: String(ts), signature }, '{"x":1}', now).ok).toBe(
      false,
    );
    expect(verifyWebhook(secret, { timestamp: undefined, signature }, '{}', now)).toEqual({
      ok: false,
      reason: 'missing',
    });
  });

  it('refuses a timestamp more than 5 minutes off', () => {
    const old = ts - 301;
    const signature = signWebhook(secret, old, '{}');
    expect(verifyWebhook(secret, { timestamp: String(old), signature }, '{}', now)).toEqual({
      ok: false,
      reason: 'expired',
    });
    const fine = ts - 299;
    expect(
      verifyWebhook(
        secret,
        { timestamp: String(fine), signature: signWebhook(secret, fine, '{}') },
        '{}',
        now,
      ).ok,
    ).toBe(true);
  });
});
