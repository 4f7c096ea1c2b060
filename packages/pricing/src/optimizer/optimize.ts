import {
  fillBoard,
  fillBoardLookahead,
  type PackContext,
  packContext,
  type WorkMeter,
} from './fill-board.ts';
import { packFirstFitDecreasing } from './first-fit-decreasing.ts';
import { layoutOutput } from './layout-output.ts';
import type { OptimizeInput, OptimizeResult } from './optimizer-types.ts';
import type { PackedBoard } from './packed-board.ts';
import { buildPieceSet } from './piece-set.ts';
import { type SortOrder, type Strategy, sortTypes } from './strategy.ts';
import { usableRect } from './validate-board.ts';

/**
 * The search's default budget in work units (candidate evaluations, see `WorkMeter`): per
 * piece, with a floor and a ceiling. Cabinet cut lists need ~4 500 units a piece for the whole
 * strategy list, and ~45 000 units take a millisecond on the development machine. Counted,
 * never timed: the same input always gets the same search and the same layout.
 */
export const OPTIMIZER_BUDGET = { perPiece: 6_000, min: 300_000, max: 10_000_000 } as const;

export function defaultBudget(pieces: number): number {
  const { perPiece, min, max } = OPTIMIZER_BUDGET;
  return Math.min(max, Math.max(min, perPiece * pieces));
}

/** Where the caller's input lives, so errors name the right field. */
export interface LayoutContext {
  boardField: string;
  panelsField: string;
  materialId?: string;
}

const TOP_LEVEL: LayoutContext = { boardField: 'board', panelsField: 'panels' };

/**
 * Tried in this order on every board while the budget lasts. Best short-side fit over all
 * free rectangles with a look-ahead wins most boards on cabinet cut lists; the cheap greedy
 * variants (other sort orders, fits and split rules) win the odd board.
 */
function strategies(rotatable: boolean): Strategy[] {
  const list: Strategy[] = [
    { mode: 'global-best', order: 'area', fit: 'short-side', split: 'vertical', lookahead: 3 },
    { mode: 'global-best', order: 'area', fit: 'short-side', split: 'horizontal', lookahead: 3 },
  ];
  for (const split of ['shorter-leftover', 'vertical', 'horizontal', 'max-area'] as const) {
    for (const fit of ['short-side', 'area'] as const) {
      list.push({ mode: 'global-best', order: 'area', fit, split });
    }
  }
  const orders: SortOrder[] = rotatable
    ? ['area', 'long-side', 'short-side', 'perimeter']
    : ['area', 'height', 'width', 'long-side', 'short-side', 'perimeter'];
  for (const order of orders) {
    for (const split of ['shorter-leftover', 'horizontal', 'vertical'] as const) {
      for (const fit of ['short-side', 'top-left'] as const) {
        list.push({ mode: 'item-first', order, fit, split });
      }
    }
  }
  return list;
}

/** Cheap and never slow: each type is tried once per board at most, in area order. */
const FALLBACK: Strategy = {
  mode: 'item-first',
  order: 'area',
  fit: 'short-side',
  split: 'shorter-leftover',
};

/** Fewer boards, then an emptier last board (a bigger reusable offcut, a cheaper last board). */
function better(a: readonly PackedBoard[], b: readonly PackedBoard[]): boolean {
  if (a.length !== b.length) return a.length < b.length;
  return a[a.length - 1]!.placedArea < b[b.length - 1]!.placedArea;
}

interface Search {
  ctx: PackContext;
  list: readonly Strategy[];
  orders: ReadonlyMap<SortOrder, number[]>;
  budget: number;
  meter: WorkMeter;
}

function fill(search: Search, strategy: Strategy, counts: Int32Array): PackedBoard {
  const { ctx, orders, meter, budget } = search;
  const order = orders.get(strategy.order)!;
  return strategy.lookahead && strategy.lookahead > 1
    ? fillBoardLookahead(ctx, strategy, order, counts, meter, strategy.lookahead, budget)
    : fillBoard(ctx, strategy, order, counts, meter);
}

/**
 * Fills boards one after another; each board gets the fullest filling any strategy finds for
 * the pieces still left (the first strategy always runs, the others while the budget lasts).
 */
