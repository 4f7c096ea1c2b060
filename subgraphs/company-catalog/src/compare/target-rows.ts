import { SEARCH_LIMIT_MAX, type SearchResult } from '@portal/company-link';
import type { CatalogContext } from '../context.ts';
import type { PreviewCatalog } from '../preview/preview-catalog.ts';
import type { TargetRows } from './map-input.ts';

/**
 * Every row of `fetch`'s listing: pages of the contract's maximum (500). A catalog that fits one
 * page (every demo catalog does) costs one call.
 */
async function all<T>(fetch: (offset: number) => Promise<SearchResult<T>>): Promise<T[]> {
  const items: T[] = [];
  for (;;) {
    const page = await fetch(items.length);
    items.push(...page.items);
    if (page.items.length === 0 || items.length >= page.totalCount) return items;
  }
}

/**
 * The candidate rows of `companyId` for the source rows a comparison uses: one listing per kind
 * the input needs, all kinds in parallel (boards only of the thicknesses used). The listings
 * prime the request's by-id loaders, so pricing the mapped lines afterwards reads no row again.
 */
export async function loadTargetRows(
  ctx: CatalogContext,
  companyId: string,
  source: PreviewCatalog,
): Promise<TargetRows> {
  const { loaders } = ctx;
  const thicknesses = [...new Set([...source.materials.values()].map((m) => m.thicknessMm))].sort(
    (a, b) => a - b,
  );
  const limit = SEARCH_LIMIT_MAX;
  const none = Promise.resolve([]);
  const [materials, edgeBandings, accessories, feeTypes] = await Promise.all([
    thicknesses.length > 0
      ? all((offset) => loaders.materialsSearch(companyId, { thicknesses, limit, offset }))
      : none,
    source.edgeBandings.size > 0
      ? all((offset) => loaders.edgeBandingsSearch(companyId, { limit, offset }))
      : none,
    source.accessories.size > 0
      ? all((offset) => loaders.accessoriesSearch(companyId, { limit, offset }))
      : none,
    source.feeTypes.size > 0
      ? all((offset) => loaders.feeTypesSearch(companyId, { limit, offset }))
      : none,
  ]);
  return { materials, edgeBandings, accessories, feeTypes };
}
