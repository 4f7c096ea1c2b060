/** Internal, mutable geometry of one board while it is being filled (numbers in mm). */
export interface FreeRect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface RawPlacement {
  type: number;
  x: number;
  y: number;
  w: number;
  h: number;
  /** Placed across the size type's own orientation. */
  turned: boolean;
}

export interface RawCut {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** A piece of size type `type` into a free rectangle, `turned` or not; smaller score is better. */
export interface RectMove {
  score: number;
  type: number;
  turned: boolean;
}

export interface PackedBoard {
  placements: RawPlacement[];
  cuts: RawCut[];
  /** Free rectangles something may still go into. */
  free: FreeRect[];
  /**
   * Parallel to `free`: the rectangle's best moves when last computed (a cache; `undefined`
   * until then). Still exact while every listed type has pieces left.
   */
  moves: (RectMove[] | undefined)[];
  /** Free rectangles given up on (too small for anything left); still offcuts. */
  waste: FreeRect[];
  placedArea: number;
}

export function emptyBoard(usable: FreeRect): PackedBoard {
  return {
    placements: [],
    cuts: [],
    free: [{ ...usable }],
    moves: [undefined],
    waste: [],
    placedArea: 0,
  };
}

/** An independent copy; rectangles and move lists are never mutated, only replaced. */
export function copyBoard(board: PackedBoard): PackedBoard {
  return {
    placements: board.placements.slice(),
    cuts: board.cuts.slice(),
    free: board.free.slice(),
    moves: board.moves.slice(),
    waste: board.waste.slice(),
    placedArea: board.placedArea,
  };
}

/** Gives up free rectangle `index` (nothing fits it any more): it stays an offcut. */
export function discardFree(board: PackedBoard, index: number): void {
  board.waste.push(board.free[index]!);
  removeFree(board, index);
}

function removeFree(board: PackedBoard, index: number): void {
  const lastRect = board.free.pop()!;
  const lastMoves = board.moves.pop();
  if (index < board.free.length) {
    board.free[index] = lastRect;
    board.moves[index] = lastMoves;
  }
}

function addFree(board: PackedBoard, rect: FreeRect): void {
  board.free.push(rect);
  board.moves.push(undefined);
}

/**
 * Puts a `w × h` piece into the top-left corner of free rectangle `index` and divides the rest
 * with two guillotine cuts. `horizontalFirst`: the first cut runs along x over the whole free
 * rectangle (the piece below it keeps the full width), else along y (the piece to the right
 * keeps the full height). The kerf is taken from the side away from the piece.
 */
export function placePiece(
  board: PackedBoard,
  index: number,
  type: number,
  w: number,
  h: number,
  turned: boolean,
  horizontalFirst: boolean,
  kerf: number,
): void {
  const r = board.free[index]!;
  removeFree(board, index);
  board.placements.push({ type, x: r.x, y: r.y, w, h, turned });
  board.placedArea += w * h;
  const restW = r.w - w - kerf;
  const restH = r.h - h - kerf;
  if (horizontalFirst) {
    if (h < r.h) board.cuts.push({ x1: r.x, y1: r.y + h, x2: r.x + r.w, y2: r.y + h });
    if (w < r.w) board.cuts.push({ x1: r.x + w, y1: r.y, x2: r.x + w, y2: r.y + h });
    if (restW > 0) addFree(board, { x: r.x + w + kerf, y: r.y, w: restW, h });
    if (restH > 0) addFree(board, { x: r.x, y: r.y + h + kerf, w: r.w, h: restH });
  } else {
    if (w < r.w) board.cuts.push({ x1: r.x + w, y1: r.y, x2: r.x + w, y2: r.y + r.h });
    if (h < r.h) board.cuts.push({ x1: r.x, y1: r.y + h, x2: r.x + w, y2: r.y + h });
    if (restW > 0) addFree(board, { x: r.x + w + kerf, y: r.y, w: restW, h: r.h });
    if (restH > 0) addFree(board, { x: r.x, y: r.y + h + kerf, w, h: restH });
  }
}
