import type { Accessory, EdgeBanding, FeeType, Material } from '@portal/company-link';
import type { QuoteInput, QuotePanelInput } from '../__generated__/resolvers-types.ts';
import { EDGE_SIDES, type PreviewCatalog } from '../preview/preview-catalog.ts';
import {
  accessoryKey,
  describeAccessory,
  describeEdgeBanding,
  describeMaterialKey,
  edgeBandingKey,
  feeKey,
  indexBy,
  matchByKey,
  matchMaterial,
  materialKey,
} from './material-match.ts';

export type ItemKind = 'MATERIAL' | 'EDGE_BANDING' | 'ACCESSORY' | 'FEE';
export type MatchMethod = 'SAME' | 'MATCHED' | 'SUBSTITUTED';

export interface ComparisonMatch {
  kind: ItemKind;
  sourceId: string;
  targetId: string;
  how: MatchMethod;
}

export interface ComparisonMissing {
  kind: ItemKind;
  sourceId: string;
  sourceName: string;
  searched: string;
  fields: string[];
}

/** The target company's rows the matching may use (what its searches returned). */
export interface TargetRows {
  materials: Material[];
  edgeBandings: EdgeBanding[];
  accessories: Accessory[];
  feeTypes: FeeType[];
}

/** The caller's substitution for this company, with the target row it names (null: not there). */
export interface ResolvedSubstitution {
  /** Index in the request's `substitutions`, for errors. */
  index: number;
  sourceId: string;
  target: Material | EdgeBanding | Accessory | FeeType | null;
}

export interface MappedInput {
  /** The lines every id of which has an equivalent, with the target company's ids. */
  input: QuoteInput;
  matches: ComparisonMatch[];
  missing: ComparisonMissing[];
  /** Substitutions naming no active row of the right kind in the target catalog. */
  invalidSubstitutions: InvalidSubstitution[];
}

/**
 * Why a substitution was refused: `NOT_FOUND` (no such row in that company's catalog — an
 * unknown id or another company's), `WRONG_KIND` (a row of another kind, e.g. an edge banding
 * for a board), `INACTIVE` (the company no longer sells it).
 */
export type SubstitutionProblem = 'NOT_FOUND' | 'WRONG_KIND' | 'INACTIVE';

export interface InvalidSubstitution {
  /** Index in the request's `substitutions`. */
  index: number;
  problem: SubstitutionProblem;
}

/** The source rows the input uses, lower-case id → kind. */
export function sourceKinds(catalog: PreviewCatalog): Map<string, ItemKind> {
  const kinds = new Map<string, ItemKind>();
  for (const id of catalog.materials.keys()) kinds.set(id, 'MATERIAL');
  for (const id of catalog.edgeBandings.keys()) kinds.set(id, 'EDGE_BANDING');
  for (const id of catalog.accessories.keys()) kinds.set(id, 'ACCESSORY');
  for (const id of catalog.feeTypes.keys()) kinds.set(id, 'FEE');
  return kinds;
}

/** What is wrong with a substitution's target row for a row of `kind`; null when nothing. */
function targetProblem(
  kind: ItemKind | undefined,
  row: ResolvedSubstitution['target'],
): SubstitutionProblem | null {
  if (!row) return 'NOT_FOUND';
  if (!kind || !ofKind(kind, row)) return 'WRONG_KIND';
  if ((row as { active?: boolean }).active === false) return 'INACTIVE';
  return null;
}

/** Whether a substitution's target row is of the kind of the row it replaces. */
function ofKind(kind: ItemKind, row: NonNullable<ResolvedSubstitution['target']>): boolean {
  switch (kind) {
    case 'MATERIAL':
      return 'thicknessMm' in row && 'lengthMm' in row;
    case 'EDGE_BANDING':
      return 'decor' in row;
    case 'ACCESSORY':
      return 'unitPriceNet' in row;
    case 'FEE':
      return 'netPrice' in row && !('unitPriceNet' in row);
  }
}

/**
 * Rewrites the source company's input with `companyId`'s ids. `rows` null means the target IS
 * the source company (every row maps to itself). A panel row is kept only when its material and
 * every edge banding have an equivalent; accessory and fee lines likewise. What is left out is
 * in `missing` with the input paths that used it.
 */
