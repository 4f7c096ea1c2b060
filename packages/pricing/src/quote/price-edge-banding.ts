import { Decimal, exact, pricedLine } from './money.ts';
import type { ParsedEdgeBanding } from './parse-quote.ts';
import type { EdgeBandingPricing, QuotePanel } from './quote-types.ts';

const SIDES = [
  ['edgeBandingA', 'widthMm'],
  ['edgeBandingB', 'heightMm'],
  ['edgeBandingC', 'widthMm'],
  ['edgeBandingD', 'heightMm'],
] as const;

/**
 * DOMAIN.md "Edge banding", per edge banding used by the panels of one material:
 * metres = (Σ side length × qty + Σ qty × overhang) / 1000.
 *
 * A and C run along the panel's `widthMm` (its length along the grain), B and D along its
 * `heightMm`, whatever the optimizer did: rotating a panel on the board does not change which
 * of its sides is banded. A doubled panel is banded once, as the finished double-thickness
 * panel: the ordered quantity counts, not the two cut pieces. Lines come in the order the
 * bandings first appear (row by row, A to D).
 */
export function priceEdgeBanding(
  panels: readonly QuotePanel[],
  edgeBandings: ReadonlyMap<string, ParsedEdgeBanding>,
): EdgeBandingPricing[] {
  const used = new Map<string, { sidesMm: number; sides: number }>();
  for (const panel of panels) {
    for (const [side, dimension] of SIDES) {
      const id = panel[side];
      if (id === undefined || id === null) continue;
      const sum = used.get(id) ?? { sidesMm: 0, sides: 0 };
      sum.sidesMm += panel[dimension] * panel.quantity;
      sum.sides += panel.quantity;
      used.set(id, sum);
    }
  }
  return [...used].map(([id, { sidesMm, sides }]) => {
    const banding = edgeBandings.get(id)!;
    const lengthM = new Decimal(sidesMm + sides * banding.overhangMm).div(1000);
    return {
      edgeBandingId: id,
      sidesLengthM: exact(new Decimal(sidesMm).div(1000)),
      sides,
      overhangMm: banding.overhangMm,
      lengthM: exact(lengthM),
      pricePerM: exact(banding.pricePerM),
      ...pricedLine(lengthM.mul(banding.pricePerM), banding.vatRate),
    };
  });
}
