import {
  copyBoard,
  discardFree,
  emptyBoard,
  type FreeRect,
  type PackedBoard,
  placePiece,
  type RectMove,
} from './packed-board.ts';
import type { SizeType } from './piece-set.ts';
import { fitScore, type Strategy, splitHorizontally } from './strategy.ts';

export interface PackContext {
  types: readonly SizeType[];
  rotatable: boolean;
  kerf: number;
  usable: FreeRect;
}

export function packContext(
  types: readonly SizeType[],
  rotatable: boolean,
  kerf: number,
  usable: FreeRect,
): PackContext {
  return { types, rotatable, kerf, usable };
}

/** Counts candidate evaluations: the search's deterministic budget is spent in these units. */
export interface WorkMeter {
  used: number;
}

/** A piece of size type `type` into free rectangle `rect`, `turned` or not. */
export interface Move {
  score: number;
  rect: number;
  type: number;
  turned: boolean;
}

/** Keeps `moves` sorted by score, at most `limit` long; equal scores keep discovery order. */
function consider(
  moves: Move[],
  limit: number,
  score: number,
  rect: number,
  type: number,
  turned: boolean,
): void {
  const n = moves.length;
  if (n === limit && score >= moves[n - 1]!.score) return;
  let i = n === limit ? n - 1 : n;
  while (i > 0 && moves[i - 1]!.score > score) {
    moves[i] = moves[i - 1]!;
    i--;
  }
  moves[i] = { score, rect, type, turned };
}

/**
 * The best `limit` moves by the strategy's score (fewer when fewer exist), best first.
 * Free rectangles only ever shrink and pieces only run out, so what cannot be used now never
 * can be on this board: item-first drops types that fit nowhere from `alive`, global-best
 * moves rectangles nothing fits into to the waste.
 */
function bestMoves(
  ctx: PackContext,
  strategy: Strategy,
  board: PackedBoard,
  alive: number[],
  counts: Int32Array,
  limit: number,
  meter: WorkMeter,
): Move[] {
  return strategy.mode === 'item-first'
    ? itemFirstMoves(ctx, strategy, board, alive, limit, meter)
    : globalBestMoves(ctx, strategy, board, alive, counts, limit, meter);
}

/** The first type (in strategy order) that fits somewhere, in its best rectangles. */
function itemFirstMoves(
  ctx: PackContext,
  strategy: Strategy,
  board: PackedBoard,
  alive: number[],
  limit: number,
  meter: WorkMeter,
): Move[] {
  const { types, rotatable } = ctx;
  const { fit } = strategy;
  const moves: Move[] = [];
  const free = board.free;
  let evaluations = 0;
  while (alive.length > 0 && moves.length === 0) {
    const t = alive[0]!;
    const type = types[t]!;
    const tw = type.w;
    const th = type.h;
    const turnable = rotatable && tw !== th;
    for (let r = 0; r < free.length; r++) {
      const rect = free[r]!;
      evaluations++;
      if (tw <= rect.w && th <= rect.h) {
        consider(moves, limit, fitScore(fit, rect.x, rect.y, rect.w, rect.h, tw, th), r, t, false);
      }
      if (turnable && th <= rect.w && tw <= rect.h) {
        consider(moves, limit, fitScore(fit, rect.x, rect.y, rect.w, rect.h, th, tw), r, t, true);
      }
    }
    if (moves.length === 0) alive.shift();
  }
  meter.used += evaluations;
  return moves;
}

/** Moves cached per rectangle: enough for the widest look-ahead. */
const MOVES_PER_RECT = 4;

/** A rectangle's best moves over the types still alive, best first. */
function rectMoves(
  ctx: PackContext,
  fit: Strategy['fit'],
  rect: FreeRect,
  alive: readonly number[],
  meter: WorkMeter,
): RectMove[] {
  const { types, rotatable } = ctx;
  const { x, y, w, h } = rect;
  const moves: Move[] = [];
  for (let i = 0; i < alive.length; i++) {
    const t = alive[i]!;
    const type = types[t]!;
    const tw = type.w;
    const th = type.h;
    if (tw <= w && th <= h) {
      consider(moves, MOVES_PER_RECT, fitScore(fit, x, y, w, h, tw, th), 0, t, false);
    }
    if (rotatable && tw !== th && th <= w && tw <= h) {
      consider(moves, MOVES_PER_RECT, fitScore(fit, x, y, w, h, th, tw), 0, t, true);
    }
  }
  meter.used += alive.length;
  return moves;
}

/**
 * The best-scoring (rectangle, type, orientation) triples over everything that fits. Each
 * rectangle's own best moves are cached on the board and recomputed only when one of their
 * types has run out, so a step costs about the two new rectangles, not all of them.
 */
