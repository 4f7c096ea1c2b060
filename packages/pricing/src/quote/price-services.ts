import { Decimal, exact, pricedLine } from './money.ts';
import type { ParsedServices } from './parse-quote.ts';
import type { QuotePanel, ServicePricing } from './quote-types.ts';

/**
 * DOMAIN.md "Services", for the panels of one material, all at the cutting-fee row's VAT rate:
 * hinge holes = holes per panel × qty × fee per hole; doubling = panel m² × qty × fee per m²
 * (the finished panel's area: the two glued pieces are priced as one panel here, while the
 * material and the cutting count both pieces); angle cut = qty × fee per panel. A service
 * no panel asks for gets no line.
 */
export function priceServices(
  panels: readonly QuotePanel[],
  services: ParsedServices,
): ServicePricing[] {
  let holes = 0;
  let doubledMm2 = 0;
  let angleCuts = 0;
  for (const panel of panels) {
    holes += (panel.hingeHoles ?? 0) * panel.quantity;
    if (panel.doubling) doubledMm2 += panel.widthMm * panel.heightMm * panel.quantity;
    if (panel.angleCut) angleCuts += panel.quantity;
  }
  const lines: ServicePricing[] = [];
  const rate = services.vatRate;
  if (holes > 0) {
    lines.push({
      service: 'hinge_holes',
      quantity: String(holes),
      unit: 'hole',
      unitPrice: exact(services.hingeHoleFeePerHole),
      ...pricedLine(services.hingeHoleFeePerHole.mul(holes), rate),
    });
  }
  if (doubledMm2 > 0) {
    const m2 = new Decimal(doubledMm2).div(1_000_000);
    lines.push({
      service: 'doubling',
      quantity: exact(m2),
      unit: 'm2',
      unitPrice: exact(services.doublingFeePerSqm),
      ...pricedLine(m2.mul(services.doublingFeePerSqm), rate),
    });
  }
  if (angleCuts > 0) {
    lines.push({
      service: 'angle_cut',
      quantity: String(angleCuts),
      unit: 'panel',
      unitPrice: exact(services.angleCutFeePerPanel),
      ...pricedLine(services.angleCutFeePerPanel.mul(angleCuts), rate),
    });
  }
  return lines;
}
