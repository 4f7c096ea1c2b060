import { describe, expect, it } from 'vitest';
import { createCatalogLoaders } from './catalog-loaders.ts';
import type { CompanyLink } from './company-link.ts';
import type { CompanyLinks } from './company-links.ts';
import type { Material, SearchResult } from './contract.ts';
import { CompanyNotFoundError, CompanyUnavailableError } from './errors.ts';

const A = 'aaaaaaaa-0000-4000-8000-000000000001';
const B = 'bbbbbbbb-0000-4000-8000-000000000002';
const DOWN = 'dddddddd-0000-4000-8000-000000000003';
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** A minimal material; loaders only look at `id`. */
const material = (itemId: string) => ({ id: itemId, name: `m ${itemId}` }) as unknown as Material;

interface Call {
  companyId: string;
  fn: string;
  args: unknown;
}

/**
 * Fake links: company A has materials 1–3, B has 4–5, DOWN fails every call, any other id is
 * not on the portal. Every call is recorded.
 */
function fakeLinks() {
  const calls: Call[] = [];
  const catalog: Record<string, string[]> = { [A]: [id(1), id(2), id(3)], [B]: [id(4), id(5)] };
  const linkOf = (companyId: string): CompanyLink => {
    const record = async <T>(fn: string, args: unknown, answer: () => T): Promise<T> => {
      calls.push({ companyId, fn, args });
      await new Promise((resolve) => setTimeout(resolve, 1));
      if (companyId === DOWN) {
        throw new CompanyUnavailableError(
          { companyId, slug: 'down', fn: null, reason: 'network' },
          "Company 'down' could not be reached",
        );
      }
      return answer();
    };
    const search = (fn: string) => (args: unknown) =>
      record(fn, args, (): SearchResult<Material> => {
        const items = (catalog[companyId] ?? []).map(material);
        return { totalCount: items.length, items };
      });
    const byIds = (fn: string) => (ids: readonly string[]) =>
      record(fn, [...ids], () =>
        (catalog[companyId] ?? [])
          .filter((i) => ids.includes(i))
          .reverse()
          .map(material),
      );
    return {
      companyId,
      slug: companyId.slice(0, 4),
      materialsByIds: byIds('portal_materials_by_ids'),
      materialsSearch: search('portal_materials_search'),
      edgeBandingsByIds: byIds('portal_edge_bandings_by_ids'),
      accessoriesByIds: byIds('portal_accessories_by_ids'),
      services: () => record('portal_services', {}, () => ({})),
    } as unknown as CompanyLink;
  };
  const links: CompanyLinks = {
    async get(companyId) {
      if (![A, B, DOWN].includes(companyId.toLowerCase()))
        throw new CompanyNotFoundError(companyId);
      return linkOf(companyId.toLowerCase());
    },
  };
  return { links, calls };
}

