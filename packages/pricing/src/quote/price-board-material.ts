import type { OptimizeResult } from '../optimizer/optimizer-types.ts';
import { Decimal, exact, type PricedLine, pricedLine, ZERO } from './money.ts';
import type { ParsedMaterial } from './parse-quote.ts';
import type { BoardPricing, PricingMethod } from './quote-types.ts';

export interface BoardMaterialPricing {
  boardAreaM2: string;
  boards: BoardPricing[];
  usage: string;
  pricingMethod: PricingMethod | 'mixed' | null;
  chargedM2: string;
  materialLine: PricedLine;
}

const MM2_PER_M2 = 1_000_000;

function ratio(part: number, whole: number): string {
  return whole === 0 ? '0.0000' : new Decimal(part).div(whole).toFixed(4);
}

/**
 * DOMAIN.md "Board material". On stock, each board alone: below the usage limit it is charged
 * by its placed area × waste multiplier, else as a whole board. Not on stock: whole boards.
 * One line per material: net = Σ charged m² × price per m², rounded once (see `pricedLine`).
 */
export function priceBoardMaterial(
  m: ParsedMaterial,
  layout: OptimizeResult,
): BoardMaterialPricing {
  const boardAreaMm2 = m.material.lengthMm * m.material.widthMm;
  const boardAreaM2 = new Decimal(boardAreaMm2).div(MM2_PER_M2);
  let charged = ZERO;
  const boards = layout.boards.map((board): BoardPricing => {
    const placedM2 = new Decimal(board.placedAreaMm2).div(MM2_PER_M2);
    // usage < limit ⇔ placed < limit × board area: compared exactly, no rounded ratio.
    const underLimit = new Decimal(board.placedAreaMm2).lt(m.usageLimit.mul(boardAreaMm2));
    const method: PricingMethod = m.material.onStock && underLimit ? 'panel_area' : 'full_board';
    const chargedM2 = method === 'panel_area' ? placedM2.mul(m.wasteMultiplier) : boardAreaM2;
    charged = charged.add(chargedM2);
    return {
      index: board.index,
      usage: ratio(board.placedAreaMm2, boardAreaMm2),
      placedAreaM2: exact(placedM2),
      chargedM2: exact(chargedM2),
      pricingMethod: method,
    };
  });
  const methods = new Set(boards.map((b) => b.pricingMethod));
  const pricingMethod =
    methods.size === 0 ? null : methods.size === 1 ? boards[0]!.pricingMethod : 'mixed';
  return {
    boardAreaM2: exact(boardAreaM2),
    boards,
    usage: ratio(layout.placedAreaMm2, boardAreaMm2 * boards.length),
    pricingMethod,
    chargedM2: exact(charged),
    materialLine: pricedLine(charged.mul(m.pricePerSqm), m.vatRate),
  };
}
