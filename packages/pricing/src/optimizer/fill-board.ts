import { emptyBoard, type FreeRect, type PackedBoard, placePiece } from './packed-board.ts';
import type { SizeType } from './piece-set.ts';
import { fitScore, type Strategy, splitHorizontally } from './strategy.ts';

export interface PackContext {
  types: readonly SizeType[];
  rotatable: boolean;
  kerf: number;
  usable: FreeRect;
}

/** Counts candidate evaluations: the search's deterministic budget is spent in these units. */
export interface WorkMeter {
  used: number;
}

/**
 * Fills one empty board with the pieces still in `counts` (decremented in place), following
 * `strategy`; `order` is the strategy's type order. Free rectangles only ever shrink, so a type
 * that fits nowhere once is dropped for the rest of the board.
 */
export function fillBoard(
  ctx: PackContext,
  strategy: Strategy,
  order: readonly number[],
  counts: Int32Array,
  meter: WorkMeter,
): PackedBoard {
  const board = emptyBoard(ctx.usable);
  const { types, rotatable, kerf } = ctx;
  const alive = order.filter((t) => counts[t]! > 0);
  const { fit, split } = strategy;
  const itemFirst = strategy.mode === 'item-first';

  while (alive.length > 0) {
    let bestScore = Number.POSITIVE_INFINITY;
    let bestRect = -1;
    let bestType = -1;
    let bestTurned = false;
    let evaluations = 0;
    for (let i = 0; i < alive.length; i++) {
      const t = alive[i]!;
      const type = types[t]!;
      const turnable = rotatable && type.w !== type.h;
      let fitsSomewhere = false;
      const free = board.free;
      for (let r = 0; r < free.length; r++) {
        const rect = free[r]!;
        evaluations++;
        if (type.w <= rect.w && type.h <= rect.h) {
          fitsSomewhere = true;
          const score = fitScore(fit, rect.x, rect.y, rect.w, rect.h, type.w, type.h);
          if (score < bestScore) {
            bestScore = score;
            bestRect = r;
            bestType = t;
            bestTurned = false;
          }
        }
        if (turnable && type.h <= rect.w && type.w <= rect.h) {
          fitsSomewhere = true;
          const score = fitScore(fit, rect.x, rect.y, rect.w, rect.h, type.h, type.w);
          if (score < bestScore) {
            bestScore = score;
            bestRect = r;
            bestType = t;
            bestTurned = true;
          }
        }
      }
      if (!fitsSomewhere) {
        alive.splice(i, 1);
        i--;
        continue;
      }
      if (itemFirst) break;
    }
    meter.used += evaluations;
    if (bestType < 0) break;
    const type = types[bestType]!;
    const w = bestTurned ? type.h : type.w;
    const h = bestTurned ? type.w : type.h;
    const rect = board.free[bestRect]!;
    const horizontal = splitHorizontally(split, rect.w, rect.h, w, h);
    placePiece(board, bestRect, bestType, w, h, bestTurned, horizontal, kerf);
    counts[bestType]!--;
    if (counts[bestType] === 0) alive.splice(alive.indexOf(bestType), 1);
  }
  return board;
}
