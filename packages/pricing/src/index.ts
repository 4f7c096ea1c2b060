export { LIMITS } from './limits.ts';
export {
  DEFAULT_OPTIMIZER_BUDGET,
  firstFitDecreasing,
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
