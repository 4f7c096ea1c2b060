import { describe, expect, it } from 'vitest';
import {
  type CatalogUrlState,
  catalogListKey,
  catalogUrlParams,
  changeCatalogState,
  clearSearchAndFilters,
  defaultCatalogState,
  hasSearchOrFilters,
  parseCatalogUrl,
} from './catalog-url-state.ts';

const parse = (query: string) => parseCatalogUrl(new URLSearchParams(query));

describe('parseCatalogUrl', () => {
  it('gives the defaults for an empty query', () => {
    expect(parse('')).toEqual(defaultCatalogState);
  });

  it('reads every parameter', () => {
    expect(
      parse(
        'tab=materials&q=Egger&page=3&size=50&price=gross&brand=b1&brand=b2&thickness=25&thickness=18&stock=1',
      ),
    ).toEqual({
      tab: 'materials',
      q: 'Egger',
      page: 3,
      size: 50,
      price: 'gross',
      brands: ['b1', 'b2'],
      thicknesses: [18, 25],
      onStock: true,
    });
  });

  it('falls back per parameter on bad values', () => {
    expect(
      parse('tab=nope&page=-2&size=33&price=cheap&thickness=x&thickness=18&stock=yes'),
    ).toEqual({ ...defaultCatalogState, thicknesses: [18] });
    expect(parse('page=1.5').page).toBe(1);
    expect(parse('page=abc').page).toBe(1);
  });

  it('drops duplicate and empty filter values', () => {
    const state = parse('brand=b1&brand=b1&brand=&thickness=18&thickness=18');
    expect(state.brands).toEqual(['b1']);
    expect(state.thicknesses).toEqual([18]);
  });
});

describe('catalogUrlParams', () => {
  it('leaves defaults out', () => {
    expect(catalogUrlParams(defaultCatalogState).toString()).toBe('');
  });

  it('round-trips through the URL', () => {
    const state: CatalogUrlState = {
      tab: 'materials',
      q: 'tölgy natúr',
      page: 2,
      size: 10,
      price: 'gross',
      brands: ['b2', 'b1'],
      thicknesses: [18],
      onStock: true,
    };
    expect(parseCatalogUrl(new URLSearchParams(catalogUrlParams(state).toString()))).toEqual(state);
  });
});

describe('changeCatalogState', () => {
  const onPage3: CatalogUrlState = { ...defaultCatalogState, page: 3, q: 'egger' };

  it('starts the list again at page 1 when the search, filters, size or tab change', () => {
    expect(changeCatalogState(onPage3, { q: 'kronospan' }).page).toBe(1);
    expect(changeCatalogState(onPage3, { brands: ['b1'] }).page).toBe(1);
    expect(changeCatalogState(onPage3, { onStock: true }).page).toBe(1);
    expect(changeCatalogState(onPage3, { size: 50 }).page).toBe(1);
    expect(changeCatalogState(onPage3, { tab: 'fees' }).page).toBe(1);
  });

  it('keeps the page when only the price mode changes', () => {
    expect(changeCatalogState(onPage3, { price: 'gross' }).page).toBe(3);
  });

  it('moves pages', () => {
    expect(changeCatalogState(onPage3, { page: 4 }).page).toBe(4);
  });

  it('keeps the search text and price mode across tabs, but not the material filters', () => {
    const filtered = { ...onPage3, price: 'gross' as const, brands: ['b1'], onStock: true };
    expect(changeCatalogState(filtered, { tab: 'edge-bandings' })).toEqual({
      ...defaultCatalogState,
      tab: 'edge-bandings',
      q: 'egger',
      price: 'gross',
    });
  });
});

describe('search and filters', () => {
  const filtered: CatalogUrlState = {
    ...defaultCatalogState,
    q: 'x',
    page: 2,
    brands: ['b'],
    thicknesses: [18],
    onStock: true,
    price: 'gross',
  };

  it('clears them all, keeping the tab and price mode', () => {
    expect(clearSearchAndFilters(filtered)).toEqual({ ...defaultCatalogState, price: 'gross' });
    expect(hasSearchOrFilters(clearSearchAndFilters(filtered))).toBe(false);
    expect(hasSearchOrFilters(filtered)).toBe(true);
    expect(hasSearchOrFilters({ ...defaultCatalogState, q: '   ' })).toBe(false);
  });
});

describe('catalogListKey', () => {
  it('ignores the page, the price mode, brand order and surrounding spaces', () => {
    const a = { ...defaultCatalogState, q: ' egger', brands: ['b1', 'b2'] };
    const b = { ...a, q: 'egger ', page: 5, price: 'gross' as const, brands: ['b2', 'b1'] };
    expect(catalogListKey('turinova', a)).toBe(catalogListKey('turinova', b));
  });

  it('differs per company, tab, search, filter and page size', () => {
    const base = catalogListKey('turinova', defaultCatalogState);
    expect(catalogListKey('other', defaultCatalogState)).not.toBe(base);
    expect(catalogListKey('turinova', { ...defaultCatalogState, tab: 'fees' })).not.toBe(base);
    expect(catalogListKey('turinova', { ...defaultCatalogState, q: 'a' })).not.toBe(base);
    expect(catalogListKey('turinova', { ...defaultCatalogState, onStock: true })).not.toBe(base);
    expect(catalogListKey('turinova', { ...defaultCatalogState, size: 50 })).not.toBe(base);
  });
});
