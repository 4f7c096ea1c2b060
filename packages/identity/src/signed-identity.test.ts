import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Identity } from './identity.ts';
import {
  IDENTITY_HEADER,
  SIGNATURE_HEADER,
  signIdentity,
  verifyIdentity,
} from './signed-identity.ts';

const key = randomBytes(32);
const customer: Identity = {
  kind: 'customer',
  customerId: '6b1f0c9e-6f7b-4f49-9a55-2f0a4d8f2c11',
  email: 'asztalos@example.hu',
  sessionId: 's1',
};

function headersOf(signed: ReturnType<typeof signIdentity>, requestId = 'r1') {
  return { identity: signed[IDENTITY_HEADER], signature: signed[SIGNATURE_HEADER], requestId };
}

describe('signed identity', () => {
  it('round-trips', () => {
    expect(verifyIdentity(headersOf(signIdentity(customer, 'r1', key)), key)).toEqual(customer);
  });

  it('refuses missing, forged, foreign-key, other-request and stale signatures', () => {
    const signed = signIdentity(customer, 'r1', key, 1_000_000);
    expect(() =>
      verifyIdentity({ identity: undefined, signature: undefined, requestId: 'r1' }, key),
    ).toThrow(/Missing/);
    const forged = Buffer.from(
      JSON.stringify({
        identity: { ...customer, customerId: 'someone-else' },
        requestId: 'r1',
        issuedAt: 1_000_000,
      }),
    ).toString('base64url');
    expect(() =>
      verifyIdentity(
        { identity: forged, signature: signed[SIGNATURE_HEADER], requestId: 'r1' },
        key,
        1_000_000,
      ),
    ).toThrow(/Invalid/);
    expect(() => verifyIdentity(headersOf(signed), randomBytes(32), 1_000_000)).toThrow(/Invalid/);
    expect(() => verifyIdentity(headersOf(signed, 'r2'), key, 1_000_000)).toThrow(
      /another request/,
    );
    expect(() => verifyIdentity(headersOf(signed), key, 1_000_000 + 61_000)).toThrow(/expired/);
  });
});
