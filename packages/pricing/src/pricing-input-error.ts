/**
 * Why an input was refused. Stable: callers map these to API errors (`BAD_USER_INPUT` with the
 * field) and may branch on them; add codes, never rename them.
 */
export type PricingErrorCode =
  /** A value is missing, of the wrong kind or outside its range. */
  | 'INVALID_VALUE'
  /** A panel does not fit on the usable board in any allowed orientation. */
  | 'PANEL_TOO_LARGE'
  /** More pieces than the optimizer accepts (per material or per quote). */
  | 'TOO_MANY_PANELS'
  /** A panel references an edge banding that is not in the input. */
  | 'UNKNOWN_EDGE_BANDING';

/** Identifies the panel row a problem is about, for a message the customer can act on. */
export interface PanelRowRef {
  /** 1-based row number within its material, as the customer sees it in the grid. */
  row: number;
  panelId: string;
  label: string | null;
  materialId?: string;
}

/**
 * An expected, user-caused failure of `optimize` / `priceQuote`. `field` is a path into the
 * input (`materials[0].panels[3].quantity`) so a form can highlight the cell.
 */
export class PricingInputError extends Error {
  override readonly name = 'PricingInputError';

  constructor(
    readonly code: PricingErrorCode,
    message: string,
    readonly field: string,
    readonly panel?: PanelRowRef,
  ) {
    super(message);
  }
}

/** `"Oldal" (row 3)` or `row 3` when the panel has no label. */
export function describePanel(ref: PanelRowRef): string {
  return ref.label ? `"${ref.label}" (row ${ref.row})` : `row ${ref.row}`;
}
