import { describe, expect, it } from 'vitest';
import {
  changeOrderListState,
  orderFilter,
  orderListKey,
  orderListUrlParams,
  parseOrderListUrl,
} from './order-list-url-state.ts';

const parse = (query: string) => parseOrderListUrl(new URLSearchParams(query));

describe('order list URL state', () => {
  it('reads search, status, payment and page', () => {
    expect(parse('q=ORD-2026&status=READY&payment=NOT_PAID&page=3')).toEqual({
      q: 'ORD-2026',
      status: 'READY',
      payment: 'NOT_PAID',
      page: 3,
    });
  });

  it('falls back to all for unknown filters and to page 1 for a bad page', () => {
    expect(parse('status=DRAFT&payment=free&page=-2')).toEqual({
      q: '',
      status: null,
      payment: null,
      page: 1,
    });
    expect(parse('page=1.5').page).toBe(1);
  });

  it('cuts the search to the 100 characters the API takes', () => {
    expect(parse(`q=${'x'.repeat(150)}`).q).toHaveLength(100);
  });

  it('writes only what differs from the defaults, and reads back the same', () => {
    expect(orderListUrlParams({ q: '', status: null, payment: null, page: 1 }).toString()).toBe('');
    const state = { q: 'Q-2026', status: 'ORDERED' as const, payment: 'PAID' as const, page: 2 };
    const params = orderListUrlParams(state);
    expect(params.toString()).toBe('q=Q-2026&status=ORDERED&payment=PAID&page=2');
    expect(parseOrderListUrl(params)).toEqual(state);
  });

  it('starts a new search or filter at the first page, keeps the page otherwise', () => {
    const state = { q: 'a', status: null, payment: null, page: 4 };
    expect(changeOrderListState(state, { payment: 'PARTIAL' }).page).toBe(1);
    expect(changeOrderListState(state, { status: 'READY' }).page).toBe(1);
    expect(changeOrderListState(state, { q: 'b' }).page).toBe(1);
    expect(changeOrderListState(state, { q: 'a' }).page).toBe(4);
    expect(changeOrderListState(state, { page: 5 }).page).toBe(5);
  });

  it('builds the API filter, undefined when unfiltered', () => {
    expect(orderFilter({ q: '  ', status: null, payment: null, page: 1 })).toBeUndefined();
    expect(orderFilter({ q: ' ORD ', status: 'READY', payment: 'PAID', page: 1 })).toEqual({
      search: 'ORD',
      status: ['READY'],
      paymentStatus: ['PAID'],
    });
  });

  it('keys lists by search and filters, not by page', () => {
    const a = orderListKey({ q: 'x', status: null, payment: 'PAID', page: 1 });
    expect(orderListKey({ q: 'x ', status: null, payment: 'PAID', page: 3 })).toBe(a);
    expect(orderListKey({ q: 'x', status: null, payment: null, page: 1 })).not.toBe(a);
  });
});
