import { UnauthenticatedError } from '@portal/errors';
import type { Identity } from '@portal/identity';
import { describe, expect, it } from 'vitest';
import type { CallerVerifiers } from '../caller-identity.ts';
import {
  authenticateConnection,
  ConnectionRefused,
  headersFromPayload,
} from './connection-auth.ts';

const customer: Identity = { kind: 'customer', customerId: 'c1', email: 'c@x.hu', sessionId: 's' };
const partner = (scopes: Array<'catalog:read' | 'quotes:read' | 'orders:read'>): Identity => ({
  kind: 'partner',
  apiKeyId: 'k1',
  scopes,
  owner: { kind: 'customer', customerId: 'c1' },
});

function verifiers(identity: Identity): CallerVerifiers {
  return {
    accessToken: async (token) => {
      if (token !== 'good') throw new UnauthenticatedError('Invalid access token');
      return identity;
    },
    apiKey: async (key) => {
      if (!key.startsWith('ppk_ok')) throw new UnauthenticatedError('Invalid API key');
      return identity;
    },
  };
}

/** A JWT-shaped token with only `exp` (the verifier above does the real check). */
const withExp = (exp: number) =>
  `x.${Buffer.from(JSON.stringify({ exp })).toString('base64url')}.y`;

async function refusal(promise: Promise<unknown>): Promise<number> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof ConnectionRefused)) throw new Error(`not refused: ${String(error)}`);
  return error.code;
}

describe('subscription connection auth', () => {
  it('reads the credentials from the connection_init payload in any case', () => {
    expect(headersFromPayload({ Authorization: 'Bearer t' })).toEqual({
      authorization: 'Bearer t',
    });
    expect(headersFromPayload({ apiKey: 'ppk_1' })).toEqual({ 'x-api-key': 'ppk_1' });
    expect(headersFromPayload({ 'X-Api-Key': 'ppk_2', other: 1 })).toEqual({
      'x-api-key': 'ppk_2',
    });
    expect(headersFromPayload(undefined)).toEqual({});
  });

  it('accepts a customer and a partner key with a read scope', async () => {
    const ok = await authenticateConnection(
      { Authorization: 'Bearer good' },
      'r',
      verifiers(customer),
    );
    expect(ok).toMatchObject({ identity: customer, apiKey: null });
    const key = await authenticateConnection(
      { apiKey: 'ppk_ok' },
      'r',
      verifiers(partner(['quotes:read'])),
    );
    expect(key).toMatchObject({ apiKey: 'ppk_ok', expiresAt: null });
  });

  it('refuses with 4401, 4403 or 4419', async () => {
    expect(await refusal(authenticateConnection({}, 'r', verifiers(customer)))).toBe(4401);
    expect(
      await refusal(
        authenticateConnection({ Authorization: 'Bearer bad' }, 'r', verifiers(customer)),
      ),
    ).toBe(4401);
    expect(
      await refusal(
        authenticateConnection({ Authorization: 'Token good' }, 'r', verifiers(customer)),
      ),
    ).toBe(4401);
    const expired = withExp(Math.floor(Date.now() / 1000) - 5);
    expect(
      await refusal(
        authenticateConnection({ Authorization: `Bearer ${expired}` }, 'r', verifiers(customer)),
      ),
    ).toBe(4419);
    expect(
      await refusal(
        authenticateConnection({ apiKey: 'ppk_ok' }, 'r', verifiers(partner(['catalog:read']))),
      ),
    ).toBe(4403);
    const admin: Identity = {
      kind: 'admin',
      adminId: 'a',
      email: 'a@x.hu',
      role: 'admin',
      sessionId: 's',
    };
    expect(
      await refusal(
        authenticateConnection({ Authorization: 'Bearer good' }, 'r', verifiers(admin)),
      ),
    ).toBe(4403);
  });

  it('passes on a failure of the portal itself (not the caller’s fault)', async () => {
    const failing: CallerVerifiers = {
      accessToken: async () => {
        throw new Error('JWKS unavailable');
      },
      apiKey: async () => customer,
    };
    await expect(
      authenticateConnection({ Authorization: 'Bearer x' }, 'r', failing),
    ).rejects.toThrow('JWKS unavailable');
  });
});
