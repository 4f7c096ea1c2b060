import type { CompanyLink } from './company-link.ts';

export interface CatalogCacheOptions {
  /** Most entries kept (one by-ids row, a services row or a search page each); default 20 000. */
  maxEntries?: number;
  /**
   * How long a company's catalog version is trusted before it is asked again, ms; default 2000.
   * This is how stale a price can be: a change is seen by the first read after the interval.
   */
  versionTtlMs?: number;
  /** Clock in ms (tests). */
  now?: () => number;
}

export interface CatalogCacheStats {
  hits: number;
  misses: number;
  entries: number;
}

/**
 * Catalog rows shared by all requests, keyed by (company, catalog version, kind, key). A row is
 * served while the company's `portal_catalog_version()` is unchanged; a new version makes new
 * keys, so nothing is ever invalidated by hand and old versions age out of the LRU. Per-request
 * batching stays with `createCatalogLoaders`, which reads through this.
 */
export interface CatalogCache {
  /** The company's catalog version, asked at most once per `versionTtlMs` (callers share it). */
  version(link: CompanyLink): Promise<string>;
  /** A cached value, `undefined` when absent (a cached "not found" is `null`). */
  get<T>(companyId: string, version: string, kind: string, key: string): T | null | undefined;
  set<T>(companyId: string, version: string, kind: string, key: string, value: T | null): void;
  stats(): CatalogCacheStats;
  clear(): void;
}

export const DEFAULT_CATALOG_CACHE_ENTRIES = 20_000;
export const DEFAULT_VERSION_TTL_MS = 2_000;

export function createCatalogCache(options: CatalogCacheOptions = {}): CatalogCache {
  const maxEntries = Math.max(1, options.maxEntries ?? DEFAULT_CATALOG_CACHE_ENTRIES);
  const ttlMs = Math.max(0, options.versionTtlMs ?? DEFAULT_VERSION_TTL_MS);
  const now = options.now ?? Date.now;
  // A Map iterates in insertion order: re-inserting on a hit makes the first key the coldest.
  const entries = new Map<string, unknown>();
  const versions = new Map<string, { at: number; version: Promise<string> }>();
  let hits = 0;
  let misses = 0;

  const keyOf = (companyId: string, version: string, kind: string, key: string) =>
    `${companyId.toLowerCase()}\u0000${version}\u0000${kind}\u0000${key}`;

  return {
    version(link) {
      const companyId = link.companyId.toLowerCase();
      const known = versions.get(companyId);
      if (known && now() - known.at < ttlMs) return known.version;
      const version = link.catalogVersion();
      const entry = { at: now(), version };
      versions.set(companyId, entry);
      // A failure is not remembered: the next reader asks again.
      version.catch(() => {
        if (versions.get(companyId) === entry) versions.delete(companyId);
      });
      return version;
    },
    get<T>(companyId: string, version: string, kind: string, key: string) {
      const k = keyOf(companyId, version, kind, key);
      if (!entries.has(k)) {
        misses += 1;
        return undefined;
      }
      hits += 1;
      const value = entries.get(k) as T | null;
      entries.delete(k);
      entries.set(k, value);
      return value;
    },
    set(companyId, version, kind, key, value) {
      const k = keyOf(companyId, version, kind, key);
      entries.delete(k);
      entries.set(k, value);
      while (entries.size > maxEntries) {
        const coldest = entries.keys().next().value as string;
        entries.delete(coldest);
      }
    },
    stats: () => ({ hits, misses, entries: entries.size }),
    clear() {
      entries.clear();
      versions.clear();
    },
  };
}
