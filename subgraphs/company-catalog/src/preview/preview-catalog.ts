import type {
  Accessory,
  CatalogItemLoader,
  EdgeBanding,
  FeeType,
  Material,
  Services,
} from '@portal/company-link';
import { BadUserInputError } from '@portal/errors';
import type { QuoteInput } from '../__generated__/resolvers-types.ts';
import { fromCompany } from '../company-errors.ts';
import type { CatalogContext } from '../context.ts';

export const EDGE_SIDES = ['edgeBandingA', 'edgeBandingB', 'edgeBandingC', 'edgeBandingD'] as const;

/** The catalog rows a preview needs, by lower-case id, and the version they belong to. */
export interface PreviewCatalog {
  version: string;
  services: Services;
  materials: Map<string, Material>;
  edgeBandings: Map<string, EdgeBanding>;
  accessories: Map<string, Accessory>;
  feeTypes: Map<string, FeeType>;
}

async function loadAll<T>(
  loader: CatalogItemLoader<T>,
  companyId: string,
  ids: Set<string>,
): Promise<Map<string, T>> {
  const list = [...ids];
  // `load` (not `loadMany`) so a company failure rejects instead of hiding in the array.
  const rows = await Promise.all(list.map((id) => loader.load({ companyId, id })));
  const found = new Map<string, T>();
  rows.forEach((row, i) => {
    if (row) found.set(list[i]!, row);
  });
  return found;
}

/**
 * Reads everything the preview prices with: one version call, then at most one `*_by_ids` call
 * per kind plus `portal_services()` (none of them when the cache is warm). The request's loaders
 * batch the ids; their cache is keyed by the catalog version.
 */
export async function loadPreviewCatalog(
  ctx: CatalogContext,
  companyId: string,
  input: QuoteInput,
): Promise<PreviewCatalog> {
  const materialIds = new Set<string>();
  const edgeIds = new Set<string>();
  for (const panel of input.panels) {
    materialIds.add(panel.materialId.toLowerCase());
    for (const side of EDGE_SIDES) {
      const id = panel[side];
      if (id) edgeIds.add(id.toLowerCase());
    }
  }
  const accessoryIds = new Set((input.accessories ?? []).map((a) => a.accessoryId.toLowerCase()));
  const feeIds = new Set((input.fees ?? []).map((f) => f.feeTypeId.toLowerCase()));
  const { loaders } = ctx;
  // The version first: it is the cache key of every row read after it.
  const version = await fromCompany(loaders.catalogVersion(companyId));
  const [services, materials, edgeBandings, accessories, feeTypes] = await fromCompany(
    Promise.all([
      loaders.services(companyId),
      loadAll(loaders.materials, companyId, materialIds),
      loadAll(loaders.edgeBandings, companyId, edgeIds),
      loadAll(loaders.accessories, companyId, accessoryIds),
      loadAll(loaders.feeTypes, companyId, feeIds),
    ]),
  );
  return { version, services, materials, edgeBandings, accessories, feeTypes };
}

function unknownId(what: string, id: string, row: string, field: string): BadUserInputError {
  return new BadUserInputError(
    `${row}: ${what} ${JSON.stringify(id.slice(0, 60))} is not in this company's catalog.`,
    field,
  );
}

function inactive(what: string, name: string, row: string, field: string): BadUserInputError {
  return new BadUserInputError(
    `${row}: ${what} "${name}" is no longer sold by this company (inactive).`,
    field,
  );
}

/**
 * Every id of the input names an active row of this company's catalog. A row of another
 * company is simply not found here: ids are looked up in this company's database only.
 */
export function checkCatalogIds(input: QuoteInput, catalog: PreviewCatalog): void {
  input.panels.forEach((panel, i) => {
    const at = `input.panels[${i}]`;
    const row = `Panel ${panel.label ? `"${panel.label}" (row ${i + 1})` : `row ${i + 1}`}`;
    const material = catalog.materials.get(panel.materialId.toLowerCase());
    if (!material) throw unknownId('material', panel.materialId, row, `${at}.materialId`);
    if (!material.active) throw inactive('material', material.name, row, `${at}.materialId`);
    for (const side of EDGE_SIDES) {
      const id = panel[side];
      if (!id) continue;
      const edge = catalog.edgeBandings.get(id.toLowerCase());
      const what = `edge banding of side ${side.slice(-1)}`;
      if (!edge) throw unknownId(what, id, row, `${at}.${side}`);
      if (!edge.active) {
        throw inactive(
          what,
          `${edge.type}-${edge.widthMm}/${edge.thicknessMm}-${edge.decor}`,
          row,
          `${at}.${side}`,
        );
      }
    }
  });
  (input.accessories ?? []).forEach((line, i) => {
    const at = `input.accessories[${i}].accessoryId`;
    const row = `Accessory line ${i + 1}`;
    const accessory = catalog.accessories.get(line.accessoryId.toLowerCase());
    if (!accessory) throw unknownId('accessory', line.accessoryId, row, at);
    if (!accessory.active) throw inactive('accessory', accessory.name, row, at);
  });
  (input.fees ?? []).forEach((line, i) => {
    const at = `input.fees[${i}].feeTypeId`;
    // Fee types have no active flag: a deleted one is simply not returned.
    if (!catalog.feeTypes.get(line.feeTypeId.toLowerCase())) {
      throw unknownId('fee type', line.feeTypeId, `Fee line ${i + 1}`, at);
    }
  });
}
