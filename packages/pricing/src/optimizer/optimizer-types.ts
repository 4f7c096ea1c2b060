/**
 * Coordinates: millimetres, origin at the board's top-left corner, `x` along the board's length
 * (the grain), `y` along its width, as the client draws it (SVG, y down).
 */

/** Effective cutting settings of a material (contract `settings`, camelCase). */
export interface CuttingSettings {
  kerfMm: number;
  trimTopMm: number;
  trimRightMm: number;
  trimBottomMm: number;
  trimLeftMm: number;
  rotatable: boolean;
}

/** The board a material comes in and how it is cut; a contract `Material` satisfies it. */
export interface BoardSpec {
  /** Board side along x, e.g. 2800. */
  lengthMm: number;
  /** Board side along y, e.g. 2070. */
  widthMm: number;
  /** When set, panels keep their orientation (x = the panel's `widthMm`). */
  grainDirection: boolean;
  settings: CuttingSettings;
}

export interface OptimizerPanel {
  id: string;
  label?: string | null;
  /** The panel side laid along the board's length (x) when not rotated. */
  widthMm: number;
  /** The panel side laid along the board's width (y) when not rotated. */
  heightMm: number;
  quantity: number;
  /** Two pieces are cut per ordered panel and glued together. */
  doubling?: boolean;
}

export interface OptimizeOptions {
  /**
   * Work budget of the search, in candidate evaluations (deterministic, never a clock).
   * Defaults to `defaultBudget(pieces)`; `0` means the first strategy only.
   */
  budget?: number;
}

export interface OptimizeInput {
  board: BoardSpec;
  panels: OptimizerPanel[];
  options?: OptimizeOptions;
}

export interface Rect {
  x: number;
  y: number;
  widthMm: number;
  heightMm: number;
}

export interface Placement extends Rect {
  panelId: string;
  label: string | null;
  /** Index of the panel in the input list. */
  panelIndex: number;
  /** True when the panel's `widthMm` runs along y. */
  rotated: boolean;
}

/** One straight saw cut from edge to edge of the piece it divides, listed once. */
export interface CutSegment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  lengthMm: number;
}

export interface BoardLayout {
  /** 0-based position in `boards`. */
  index: number;
  lengthMm: number;
  widthMm: number;
  /** The board minus its trims: every placement lies inside it. */
  usable: Rect;
  placements: Placement[];
  /** In saw order: each cut divides a piece produced by the cuts before it. */
  cuts: CutSegment[];
  /** Free rectangles left after cutting (including thin strips), largest first. */
  offcuts: Rect[];
  placedAreaMm2: number;
  /** Placed area / board area (the whole board, as the price rule uses it), 0–1. */
  usage: number;
  cutLengthMm: number;
  /** `cutLengthMm` / 1000, for display; prices use the exact millimetres. */
  cutLengthM: number;
}

export interface OptimizeResult {
  boards: BoardLayout[];
  /** `ceil(total piece area / usable board area)`: no layout can use fewer boards. */
  lowerBound: number;
  /** Pieces laid out (quantity, doubled panels twice). */
  pieceCount: number;
  placedAreaMm2: number;
  cutLengthMm: number;
  cutLengthM: number;
  /** Name of the strategy that produced the layout (for benchmarks and debugging). */
  strategy: string;
  /** Work units the search spent (see `OptimizeOptions.budget`). */
  work: number;
}
