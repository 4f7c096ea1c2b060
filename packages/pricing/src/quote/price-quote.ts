import { layoutPanels } from '../optimizer/optimize.ts';
import { applyDiscount } from './apply-discount.ts';
import { sumAmounts } from './money.ts';
import { parseQuote } from './parse-quote.ts';
import { priceBoardMaterial } from './price-board-material.ts';
import { priceCutting } from './price-cutting.ts';
import { priceEdgeBanding } from './price-edge-banding.ts';
import { priceServices } from './price-services.ts';
import { priceAccessory, priceFee } from './price-unit-lines.ts';
import type { MaterialPricing, QuoteInput, QuotePricing, QuoteTotals } from './quote-types.ts';

/**
 * Prices a whole quote by DOMAIN.md "Pricing": lays out each material's panels, then prices
 * board material, edge banding, cutting and services per material, the accessory and fee
 * lines, the totals and the customer discount. Pure and deterministic. Every line is rounded
 * to the cent once (net half-up, VAT from the rounded net, half-up); totals are sums of lines.
 * Throws `PricingInputError` naming the field (and panel row) of the first invalid input.
 */
export function priceQuote(input: QuoteInput): QuotePricing {
  const quote = parseQuote(input);
  const materials = quote.materials.map((m): MaterialPricing => {
    const layout = layoutPanels(
      {
        board: m.material,
        panels: m.panels,
        ...(input.optimizer ? { options: input.optimizer } : {}),
      },
      {
        boardField: `${m.field}.material`,
        panelsField: `${m.field}.panels`,
        materialId: m.material.id,
      },
    );
    const board = priceBoardMaterial(m, layout);
    const edgeBandingLines = priceEdgeBanding(m.panels, quote.edgeBandings);
    const edgeBandingTotal = sumAmounts(edgeBandingLines);
    const cuttingLine = priceCutting(layout, quote.services);
    const serviceLines = priceServices(m.panels, quote.services);
    const servicesTotal = sumAmounts(serviceLines);
    return {
      materialId: m.material.id,
      materialName: m.material.name,
      onStock: m.material.onStock,
      boardLengthMm: m.material.lengthMm,
      boardWidthMm: m.material.widthMm,
      boardAreaM2: board.boardAreaM2,
      pricePerSqm: m.pricePerSqm.toString(),
      usageLimit: m.usageLimit.toString(),
      wasteMultiplier: m.wasteMultiplier.toString(),
      layout,
      boardsUsed: layout.boards.length,
      usage: board.usage,
      pricingMethod: board.pricingMethod,
      boards: board.boards,
      chargedM2: board.chargedM2,
      cutLengthM: cuttingLine.lengthM,
      materialLine: board.materialLine,
      edgeBandingLines,
      edgeBandingTotal,
      cuttingLine,
      serviceLines,
      servicesTotal,
      total: sumAmounts([board.materialLine, edgeBandingTotal, cuttingLine, servicesTotal]),
    };
  });
  const accessories = quote.accessories.map(priceAccessory);
  const fees = quote.fees.map(priceFee);
  const totals: QuoteTotals = {
    materials: sumAmounts(materials.map((m) => m.total)),
    accessories: sumAmounts(accessories),
    fees: sumAmounts(fees),
    quote: { net: '0.00', vat: '0.00', gross: '0.00' },
  };
  totals.quote = sumAmounts([totals.materials, totals.accessories, totals.fees]);
  const { discount, finalTotal } = applyDiscount(totals, quote.discountPercent);
  return { materials, accessories, fees, totals, discount, finalTotal };
}
