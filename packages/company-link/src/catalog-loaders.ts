import DataLoader from 'dataloader';
import type { CatalogCache } from './catalog-cache.ts';
import type { CompanyLink } from './company-link.ts';
import type { CompanyLinks } from './company-links.ts';
import {
  type Accessory,
  type EdgeBanding,
  type FeeType,
  isUuid,
  type LinearMaterial,
  type Material,
  type MaterialFilters,
  type MaterialSearchArgs,
  type SearchArgs,
  type SearchResult,
  type Services,
} from './contract.ts';

/** One catalog item of one company. */
export interface CatalogKey {
  companyId: string;
  id: string;
}

export type CatalogItemLoader<T> = DataLoader<CatalogKey, T | null, string>;

/**
 * The catalog reads of ONE request. By-id loads are batched into one `portal_*_by_ids` call per
 * company and kind; identical searches are made once. Build a new set per request: the caches
 * must not outlive it, or a price change would never be seen.
 */
export interface CatalogLoaders {
  materials: CatalogItemLoader<Material>;
  edgeBandings: CatalogItemLoader<EdgeBanding>;
  linearMaterials: CatalogItemLoader<LinearMaterial>;
  accessories: CatalogItemLoader<Accessory>;
  feeTypes: CatalogItemLoader<FeeType>;
  materialsSearch(companyId: string, args: MaterialSearchArgs): Promise<SearchResult<Material>>;
  edgeBandingsSearch(companyId: string, args: SearchArgs): Promise<SearchResult<EdgeBanding>>;
  linearMaterialsSearch(companyId: string, args: SearchArgs): Promise<SearchResult<LinearMaterial>>;
  accessoriesSearch(companyId: string, args: SearchArgs): Promise<SearchResult<Accessory>>;
  feeTypesSearch(companyId: string, args: SearchArgs): Promise<SearchResult<FeeType>>;
  materialFilters(companyId: string): Promise<MaterialFilters>;
  services(companyId: string): Promise<Services>;
  /**
   * The company's `portal_catalog_version()`: once per request, and with a `CatalogCache` at
   * most once per company per its version interval across requests.
   */
  catalogVersion(companyId: string): Promise<string>;
}

export interface CatalogLoadersOptions {
  /**
   * Cross-request cache by catalog version. When given, by-id loads and `services` are served
   * from it while the company's catalog version is unchanged (the version is read first, once
   * per request). Searches and filters always ask the company: a listing stays one call per
   * company and kind, with no version call in front of it.
   */
  cache?: CatalogCache;
  /**
   * Batch by-id loads into one call per company and kind (default true). `false` only in
   * benches (`bench/ratios.ts`): every id is then its own `portal_*_by_ids` call.
   */
  batch?: boolean;
}

export function createCatalogLoaders(
  links: Pick<CompanyLinks, 'get'>,
  options: CatalogLoadersOptions = {},
): CatalogLoaders {
  const { cache } = options;
  const batch = options.batch ?? true;

  // Same request, same arguments: the first promise is shared, failures included, so a company
  // that is down is asked once per request, not once per field.
  const calls = new Map<string, Promise<unknown>>();
  function once<T>(key: unknown[], run: () => Promise<T>): Promise<T> {
    const cacheKey = JSON.stringify(key);
    let promise = calls.get(cacheKey) as Promise<T> | undefined;
    if (!promise) {
      promise = run();
      calls.set(cacheKey, promise);
    }
    return promise;
  }

  const catalogVersion = (companyId: string): Promise<string> =>
    once(['catalogVersion', companyId.toLowerCase()], async () => {
      const link = await links.get(companyId);
      return cache ? cache.version(link) : link.catalogVersion();
    });
  const versioned = cache ? { cache, version: catalogVersion } : undefined;

  const materials = itemLoader(links, 'materials', versioned, batch, (link, ids) =>
    link.materialsByIds(ids),
  );
  const edgeBandings = itemLoader(links, 'edgeBandings', versioned, batch, (link, ids) =>
    link.edgeBandingsByIds(ids),
  );
  const linearMaterials = itemLoader(links, 'linearMaterials', versioned, batch, (link, ids) =>
    link.linearMaterialsByIds(ids),
  );
  const accessories = itemLoader(links, 'accessories', versioned, batch, (link, ids) =>
    link.accessoriesByIds(ids),
  );
  const feeTypes = itemLoader(links, 'feeTypes', versioned, batch, (link, ids) =>
    link.feeTypesByIds(ids),
  );

  function search<T extends { id: string }>(
    kind: string,
    loader: CatalogItemLoader<T>,
    companyId: string,
    args: Record<string, unknown>,
    run: (link: CompanyLink) => Promise<SearchResult<T>>,
  ): Promise<SearchResult<T>> {
    return once([kind, companyId.toLowerCase(), args], async () => {
      const result = await run(await links.get(companyId));
      // A later by-id load of an item already listed in this request needs no call.
      for (const item of result.items) loader.prime({ companyId, id: item.id }, item);
      return result;
    });
  }

  return {
    materials,
    edgeBandings,
    linearMaterials,
    accessories,
    feeTypes,
    materialsSearch: (companyId, args) => {
      const normal = {
        ...normalSearch(args),
        brandIds: args.brandIds ?? null,
        thicknesses: args.thicknesses ?? null,
        onStock: args.onStock ?? null,
      };
      return search('materials', materials, companyId, normal, (link) =>
        link.materialsSearch(normal),
      );
    },
    edgeBandingsSearch: (companyId, args) => {
      const normal = normalSearch(args);
      return search('edgeBandings', edgeBandings, companyId, normal, (link) =>
        link.edgeBandingsSearch(normal),
      );
    },
    linearMaterialsSearch: (companyId, args) => {
      const normal = normalSearch(args);
      return search('linearMaterials', linearMaterials, companyId, normal, (link) =>
        link.linearMaterialsSearch(normal),
      );
    },
    accessoriesSearch: (companyId, args) => {
      const normal = normalSearch(args);
      return search('accessories', accessories, companyId, normal, (link) =>
        link.accessoriesSearch(normal),
      );
    },
    feeTypesSearch: (companyId, args) => {
      const normal = normalSearch(args);
      return search('feeTypes', feeTypes, companyId, normal, (link) => link.feeTypesSearch(normal));
    },
    materialFilters: (companyId) =>
      once(['materialFilters', companyId.toLowerCase()], async () =>
        (await links.get(companyId)).materialFilters(),
      ),
    services: (companyId) =>
      once(['services', companyId.toLowerCase()], async () => {
        if (!cache) return (await links.get(companyId)).services();
        const version = await catalogVersion(companyId);
        const hit = cache.get<Services>(companyId, version, 'services', '');
        if (hit) return hit;
        const services = await (await links.get(companyId)).services();
        cache.set(companyId, version, 'services', '', services);
        return services;
      }),
    catalogVersion,
  };
}

