import { CompanyNotFoundError, CompanyUnavailableError, type FeeType } from '@portal/company-link';
import type { CompanyResolvers } from '../__generated__/resolvers-types.ts';
import { materialFilter, searchText } from '../catalog-args.ts';
import { fromCompany, toGraphQLError } from '../company-errors.ts';
import { type CompanyRef, ofCompany } from '../mappers.ts';
import { pageWindow, toConnection } from '../paging.ts';

/** Fee types are few; a company with more than this many is paged through. */
const FEE_PAGE = 500;

/** Throws the reason a company cannot serve its catalog, at the field that needed it. */
function assertServes(ref: CompanyRef): void {
  if (ref.problem) throw toGraphQLError(ref.problem);
}

export const Company: CompanyResolvers = {
  // Looked up once per company and request; an unknown, inactive or misconfigured company
  // still resolves, so each catalog field reports the problem at its own path.
  async __resolveReference({ id }, ctx) {
    try {
      await ctx.links.get(id);
      return { id, problem: null };
    } catch (error) {
      if (error instanceof CompanyNotFoundError || error instanceof CompanyUnavailableError) {
        return { id, problem: error };
      }
      throw error;
    }
  },

  async materials(ref, args, ctx) {
    const window = pageWindow(args);
    const search = searchText(args.search);
    const filter = materialFilter(args.filter);
    assertServes(ref);
    const result = await fromCompany(
      ctx.loaders.materialsSearch(ref.id, {
        search,
        ...filter,
        limit: window.limit,
        offset: window.offset,
      }),
    );
    return toConnection(result, window, (item) => ofCompany(ref.id, item));
  },

  async materialFilters(ref, _args, ctx) {
    assertServes(ref);
    const filters = await fromCompany(ctx.loaders.materialFilters(ref.id));
    return {
      brands: filters.brands.map(({ id, name, count }) => ({ brand: { id, name }, count })),
      thicknesses: filters.thicknesses,
    };
  },

  async edgeBandings(ref, args, ctx) {
    const window = pageWindow(args);
    const search = searchText(args.search);
    assertServes(ref);
    const result = await fromCompany(
      ctx.loaders.edgeBandingsSearch(ref.id, {
        search,
        limit: window.limit,
        offset: window.offset,
      }),
    );
    return toConnection(result, window, (item) => ofCompany(ref.id, item));
  },

  async linearMaterials(ref, args, ctx) {
    const window = pageWindow(args);
    const search = searchText(args.search);
    assertServes(ref);
    const result = await fromCompany(
      ctx.loaders.linearMaterialsSearch(ref.id, {
        search,
        limit: window.limit,
        offset: window.offset,
      }),
    );
    return toConnection(result, window, (item) => ofCompany(ref.id, item));
  },

  async accessories(ref, args, ctx) {
    const window = pageWindow(args);
    const search = searchText(args.search);
    assertServes(ref);
    const result = await fromCompany(
      ctx.loaders.accessoriesSearch(ref.id, { search, limit: window.limit, offset: window.offset }),
    );
    return toConnection(result, window, (item) => ofCompany(ref.id, item));
  },

  async services(ref, _args, ctx) {
    assertServes(ref);
    return fromCompany(ctx.loaders.services(ref.id));
  },

  async fees(ref, _args, ctx) {
    assertServes(ref);
    const fees: FeeType[] = [];
    for (;;) {
      const page = await fromCompany(
        ctx.loaders.feeTypesSearch(ref.id, { search: null, limit: FEE_PAGE, offset: fees.length }),
      );
      fees.push(...page.items);
      if (page.items.length === 0 || fees.length >= page.totalCount) break;
    }
    return fees.map((fee) => ofCompany(ref.id, fee));
  },
};
