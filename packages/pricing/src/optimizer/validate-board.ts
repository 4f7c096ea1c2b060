import { LIMITS } from '../limits.ts';
import { PricingInputError } from '../pricing-input-error.ts';
import { wholeNumber } from '../whole-number.ts';
import type { BoardSpec, Rect } from './optimizer-types.ts';

/** Checks the board and its settings and returns the usable rectangle (board minus trims). */
export function usableRect(board: BoardSpec, field: string): Rect {
  const { minSizeMm, maxSizeMm, maxKerfMm, maxTrimMm } = LIMITS;
  const size = (key: 'lengthMm' | 'widthMm', what: string) =>
    wholeNumber(board[key], minSizeMm, maxSizeMm, `${field}.${key}`, what);
  const s = board.settings;
  const setting = (key: keyof typeof s & `${string}Mm`, max: number, what: string) =>
    wholeNumber(s[key], 0, max, `${field}.settings.${key}`, what);
  const length = size('lengthMm', 'Board length (mm)');
  const width = size('widthMm', 'Board width (mm)');
  setting('kerfMm', maxKerfMm, 'Kerf (mm)');
  const top = setting('trimTopMm', maxTrimMm, 'Top trim (mm)');
  const right = setting('trimRightMm', maxTrimMm, 'Right trim (mm)');
  const bottom = setting('trimBottomMm', maxTrimMm, 'Bottom trim (mm)');
  const left = setting('trimLeftMm', maxTrimMm, 'Left trim (mm)');
  const usable = {
    x: left,
    y: top,
    widthMm: length - left - right,
    heightMm: width - top - bottom,
  };
  if (usable.widthMm < 1 || usable.heightMm < 1) {
    throw new PricingInputError(
      'INVALID_VALUE',
      'The trims leave nothing of the board.',
      `${field}.settings`,
    );
  }
  return usable;
}