function globalBestMoves(
  ctx: PackContext,
  strategy: Strategy,
  board: PackedBoard,
  alive: number[],
  counts: Int32Array,
  limit: number,
  meter: WorkMeter,
): Move[] {
  const moves: Move[] = [];
  const { free } = board;
  // Greedy steps (limit 1) are the hot path: track the best in locals, allocate once.
  let bestScore = Number.POSITIVE_INFINITY;
  let best: RectMove | null = null;
  let bestRect = -1;
  for (let r = 0; r < free.length; r++) {
    let cached = board.moves[r];
    if (!cached || anyRunOut(cached, counts)) {
      cached = rectMoves(ctx, strategy.fit, free[r]!, alive, meter);
      if (cached.length === 0) {
        discardFree(board, r);
        r--;
        continue;
      }
      board.moves[r] = cached;
    }
    meter.used++;
    if (limit === 1) {
      const m = cached[0]!;
      if (m.score < bestScore) {
        bestScore = m.score;
        best = m;
        bestRect = r;
      }
      continue;
    }
    for (let i = 0; i < cached.length && i < limit; i++) {
      const m = cached[i]!;
      consider(moves, limit, m.score, r, m.type, m.turned);
    }
  }
  if (best) moves.push({ score: best.score, rect: bestRect, type: best.type, turned: best.turned });
  return moves;
}

function anyRunOut(moves: readonly RectMove[], counts: Int32Array): boolean {
  for (let i = 0; i < moves.length; i++) if (counts[moves[i]!.type] === 0) return true;
  return false;
}

function applyMove(
  ctx: PackContext,
  strategy: Strategy,
  board: PackedBoard,
  counts: Int32Array,
  alive: number[],
  move: Move,
): void {
  const type = ctx.types[move.type]!;
  const w = move.turned ? type.h : type.w;
  const h = move.turned ? type.w : type.h;
  const rect = board.free[move.rect]!;
  const horizontal = splitHorizontally(strategy.split, rect.w, rect.h, w, h);
  placePiece(board, move.rect, move.type, w, h, move.turned, horizontal, ctx.kerf);
  counts[move.type]!--;
  if (counts[move.type] === 0) alive.splice(alive.indexOf(move.type), 1);
}

/**
 * Fills `board` (an empty one by default) with the pieces still in `counts` (decremented in
 * place), one greedy move after another; `order` is the strategy's type order.
 */
export function fillBoard(
  ctx: PackContext,
  strategy: Strategy,
  order: readonly number[],
  counts: Int32Array,
  meter: WorkMeter,
  board: PackedBoard = emptyBoard(ctx.usable),
): PackedBoard {
  const alive = order.filter((t) => counts[t]! > 0);
  for (;;) {
    const move = bestMoves(ctx, strategy, board, alive, counts, 1, meter)[0];
    if (!move) return board;
    applyMove(ctx, strategy, board, counts, alive, move);
  }
}

/**
 * Like `fillBoard`, but at every step it looks ahead: each of the `width` best moves is played
 * out greedily to a full board, and the move whose board ends up with the most placed area is
 * taken (a pilot method). Costs about `width × pieces on the board` greedy fills.
 */
export function fillBoardLookahead(
  ctx: PackContext,
  strategy: Strategy,
  order: readonly number[],
  counts: Int32Array,
  meter: WorkMeter,
  width: number,
  budget: number,
): PackedBoard {
  const board = emptyBoard(ctx.usable);
  const alive = order.filter((t) => counts[t]! > 0);
  // The best complete board any play-out reached; the final board is usually it, not always.
  let bestSeen: PackedBoard | null = null;
  let bestSeenCounts = counts;
  let bestSeenValue = -1;
  for (;;) {
    // Over budget: finish the board greedily instead of looking ahead.
    const look = meter.used < budget ? width : 1;
    const moves = bestMoves(ctx, strategy, board, alive, counts, look, meter);
    if (moves.length === 0) break;
    let chosen = moves[0]!;
    if (moves.length > 1) {
      let bestValue = -1;
      for (const move of moves) {
        const trial = copyBoard(board);
        const trialCounts = counts.slice();
        applyMove(ctx, strategy, trial, trialCounts, alive.slice(), move);
        fillBoard(ctx, strategy, order, trialCounts, meter, trial);
        const value = trial.placedArea;
        if (value > bestValue) {
          bestValue = value;
          chosen = move;
        }
        if (value > bestSeenValue) {
          bestSeenValue = value;
          bestSeen = trial;
          bestSeenCounts = trialCounts;
        }
      }
    }
    applyMove(ctx, strategy, board, counts, alive, chosen);
  }
  if (bestSeen && bestSeenValue > board.placedArea) {
    counts.set(bestSeenCounts);
    return bestSeen;
  }
  return board;
}
