import { type RouteHandler, sendJson } from '@portal/http-server';
import { BODY_SIGNATURE_HEADER, readSmallBody, signatureValid } from '../auth/internal-routes.ts';
import { isUuid } from '../data/uuid.ts';

export const CUSTOMER_DISCOUNT_PATH = '/internal/customer-discount';

/** The one query the route needs: the saved-quote path's own (`quote-rows.ts` `discountFor`). */
export type DiscountFor = (customerId: string, companyId: string) => Promise<string | null>;

/**
 * `POST /internal/customer-discount` for the company-catalog subgraph's `previewQuote`:
 * `{"customerId", "companyId"}` signed like the API key check (HMAC-SHA256 of the body with
 * `GATEWAY_SIGNING_KEY` in `x-portal-signature`) → 200 `{"discountPercent": "10.00"}`, or
 * `{"discountPercent": null}` when the customer is not connected to that (active) company.
 * The answer comes from the same query that prices saved quotes, run as the customer under
 * RLS, so a preview and a saved quote always use the same discount. Unsigned: 403.
 */
export function customerDiscountRoute(discountFor: DiscountFor, signingKey: Buffer): RouteHandler {
  return async (req, res) => {
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST');
      return sendJson(res, 405, { error: { code: 'METHOD_NOT_ALLOWED' } });
    }
    const body = await readSmallBody(req);
    if (!body) return sendJson(res, 413, { error: { code: 'PAYLOAD_TOO_LARGE' } });
    if (!signatureValid(body, req.headers[BODY_SIGNATURE_HEADER], signingKey)) {
      return sendJson(res, 403, { error: { code: 'FORBIDDEN' } });
    }
    let parsed: { customerId?: unknown; companyId?: unknown };
    try {
      parsed = JSON.parse(body.toString('utf8')) as typeof parsed;
    } catch {
      return sendJson(res, 400, { error: { code: 'BAD_REQUEST' } });
    }
    const { customerId, companyId } = parsed ?? {};
    if (
      typeof customerId !== 'string' ||
      typeof companyId !== 'string' ||
      !isUuid(customerId) ||
      !isUuid(companyId)
    ) {
      return sendJson(res, 400, { error: { code: 'BAD_REQUEST' } });
    }
    const discountPercent = await discountFor(customerId, companyId);
    res.setHeader('cache-control', 'no-store');
    return sendJson(res, 200, { discountPercent });
  };
}
