import type { OptimizeResult } from '../optimizer/optimizer-types.ts';
import { Decimal, exact, pricedLine } from './money.ts';
import type { ParsedServices } from './parse-quote.ts';
import type { CuttingPricing } from './quote-types.ts';

/**
 * DOMAIN.md "Cutting": the layout's guillotine cut length (each cut once; both pieces of a
 * doubled panel are cut) × the fee per metre, at the cutting-fee row's VAT rate. Trimming the
 * board edges is board preparation, not part of the layout's cuts.
 */
export function priceCutting(layout: OptimizeResult, services: ParsedServices): CuttingPricing {
  const lengthM = new Decimal(layout.cutLengthMm).div(1000);
  return {
    lengthM: exact(lengthM),
    feePerM: exact(services.cuttingFeePerM),
    ...pricedLine(lengthM.mul(services.cuttingFeePerM), services.vatRate),
  };
}