function packBoardByBoard(search: Search, counts: Int32Array): PackedBoard[] {
  let left = counts.reduce((sum, c) => sum + c, 0);
  const boards: PackedBoard[] = [];
  while (left > 0) {
    let best: PackedBoard | null = null;
    let bestCounts = counts;
    let bestValue = 0;
    // Out of budget (only huge or pathological inputs get here): the cheap strategy only.
    const list = search.meter.used < search.budget ? search.list : [FALLBACK];
    for (const strategy of list) {
      if (best && search.meter.used >= search.budget) break;
      const trial = counts.slice();
      const board = fill(search, strategy, trial);
      const value = board.placedArea;
      if (!best || value > bestValue) {
        best = board;
        bestCounts = trial;
        bestValue = value;
      }
    }
    counts.set(bestCounts);
    left -= best!.placements.length;
    boards.push(best!);
  }
  return boards;
}

export function layoutPanels(input: OptimizeInput, at: LayoutContext): OptimizeResult {
  const { board, panels } = input;
  const usable = usableRect(board, at.boardField);
  const rotatable = board.settings.rotatable && !board.grainDirection;
  const set = buildPieceSet(panels, usable, rotatable, at.panelsField, at.materialId);
  if (set.pieceCount === 0) return layoutOutput(board, usable, panels, set, [], 'empty', 0);
  const ctx = packContext(set.types, rotatable, board.settings.kerfMm, {
    x: usable.x,
    y: usable.y,
    w: usable.widthMm,
    h: usable.heightMm,
  });
  const list = strategies(rotatable);
  const orders = new Map<SortOrder, number[]>();
  for (const s of list)
    if (!orders.has(s.order)) orders.set(s.order, sortTypes(set.types, s.order));
  const search: Search = {
    ctx,
    list,
    orders,
    budget: input.options?.budget ?? defaultBudget(set.pieceCount),
    meter: { used: 0 },
  };

  // The baseline is not charged to the search budget: it always runs, whatever its cost.
  const baselineMeter: WorkMeter = { used: 0 };
  let best = packFirstFitDecreasing(ctx, baselineMeter);
  let name = 'first-fit-decreasing';
  // Each board's filling ends when no piece left fits any of its free rectangles, so no piece
  // of a later board could move into an earlier board's offcuts: nothing to repair afterwards.
  const all = Int32Array.from(set.types, (t) => t.pieces.length);
  const boards = packBoardByBoard(search, all);
  if (better(boards, best)) {
    best = boards;
    name = 'board-by-board';
  }
  // Fullest boards first: the emptiest, cheapest-to-keep board comes last.
  const ordered = best
    .map((b, i) => ({ b, i }))
    .sort((x, y) => y.b.placedArea - x.b.placedArea || x.i - y.i)
    .map((x) => x.b);
  const work = baselineMeter.used + search.meter.used;
  return layoutOutput(board, usable, panels, set, ordered, name, work);
}

/**
 * Lays out the panels of one material on as few boards as it can find (guillotine cuts only,
 * kerf between pieces, trims respected). Deterministic: the same input gives the same layout.
 * Throws `PricingInputError` on invalid input, naming the field and the panel row.
 */
export function optimize(input: OptimizeInput): OptimizeResult {
  return layoutPanels(input, TOP_LEVEL);
}

/** The plain first-fit-decreasing layout the optimizer is measured against (never worse). */
export function firstFitDecreasing(input: OptimizeInput): OptimizeResult {
  const { board, panels } = input;
  const usable = usableRect(board, TOP_LEVEL.boardField);
  const rotatable = board.settings.rotatable && !board.grainDirection;
  const set = buildPieceSet(panels, usable, rotatable, TOP_LEVEL.panelsField);
  const ctx = packContext(set.types, rotatable, board.settings.kerfMm, {
    x: usable.x,
    y: usable.y,
    w: usable.widthMm,
    h: usable.heightMm,
  });
  const meter = { used: 0 };
  const boards = packFirstFitDecreasing(ctx, meter);
  return layoutOutput(board, usable, panels, set, boards, 'first-fit-decreasing', meter.used);
}
