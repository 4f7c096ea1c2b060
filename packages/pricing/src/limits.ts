/**
 * Input bounds. They keep one request from occupying a CPU for long (the optimizer is
 * superlinear) and catch typing mistakes (a 25 000 mm panel is a slip, not an order).
 */
export const LIMITS = {
  /** Pieces (quantity × 2 when doubled) of one material laid out in one request. */
  maxPiecesPerMaterial: 10_000,
  /** Pieces over all materials of a quote. */
  maxPiecesPerQuote: 50_000,
  /** Ordered quantity of one panel row, accessory or fee line. */
  maxQuantity: 10_000,
  /** Panel and board sides, mm. */
  minSizeMm: 1,
  maxSizeMm: 10_000,
  /** Kerf and each trim, mm. */
  maxKerfMm: 20,
  maxTrimMm: 500,
  /** Hinge holes drilled into one panel. */
  maxHingeHolesPerPanel: 10,
  /**
   * Lines of one quote — the same for a preview (`previewQuote`) and a saved draft
   * (`createQuote` / `updateQuote`, and the `quotes` table's checks), so whatever a customer
   * can preview they can also save. A row has a quantity, so 1000 rows still allow the
   * 50 000 pieces above.
   */
  maxPanelRows: 1000,
  maxAccessoryLines: 200,
  maxFeeLines: 100,
  /** Characters of a panel's label (shown on the diagrams). */
  maxLabelLength: 100,
} as const;
