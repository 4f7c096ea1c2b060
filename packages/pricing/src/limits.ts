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
} as const;
