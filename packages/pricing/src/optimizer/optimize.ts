import { fillBoard, type PackContext, type WorkMeter } from './fill-board.ts';
import { packFirstFitDecreasing } from './first-fit-decreasing.ts';
import { layoutOutput } from './layout-output.ts';
import type { OptimizeInput, OptimizeResult } from './optimizer-types.ts';
import type { PackedBoard } from './packed-board.ts';
import { buildPieceSet } from './piece-set.ts';
import { type SortOrder, type Strategy, sortTypes, strategyName } from './strategy.ts';
import { usableRect } from './validate-board.ts';

/**
 * Candidate evaluations the search may spend. Sized so 1000 pieces stay well under 300 ms on
 * a slow core; small cut lists never come near it.
 */
export const DEFAULT_OPTIMIZER_BUDGET = 12_000_000;

/** Where the caller's input lives, so errors name the right field. */
export interface LayoutContext {
  boardField: string;
  panelsField: string;
  materialId?: string;
}

const TOP_LEVEL: LayoutContext = { boardField: 'board', panelsField: 'panels' };

/** Tried in this order on every board; the budget may cut the list short on big inputs. */
function strategies(rotatable: boolean): Strategy[] {
  const orders: SortOrder[] = rotatable
    ? ['area', 'long-side', 'short-side', 'perimeter']
    : ['area', 'height', 'width', 'long-side', 'short-side', 'perimeter'];
  const list: Strategy[] = [];
  for (const split of ['horizontal', 'vertical', 'shorter-leftover', 'max-area'] as const) {
    for (const fit of ['short-side', 'area'] as const) {
      list.push({ mode: 'global-best', order: 'area', fit, split });
    }
  }
  for (const order of orders) {
    for (const split of ['horizontal', 'vertical', 'shorter-leftover', 'longer-leftover'] as const) {
      for (const fit of ['short-side', 'area', 'top-left'] as const) {
        list.push({ mode: 'item-first', order, fit, split });
      }
    }
  }
  return list;
}

/** Smaller is better: fewer boards, then an emptier last board (a bigger reusable offcut). */
function better(a: PackedBoard[], b: PackedBoard[]): boolean {
  if (a.length !== b.length) return a.length < b.length;
  return a[a.length - 1]!.placedArea < b[b.length - 1]!.placedArea;
}

/**
 * Fills boards one after another; each board gets the best filling (most placed area) any
 * strategy finds for the pieces still left, while the budget lasts.
 */
function packBoardByBoard(
  ctx: PackContext,
  list: readonly Strategy[],
  orders: ReadonlyMap<SortOrder, number[]>,
  counts: Int32Array,
  budget: number,
  meter: WorkMeter,
): PackedBoard[] {
  let left = counts.reduce((sum, c) => sum + c, 0);
  const boards: PackedBoard[] = [];
  while (left > 0) {
    let best: PackedBoard | null = null;
    let bestCounts = counts;
    for (const strategy of list) {
      if (best && meter.used >= budget) break;
      const trial = counts.slice();
      const board = fillBoard(ctx, strategy, orders.get(strategy.order)!, trial, meter);
      if (!best || board.placedArea > best.placedArea) {
        best = board;
        bestCounts = trial;
      }
    }
    counts.set(bestCounts);
    left -= best!.placements.length;
    boards.push(best!);
  }
  return boards;
}

function countsOf(boards: readonly PackedBoard[], types: number): Int32Array {
  const counts = new Int32Array(types);
  for (const board of boards) for (const p of board.placements) counts[p.type]!++;
  return counts;
}

/**
 * Tries to empty the last board: repacks it together with one other board (emptiest first)
 * and keeps the result when the pair needs one board, or when its second board holds less
 * than the old last one. Greedy filling leaves the awkward pieces for the end; mixing them
 * with an earlier board's pieces often finds a denser board.
 */
function emptyLastBoard(
  ctx: PackContext,
  start: PackedBoard[],
  lowerBound: number,
  list: readonly Strategy[],
  orders: ReadonlyMap<SortOrder, number[]>,
  budget: number,
  meter: WorkMeter,
): PackedBoard[] {
  const boards = start.slice();
  let improved = true;
  while (improved && boards.length > lowerBound && meter.used < budget) {
    improved = false;
    const last = boards.length - 1;
    const order = boards
      .slice(0, last)
      .map((b, i) => i)
      .sort((a, b) => boards[a]!.placedArea - boards[b]!.placedArea || a - b);
    for (const j of order) {
      if (meter.used >= budget) break;
      const pair = [boards[j]!, boards[last]!];
      const repacked = packBoardByBoard(ctx, list, orders, countsOf(pair, ctx.types.length), budget, meter);
      if (repacked.length === 1) {
        boards[j] = repacked[0]!;
        boards.pop();
        improved = true;
        break;
      }
      if (repacked.length === 2 && repacked[1]!.placedArea < boards[last]!.placedArea) {
        boards[j] = repacked[0]!;
        boards[last] = repacked[1]!;
        improved = true;
        break;
      }
    }
  }
  return boards;
}

export function layoutPanels(input: OptimizeInput, at: LayoutContext): OptimizeResult {
  const { board, panels } = input;
  const usable = usableRect(board, at.boardField);
  const rotatable = board.settings.rotatable && !board.grainDirection;
  const set = buildPieceSet(panels, usable, rotatable, at.panelsField, at.materialId);
  const ctx: PackContext = {
    types: set.types,
    rotatable,
    kerf: board.settings.kerfMm,
    usable: { x: usable.x, y: usable.y, w: usable.widthMm, h: usable.heightMm },
  };
  if (set.pieceCount === 0) return layoutOutput(board, usable, panels, set, [], 'empty');

  const budget = input.options?.budget ?? DEFAULT_OPTIMIZER_BUDGET;
  const meter: WorkMeter = { used: 0 };
  let best = packFirstFitDecreasing(ctx, meter);
  let bestName = 'first-fit-decreasing';
  const list = strategies(rotatable);
  const orders = new Map<SortOrder, number[]>();
  for (const s of list) if (!orders.has(s.order)) orders.set(s.order, sortTypes(set.types, s.order));
  const lowerBound = Math.ceil(set.totalArea / (usable.widthMm * usable.heightMm));

  if (best.length > lowerBound || best.length > 1) {
    const all = Int32Array.from(ctx.types, (t) => t.pieces.length);
    let boards = packBoardByBoard(ctx, list, orders, all, budget, meter);
    boards = emptyLastBoard(ctx, boards, lowerBound, list, orders, budget, meter);
    if (better(boards, best)) {
      best = boards;
      bestName = 'board-by-board';
    }
  }
  return layoutOutput(board, usable, panels, set, best, bestName);
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
  const ctx: PackContext = {
    types: set.types,
    rotatable,
    kerf: board.settings.kerfMm,
    usable: { x: usable.x, y: usable.y, w: usable.widthMm, h: usable.heightMm },
  };
  const boards = packFirstFitDecreasing(ctx, { used: 0 });
  return layoutOutput(board, usable, panels, set, boards, 'first-fit-decreasing');
}

export { strategyName };
