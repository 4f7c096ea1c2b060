import { LIMITS } from '../limits.ts';
import { describePanel, type PanelRowRef, PricingInputError } from '../pricing-input-error.ts';
import { wholeNumber } from '../whole-number.ts';
import type { OptimizerPanel, Rect } from './optimizer-types.ts';

/** One physical piece to cut, pointing back at its panel row. */
export interface PieceRef {
  panelIndex: number;
  /** The size type's orientation is this panel's rotated one. */
  swapped: boolean;
}

/**
 * Pieces of equal size are interchangeable for the packing, so the search works on size types
 * with counts: a 1000-piece kitchen has a few dozen types, which keeps every step cheap.
 */
export interface SizeType {
  /** Along x in the type's own orientation (the entered one when rotation is not allowed). */
  w: number;
  h: number;
  area: number;
  /** Pieces of this size in input order; the n-th placement of the type gets the n-th piece. */
  pieces: PieceRef[];
}

export interface PieceSet {
  types: SizeType[];
  rotatable: boolean;
  pieceCount: number;
  totalArea: number;
}

export function panelRef(panel: OptimizerPanel, index: number, materialId?: string): PanelRowRef {
  const label = typeof panel.label === 'string' && panel.label.trim() !== '' ? panel.label : null;
  return { row: index + 1, panelId: panel.id, label, ...(materialId ? { materialId } : {}) };
}

/**
 * Validates the panels against the usable board and groups their pieces (quantity, twice when
 * doubled) into size types. `field` is the path of the panel list in the caller's input.
 */
export function buildPieceSet(
  panels: readonly OptimizerPanel[],
  usable: Rect,
  rotatable: boolean,
  field: string,
  materialId?: string,
): PieceSet {
  const { minSizeMm, maxSizeMm, maxQuantity, maxPiecesPerMaterial } = LIMITS;
  const byKey = new Map<string, SizeType>();
  const types: SizeType[] = [];
  let pieceCount = 0;
  let totalArea = 0;
  panels.forEach((panel, index) => {
    const at = `${field}[${index}]`;
    const ref = panelRef(panel, index, materialId);
    const who = `Panel ${describePanel(ref)}`;
    const w = wholeNumber(
      panel.widthMm,
      minSizeMm,
      maxSizeMm,
      `${at}.widthMm`,
      `${who}: width (mm)`,
    );
    const h = wholeNumber(
      panel.heightMm,
      minSizeMm,
      maxSizeMm,
      `${at}.heightMm`,
      `${who}: height (mm)`,
    );
    const quantity = wholeNumber(
      panel.quantity,
      1,
      maxQuantity,
      `${at}.quantity`,
      `${who}: quantity`,
    );
    const fitsAsIs = w <= usable.widthMm && h <= usable.heightMm;
    const fitsRotated = rotatable && h <= usable.widthMm && w <= usable.heightMm;
    if (!fitsAsIs && !fitsRotated) {
      const turn = rotatable ? ' in either orientation' : ' (the grain does not allow rotating it)';
      throw new PricingInputError(
        'PANEL_TOO_LARGE',
        `${who}: ${w} × ${h} mm does not fit on the usable board ${usable.widthMm} × ${usable.heightMm} mm${turn}.`,
        at,
        ref,
      );
    }
    const count = quantity * (panel.doubling ? 2 : 1);
    pieceCount += count;
    if (pieceCount > maxPiecesPerMaterial) {
      throw new PricingInputError(
        'TOO_MANY_PANELS',
        `Too many pieces on one material: at most ${maxPiecesPerMaterial} (doubled panels count twice).`,
        at,
        ref,
      );
    }
    // With rotation allowed a type is stored long side along x, so 600×400 and 400×600 share it.
    const swapped = rotatable && h > w;
    const tw = swapped ? h : w;
    const th = swapped ? w : h;
    const key = `${tw}x${th}`;
    let type = byKey.get(key);
    if (!type) {
      type = { w: tw, h: th, area: tw * th, pieces: [] };
      byKey.set(key, type);
      types.push(type);
    }
    for (let i = 0; i < count; i++) type.pieces.push({ panelIndex: index, swapped });
    totalArea += tw * th * count;
  });
  return { types, rotatable, pieceCount, totalArea };
}
