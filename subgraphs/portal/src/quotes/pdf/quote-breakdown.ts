import type { Material } from '@portal/company-link';
import {
  type BoardMaterial,
  type EdgeBanding,
  PricingInputError,
  priceQuote,
  type QuoteMaterial,
  type QuotePricing,
  type Services,
} from '@portal/pricing';
import type { QuoteRow } from '../../data/quote-rows.ts';

const EDGE_SIDES = ['edgeBandingA', 'edgeBandingB', 'edgeBandingC', 'edgeBandingD'] as const;

/** What of a catalog material the snapshot does not keep (it is not a price). */
export type MaterialShape = Pick<Material, 'id' | 'name' | 'grainDirection'> &
  Partial<Pick<Material, 'thicknessMm'>>;

/** A quote priced again from its snapshot, with the way back to its rows. */
export interface SnapshotBreakdown {
  pricing: QuotePricing;
  /** `pricing.materials[m]`'s panel `j` is the quote's panel row `rows[m][j]` (0-based). */
  rows: number[][];
  /**
   * Whether the layouts are the ones priced: every board's grain direction came from the
   * snapshot. Quotes priced before the snapshot kept it use the catalog's now, which may have
   * changed since (the totals still agree, or there is no breakdown at all).
   */
  layoutsExact: boolean;
}

/**
 * The quote's breakdown by material, priced again with the unit prices, rates and settings of
 * its snapshot (never today's prices): the PDF shows what the stored totals were made of. The
 * snapshot does not keep a board's grain direction, so it comes from the catalog; when that
 * differs from pricing time the layout could differ, so a result that does not add up to the
 * stored gross is dropped (null) rather than printed beside totals it contradicts.
 */
export function quoteBreakdown(
  quote: QuoteRow,
  materials: ReadonlyMap<string, MaterialShape>,
): QuotePricing | null {
  return snapshotBreakdown(quote, materials)?.pricing ?? null;
}

/**
 * `quoteBreakdown` with the panel rows of every layout and whether the layouts are exact: the
 * one computation behind the PDF's breakdown and `Quote.snapshotPricing`, so both show what the
 * stored totals were made of.
 */
export function snapshotBreakdown(
  quote: QuoteRow,
  materials: ReadonlyMap<string, MaterialShape>,
): SnapshotBreakdown | null {
  const { priced, snapshot } = quote;
  if (!priced || !snapshot) return null;
  const groups = new Map<string, QuoteMaterial>();
  const rowsOf = new Map<string, number[]>();
  let layoutsExact = true;
  for (const [i, p] of quote.panels.entries()) {
    const key = p.materialId.toLowerCase();
    const stored = findIn(snapshot.materials, key);
    const shape = materials.get(key);
    if (!stored || !shape) return null;
    let group = groups.get(key);
    if (!group) {
      const grain = findIn(snapshot.grainDirections ?? {}, key);
      if (grain === undefined) layoutsExact = false;
      group = {
        material: {
          ...(stored as Omit<BoardMaterial, 'id' | 'name' | 'grainDirection'>),
          id: shape.id,
          name: shape.name,
          grainDirection: grain ?? shape.grainDirection,
        },
        panels: [],
      };
      groups.set(key, group);
      rowsOf.set(key, []);
    }
    rowsOf.get(key)!.push(i);
    group.panels.push({
      id: String(i),
      label: p.label,
      widthMm: p.widthMm,
      heightMm: p.heightMm,
      quantity: p.quantity,
      hingeHoles: p.hingeHoles,
      hingeHoleSide: p.hingeHoleSide,
      doubling: p.doubling,
      angleCut: p.angleCut,
      ...Object.fromEntries(EDGE_SIDES.map((side) => [side, p[side]])),
    });
  }
  const edgeBandings: EdgeBanding[] = Object.entries(snapshot.edgeBandings).map(([id, e]) => ({
    id,
    ...e,
  }));
  const lines = <T extends { quantity: number }>(
    list: T[],
    idOf: (line: T) => string,
    unit: (id: string) => { unitPriceNet: string; vatRate: string } | null,
  ) =>
    list.map((line, i) => {
      const price = unit(idOf(line));
      return price ? { id: String(i), quantity: line.quantity, ...price } : null;
    });
  const accessories = lines(
    quote.accessories,
    (a) => a.accessoryId,
    (id) => findIn(snapshot.accessories, id.toLowerCase()) ?? null,
  );
  const fees = lines(
    quote.fees,
    (f) => f.feeTypeId,
    (id) => {
      const fee = findIn(snapshot.feeTypes, id.toLowerCase());
      return fee ? { unitPriceNet: fee.netPrice, vatRate: fee.vatRate } : null;
    },
  );
  if (accessories.includes(null) || fees.includes(null)) return null;
  try {
    const pricing = priceQuote({
      materials: [...groups.values()],
      edgeBandings,
      services: snapshot.services as unknown as Services,
      accessories: accessories as NonNullable<(typeof accessories)[number]>[],
      fees: fees as NonNullable<(typeof fees)[number]>[],
      discountPercent: snapshot.discountPercent,
    });
    return pricing.totals.quote.gross === priced.gross
      ? { pricing, rows: [...rowsOf.values()], layoutsExact }
      : null;
  } catch (error) {
    if (error instanceof PricingInputError) return null;
    throw error;
  }
}

/** A snapshot entry by id, whatever the case the id was stored in. */
function findIn<T>(record: Record<string, T>, lowerId: string): T | undefined {
  for (const [id, value] of Object.entries(record)) if (id.toLowerCase() === lowerId) return value;
  return undefined;
}
