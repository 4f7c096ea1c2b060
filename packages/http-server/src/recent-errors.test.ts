import { describe, expect, it } from 'vitest';
import { createRecentErrors, isUnexpectedError, redactSecrets } from './recent-errors.ts';

const entry = (n: number) => ({
  requestId: `req-${n}`,
  operationName: 'Op',
  code: 'INTERNAL',
  path: null,
  message: `error ${n}`,
  at: new Date(Date.UTC(2026, 0, 1, 0, 0, n)).toISOString(),
});

describe('recent errors ring', () => {
  it('keeps the newest entries up to its capacity, newest first', () => {
    const ring = createRecentErrors('portal', 3);
    expect(ring.list()).toEqual([]);
    for (let n = 1; n <= 2; n++) ring.record(entry(n));
    expect(ring.list().map((e) => e.requestId)).toEqual(['req-2', 'req-1']);
    for (let n = 3; n <= 7; n++) ring.record(entry(n));
    expect(ring.list().map((e) => e.requestId)).toEqual(['req-7', 'req-6', 'req-5']);
    expect(ring.list()[0]).toMatchObject({
      service: 'portal',
      code: 'INTERNAL',
      message: 'error 7',
    });
  });

  it('redacts and cuts the message it keeps', () => {
    const ring = createRecentErrors('gateway');
    ring.record({ ...entry(1), message: `key sb_secret_abcDEF123456 ${'x'.repeat(2000)}` });
    const [kept] = ring.list();
    expect(kept!.message).not.toContain('abcDEF123456');
    expect(kept!.message.length).toBe(1000);
  });

  it('counts errors without a code or with an internal one as unexpected, refusals not', () => {
    expect(isUnexpectedError({ message: 'boom' })).toBe(true);
    expect(isUnexpectedError({ message: 'boom', extensions: {} })).toBe(true);
    expect(isUnexpectedError({ message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR' } })).toBe(
      true,
    );
    expect(isUnexpectedError({ message: 'x', extensions: { code: 'INTERNAL' } })).toBe(true);
    for (const code of [
      'BAD_USER_INPUT',
      'FORBIDDEN',
      'NOT_FOUND',
      'RATE_LIMITED',
      'COMPANY_UNAVAILABLE',
    ]) {
      expect(isUnexpectedError({ message: 'x', extensions: { code } })).toBe(false);
    }
  });
});

describe('redactSecrets', () => {
  const secrets = [
    // A company's secret key (new and legacy Supabase keys).
    'sb_secret_Zq8vN3kP0aLm7XyB2cD4eF',
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJyb2xlIjoic2VydmljZV9yb2xlIn0.c2lnbmF0dXJlLXBhcnQ',
    // A partner API key.
    'ppk_3fG7hJ9kL1mN5pQ8rS2tV4wX',
    // A signing or encryption key (base64).
    'q83vEjRWeJq4xN0Lm2pR7sT9uV1wX3yZ5aB7cD9eF0g=',
    // A password in a URL and in a key=value pair.
    'Hunter2-very-secret',
  ];

  it.each([
    ['a Supabase secret key', `invalid api key sb_secret_Zq8vN3kP0aLm7XyB2cD4eF for acme`],
    ['a legacy JWT key', `rejected ${secrets[1]} (service_role)`],
    ['a partner key', `unknown key ${secrets[2]}`],
    ['a bearer token', `header Authorization: Bearer ${secrets[1]}`],
    ['a base64 key', `GATEWAY_SIGNING_KEY=${secrets[3]} too short`],
    ['a URL password', `connect postgres://portal:Hunter2-very-secret@db:5432/portal failed`],
    ['password=…', `bad config password=Hunter2-very-secret; retrying`],
    ['a JSON password', `{"email":"a@b.hu","password":"Hunter2-very-secret"}`],
    ['a secret key field', `update failed: secretKey: Hunter2-very-secret`],
  ])('removes %s', (_what, message) => {
    const redacted = redactSecrets(message);
    for (const secret of secrets) expect(redacted).not.toContain(secret);
    expect(redacted).toContain('redacted');
  });

  it('leaves ordinary messages readable', () => {
    const message =
      'relation "mail_templates" does not exist (request id 7e1c3b6a-35d4-4b8e-9d3f-2b1f0c9a8e71)';
    expect(redactSecrets(message)).toBe(message);
    expect(redactSecrets('Cannot read properties of undefined (reading "id")')).toBe(
      'Cannot read properties of undefined (reading "id")',
    );
  });
});
