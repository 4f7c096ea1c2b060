import { createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createApiKeyVerifier } from './api-key-verifier.ts';

const signingKey = randomBytes(32);
const identity = {
  kind: 'partner',
  apiKeyId: 'k1',
  scopes: ['catalog:read'],
  owner: { kind: 'customer', customerId: 'c1' },
};

function portal(answer: () => Response) {
  const calls: Array<{ body: string; signature: string | null }> = [];
  const fetch = (async (_url: URL, init: RequestInit) => {
    calls.push({
      body: String(init.body),
      signature: new Headers(init.headers).get('x-portal-signature'),
    });
    return answer();
  }) as unknown as typeof globalThis.fetch;
  return { calls, fetch };
}

describe('API key verifier', () => {
  it('signs the body, caches the answer for at most 30 s by hash, then asks again', async () => {
    let now = 0;
    const { calls, fetch } = portal(() => Response.json({ identity }));
    const verify = createApiKeyVerifier({
      verifyUrl: new URL('http://portal.test/internal/api-keys/verify'),
      signingKey,
      cacheMs: 60_000, // capped at 30 s
      fetch,
      now: () => now,
    });
    expect(await verify('ppk_a', 'r1')).toEqual(identity);
    now = 29_000;
    expect(await verify('ppk_a', 'r2')).toEqual(identity);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.signature).toBe(
      createHmac('sha256', signingKey).update(calls[0]!.body).digest('base64url'),
    );
    now = 31_000;
    await verify('ppk_a', 'r3');
    expect(calls).toHaveLength(2);
  });

  it('refuses a key the portal does not know with UNAUTHENTICATED (and remembers that)', async () => {
    const { calls, fetch } = portal(() =>
      Response.json({ error: { code: 'REVOKED' } }, { status: 401 }),
    );
    const verify = createApiKeyVerifier({
      verifyUrl: new URL('http://p.test/v'),
      signingKey,
      fetch,
    });
    await expect(verify('ppk_x', 'r')).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
    await expect(verify('ppk_x', 'r')).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(calls).toHaveLength(1);
  });

  it('treats a portal failure or an odd answer as internal, not as a bad key', async () => {
    for (const answer of [
      () => new Response('oops', { status: 500 }),
      () => Response.json({ error: { code: 'FORBIDDEN' } }, { status: 403 }),
      () => Response.json({ identity: { kind: 'admin' } }),
    ]) {
      const { fetch } = portal(answer);
      const verify = createApiKeyVerifier({
        verifyUrl: new URL('http://p.test/v'),
        signingKey,
        fetch,
      });
      await expect(verify('ppk_y', 'r')).rejects.not.toHaveProperty('extensions');
    }
  });
});
