import { z } from 'zod';

/** The sections of a catalog, as they appear in `?tab=`. */
export const catalogTabs = [
  'materials',
  'edge-bandings',
  'linear-materials',
  'accessories',
  'services',
  'fees',
] as const;
export type CatalogTab = (typeof catalogTabs)[number];

/** Page sizes offered; the API allows at most 100 items a page. */
export const pageSizes = [10, 20, 50, 100] as const;
export type PageSize = (typeof pageSizes)[number];

export type PriceMode = 'net' | 'gross';

/** Everything a catalog view shows, read from and written to its URL so it can be shared. */
export interface CatalogUrlState {
  tab: CatalogTab;
  /** Search text as typed; trimmed only when sent. */
  q: string;
  /** 1-based page number. */
  page: number;
  size: PageSize;
  price: PriceMode;
  /** Material filters (the materials tab only). */
  brands: string[];
  thicknesses: number[];
  onStock: boolean;
}

export const defaultCatalogState: CatalogUrlState = {
  tab: 'materials',
  q: '',
  page: 1,
  size: 20,
  price: 'net',
  brands: [],
  thicknesses: [],
  onStock: false,
};

// Each parameter falls back to its default on its own, so one bad value in a hand-edited or
// outdated link does not throw away the rest.
const tabSchema = z.enum(catalogTabs).catch(defaultCatalogState.tab);
const pageSchema = z.coerce.number().int().min(1).max(100_000).catch(1);
const sizeSchema = z.coerce.number().pipe(z.literal(pageSizes)).catch(defaultCatalogState.size);
const priceSchema = z.enum(['net', 'gross']).catch(defaultCatalogState.price);
const thicknessSchema = z.coerce.number().int().min(1).max(1000);

export function parseCatalogUrl(params: URLSearchParams): CatalogUrlState {
  const thicknesses = params
    .getAll('thickness')
    .map((value) => thicknessSchema.safeParse(value))
    .flatMap((result) => (result.success ? [result.data] : []));
  return {
    tab: tabSchema.parse(params.get('tab') ?? undefined),
    q: (params.get('q') ?? '').slice(0, 200),
    page: pageSchema.parse(params.get('page') ?? undefined),
    size: sizeSchema.parse(params.get('size') ?? undefined),
    price: priceSchema.parse(params.get('price') ?? undefined),
    brands: unique(params.getAll('brand').filter((id) => id !== '')),
    thicknesses: unique(thicknesses).sort((a, b) => a - b),
    onStock: params.get('stock') === '1',
  };
}

/** The URL parameters of a state; defaults are left out so links stay short. */
export function catalogUrlParams(state: CatalogUrlState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.tab !== defaultCatalogState.tab) params.set('tab', state.tab);
  if (state.q !== '') params.set('q', state.q);
  for (const brand of state.brands) params.append('brand', brand);
  for (const thickness of state.thicknesses) params.append('thickness', String(thickness));
  if (state.onStock) params.set('stock', '1');
  if (state.price !== defaultCatalogState.price) params.set('price', state.price);
  if (state.size !== defaultCatalogState.size) params.set('size', String(state.size));
  if (state.page !== 1) params.set('page', String(state.page));
  return params;
}

/**
 * A state with some values changed. Whatever changes the list (tab, search, filters, page size)
 * starts it again at page 1; material filters belong to the materials tab and are dropped
 * when leaving it.
 */
export function changeCatalogState(
  state: CatalogUrlState,
  change: Partial<CatalogUrlState>,
): CatalogUrlState {
  const next = { ...state, ...change };
  const listChanged =
    next.tab !== state.tab ||
    next.q !== state.q ||
    next.size !== state.size ||
    next.onStock !== state.onStock ||
    !sameItems(next.brands, state.brands) ||
    !sameItems(next.thicknesses, state.thicknesses);
  if (listChanged && change.page === undefined) next.page = 1;
  if (next.tab !== 'materials') {
    next.brands = [];
    next.thicknesses = [];
    next.onStock = false;
  }
  return next;
}

/** The state without search text and filters, as the empty state's "clear" button wants it. */
export function clearSearchAndFilters(state: CatalogUrlState): CatalogUrlState {
  return changeCatalogState(state, { q: '', brands: [], thicknesses: [], onStock: false });
}

export function hasSearchOrFilters(state: CatalogUrlState): boolean {
  return (
    state.q.trim() !== '' ||
    state.brands.length > 0 ||
    state.thicknesses.length > 0 ||
    state.onStock
  );
}

/**
 * What identifies one list (one sequence of pages): everything but the page and the price mode.
 * Cursors of one list mean nothing in another.
 */
export function catalogListKey(slug: string, state: CatalogUrlState): string {
  return JSON.stringify([
    slug,
    state.tab,
    state.q.trim(),
    [...state.brands].sort(),
    state.thicknesses,
    state.onStock,
    state.size,
  ]);
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}
