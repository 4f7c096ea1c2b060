import { createHmac, randomBytes } from 'node:crypto';
import type { Identity } from '@portal/identity';
import { describe, expect, it } from 'vitest';
import { createPortalDiscounts, discountCustomer } from './customer-discount.ts';

const key = randomBytes(32);
const CUSTOMER = '00000000-0000-4000-8000-0000000000c1';
const COMPANY = '00000000-0000-4000-8000-0000000000a1';
const customer: Identity = {
  kind: 'customer',
  customerId: CUSTOMER,
  email: 'a@b.hu',
  sessionId: 's',
};

/** A fake portal answering `percent`, recording each request. */
function portal(answer: () => { status: number; body: unknown }) {
  const calls: Array<{ url: string; body: string; signature: string | null }> = [];
  const fetch = (async (url: URL, init: RequestInit) => {
    const headers = new Headers(init.headers);
    calls.push({
      url: String(url),
      body: String(init.body),
      signature: headers.get('x-portal-signature'),
    });
    const { status, body } = answer();
    return new Response(JSON.stringify(body), { status });
  }) as unknown as typeof globalThis.fetch;
  return { calls, fetch };
}

describe('customer discounts from the portal', () => {
  it('asks the portal with a signed body and keeps the answer for cacheMs', async () => {
    let now = 1_000;
    const fake = portal(() => ({ status: 200, body: { discountPercent: '10.00' } }));
    const discounts = createPortalDiscounts({
      portalUrl: 'http://portal.internal:4001/graphql',
      signingKey: key,
      cacheMs: 5_000,
      fetch: fake.fetch,
      now: () => now,
    });
    expect(await discounts(customer, COMPANY, 'r1')).toBe('10.00');
    expect(fake.calls).toHaveLength(1);
    const [call] = fake.calls;
    expect(call!.url).toBe('http://portal.internal:4001/internal/customer-discount');
    expect(JSON.parse(call!.body)).toEqual({ customerId: CUSTOMER, companyId: COMPANY });
    expect(call!.signature).toBe(createHmac('sha256', key).update(call!.body).digest('base64url'));
    now += 4_999;
    expect(await discounts(customer, COMPANY, 'r2')).toBe('10.00');
    expect(fake.calls).toHaveLength(1);
    now += 2;
    await discounts(customer, COMPANY, 'r3');
    expect(fake.calls).toHaveLength(2);
  });

  it('shares one call between concurrent previews, and does not keep a failure', async () => {
    let fail = true;
    const fake = portal(() =>
      fail ? { status: 500, body: {} } : { status: 200, body: { discountPercent: '7.00' } },
    );
    const discounts = createPortalDiscounts({
      portalUrl: 'http://p',
      signingKey: key,
      fetch: fake.fetch,
    });
    const failed = await Promise.allSettled([1, 2, 3].map(() => discounts(customer, COMPANY, 'r')));
    expect(failed.every((r) => r.status === 'rejected')).toBe(true);
    expect(fake.calls).toHaveLength(1);
    fail = false;
    const answers = await Promise.all([1, 2, 3].map(() => discounts(customer, COMPANY, 'r')));
    expect(answers).toEqual(['7.00', '7.00', '7.00']);
    expect(fake.calls).toHaveLength(2);
  });

  it('gives "0" to a customer not connected to the company, without asking again at once', async () => {
    const fake = portal(() => ({ status: 200, body: { discountPercent: null } }));
    const discounts = createPortalDiscounts({
      portalUrl: 'http://p',
      signingKey: key,
      fetch: fake.fetch,
    });
    expect(await discounts(customer, COMPANY, 'r')).toBe('0');
    expect(await discounts(customer, COMPANY, 'r')).toBe('0');
    expect(fake.calls).toHaveLength(1);
  });

  it("uses a partner key's customer, and gives everyone else no discount without asking", async () => {
    const fake = portal(() => ({ status: 200, body: { discountPercent: '5.50' } }));
    const discounts = createPortalDiscounts({
      portalUrl: 'http://p',
      signingKey: key,
      fetch: fake.fetch,
    });
    const partner: Identity = {
      kind: 'partner',
      apiKeyId: 'k',
      scopes: ['catalog:read'],
      owner: { kind: 'customer', customerId: CUSTOMER },
    };
    expect(discountCustomer(partner)).toBe(CUSTOMER);
    expect(await discounts(partner, COMPANY, 'r')).toBe('5.50');
    const others: Identity[] = [
      { kind: 'anonymous' },
      {
        kind: 'partner',
        apiKeyId: 'k',
        scopes: ['catalog:read'],
        owner: { kind: 'company', companyId: COMPANY },
      },
      { kind: 'admin', adminId: 'a', email: 'x@y.hu', role: 'admin', sessionId: 's' },
    ];
    for (const identity of others) expect(await discounts(identity, COMPANY, 'r')).toBe('0');
    expect(fake.calls).toHaveLength(1);
  });

  it('is SERVICE_UNAVAILABLE (retryable) while the portal does not answer in time', async () => {
    // A real server that accepts the connection and never answers.
    const { createServer } = await import('node:http');
    const silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as { port: number };
    try {
      const discounts = createPortalDiscounts({
        portalUrl: `http://127.0.0.1:${port}`,
        signingKey: key,
        timeoutMs: 100,
      });
      await expect(discounts(customer, COMPANY, 'req-1')).rejects.toMatchObject({
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      });
    } finally {
      silent.closeAllConnections();
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it('fails (never prices at list price silently) when the portal errs or answers garbage', async () => {
    for (const answer of [
      { status: 500, body: {} },
      { status: 403, body: { error: { code: 'FORBIDDEN' } } },
      { status: 200, body: { discountPercent: 'lots' } },
    ]) {
      const fake = portal(() => answer);
      const discounts = createPortalDiscounts({
        portalUrl: 'http://p',
        signingKey: key,
        fetch: fake.fetch,
      });
      await expect(discounts(customer, COMPANY, 'r')).rejects.toThrow(/customer discount/);
    }
  });
});
