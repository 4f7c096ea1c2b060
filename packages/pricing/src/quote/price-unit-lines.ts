import { exact, pricedLine } from './money.ts';
import type { ParsedUnitLine } from './parse-quote.ts';
import type { AccessoryLine, AccessoryPricing, FeeLine, FeePricing } from './quote-types.ts';

/** DOMAIN.md "Accessories": net = unit net × qty; VAT at the accessory's rate. */
export function priceAccessory({
  line,
  unitPriceNet,
  quantity,
  vatRate,
}: ParsedUnitLine<AccessoryLine>): AccessoryPricing {
  return {
    id: line.id,
    accessoryId: line.accessoryId ?? null,
    name: line.name ?? null,
    quantity,
    unitPriceNet: exact(unitPriceNet),
    ...pricedLine(unitPriceNet.mul(quantity), vatRate),
  };
}

/** DOMAIN.md "Fees": net = unit price × qty, negative for a discount line. */
export function priceFee({
  line,
  unitPriceNet,
  quantity,
  vatRate,
}: ParsedUnitLine<FeeLine>): FeePricing {
  return {
    id: line.id,
    feeTypeId: line.feeTypeId ?? null,
    name: line.name ?? null,
    quantity,
    unitPriceNet: exact(unitPriceNet),
    ...pricedLine(unitPriceNet.mul(quantity), vatRate),
  };
}
