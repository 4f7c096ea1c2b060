import type { ServerResponse } from 'node:http';
import { PortalError } from '@portal/errors';
import { type RouteHandler, sendJson } from '@portal/http-server';
import { type Identity, identityFromHeaders } from '@portal/identity';
import { isUuid } from '../../data/uuid.ts';
import { quoteCustomerId } from '../quote-actor.ts';
import { loadQuoteDocument, type QuoteDocumentSources } from './load-quote-document.ts';
import { pdfLanguage } from './quote-pdf-texts.ts';
import { renderQuotePdf } from './render-quote-pdf.ts';

/** `GET /quotes/:id/pdf?lang=hu|en` is served under this prefix. */
export const QUOTE_PDF_PREFIX = '/quotes/';
const PATH = /^\/quotes\/([^/]+)\/pdf$/;

/** The file name a quote's PDF is downloaded as, e.g. `PQ-2026-001.pdf`. */
export function quotePdfFileName(number: string): string {
  return `${number.replace(/[^\w.-]/g, '_')}.pdf`;
}

/** Set on the 401 for a caller whose session has ended (signed out, disabled…). */
export const SESSION_ENDED_HEADER = 'x-portal-session-ended';

function fail(res: ServerResponse, status: number, code: string) {
  res.setHeader('cache-control', 'no-store');
  sendJson(res, status, { error: { code } });
}

/**
 * The customer-facing PDF of a saved quote. Like `/graphql` it serves only requests the gateway
 * signed for this request id (401 otherwise), and reads the quote as the customer under RLS, so
 * another customer's quote is 404 exactly like an id that does not exist.
 */
export function quotePdfRoute(
  signingKey: Buffer,
  sources: QuoteDocumentSources,
  /** Whether a customer's session was ended (a disabled account, ADR 022): 401 then. */
  sessionEnded: (identity: Identity) => Promise<boolean> = async () => false,
): RouteHandler {
  return async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const match = PATH.exec(url.pathname);
    if (!match) return fail(res, 404, 'NOT_FOUND');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      return fail(res, 405, 'METHOD_NOT_ALLOWED');
    }
    // serveApollo has settled the request id (the gateway's, when it sent a plain one).
    const requestId = String(res.getHeader('x-request-id') ?? '');
    let customerId: string;
    try {
      const identity = identityFromHeaders(req.headers, requestId, signingKey);
      customerId = quoteCustomerId(identity, 'quotes:read');
      if (await sessionEnded(identity)) {
        // Marked, so the gateway tells the caller (sign in again) rather than take it for its
        // own signature being refused, which is the other 401 of this route.
        res.setHeader(SESSION_ENDED_HEADER, '1');
        return fail(res, 401, 'UNAUTHENTICATED');
      }
    } catch (error) {
      if (error instanceof PortalError) {
        const code = String(error.extensions.code);
        return fail(res, code === 'UNAUTHENTICATED' ? 401 : 403, code);
      }
      throw error;
    }
    const id = decodeURIComponent(match[1]!);
    if (!isUuid(id)) return fail(res, 404, 'NOT_FOUND');
    const document = await loadQuoteDocument(sources, customerId, id);
    if (!document) return fail(res, 404, 'NOT_FOUND');
    const pdf = await renderQuotePdf(document, { lang: pdfLanguage(url.searchParams.get('lang')) });
    res.statusCode = 200;
    res.setHeader('content-type', 'application/pdf');
    res.setHeader(
      'content-disposition',
      `attachment; filename="${quotePdfFileName(document.quote.number)}"`,
    );
    res.setHeader('content-length', pdf.length);
    res.setHeader('cache-control', 'no-store');
    res.end(req.method === 'HEAD' ? undefined : pdf);
  };
}
