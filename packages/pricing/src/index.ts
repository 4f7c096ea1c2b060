/**
 * @portal/pricing — the cut-list optimizer and the quote price calculation of DOMAIN.md.
 * Pure: no I/O, no clock, no randomness; the same input always gives the same output.
 */
export { LIMITS } from './limits.ts';
export {
  defaultBudget,
  firstFitDecreasing,
  OPTIMIZER_BUDGET,
  optimize,
} from './optimizer/optimize.ts';
export type {
  BoardLayout,
  BoardSpec,
  CutSegment,
  CuttingSettings,
  OptimizeInput,
  OptimizeOptions,
  OptimizeResult,
  OptimizerPanel,
  Placement,
  Rect,
} from './optimizer/optimizer-types.ts';
export {
  describePanel,
  type PanelRowRef,
  type PricingErrorCode,
  PricingInputError,
} from './pricing-input-error.ts';
export { displayGross } from './quote/display-gross.ts';
export { type Amounts, type PricedLine, sumAmounts } from './quote/money.ts';
export { priceQuote } from './quote/price-quote.ts';
export type {
  AccessoryLine,
  AccessoryPricing,
  BoardMaterial,
  BoardPricing,
  CuttingPricing,
  DiscountPricing,
  EdgeBanding,
  EdgeBandingPricing,
  FeeLine,
  FeePricing,
  HingeHoleSide,
  MaterialPricing,
  MaterialSettings,
  PricingMethod,
  QuoteInput,
  QuoteMaterial,
  QuotePanel,
  QuotePricing,
  QuoteTotals,
  ServiceKind,
  ServicePricing,
  Services,
} from './quote/quote-types.ts';
