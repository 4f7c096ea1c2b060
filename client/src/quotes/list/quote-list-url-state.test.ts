import { describe, expect, it } from 'vitest';
import {
  changeQuoteListState,
  parseQuoteListUrl,
  quoteFilter,
  quoteListKey,
  quoteListUrlParams,
} from './quote-list-url-state.ts';

describe('quote list URL state', () => {
  it('reads search, a known status and the page, ignoring nonsense', () => {
    expect(parseQuoteListUrl(new URLSearchParams('q=PQ-2026&status=DRAFT&page=3'))).toEqual({
      q: 'PQ-2026',
      status: 'DRAFT',
      page: 3,
    });
    expect(parseQuoteListUrl(new URLSearchParams('status=drop&page=-1'))).toEqual({
      q: '',
      status: null,
      page: 1,
    });
    expect(parseQuoteListUrl(new URLSearchParams(`q=${'x'.repeat(150)}`)).q).toHaveLength(100);
  });

  it('writes only what differs from the defaults, and round-trips', () => {
    expect(quoteListUrlParams({ q: '', status: null, page: 1 }).toString()).toBe('');
    const state = { q: 'konyha', status: 'ORDERED' as const, page: 2 };
    expect(parseQuoteListUrl(quoteListUrlParams(state))).toEqual(state);
  });

  it('goes back to the first page when the search or filter changes', () => {
    const state = { q: 'a', status: null, page: 4 };
    expect(changeQuoteListState(state, { q: 'ab' }).page).toBe(1);
    expect(changeQuoteListState(state, { status: 'DRAFT' }).page).toBe(1);
    expect(changeQuoteListState(state, { q: 'a' }).page).toBe(4);
    expect(changeQuoteListState(state, { page: 5 }).page).toBe(5);
  });

  it('builds the API filter; submitted includes the moment of submitting', () => {
    expect(quoteFilter({ q: ' ', status: null, page: 1 })).toBeUndefined();
    expect(quoteFilter({ q: ' PQ ', status: 'SUBMITTED', page: 1 })).toEqual({
      search: 'PQ',
      status: ['SUBMITTED', 'SUBMITTING'],
    });
    expect(quoteListKey({ q: 'a', status: null, page: 1 })).not.toBe(
      quoteListKey({ q: 'a', status: 'DRAFT', page: 1 }),
    );
  });
});
