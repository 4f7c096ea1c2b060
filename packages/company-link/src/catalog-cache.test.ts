import { describe, expect, it } from 'vitest';
import { createCatalogCache } from './catalog-cache.ts';
import { createCatalogLoaders } from './catalog-loaders.ts';
import type { CompanyLink } from './company-link.ts';
import type { Material } from './contract.ts';

const A = 'aaaaaaaa-0000-4000-8000-000000000001';
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** One company whose catalog version and prices the test changes; every call is recorded. */
function fakeCompany() {
  const state = { version: 'v1', price: '100.00', calls: [] as string[] };
  const link = {
    companyId: A,
    slug: 'a',
    catalogVersion: async () => {
      state.calls.push('portal_catalog_version');
      return state.version;
    },
    materialsByIds: async (ids: readonly string[]) => {
      state.calls.push(`portal_materials_by_ids ${ids.length}`);
      return ids
        .filter((i) => i !== id(9))
        .map((i) => ({ id: i, pricePerSqm: state.price }) as unknown as Material);
    },
    services: async () => {
      state.calls.push('portal_services');
      return { cuttingFeePerM: state.price } as never;
    },
  } as unknown as CompanyLink;
  return { state, links: { get: async () => link } };
}

describe('catalog cache by version', () => {
  it('serves a warm request with no call inside the version interval, one call after it', async () => {
    let clock = 0;
    const cache = createCatalogCache({ versionTtlMs: 2000, now: () => clock });
    const { state, links } = fakeCompany();
    const request = async () => {
      const loaders = createCatalogLoaders(links, { cache });
      const [m1, m9, services] = await Promise.all([
        loaders.materials.load({ companyId: A, id: id(1) }),
        loaders.materials.load({ companyId: A, id: id(9) }),
        loaders.services(A),
      ]);
      return {
        price: m1?.pricePerSqm,
        unknown: m9,
        services,
        version: await loaders.catalogVersion(A),
      };
    };

    expect(await request()).toMatchObject({ price: '100.00', unknown: null, version: 'v1' });
    expect(state.calls.sort()).toEqual([
      'portal_catalog_version',
      'portal_materials_by_ids 2',
      'portal_services',
    ]);

    state.calls.length = 0;
    clock = 1000;
    expect(await request()).toMatchObject({ price: '100.00', unknown: null });
    expect(state.calls).toEqual([]);

    // Price changed, version unchanged by the company: still cached (the version is the key).
    state.price = '120.00';
    clock = 2500;
    expect(await request()).toMatchObject({ price: '100.00' });
    expect(state.calls).toEqual(['portal_catalog_version']);

    state.calls.length = 0;
    state.version = 'v2';
    clock = 5000;
    expect(await request()).toMatchObject({ price: '120.00', version: 'v2' });
    expect(state.calls.sort()).toEqual([
      'portal_catalog_version',
      'portal_materials_by_ids 2',
      'portal_services',
    ]);
  });

  it('asks the version once for concurrent requests and forgets a failed one', async () => {
    const cache = createCatalogCache();
    let calls = 0;
    let fail = true;
    const link = {
      companyId: A,
      catalogVersion: async () => {
        calls += 1;
        await new Promise((r) => setTimeout(r, 5));
        if (fail) throw new Error('down');
        return 'v1';
      },
    } as unknown as CompanyLink;
    await expect(Promise.all([cache.version(link), cache.version(link)])).rejects.toThrow('down');
    expect(calls).toBe(1);
    fail = false;
    expect(await cache.version(link)).toBe('v1');
    expect(calls).toBe(2);
  });

  it('keeps at most maxEntries, evicting the least recently used', () => {
    const cache = createCatalogCache({ maxEntries: 2 });
    cache.set(A, 'v1', 'materials', '1', 1);
    cache.set(A, 'v1', 'materials', '2', 2);
    expect(cache.get(A, 'v1', 'materials', '1')).toBe(1);
    cache.set(A, 'v1', 'materials', '3', 3);
    expect(cache.get(A, 'v1', 'materials', '2')).toBeUndefined();
    expect(cache.get(A, 'v1', 'materials', '1')).toBe(1);
    expect(cache.stats().entries).toBe(2);
  });
});