describe('catalog loaders', () => {
  it('makes one by-ids call per company and returns results in key order', async () => {
    const { links, calls } = fakeLinks();
    const loaders = createCatalogLoaders(links);
    const keys = [
      { companyId: B, id: id(5) },
      { companyId: A, id: id(1) },
      { companyId: A, id: id(9) }, // not in A's catalog
      { companyId: B, id: id(4) },
      { companyId: A, id: id(3) },
      { companyId: A, id: id(1) }, // asked twice
    ];
    const results = await loaders.materials.loadMany(keys);
    expect(results.map((r) => (r instanceof Error ? r : (r?.id ?? null)))).toEqual([
      id(5),
      id(1),
      null,
      id(4),
      id(3),
      id(1),
    ]);
    expect(calls).toHaveLength(2);
    expect(calls).toContainEqual({
      companyId: A,
      fn: 'portal_materials_by_ids',
      args: [id(1), id(9), id(3)],
    });
    expect(calls).toContainEqual({
      companyId: B,
      fn: 'portal_materials_by_ids',
      args: [id(5), id(4)],
    });
  });

  it('sends one call per id with batching off (benches only)', async () => {
    const { links, calls } = fakeLinks();
    const loaders = createCatalogLoaders(links, { batch: false });
    const found = await Promise.all(
      [id(1), id(2), id(3)].map((i) => loaders.materials.load({ companyId: A, id: i })),
    );
    expect(found.map((m) => m?.id)).toEqual([id(1), id(2), id(3)]);
    expect(calls.map((c) => c.args)).toEqual([[id(1)], [id(2)], [id(3)]]);
  });

  it('fails only the keys of the company that failed', async () => {
    const { links } = fakeLinks();
    const loaders = createCatalogLoaders(links);
    const [a, down, b, unknown] = await loaders.edgeBandings.loadMany([
      { companyId: A, id: id(2) },
      { companyId: DOWN, id: id(1) },
      { companyId: B, id: id(4) },
      { companyId: 'eeeeeeee-0000-4000-8000-000000000009', id: id(1) },
    ]);
    expect(a).toMatchObject({ id: id(2) });
    expect(b).toMatchObject({ id: id(4) });
    expect(down).toBeInstanceOf(CompanyUnavailableError);
    expect(unknown).toBeInstanceOf(CompanyNotFoundError);
  });

  it('calls the companies in parallel', async () => {
    const { links } = fakeLinks();
    const started: string[] = [];
    const slow: CompanyLinks = {
      async get(companyId) {
        const link = await links.get(companyId);
        return {
          ...link,
          accessoriesByIds: async (ids: readonly string[]) => {
            started.push(companyId);
            await new Promise((resolve) => setTimeout(resolve, 100));
            return link.accessoriesByIds(ids);
          },
        };
      },
    };
    const loaders = createCatalogLoaders(slow);
    const begin = performance.now();
    await loaders.accessories.loadMany([
      { companyId: A, id: id(1) },
      { companyId: B, id: id(4) },
    ]);
    expect(started.sort()).toEqual([A, B]);
    expect(performance.now() - begin).toBeLessThan(190);
  });

  it('treats a malformed id as unknown without sending it', async () => {
    const { links, calls } = fakeLinks();
    const loaders = createCatalogLoaders(links);
    expect(await loaders.materials.load({ companyId: A, id: 'not-a-uuid' })).toBeNull();
    expect(calls).toHaveLength(0);
  });

  it('matches ids and companies case-insensitively', async () => {
    const { links, calls } = fakeLinks();
    const loaders = createCatalogLoaders(links);
    const [upper, lower] = await Promise.all([
      loaders.materials.load({ companyId: A.toUpperCase(), id: id(2).toUpperCase() }),
      loaders.materials.load({ companyId: A, id: id(2) }),
    ]);
    expect(upper?.id).toBe(id(2));
    expect(lower?.id).toBe(id(2));
    expect(calls).toHaveLength(1);
  });

  it('makes an identical search once per request and primes the by-id loader', async () => {
    const { links, calls } = fakeLinks();
    const loaders = createCatalogLoaders(links);
    const [first, second] = await Promise.all([
      loaders.materialsSearch(A, { search: 'x', limit: 20, offset: 0 }),
      loaders.materialsSearch(A, { offset: 0, limit: 20, search: 'x' }),
    ]);
    expect(second).toBe(first);
    await loaders.materialsSearch(A, { search: 'x', limit: 20, offset: 20 });
    await loaders.materialsSearch(B, { search: 'x', limit: 20, offset: 0 });
    expect(calls.map((c) => [c.companyId, c.fn])).toEqual([
      [A, 'portal_materials_search'],
      [A, 'portal_materials_search'],
      [B, 'portal_materials_search'],
    ]);
    expect(await loaders.materials.load({ companyId: A, id: id(3) })).toMatchObject({ id: id(3) });
    expect(calls).toHaveLength(3);
  });

  it('asks a failing company once per request, and again in the next request', async () => {
    const { links, calls } = fakeLinks();
    const loaders = createCatalogLoaders(links);
    await expect(loaders.services(DOWN)).rejects.toBeInstanceOf(CompanyUnavailableError);
    await expect(loaders.services(DOWN)).rejects.toBeInstanceOf(CompanyUnavailableError);
    expect(calls).toHaveLength(1);
    await expect(createCatalogLoaders(links).services(DOWN)).rejects.toThrow(
      /could not be reached/,
    );
    expect(calls).toHaveLength(2);
  });
});
