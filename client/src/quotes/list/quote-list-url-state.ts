/** The saved-quotes list's state as the URL keeps it: `?q=…&status=DRAFT&page=2`. */
export interface QuoteListUrlState {
  q: string;
  status: QuoteStatusFilter | null;
  page: number;
}

/** The statuses a customer can filter by (`SUBMITTING` is brief and shown as submitted). */
export const QUOTE_STATUS_FILTERS = [
  'DRAFT',
  'SUBMITTED',
  'ORDERED',
  'IN_PRODUCTION',
  'READY',
  'FINISHED',
  'CANCELLED',
] as const;
export type QuoteStatusFilter = (typeof QUOTE_STATUS_FILTERS)[number];

/** Quotes per page; the list is the customer's own, so one fixed size is enough. */
export const QUOTE_PAGE_SIZE = 20;

/** The API takes a search of 1–100 characters. */
const MAX_SEARCH = 100;

export function parseQuoteListUrl(params: URLSearchParams): QuoteListUrlState {
  const status = params.get('status');
  const page = Number(params.get('page') ?? '1');
  return {
    q: (params.get('q') ?? '').slice(0, MAX_SEARCH),
    status: (QUOTE_STATUS_FILTERS as readonly string[]).includes(status ?? '')
      ? (status as QuoteStatusFilter)
      : null,
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** Only what differs from the defaults goes into the URL. */
export function quoteListUrlParams(state: QuoteListUrlState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim() !== '') params.set('q', state.q);
  if (state.status) params.set('status', state.status);
  if (state.page > 1) params.set('page', String(state.page));
  return params;
}

/** A new search or filter starts at the first page: the old page number counted other rows. */
export function changeQuoteListState(
  state: QuoteListUrlState,
  change: Partial<QuoteListUrlState>,
): QuoteListUrlState {
  const next = { ...state, ...change };
  if ((change.q !== undefined && change.q !== state.q) || change.status !== undefined) {
    if (change.page === undefined) next.page = 1;
  }
  return next;
}

/** The API filter for a state; undefined when the list is unfiltered. */
export function quoteFilter(state: QuoteListUrlState) {
  const search = state.q.trim();
  if (!search && !state.status) return undefined;
  return {
    ...(search ? { search } : {}),
    ...(state.status
      ? { status: [state.status, ...(state.status === 'SUBMITTED' ? ['SUBMITTING' as const] : [])] }
      : {}),
  };
}

/** Identifies one list (search + filter): its page cursors are kept apart from other lists'. */
export function quoteListKey(state: QuoteListUrlState): string {
  return JSON.stringify([state.q.trim(), state.status]);
}
