import type {
  BoardLayout,
  BoardSpec,
  OptimizeResult,
  OptimizerPanel,
  Placement,
  Rect,
} from './optimizer-types.ts';
import type { FreeRect, PackedBoard } from './packed-board.ts';
import type { PieceSet } from './piece-set.ts';

function toRect(r: FreeRect): Rect {
  return { x: r.x, y: r.y, widthMm: r.w, heightMm: r.h };
}

/**
 * Turns packed boards into the public layout: hands out the concrete pieces (n-th placement of
 * a size type = its n-th piece in input order), names them and orders everything stably.
 */
export function layoutOutput(
  spec: BoardSpec,
  usable: Rect,
  panels: readonly OptimizerPanel[],
  set: PieceSet,
  packed: readonly PackedBoard[],
  strategy: string,
  work: number,
): OptimizeResult {
  const boardArea = spec.lengthMm * spec.widthMm;
  const nextPiece = new Array<number>(set.types.length).fill(0);
  let placedAreaMm2 = 0;
  let cutLengthMm = 0;
  const boards = packed.map((board, index): BoardLayout => {
    const placements = board.placements.map((p): Placement => {
      const type = set.types[p.type]!;
      const piece = type.pieces[nextPiece[p.type]!++]!;
      const panel = panels[piece.panelIndex]!;
      return {
        x: p.x,
        y: p.y,
        widthMm: p.w,
        heightMm: p.h,
        panelId: panel.id,
        label: typeof panel.label === 'string' && panel.label !== '' ? panel.label : null,
        panelIndex: piece.panelIndex,
        // A square never counts as rotated; otherwise: is the panel's width along y?
        rotated: p.w !== p.h && p.turned !== piece.swapped,
      };
    });
    placements.sort((a, b) => a.y - b.y || a.x - b.x);
    const cuts = board.cuts.map((c) => ({
      ...c,
      lengthMm: c.x2 - c.x1 + (c.y2 - c.y1),
    }));
    const offcuts = [...board.free, ...board.waste]
      .map(toRect)
      .sort((a, b) => b.widthMm * b.heightMm - a.widthMm * a.heightMm || a.y - b.y || a.x - b.x);
    const boardCut = cuts.reduce((sum, c) => sum + c.lengthMm, 0);
    placedAreaMm2 += board.placedArea;
    cutLengthMm += boardCut;
    return {
      index,
      lengthMm: spec.lengthMm,
      widthMm: spec.widthMm,
      usable: { ...usable },
      placements,
      cuts,
      offcuts,
      placedAreaMm2: board.placedArea,
      usage: board.placedArea / boardArea,
      cutLengthMm: boardCut,
      cutLengthM: boardCut / 1000,
    };
  });
  const usableArea = usable.widthMm * usable.heightMm;
  return {
    boards,
    lowerBound: Math.ceil(set.totalArea / usableArea),
    pieceCount: set.pieceCount,
    placedAreaMm2,
    cutLengthMm,
    cutLengthM: cutLengthMm / 1000,
    strategy,
    work,
  };
}
