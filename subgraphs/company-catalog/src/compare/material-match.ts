import type { Accessory, EdgeBanding, FeeType, Material } from '@portal/company-link';

/**
 * When two companies sell "the same" thing. Every company has its own ids (and its own brand
 * ids), so rows are matched by what a customer would read on them, normalized for case and
 * whitespace:
 *
 * - a board by brand name + decor code + thickness. The contract has no decor field for boards;
 *   the decor code is read from the name (`H1145 ST10 Bardolino tölgy natúr 18 mm` → `H1145`,
 *   `MDF W1000 ST9 Prémium fehér 18 mm` → `W1000`): the first word of 4+ letters and digits
 *   containing a digit. The texture code (`ST10`) is left out on purpose: it is what the edge
 *   banding lists use (`decor = 'H1145'`), and companies write it differently. A board with no
 *   such word (`Nyers forgácslap 18 mm`, `HDF nyers 8 mm`) is matched by its whole name without
 *   the thickness words instead.
 * - an edge banding by type + width + thickness + decor (`ABS-22/2.00-W1000`); thickness as a
 *   number, so `2`, `2.0` and `2.00` are the same.
 * - an accessory by its SKU when it has one, else by name; a fee type by name.
 *
 * Several rows of one company can share a key (the demo sells `H1145 18 mm` in two board
 * orientations, and `W1000 18 mm` as chipboard and as MDF): among the active ones, those of the
 * same group name (`MDF`, `Laminált forgácslap`) first, then the same board size, then the same
 * grain, then the first.
 */

/** Lower case, single spaces, trimmed. */
export function normalize(text: string | null | undefined): string {
  return (text ?? '').normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

const DECOR_WORD = /^(?=[a-z0-9]*\d)[a-z0-9]{4,}$/;

/** The decor code in a board's name (upper case), or null when the name has none. */
export function decorCode(name: string): string | null {
  const words = normalize(name).split(' ');
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    // "18 mm" is a thickness, "2800×2070" a size: neither is a decor.
    if (words[i + 1] === 'mm') continue;
    if (DECOR_WORD.test(word)) return word.toUpperCase();
  }
  return null;
}

/** The name without thickness words ("18 mm") and sizes in brackets, for boards without decor. */
function plainName(name: string): string {
  return normalize(name)
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\b\d+(?:[.,]\d+)? ?mm\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A board's matching key: `brand|decor:CODE|thickness` or `brand|name:…|thickness`. */
export function materialKey(m: Pick<Material, 'name' | 'brand' | 'thicknessMm'>): string {
  const code = decorCode(m.name);
  const what = code ? `decor:${code}` : `name:${plainName(m.name)}`;
  return `${normalize(m.brand?.name)}|${what}|${m.thicknessMm}`;
}

/** What a customer reads as "the same board", for a missing item's report. */
export function describeMaterialKey(m: Pick<Material, 'name' | 'brand' | 'thicknessMm'>): string {
  const code = decorCode(m.name);
  return [m.brand?.name ?? '—', code ?? plainName(m.name), `${m.thicknessMm} mm`].join(' · ');
}

function thickness(value: string): string {
  const n = Number(value);
  return Number.isFinite(n) ? String(n) : normalize(value);
}

/** An edge banding's matching key, `type-width/thickness-decor` normalized. */
export function edgeBandingKey(
  e: Pick<EdgeBanding, 'type' | 'widthMm' | 'thicknessMm' | 'decor'>,
): string {
  return `${normalize(e.type)}-${e.widthMm}/${thickness(e.thicknessMm)}-${normalize(e.decor)}`;
}

/** As DOMAIN.md writes an edge banding: `ABS-22/2.00-W1000`. */
export function describeEdgeBanding(
  e: Pick<EdgeBanding, 'type' | 'widthMm' | 'thicknessMm' | 'decor'>,
): string {
  return `${e.type}-${e.widthMm}/${e.thicknessMm}-${e.decor}`;
}

export function accessoryKey(a: Pick<Accessory, 'sku' | 'name'>): string {
  const sku = normalize(a.sku);
  return sku ? `sku:${sku}` : `name:${normalize(a.name)}`;
}

export function describeAccessory(a: Pick<Accessory, 'sku' | 'name'>): string {
  return a.sku ? `${a.name} (${a.sku})` : a.name;
}

export function feeKey(f: Pick<FeeType, 'name'>): string {
  return normalize(f.name);
}

/** Rows of one company by matching key; the best row first for each key. */
export type MatchIndex<T> = Map<string, T[]>;

export function indexBy<T>(rows: Iterable<T>, key: (row: T) => string): MatchIndex<T> {
  const index: MatchIndex<T> = new Map();
  for (const row of rows) {
    const k = key(row);
    const list = index.get(k);
    if (list) list.push(row);
    else index.set(k, [row]);
  }
  return index;
}

const isActive = (row: unknown) => (row as { active?: boolean }).active !== false;

/** The target company's board for a source board: same key, same size preferred, active only. */
export function matchMaterial(source: Material, index: MatchIndex<Material>): Material | null {
  const all = (index.get(materialKey(source)) ?? []).filter(isActive);
  // An Egger MDF and an Egger chipboard can share decor and thickness: same group name first.
  const group = normalize(source.group?.name);
  const sameGroup = all.filter((m) => normalize(m.group?.name) === group);
  const candidates = sameGroup.length > 0 ? sameGroup : all;
  return (
    candidates.find((m) => m.lengthMm === source.lengthMm && m.widthMm === source.widthMm) ??
    candidates.find((m) => m.grainDirection === source.grainDirection) ??
    candidates[0] ??
    null
  );
}

/** The first active row with the same key, or null. */
export function matchByKey<T>(source: T, index: MatchIndex<T>, key: (row: T) => string): T | null {
  return (index.get(key(source)) ?? []).find(isActive) ?? null;
}
