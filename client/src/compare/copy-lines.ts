/** The lines of a saved quote, as `quote(id)` returns them and `createQuote` takes them. */
export interface QuoteLines {
  panels: Array<{
    materialId: string;
    widthMm: number;
    heightMm: number;
    quantity: number;
    label?: string | null;
    edgeBandingA?: string | null;
    edgeBandingB?: string | null;
    edgeBandingC?: string | null;
    edgeBandingD?: string | null;
    hingeHoles?: number | null;
    hingeHoleSide?: 'LONG' | 'SHORT' | null;
    doubling?: boolean | null;
    angleCut?: boolean | null;
  }>;
  accessories: Array<{ accessoryId: string; quantity: number }>;
  fees: Array<{ feeTypeId: string; quantity: number }>;
}

const SIDES = ['edgeBandingA', 'edgeBandingB', 'edgeBandingC', 'edgeBandingD'] as const;

/**
 * The quote's lines with one company's ids, from that company's `matches` of a comparison: the
 * same rows the comparison priced there. A line using an id without a match (a `missing` item)
 * is left out, exactly as the comparison left it out of that company's price.
 */
export function linesForCompany(
  lines: QuoteLines,
  matches: ReadonlyArray<{ sourceId: string; targetId: string }>,
): QuoteLines {
  const to = new Map(matches.map((m) => [m.sourceId.toLowerCase(), m.targetId]));
  const map = (id: string) => to.get(id.toLowerCase());
  const panels = lines.panels.flatMap((panel) => {
    const materialId = map(panel.materialId);
    if (!materialId) return [];
    const mapped = { ...panel, materialId };
    for (const side of SIDES) {
      const id = panel[side];
      if (!id) continue;
      const target = map(id);
      if (!target) return [];
      mapped[side] = target;
    }
    return [mapped];
  });
  const accessories = lines.accessories.flatMap((line) => {
    const accessoryId = map(line.accessoryId);
    return accessoryId ? [{ accessoryId, quantity: line.quantity }] : [];
  });
  const fees = lines.fees.flatMap((line) => {
    const feeTypeId = map(line.feeTypeId);
    return feeTypeId ? [{ feeTypeId, quantity: line.quantity }] : [];
  });
  return { panels, accessories, fees };
}

/** `panels` without GraphQL's `__typename`, for an input object. */
export function withoutTypename<T extends object>(row: T): Omit<T, '__typename'> {
  const { __typename: _, ...rest } = row as T & { __typename?: string };
  return rest;
}
