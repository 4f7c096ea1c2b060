import { BadUserInputError } from '@portal/errors';
import { LIMITS } from '@portal/pricing';
import type { QuoteInput } from '../__generated__/resolvers-types.ts';

/**
 * Bounds of one preview, checked before any company call or layout, so a huge request is
 * refused in microseconds instead of occupying the CPU (the optimizer is superlinear). They
 * are the saved draft's bounds (`LIMITS` of `@portal/pricing`, which the portal's
 * `quote-input.ts` uses too): what previews also saves.
 */
export const PREVIEW_LIMITS = {
  maxPanelRows: LIMITS.maxPanelRows,
  maxAccessoryLines: LIMITS.maxAccessoryLines,
  maxFeeLines: LIMITS.maxFeeLines,
  maxLabelLength: LIMITS.maxLabelLength,
} as const;

/** A list longer than its limit: `BAD_USER_INPUT` naming the limit (`extensions.limit`). */
function tooMany(what: string, max: number, got: number, field: string): BadUserInputError {
  const error = new BadUserInputError(`Too many ${what}: at most ${max}, got ${got}.`, field);
  error.extensions.limit = max;
  return error;
}

function range(value: number, min: number, max: number, field: string, what: string): void {
  if (value < min || value > max) {
    throw new BadUserInputError(`${what} must be between ${min} and ${max}, got ${value}.`, field);
  }
}

/**
 * The checks that need no catalog: list sizes, the pieces of the whole quote and each row's
 * ranges (GraphQL already made them integers). The pricing library checks again; these come
 * first so a bad request costs no contract call.
 */
export function checkPreviewInput(input: QuoteInput): void {
  const panels = input.panels;
  const accessories = input.accessories ?? [];
  const fees = input.fees ?? [];
  if (panels.length > PREVIEW_LIMITS.maxPanelRows) {
    throw tooMany('panel rows', PREVIEW_LIMITS.maxPanelRows, panels.length, 'input.panels');
  }
  if (accessories.length > PREVIEW_LIMITS.maxAccessoryLines) {
    throw tooMany(
      'accessory lines',
      PREVIEW_LIMITS.maxAccessoryLines,
      accessories.length,
      'input.accessories',
    );
  }
  if (fees.length > PREVIEW_LIMITS.maxFeeLines) {
    throw tooMany('fee lines', PREVIEW_LIMITS.maxFeeLines, fees.length, 'input.fees');
  }
  let pieces = 0;
  panels.forEach((panel, i) => {
    const at = `input.panels[${i}]`;
    const who = `Panel ${panel.label ? `"${panel.label.slice(0, 40)}" (row ${i + 1})` : `row ${i + 1}`}`;
    range(panel.quantity, 1, LIMITS.maxQuantity, `${at}.quantity`, `${who}: quantity`);
    range(panel.widthMm, LIMITS.minSizeMm, LIMITS.maxSizeMm, `${at}.widthMm`, `${who}: width (mm)`);
    range(
      panel.heightMm,
      LIMITS.minSizeMm,
      LIMITS.maxSizeMm,
      `${at}.heightMm`,
      `${who}: height (mm)`,
    );
    range(
      panel.hingeHoles ?? 0,
      0,
      LIMITS.maxHingeHolesPerPanel,
      `${at}.hingeHoles`,
      `${who}: hinge holes`,
    );
    if ((panel.label?.length ?? 0) > PREVIEW_LIMITS.maxLabelLength) {
      throw new BadUserInputError(
        `${who}: the label is longer than ${PREVIEW_LIMITS.maxLabelLength} characters.`,
        `${at}.label`,
      );
    }
    pieces += panel.quantity * (panel.doubling ? 2 : 1);
    if (pieces > LIMITS.maxPiecesPerQuote) {
      const error = new BadUserInputError(
        `Too many pieces in one quote: at most ${LIMITS.maxPiecesPerQuote} (doubled panels count twice); the limit is passed at row ${i + 1}.`,
        `${at}.quantity`,
      );
      error.extensions.limit = LIMITS.maxPiecesPerQuote;
      throw error;
    }
  });
  for (const [list, lines, what] of [
    ['accessories', accessories, 'Accessory'],
    ['fees', fees, 'Fee'],
  ] as const) {
    lines.forEach((line, i) => {
      range(
        line.quantity,
        1,
        LIMITS.maxQuantity,
        `input.${list}[${i}].quantity`,
        `${what} line ${i + 1}: quantity`,
      );
    });
  }
}
