import { currentRequestId, REQUEST_ID_HEADER } from '@portal/identity';
import { createClient, type PostgrestError, type SupabaseClient } from '@supabase/supabase-js';
import type { z } from 'zod';
import type { CompanyRecord } from './company-directory.ts';
import {
  type Accessory,
  accessoryRow,
  type ContractFunction,
  catalogVersionRow,
  contractVersionRow,
  type EdgeBanding,
  edgeBandingRow,
  type FeeType,
  feeTypeRow,
  type LinearMaterial,
  linearMaterialRow,
  type Material,
  type MaterialFilters,
  type MaterialSearchArgs,
  materialFiltersRow,
  materialRow,
  type SearchArgs,
  type SearchResult,
  type Services,
  type SubmitQuotePayload,
  type SubmitQuoteResult,
  searchResultRow,
  servicesRow,
  submitQuoteDocument,
  submitQuoteResultRow,
} from './contract.ts';
import { CompanyRequestError, CompanyUnavailableError, type UnavailableReason } from './errors.ts';
import { type OrderUpdates, orderUpdatesRow } from './order-updates.ts';
import type { CircuitBreaker, ConcurrencyLimit } from './resilience.ts';

export const DEFAULT_TIMEOUT_MS = 3_000;
/** `submitQuote` writes a whole quote in the company's database: it gets longer by default. */
export const DEFAULT_SUBMIT_TIMEOUT_MS = 15_000;

/** One finished contract call, for metrics and tests. */
export interface CallEvent {
  companyId: string;
  /** The company's slug (metrics label). */
  slug: string;
  fn: ContractFunction;
  /** Wall time of the call in milliseconds (0 when refused by an open circuit). */
  ms: number;
  ok: boolean;
  /** Why it failed when it failed as unavailable (`circuit-open`: never sent). */
  reason?: UnavailableReason | 'request-error';
}

export interface CompanyLinkOptions {
  /** Per call; the request is aborted after this. Default 3000 ms. */
  timeoutMs?: number;
  /** For `submitQuote`. Default 15 000 ms. */
  submitTimeoutMs?: number;
  onCall?: (event: CallEvent) => void;
  /** Replaces the global fetch (tests simulate a company's answers with it). */
  fetch?: typeof fetch;
  /** The company's circuit breaker (`createCompanyLinks` keeps one per company). */
  breaker?: CircuitBreaker;
  /** The company's concurrency limit (`createCompanyLinks` keeps one per company). */
  limiter?: ConcurrencyLimit;
}

/**
 * Typed access to one company's contract functions. Every method either returns parsed models
 * or throws `CompanyUnavailableError` / `CompanyRequestError`.
 */
export interface CompanyLink {
  readonly companyId: string;
  readonly slug: string;
  contractVersion(): Promise<number>;
  catalogVersion(): Promise<string>;
  materialsByIds(ids: readonly string[]): Promise<Material[]>;
  materialsSearch(args?: MaterialSearchArgs): Promise<SearchResult<Material>>;
  materialFilters(): Promise<MaterialFilters>;
  edgeBandingsByIds(ids: readonly string[]): Promise<EdgeBanding[]>;
  edgeBandingsSearch(args?: SearchArgs): Promise<SearchResult<EdgeBanding>>;
  linearMaterialsByIds(ids: readonly string[]): Promise<LinearMaterial[]>;
  linearMaterialsSearch(args?: SearchArgs): Promise<SearchResult<LinearMaterial>>;
  accessoriesByIds(ids: readonly string[]): Promise<Accessory[]>;
  accessoriesSearch(args?: SearchArgs): Promise<SearchResult<Accessory>>;
  services(): Promise<Services>;
  feeTypesByIds(ids: readonly string[]): Promise<FeeType[]>;
  feeTypesSearch(args?: SearchArgs): Promise<SearchResult<FeeType>>;
  /**
   * Creates the company quote of a portal quote (`portal_submit_quote`), or returns the one an
   * earlier call created for the same portal quote id. The payload is checked before sending:
   * a malformed one throws a ZodError (a portal bug), never reaching the company.
   */
  submitQuote(payload: SubmitQuotePayload): Promise<SubmitQuoteResult>;
  /** Changes of the company quotes portal quotes became, after `cursor` (null: from the
   * start), `limit` 1–500 (default 100): `portal_order_updates`. */
  orderUpdates(cursor: string | null, limit?: number): Promise<OrderUpdates>;
}

/** Longest piece of a company's own error message repeated in ours. */
const MAX_REMOTE_MESSAGE = 200;

