import { createHmac } from 'node:crypto';
import { PortalError } from '@portal/errors';
import type { Identity } from '@portal/identity';
import { z } from 'zod';

/** The portal's route (`subgraphs/portal/src/quotes/discount-route.ts`). */
export const CUSTOMER_DISCOUNT_PATH = '/internal/customer-discount';

/**
 * The discount percent `previewQuote` prices with for this caller at this company: the
 * customer's own (a customer, or a partner key acting for one), "0" for anyone else and for a
 * customer not connected to the company. Never taken from the request.
 */
export type CustomerDiscounts = (
  identity: Identity,
  companyId: string,
  requestId: string,
) => Promise<string>;

export interface PortalDiscountsOptions {
  /** The portal subgraph's base URL (internal network), e.g. `http://portal:4001`. */
  portalUrl: string | URL;
  /** `GATEWAY_SIGNING_KEY`: the portal answers only bodies signed with it. */
  signingKey: Buffer;
  /**
   * How long an answer is reused, ms (default 5 000). A changed discount reaches previews
   * within this time; saved quotes read it fresh on every save.
   */
  cacheMs?: number;
  /** Timeout of one call, ms (default 3 000). */
  timeoutMs?: number;
  fetch?: typeof fetch;
  now?: () => number;
}

const Answer = z.object({
  discountPercent: z
    .string()
    .regex(/^\d{1,3}(\.\d{1,2})?$/)
    .nullable(),
});

/** Most answers kept at once; the oldest go first. */
const MAX_CACHED = 10_000;

/** Whose discount applies: the customer, or the customer a partner key acts for. */
export function discountCustomer(identity: Identity): string | null {
  if (identity.kind === 'customer') return identity.customerId;
  if (identity.kind === 'partner' && identity.owner.kind === 'customer') {
    return identity.owner.customerId;
  }
  return null;
}

/**
 * Asks the portal for a customer's discount at a company (`POST /internal/customer-discount`,
 * body signed with HMAC-SHA256 under the shared key) and keeps the answer briefly per customer
 * and company, so a customer typing into the quote builder costs the portal one query per
 * `cacheMs`. The catalog subgraph has no access to the customers' data itself.
 */
export function createPortalDiscounts(options: PortalDiscountsOptions): CustomerDiscounts {
  const url = new URL(CUSTOMER_DISCOUNT_PATH, options.portalUrl);
  const cacheMs = options.cacheMs ?? 5_000;
  const doFetch = options.fetch ?? fetch;
  const now = options.now ?? Date.now;
  const cache = new Map<string, { percent: Promise<string>; expiresAt: number }>();

  async function ask(customerId: string, companyId: string, requestId: string): Promise<string> {
    const body = JSON.stringify({ customerId, companyId });
    let response: Response;
    try {
      response = await doFetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-portal-signature': createHmac('sha256', options.signingKey)
            .update(body)
            .digest('base64url'),
          'x-request-id': requestId,
        },
        body,
        signal: AbortSignal.timeout(options.timeoutMs ?? 3_000),
      });
    } catch (error) {
      // The portal did not answer (down, restarting, or slower than the timeout): the caller may
      // retry; an answer that is wrong (below) stays an internal error.
      throw new PortalError(
        'SERVICE_UNAVAILABLE',
        `The customer's discount could not be read right now (${error instanceof Error ? error.name : 'error'}); try again in a few seconds`,
      );
    }
    if (!response.ok) {
      throw new Error(`customer discount: the portal answered HTTP ${response.status}`);
    }
    const parsed = Answer.safeParse(await response.json());
    if (!parsed.success) {
      throw new Error('customer discount: the portal answered an unexpected body');
    }
    // Not connected (or the company inactive): list prices, as for anyone without terms there.
    return parsed.data.discountPercent ?? '0';
  }

  return (identity, companyId, requestId) => {
    const customerId = discountCustomer(identity);
    if (!customerId) return Promise.resolve('0');
    const key = `${customerId}|${companyId}`;
    const cached = cache.get(key);
    if (cached && cached.expiresAt > now()) return cached.percent;
    // The promise is kept, so concurrent previews of one customer share a single call.
    const percent = ask(customerId, companyId, requestId);
    cache.delete(key);
    if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
    cache.set(key, { percent, expiresAt: now() + cacheMs });
    // A failure is not kept: the next preview asks again.
    percent.catch(() => {
      if (cache.get(key)?.percent === percent) cache.delete(key);
    });
    return percent;
  };
}
