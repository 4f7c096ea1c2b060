import type { SizeType } from './piece-set.ts';

/** Which size types are tried first (all descending). */
export type SortOrder = 'area' | 'long-side' | 'short-side' | 'perimeter' | 'width' | 'height';

/** How a free rectangle is chosen for a piece: the smallest score wins. */
export type FitScore = 'area' | 'short-side' | 'long-side' | 'top-left';

/**
 * Which of the two guillotine cuts around a placed piece goes first. `horizontal` / `vertical`
 * fix the direction for the whole board (strips along the length / across it, as a panel saw
 * rips); the others decide per piece from the leftover sizes.
 */
export type SplitRule =
  | 'shorter-leftover'
  | 'longer-leftover'
  | 'max-area'
  | 'min-area'
  | 'horizontal'
  | 'vertical';

/**
 * `item-first`: take the first size type (in `order`) that fits anywhere, put it in its
 * best-scoring free rectangle. `global-best`: the best-scoring (free rectangle, type) pair.
 */
export type SelectionMode = 'item-first' | 'global-best';

export interface Strategy {
  mode: SelectionMode;
  order: SortOrder;
  fit: FitScore;
  split: SplitRule;
  /** Moves played out per step before choosing one (see `fillBoardLookahead`); 1 = greedy. */
  lookahead?: number;
}

function sortKey(order: SortOrder, t: SizeType): [number, number] {
  const long = Math.max(t.w, t.h);
  const short = Math.min(t.w, t.h);
  switch (order) {
    case 'area':
      return [t.area, long];
    case 'long-side':
      return [long, short];
    case 'short-side':
      return [short, long];
    case 'perimeter':
      return [t.w + t.h, t.area];
    case 'width':
      return [t.w, t.h];
    case 'height':
      return [t.h, t.w];
  }
}

/** Type indices in the order's priority; ties keep input order, so the result is stable. */
export function sortTypes(types: readonly SizeType[], order: SortOrder): number[] {
  const keys = types.map((t) => sortKey(order, t));
  return types
    .map((_, i) => i)
    .sort((a, b) => {
      const ka = keys[a]!;
      const kb = keys[b]!;
      return kb[0] - ka[0] || kb[1] - ka[1] || a - b;
    });
}

/** Leftovers below this many mm never matter next to the piece scores (sides ≤ 10 000 mm). */
const SCALE = 16_384;

/** Score of a `w × h` piece in a `rw × rh` rectangle at (rx, ry); smaller is better. */
export function fitScore(
  fit: FitScore,
  rx: number,
  ry: number,
  rw: number,
  rh: number,
  w: number,
  h: number,
): number {
  const dw = rw - w;
  const dh = rh - h;
  const short = Math.min(dw, dh);
  const long = Math.max(dw, dh);
  switch (fit) {
    case 'area':
      return (rw * rh - w * h) * SCALE + short;
    case 'short-side':
      return short * SCALE + long;
    case 'long-side':
      return long * SCALE + short;
    case 'top-left':
      return ry * SCALE + rx;
  }
}

/** True when the first cut around a `w × h` piece in a `rw × rh` rectangle should run along x. */
export function splitHorizontally(
  rule: SplitRule,
  rw: number,
  rh: number,
  w: number,
  h: number,
): boolean {
  const dw = rw - w;
  const dh = rh - h;
  switch (rule) {
    case 'horizontal':
      return true;
    case 'vertical':
      return false;
    case 'shorter-leftover':
      return dw <= dh;
    case 'longer-leftover':
      return dw > dh;
    case 'max-area':
      return Math.max(rw * dh, dw * h) >= Math.max(dw * rh, w * dh);
    case 'min-area':
      return Math.max(rw * dh, dw * h) < Math.max(dw * rh, w * dh);
  }
}
