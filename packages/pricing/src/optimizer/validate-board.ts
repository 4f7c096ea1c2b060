import { LIMITS } from '../limits.ts';
import { PricingInputError } from '../pricing-input-error.ts';
import { wholeNumber as integerIn } from '../whole-number.ts';
import type { BoardSpec, Rect } from './optimizer-types.ts';

/** Checks the board and its settings and returns the usable rectangle (board minus trims). */
export function usableRect(board: BoardSpec, field: string): Rect {
  const { minSizeMm, maxSizeMm, maxKerfMm, maxTrimMm } = LIMITS;
  const length = integerIn(board.lengthMm, minSizeMm, maxSizeMm, `${field}.lengthMm`, 'Board length (mm)');
  const width = integerIn(board.widthMm, minSizeMm, maxSizeMm, `${field}.widthMm`, 'Board width (mm)');
  const s = board.settings;
  integerIn(s.kerfMm, 0, maxKerfMm, `${field}.settings.kerfMm`, 'Kerf (mm)');
  const top = integerIn(s.trimTopMm, 0, maxTrimMm, `${field}.settings.trimTopMm`, 'Top trim (mm)');
  const right = integerIn(s.trimRightMm, 0, maxTrimMm, `${field}.settings.trimRightMm`, 'Right trim (mm)');
  const bottom = integerIn(s.trimBottomMm, 0, maxTrimMm, `${field}.settings.trimBottomMm`, 'Bottom trim (mm)');
  const left = integerIn(s.trimLeftMm, 0, maxTrimMm, `${field}.settings.trimLeftMm`, 'Left trim (mm)');
  const usable = { x: left, y: top, widthMm: length - left - right, heightMm: width - top - bottom };
  if (usable.widthMm < 1 || usable.heightMm < 1) {
    throw new PricingInputError('INVALID_VALUE', 'The trims leave nothing of the board.', `${field}.settings`);
  }
  return usable;
}