/** Creates the long-lived link of one company (one supabase-js client, reused for every call). */
export function createCompanyLink(
  company: Pick<CompanyRecord, 'id' | 'slug' | 'supabaseUrl' | 'secretKey'>,
  options: CompanyLinkOptions = {},
): CompanyLink {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // A server-side client: no session to persist or refresh, the secret key is the credential.
  const baseFetch = options.fetch ?? fetch;
  // The request id of the request being served (if any) goes with the call, so the company's
  // side (local-supabase, a Supabase log) can be matched with the portal's log lines.
  const fetchWithRequestId: typeof fetch = (input, init) => {
    const requestId = currentRequestId();
    if (!requestId) return baseFetch(input, init);
    const headers = new Headers(init?.headers);
    headers.set(REQUEST_ID_HEADER, requestId);
    return baseFetch(input, { ...init, headers });
  };
  const client: SupabaseClient = createClient(company.supabaseUrl, company.secretKey, {
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    global: { fetch: fetchWithRequestId },
  });
  const { breaker, limiter } = options;
  const who = { companyId: company.id, slug: company.slug };

  async function call<S extends z.ZodType>(
    fn: ContractFunction,
    args: Record<string, unknown>,
    schema: S,
    callTimeoutMs = timeoutMs,
  ): Promise<z.output<S>> {
    const started = performance.now();
    const report = (ok: boolean, reason?: CallEvent['reason']) =>
      options.onCall?.({
        companyId: company.id,
        slug: company.slug,
        fn,
        ms: performance.now() - started,
        ok,
        ...(reason ? { reason } : {}),
      });
    if (breaker && !breaker.tryAcquire()) {
      report(false, 'circuit-open');
      const retryAt = breaker.retryAt;
      throw unavailable(
        fn,
        'circuit-open',
        `Company '${company.slug}' is failing; calls are paused${
          retryAt ? ` until ${new Date(retryAt).toISOString()}` : ''
        }`,
      );
    }
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), callTimeoutMs);
    let outcome: 'ok' | 'request-error' | CompanyUnavailableError | 'other' = 'other';
    let release: (() => void) | null = null;
    try {
      if (limiter) {
        // Waiting for a slot counts toward the call's timeout.
        release = await limiter.acquire(controller.signal);
        if (!release) {
          throw unavailable(
            fn,
            'timeout',
            `Company '${company.slug}' did not answer within ${callTimeoutMs} ms (all ${limiter.active} call slots busy)`,
          );
        }
      }
      const response = await client.rpc(fn, args).abortSignal(controller.signal);
      if (response.error) {
        throw toError(
          fn,
          response.status,
          response.error,
          controller.signal.aborted,
          callTimeoutMs,
        );
      }
      const parsed = schema.safeParse(response.data);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue?.path.length ? issue.path.join('.') : 'the result';
        throw unavailable(
          fn,
          'invalid-response',
          `Company '${company.slug}' answered ${fn} with data of the wrong shape (${where}: ${issue?.message ?? 'invalid'})`,
          response.status,
        );
      }
      outcome = 'ok';
      return parsed.data;
    } catch (error) {
      if (error instanceof CompanyUnavailableError) outcome = error;
      else if (error instanceof CompanyRequestError) outcome = 'request-error';
      throw error;
    } finally {
      clearTimeout(timer);
      release?.();
      // A refused argument (4xx with a SQLSTATE) is an answer: the company is up.
      if (outcome === 'ok' || outcome === 'request-error') breaker?.success();
      else breaker?.failure();
      if (outcome === 'ok') report(true);
      else if (outcome === 'request-error') report(false, 'request-error');
      else report(false, outcome === 'other' ? 'network' : outcome.reason);
    }
  }

  function unavailable(
    fn: ContractFunction,
    reason: UnavailableReason,
    message: string,
    status?: number,
  ): CompanyUnavailableError {
    return new CompanyUnavailableError(
      { ...who, fn, reason, ...(status ? { status } : {}) },
      message,
    );
  }

  function toError(
    fn: ContractFunction,
    status: number,
    error: PostgrestError,
    timedOut: boolean,
    waitedMs: number,
  ): CompanyUnavailableError | CompanyRequestError {
    const name = `Company '${company.slug}'`;
    // supabase-js reports a failed fetch (refused, reset, aborted) as status 0.
    if (status === 0) {
      if (timedOut)
        return unavailable(fn, 'timeout', `${name} did not answer within ${waitedMs} ms`);
      // The cause's code (ECONNREFUSED…) is useful; the details also hold host and stack: not shown.
      const cause = /\(([A-Z][A-Z0-9_]+)\)/.exec(String(error.details ?? ''))?.[1];
      return unavailable(
        fn,
        'network',
        `${name} could not be reached${cause ? ` (${cause})` : ''}`,
      );
    }
    const code = typeof error.code === 'string' ? error.code : '';
    if (status === 401 || status === 403) {
      return unavailable(
        fn,
        'unauthorized',
        `${name} refused the portal's secret key (HTTP ${status})`,
        status,
      );
    }
    if (status === 404 && code === 'PGRST202') {
      return unavailable(
        fn,
        'contract-missing',
        `${name} does not provide ${fn}; its company setup script is missing or outdated`,
        status,
      );
    }
    // 408/429: the company is busy, not refusing this call; worth retrying later like a 5xx.
    if (status >= 500 || status === 408 || status === 429) {
      return unavailable(
        fn,
        'server-error',
        `${name} failed with HTTP ${status}${code ? ` (${code})` : ''}`,
        status,
      );
    }
    if (status >= 200 && status < 300) {
      return unavailable(
        fn,
        'invalid-response',
        `${name} answered ${fn} with a body that is not JSON`,
        status,
      );
    }
    if (status >= 400 && status < 500 && code) {
      const remote = String(error.message ?? '').slice(0, MAX_REMOTE_MESSAGE);
      return new CompanyRequestError(
        { ...who, fn, status, sqlState: code },
        `${name} rejected ${fn}: ${remote} (${code})`,
      );
    }
    // A 4xx without a PostgREST error body (a proxy's page) or an unexpected status.
    return unavailable(
      fn,
      'invalid-response',
      `${name} answered ${fn} with HTTP ${status}`,
      status,
    );
  }

  const search = (args: SearchArgs | undefined) => ({
    p_search: args?.search ?? null,
    ...(args?.limit !== undefined ? { p_limit: args.limit } : {}),
    ...(args?.offset !== undefined ? { p_offset: args.offset } : {}),
  });

  // The contract functions take uuid[]; an empty list needs no round trip.
  async function byIds<S extends z.ZodType>(
    fn: ContractFunction,
    ids: readonly string[],
    item: S,
  ): Promise<z.output<S>[]> {
    if (ids.length === 0) return [];
    return call(fn, { p_ids: ids }, item.array());
  }

  return {
    companyId: company.id,
    slug: company.slug,
    contractVersion: () => call('portal_contract_version', {}, contractVersionRow),
    catalogVersion: () => call('portal_catalog_version', {}, catalogVersionRow),
    materialsByIds: (ids) => byIds('portal_materials_by_ids', ids, materialRow),
    materialsSearch: (args) =>
      call(
        'portal_materials_search',
        {
          ...search(args),
          p_brand_ids: args?.brandIds ?? null,
          p_thicknesses: args?.thicknesses ?? null,
          p_on_stock: args?.onStock ?? null,
        },
        searchResultRow(materialRow),
      ),
    materialFilters: () => call('portal_material_filters', {}, materialFiltersRow),
    edgeBandingsByIds: (ids) => byIds('portal_edge_bandings_by_ids', ids, edgeBandingRow),
    edgeBandingsSearch: (args) =>
      call('portal_edge_bandings_search', search(args), searchResultRow(edgeBandingRow)),
    linearMaterialsByIds: (ids) => byIds('portal_linear_materials_by_ids', ids, linearMaterialRow),
    linearMaterialsSearch: (args) =>
      call('portal_linear_materials_search', search(args), searchResultRow(linearMaterialRow)),
    accessoriesByIds: (ids) => byIds('portal_accessories_by_ids', ids, accessoryRow),
    accessoriesSearch: (args) =>
      call('portal_accessories_search', search(args), searchResultRow(accessoryRow)),
    services: () => call('portal_services', {}, servicesRow),
    feeTypesByIds: (ids) => byIds('portal_fee_types_by_ids', ids, feeTypeRow),
    feeTypesSearch: (args) =>
      call('portal_fee_types_search', search(args), searchResultRow(feeTypeRow)),
    orderUpdates: (cursor, limit) =>
      call(
        'portal_order_updates',
        { p_cursor: cursor, ...(limit !== undefined ? { p_limit: limit } : {}) },
        orderUpdatesRow,
      ),
    submitQuote: (payload) =>
      call(
        'portal_submit_quote',
        { p_quote: submitQuoteDocument.parse(payload) },
        submitQuoteResultRow,
        options.submitTimeoutMs ?? DEFAULT_SUBMIT_TIMEOUT_MS,
      ),
  };
}
