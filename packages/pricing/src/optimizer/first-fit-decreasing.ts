import type { PackContext, WorkMeter } from './fill-board.ts';
import { emptyBoard, type PackedBoard, placePiece } from './packed-board.ts';
import { sortTypes, splitHorizontally } from './strategy.ts';

/**
 * The baseline: pieces by area, largest first, each into the first free rectangle (of the first
 * board, in opening order) it fits, as it comes, else onto a new board; the leftover is split
 * along its shorter axis. No look-ahead, no search.
 */
export function packFirstFitDecreasing(ctx: PackContext, meter: WorkMeter): PackedBoard[] {
  const boards: PackedBoard[] = [];
  // Largest free width and height per board: a cheap test that skips full boards.
  const roomW: number[] = [];
  const roomH: number[] = [];
  const { types, rotatable, kerf } = ctx;
  for (const t of sortTypes(types, 'area')) {
    const type = types[t]!;
    const turnable = rotatable && type.w !== type.h;
    for (let n = 0; n < type.pieces.length; n++) {
      let placed = false;
      let b = 0;
      for (; b < boards.length; b++) {
        const rw = roomW[b]!;
        const rh = roomH[b]!;
        const mayFit = (type.w <= rw && type.h <= rh) || (turnable && type.h <= rw && type.w <= rh);
        if (!mayFit) continue;
        placed = tryFirstFit(boards[b]!, t, type.w, type.h, turnable, kerf, meter);
        if (placed) break;
      }
      if (!placed) {
        boards.push(emptyBoard(ctx.usable));
        // Validation guarantees every piece fits an empty usable board in some orientation.
        tryFirstFit(boards[b]!, t, type.w, type.h, turnable, kerf, meter);
      }
      let maxW = 0;
      let maxH = 0;
      for (const rect of boards[b]!.free) {
        if (rect.w > maxW) maxW = rect.w;
        if (rect.h > maxH) maxH = rect.h;
      }
      roomW[b] = maxW;
      roomH[b] = maxH;
    }
  }
  return boards;
}

function tryFirstFit(
  board: PackedBoard,
  t: number,
  w: number,
  h: number,
  turnable: boolean,
  kerf: number,
  meter: WorkMeter,
): boolean {
  const free = board.free;
  for (let r = 0; r < free.length; r++) {
    const rect = free[r]!;
    meter.used++;
    if (w <= rect.w && h <= rect.h) {
      placePiece(
        board,
        r,
        t,
        w,
        h,
        false,
        splitHorizontally('shorter-leftover', rect.w, rect.h, w, h),
        kerf,
      );
      return true;
    }
    if (turnable && h <= rect.w && w <= rect.h) {
      placePiece(
        board,
        r,
        t,
        h,
        w,
        true,
        splitHorizontally('shorter-leftover', rect.w, rect.h, h, w),
        kerf,
      );
      return true;
    }
  }
  return false;
}
