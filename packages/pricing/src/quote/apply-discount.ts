import { Decimal, roundMoney } from './money.ts';
import type { DiscountPricing, QuoteTotals } from './quote-types.ts';

/**
 * DOMAIN.md "Customer discount":
 *   final = (materials_gross + max(0, fees_gross) + max(0, accessories_gross)) × (1 − d/100)
 *           + min(0, fees_gross) + min(0, accessories_gross)
 * on the category totals: a negative fee or accessory total is not discounted again. The
 * discounted part is rounded to the cent (half-up) once; `amount` is what it took off.
 */
export function applyDiscount(
  totals: QuoteTotals,
  percent: Decimal,
): { discount: DiscountPricing; finalTotal: string } {
  const fees = new Decimal(totals.fees.gross);
  const accessories = new Decimal(totals.accessories.gross);
  const zero = new Decimal(0);
  const discountable = new Decimal(totals.materials.gross)
    .add(Decimal.max(zero, fees))
    .add(Decimal.max(zero, accessories));
  const discounted = roundMoney(discountable.mul(new Decimal(100).sub(percent)).div(100));
  const final = discounted.add(Decimal.min(zero, fees)).add(Decimal.min(zero, accessories));
  return {
    discount: {
      percent: percent.toString(),
      discountableGross: discountable.toFixed(2),
      amount: discountable.sub(discounted).toFixed(2),
    },
    finalTotal: final.toFixed(2),
  };
}