export function mapInput(
  input: QuoteInput,
  source: PreviewCatalog,
  rows: TargetRows | null,
  substitutions: ResolvedSubstitution[],
): MappedInput {
  const kinds = sourceKinds(source);
  const chosen = new Map<string, { id: string; how: MatchMethod }>();
  const invalidSubstitutions: InvalidSubstitution[] = [];
  for (const sub of substitutions) {
    const kind = kinds.get(sub.sourceId.toLowerCase());
    const problem = targetProblem(kind, sub.target);
    if (problem) {
      invalidSubstitutions.push({ index: sub.index, problem });
      continue;
    }
    chosen.set(sub.sourceId.toLowerCase(), { id: sub.target!.id, how: 'SUBSTITUTED' });
  }
  const indexes = rows && {
    materials: indexBy(rows.materials, materialKey),
    edgeBandings: indexBy(rows.edgeBandings, edgeBandingKey),
    accessories: indexBy(rows.accessories, accessoryKey),
    feeTypes: indexBy(rows.feeTypes, feeKey),
  };
  const matches = new Map<string, ComparisonMatch>();
  const missing = new Map<string, ComparisonMissing>();

  /** The target id for a source row, or null (then recorded as missing at `field`). */
  function resolve(
    kind: ItemKind,
    sourceId: string,
    field: string,
    find: () => { id: string } | null,
    describe: () => { name: string; searched: string },
  ): string | null {
    const key = sourceId.toLowerCase();
    const done = matches.get(key);
    if (done) return done.targetId;
    const gone = missing.get(key);
    if (gone) {
      gone.fields.push(field);
      return null;
    }
    const picked =
      chosen.get(key) ??
      (indexes ? mapFound(find()) : { id: sourceIdOf(kind, key), how: 'SAME' as const });
    if (picked) {
      const match: ComparisonMatch = {
        kind,
        sourceId: sourceIdOf(kind, key),
        targetId: picked.id,
        how: picked.how,
      };
      matches.set(key, match);
      return match.targetId;
    }
    const { name, searched } = describe();
    missing.set(key, {
      kind,
      sourceId: sourceIdOf(kind, key),
      sourceName: name,
      searched,
      fields: [field],
    });
    return null;
  }
  function mapFound(row: { id: string } | null): { id: string; how: MatchMethod } | null {
    return row ? { id: row.id, how: 'MATCHED' } : null;
  }
  /** The source row's own id (the catalog's spelling, not the input's). */
  function sourceIdOf(kind: ItemKind, key: string): string {
    const map =
      kind === 'MATERIAL'
        ? source.materials
        : kind === 'EDGE_BANDING'
          ? source.edgeBandings
          : kind === 'ACCESSORY'
            ? source.accessories
            : source.feeTypes;
    return map.get(key)?.id ?? key;
  }

  const panels: QuotePanelInput[] = [];
  input.panels.forEach((panel, i) => {
    const at = `input.panels[${i}]`;
    const material = source.materials.get(panel.materialId.toLowerCase())!;
    const materialId = resolve(
      'MATERIAL',
      material.id,
      `${at}.materialId`,
      () => matchMaterial(material, indexes!.materials),
      () => ({ name: material.name, searched: describeMaterialKey(material) }),
    );
    const mapped: QuotePanelInput = { ...panel, materialId: materialId ?? panel.materialId };
    let complete = materialId !== null;
    for (const side of EDGE_SIDES) {
      const id = panel[side];
      if (!id) continue;
      const edge = source.edgeBandings.get(id.toLowerCase())!;
      const target = resolve(
        'EDGE_BANDING',
        edge.id,
        `${at}.${side}`,
        () => matchByKey(edge, indexes!.edgeBandings, edgeBandingKey),
        () => ({ name: describeEdgeBanding(edge), searched: describeEdgeBanding(edge) }),
      );
      if (target) mapped[side] = target;
      else complete = false;
    }
    if (complete) panels.push(mapped);
  });
  const accessories = (input.accessories ?? []).flatMap((line, i) => {
    const row = source.accessories.get(line.accessoryId.toLowerCase())!;
    const id = resolve(
      'ACCESSORY',
      row.id,
      `input.accessories[${i}].accessoryId`,
      () => matchByKey(row, indexes!.accessories, accessoryKey),
      () => ({ name: row.name, searched: describeAccessory(row) }),
    );
    return id ? [{ ...line, accessoryId: id }] : [];
  });
  const fees = (input.fees ?? []).flatMap((line, i) => {
    const row = source.feeTypes.get(line.feeTypeId.toLowerCase())!;
    const id = resolve(
      'FEE',
      row.id,
      `input.fees[${i}].feeTypeId`,
      () => matchByKey(row, indexes!.feeTypes, feeKey),
      () => ({ name: row.name, searched: row.name }),
    );
    return id ? [{ ...line, feeTypeId: id }] : [];
  });
  return {
    input: { panels, accessories, fees },
    matches: [...matches.values()],
    missing: [...missing.values()],
    invalidSubstitutions,
  };
}
