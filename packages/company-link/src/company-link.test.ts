import { describe, expect, it } from 'vitest';
import { MATERIAL_ID, materialRowJson } from '../test/contract-samples.ts';
import { type CallEvent, createCompanyLink } from './company-link.ts';
import { CompanyRequestError, CompanyUnavailableError } from './errors.ts';

const company = {
  id: '5d9b1f8e-2a47-4c1e-9f0a-3b2c1d0e0001',
  slug: 'turinova',
  supabaseUrl: 'http://turinova.test',
  secretKey: 'sb_secret_test-key',
};

interface SeenRequest {
  url: string;
  method: string;
  headers: Headers;
  body: unknown;
}

/** A link whose company answers with `answer`; requests and call events are recorded. */
function linkAnswering(
  answer: (request: SeenRequest, signal: AbortSignal | undefined) => Promise<Response> | Response,
  timeoutMs = 1_000,
) {
  const requests: SeenRequest[] = [];
  const events: CallEvent[] = [];
  const fakeFetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const request: SeenRequest = {
      url: String(input),
      method: init?.method ?? 'GET',
      headers: new Headers(init?.headers),
      body: init?.body ? JSON.parse(String(init.body)) : undefined,
    };
    requests.push(request);
    return answer(request, init?.signal ?? undefined);
  }) as typeof fetch;
  const link = createCompanyLink(company, {
    timeoutMs,
    fetch: fakeFetch,
    onCall: (e) => events.push(e),
  });
  return { link, requests, events };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the call to fail');
}

describe('company link', () => {
  it('calls the contract function with named arguments and the secret key', async () => {
    const { link, requests, events } = linkAnswering(() =>
      json({ total_count: 1, items: [materialRowJson()] }),
    );
    const result = await link.materialsSearch({ search: 'tölgy', brandIds: null, limit: 20 });
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request?.url).toBe('http://turinova.test/rest/v1/rpc/portal_materials_search');
    expect(request?.method).toBe('POST');
    expect(request?.headers.get('apikey')).toBe(company.secretKey);
    expect(request?.body).toEqual({
      p_search: 'tölgy',
      p_limit: 20,
      p_brand_ids: null,
      p_thicknesses: null,
      p_on_stock: null,
    });
    expect(result.totalCount).toBe(1);
    expect(result.items[0]).toMatchObject({
      id: MATERIAL_ID,
      lengthMm: 2800,
      pricePerSqm: '6540.00',
      vatRate: '27',
      updatedAt: '2026-11-01T10:00:00.000Z',
      settings: { kerfMm: 3, trimRightMm: 10, wasteMultiplier: '1.2', usageLimit: '0.65' },
    });
    expect(events).toEqual([
      {
        companyId: company.id,
        slug: company.slug,
        fn: 'portal_materials_search',
        ms: expect.any(Number),
        ok: true,
      },
    ]);
  });

  it('makes no call for an empty id list', async () => {
    const { link, requests } = linkAnswering(() => json([]));
    expect(await link.materialsByIds([])).toEqual([]);
    expect(requests).toHaveLength(0);
  });

  it('reports a timeout, naming the company and the limit', async () => {
    const { link, events } = linkAnswering(
      (_request, signal) =>
        new Promise((_resolve, reject) => {
          signal?.addEventListener('abort', () => reject(signal.reason));
        }),
      50,
    );
    const error = await failure(link.services());
    expect(error).toBeInstanceOf(CompanyUnavailableError);
    expect(error).toMatchObject({
      code: 'COMPANY_UNAVAILABLE',
      reason: 'timeout',
      companyId: company.id,
      fn: 'portal_services',
      message: "Company 'turinova' did not answer within 50 ms",
    });
    expect(events[0]?.ok).toBe(false);
  });

  it('reports a network failure with its cause code and no address', async () => {
    const { link } = linkAnswering(() => {
      throw new TypeError('fetch failed', {
        cause: Object.assign(new Error('connect ECONNREFUSED 10.0.0.7:5432'), {
          code: 'ECONNREFUSED',
        }),
      });
    });
    const error = await failure(link.materialFilters());
    expect(error).toMatchObject({
      reason: 'network',
      message: "Company 'turinova' could not be reached (ECONNREFUSED)",
    });
  });

  it.each([
    ['a body that is not JSON', () => new Response('<html>oops</html>', { status: 200 })],
    [
      'JSON of the wrong shape',
      () => json({ total_count: 1, items: [materialRowJson({ price_per_sqm: 6540 })] }),
    ],
    ['null', () => json(null)],
  ])('reports %s as an invalid response', async (_what, answer) => {
    const { link } = linkAnswering(answer);
    const error = await failure(link.materialsSearch());
    expect(error).toBeInstanceOf(CompanyUnavailableError);
    expect(error).toMatchObject({ reason: 'invalid-response', fn: 'portal_materials_search' });
    expect(error.message).toMatch(/^Company 'turinova' answered portal_materials_search with/);
    expect(error.message).not.toContain('oops');
  });

  it('names the field of a wrong-shaped row', async () => {
    const { link } = linkAnswering(() =>
      json({ total_count: 1, items: [materialRowJson({ price_per_sqm: 6540 })] }),
    );
    expect((await failure(link.materialsSearch())).message).toContain('items.0.price_per_sqm');
  });

  it('reports a refused key, a server error and a missing function as unavailable', async () => {
    const cases = [
      [
        json({ code: '42501', message: 'permission denied' }, 401),
        'unauthorized',
        /refused the portal's secret key \(HTTP 401\)/,
      ],
      [json({ code: '42501', message: 'permission denied' }, 403), 'unauthorized', /HTTP 403/],
      [
        json({ code: 'XX000', message: 'boom at /srv/x' }, 500),
        'server-error',
        /failed with HTTP 500 \(XX000\)$/,
      ],
      [new Response('Bad gateway', { status: 502 }), 'server-error', /failed with HTTP 502$/],
      [
        json({ code: 'PT429', message: 'Too Many Requests' }, 429),
        'server-error',
        /HTTP 429 \(PT429\)$/,
      ],
      [
        json({ code: 'PGRST202', message: 'Could not find' }, 404),
        'contract-missing',
        /does not provide portal_services/,
      ],
      [
        new Response('not here', { status: 404 }),
        'invalid-response',
        /answered portal_services with HTTP 404/,
      ],
    ] as const;
    for (const [response, reason, message] of cases) {
      const { link } = linkAnswering(() => response.clone());
      const error = await failure(link.services());
      expect(error).toBeInstanceOf(CompanyUnavailableError);
      expect(error).toMatchObject({ reason });
      expect(error.message).toMatch(message);
      expect(error.message).not.toContain('/srv/x');
    }
  });

  it('reports a 4xx with a SQLSTATE as a request error', async () => {
    const { link } = linkAnswering(() =>
      json(
        { code: '22023', message: 'p_limit must be between 1 and 500', details: null, hint: null },
        400,
      ),
    );
    const error = await failure(link.accessoriesSearch({ limit: 999 }));
    expect(error).toBeInstanceOf(CompanyRequestError);
    expect(error).toMatchObject({
      code: 'COMPANY_REQUEST_FAILED',
      sqlState: '22023',
      status: 400,
      companyId: company.id,
      fn: 'portal_accessories_search',
      message:
        "Company 'turinova' rejected portal_accessories_search: p_limit must be between 1 and 500 (22023)",
    });
  });
});
