import { type Amounts, sumAmounts as sum } from '@portal/pricing';
import type { QuoteRow } from '../data/quote-rows.ts';
import { snapshotBreakdown } from './pdf/quote-breakdown.ts';
import type { QuoteCatalog } from './pdf/quote-catalog.ts';

/**
 * `Quote.snapshotPricing`: the quote priced again from its snapshot (`snapshotBreakdown`, the
 * PDF's computation), in the API's shape; null when there is no breakdown to show (unpriced,
 * the catalog's rows unknown, or a result that does not add up to the stored totals).
 */
export function snapshotPricing(quote: QuoteRow, catalog: QuoteCatalog) {
  const result = snapshotBreakdown(quote, catalog.materials);
  if (!result || !quote.priced || !quote.snapshot) return null;
  const { pricing, rows, layoutsExact } = result;
  const currency = quote.priced.currency;
  const money = (amount: string) => ({ amount, currency });
  const amounts = (a: Amounts) => ({ net: money(a.net), vat: money(a.vat), gross: money(a.gross) });
  const materials = pricing.materials.map((m) => {
    const shape = catalog.materials.get(m.materialId.toLowerCase());
    return {
      materialId: m.materialId,
      name: shape?.name ?? m.materialId,
      thicknessMm: shape?.thicknessMm == null ? null : String(shape.thicknessMm),
      boardsUsed: m.boardsUsed,
      pieceCount: m.layout.pieceCount,
      usage: m.usage,
      boardMaterial: amounts(m.materialLine),
      edgeBanding: amounts(m.edgeBandingTotal),
      cutting: amounts(m.cuttingLine),
      services: amounts(m.servicesTotal),
      total: amounts(m.total),
    };
  });
  const boards = pricing.materials.flatMap((m, mi) =>
    m.layout.boards.map((board, bi) => ({
      materialId: m.materialId,
      index: board.index,
      lengthMm: board.lengthMm,
      widthMm: board.widthMm,
      usable: board.usable,
      usage: m.boards[bi]?.usage ?? '0',
      placements: board.placements.map((p) => ({
        x: p.x,
        y: p.y,
        widthMm: p.widthMm,
        heightMm: p.heightMm,
        rotated: p.rotated,
        row: (rows[mi]?.[p.panelIndex] ?? 0) + 1,
        label: p.label,
      })),
      offcuts: board.offcuts,
    })),
  );
  const line =
    <T>(list: readonly T[], idOf: (line: T) => string) =>
    (priced: Amounts & { quantity: number }, i: number) => {
      const itemId = list[i] ? idOf(list[i]) : '';
      return {
        row: i + 1,
        itemId,
        name: catalog.names.get(itemId.toLowerCase()) ?? null,
        quantity: priced.quantity,
        amounts: amounts(priced),
      };
    };
  return {
    currency,
    catalogVersion: quote.snapshot.catalogVersion,
    pricedAt: quote.snapshot.pricedAt,
    layoutsExact,
    materials,
    boards,
    accessories: pricing.accessories.map(line(quote.accessories, (a) => a.accessoryId)),
    fees: pricing.fees.map(line(quote.fees, (f) => f.feeTypeId)),
    totals: {
      boardMaterial: amounts(sum(pricing.materials.map((m) => m.materialLine))),
      edgeBanding: amounts(sum(pricing.materials.map((m) => m.edgeBandingTotal))),
      cutting: amounts(sum(pricing.materials.map((m) => m.cuttingLine))),
      services: amounts(sum(pricing.materials.map((m) => m.servicesTotal))),
      accessories: amounts(pricing.totals.accessories),
      fees: amounts(pricing.totals.fees),
      quote: amounts(pricing.totals.quote),
    },
    discount: {
      percent: pricing.discount.percent,
      amount: money(pricing.discount.amount),
    },
    finalTotal: money(pricing.finalTotal),
  };
}