/** Fixed key order and explicit defaults, so equal searches get equal cache keys. */
function normalSearch(args: SearchArgs): Required<SearchArgs> {
  return { search: args.search || null, limit: args.limit ?? 50, offset: args.offset ?? 0 };
}

interface Versioned {
  cache: CatalogCache;
  version(companyId: string): Promise<string>;
}

function itemLoader<T extends { id: string }>(
  links: Pick<CompanyLinks, 'get'>,
  kind: string,
  versioned: Versioned | undefined,
  batch: boolean,
  fetchByIds: (link: CompanyLink, ids: string[]) => Promise<T[]>,
): CatalogItemLoader<T> {
  // Without a cache: one call with every id. With one: the version first, then one call with
  // the ids the cache does not know (none when warm); misses are cached as null too, since an
  // id cannot appear without the version changing.
  async function fetchCompany(companyId: string, ids: Set<string>): Promise<Map<string, T>> {
    if (!versioned) {
      const items = await fetchByIds(await links.get(companyId), [...ids]);
      return new Map(items.map((item) => [item.id.toLowerCase(), item]));
    }
    const { cache } = versioned;
    const version = await versioned.version(companyId);
    const result = new Map<string, T>();
    const missing: string[] = [];
    for (const id of ids) {
      const hit = cache.get<T>(companyId, version, kind, id);
      if (hit === undefined) missing.push(id);
      else if (hit !== null) result.set(id, hit);
    }
    if (missing.length === 0) return result;
    const items = await fetchByIds(await links.get(companyId), missing);
    for (const item of items) result.set(item.id.toLowerCase(), item);
    for (const id of missing) cache.set(companyId, version, kind, id, result.get(id) ?? null);
    return result;
  }

  return new DataLoader<CatalogKey, T | null, string>(
    async (keys) => {
      // companyId → the distinct ids asked of it; malformed ids are unknown ids, never sent.
      const wanted = new Map<string, Set<string>>();
      for (const key of keys) {
        const companyId = key.companyId.toLowerCase();
        const ids = wanted.get(companyId) ?? new Set<string>();
        wanted.set(companyId, ids);
        if (isUuid(key.id)) ids.add(key.id.toLowerCase());
      }
      // One call per company, all companies at once; a failure stays with its own company.
      const found = new Map<string, Map<string, T> | Error>();
      await Promise.all(
        [...wanted].map(async ([companyId, ids]) => {
          if (ids.size === 0) {
            found.set(companyId, new Map());
            return;
          }
          try {
            found.set(companyId, await fetchCompany(companyId, ids));
          } catch (error) {
            found.set(companyId, error instanceof Error ? error : new Error(String(error)));
          }
        }),
      );
      return keys.map((key) => {
        const items = found.get(key.companyId.toLowerCase());
        if (items instanceof Error) return items;
        return items?.get(key.id.toLowerCase()) ?? null;
      });
    },
    { batch, cacheKeyFn: (key) => `${key.companyId.toLowerCase()}:${key.id.toLowerCase()}` },
  );
}
