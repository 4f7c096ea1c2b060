import type {
  BoardSpec,
  CuttingSettings,
  OptimizeOptions,
  OptimizeResult,
} from '../optimizer/optimizer-types.ts';
import type { Amounts, PricedLine } from './money.ts';

/*
 * Inputs are shaped like the company contract's catalog rows (camelCase, money and rates as
 * exact decimal strings, percent for VAT), so a `Material`, `EdgeBanding` or `Services` read
 * through company-link can be passed as it is. Extra fields are ignored.
 */

export interface MaterialSettings extends CuttingSettings {
  /** Multiplier on the placed area of a board priced by panel area, e.g. "1.2". */
  wasteMultiplier: string;
  /** Below this share of a board's area (0–1, e.g. "0.65") the board is priced by panel area. */
  usageLimit: string;
}

/** A board material with its effective settings. */
export interface BoardMaterial extends BoardSpec {
  id: string;
  name: string;
  onStock: boolean;
  /** Net price of a square metre of board. */
  pricePerSqm: string;
  /** VAT percent, e.g. "27". */
  vatRate: string;
  settings: MaterialSettings;
}

export type HingeHoleSide = 'long' | 'short';

/** One row of the cut list. */
export interface QuotePanel {
  id: string;
  label?: string | null;
  /** Laid along the board's length (the grain); sides A and C run along it. */
  widthMm: number;
  /** Laid along the board's width; sides B and D run along it. */
  heightMm: number;
  /** Finished panels ordered (a doubled panel is one finished panel made of two pieces). */
  quantity: number;
  /** Edge banding id per side, or null / absent for a bare edge. */
  edgeBandingA?: string | null;
  edgeBandingB?: string | null;
  edgeBandingC?: string | null;
  edgeBandingD?: string | null;
  /** Hinge holes drilled into each panel (0 when absent). */
  hingeHoles?: number;
  /** Which side the hinge holes go on; carried to the order, not priced. */
  hingeHoleSide?: HingeHoleSide | null;
  /** Two pieces glued into one panel of double thickness. */
  doubling?: boolean;
  angleCut?: boolean;
}

export interface QuoteMaterial {
  material: BoardMaterial;
  panels: QuotePanel[];
}

/** An edge banding as the price rule needs it. */
export interface EdgeBanding {
  id: string;
  /** Net price of a metre. */
  pricePerM: string;
  /** Extra length per banded side, mm. */
  overhangMm: number;
  vatRate: string;
}

/** The company's service prices (the cutting-fee row); its VAT rate applies to all of them. */
export interface Services {
  cuttingFeePerM: string;
  hingeHoleFeePerHole: string;
  doublingFeePerSqm: string;
  angleCutFeePerPanel: string;
  vatRate: string;
}

export interface AccessoryLine {
  /** The line's own id (names it in errors). */
  id: string;
  accessoryId?: string;
  name?: string;
  /** Net unit price (the contract's `unitPriceNet`). */
  unitPriceNet: string;
  quantity: number;
  vatRate: string;
}

export interface FeeLine {
  id: string;
  feeTypeId?: string;
  name?: string;
  /** Net unit price; negative for a discount line. */
  unitPriceNet: string;
  quantity: number;
  vatRate: string;
}

export interface QuoteInput {
  materials: QuoteMaterial[];
  /** Every edge banding a panel references (others are ignored). */
  edgeBandings: EdgeBanding[];
  services: Services;
  accessories?: AccessoryLine[];
  fees?: FeeLine[];
  /** The customer's discount, percent from "0" to "100" (absent: none). */
  discountPercent?: string;
  optimizer?: OptimizeOptions;
}

/** `panel_area`: placed area × waste multiplier; `full_board`: the whole board. */
export type PricingMethod = 'panel_area' | 'full_board';

export interface BoardPricing {
  index: number;
  /** Placed area / board area, 4 decimals. */
  usage: string;
  placedAreaM2: string;
  chargedM2: string;
  pricingMethod: PricingMethod;
}

export interface EdgeBandingPricing extends PricedLine {
  edgeBandingId: string;
  /** Banded sides laid end to end, m. */
  sidesLengthM: string;
  /** Banded sides (pieces of banding), each getting the overhang. */
  sides: number;
  overhangMm: number;
  /** Sides plus overhang: the metres charged. */
  lengthM: string;
  pricePerM: string;
}

export interface CuttingPricing extends PricedLine {
  /** Total guillotine cut length of the layouts, m. */
  lengthM: string;
  feePerM: string;
}

export type ServiceKind = 'hinge_holes' | 'doubling' | 'angle_cut';

export interface ServicePricing extends PricedLine {
  service: ServiceKind;
  /** Holes, m² or panels. */
  quantity: string;
  unit: 'hole' | 'm2' | 'panel';
  unitPrice: string;
}

export interface MaterialPricing {
  materialId: string;
  materialName: string;
  onStock: boolean;
  boardLengthMm: number;
  boardWidthMm: number;
  boardAreaM2: string;
  pricePerSqm: string;
  usageLimit: string;
  wasteMultiplier: string;
  layout: OptimizeResult;
  boardsUsed: number;
  /** Placed area / area of the boards used, 4 decimals. */
  usage: string;
  /** The method of every board, or `mixed`. Not on stock: `full_board`. */
  pricingMethod: PricingMethod | 'mixed' | null;
  boards: BoardPricing[];
  chargedM2: string;
  cutLengthM: string;
  /** The board material line (VAT at the material's rate). */
  materialLine: PricedLine;
  edgeBandingLines: EdgeBandingPricing[];
  edgeBandingTotal: Amounts;
  cuttingLine: CuttingPricing;
  /** Only services that apply (non-zero quantity). */
  serviceLines: ServicePricing[];
  servicesTotal: Amounts;
  /** Material + edge banding + cutting + services. */
  total: Amounts;
}

export interface AccessoryPricing extends PricedLine {
  id: string;
  accessoryId: string | null;
  name: string | null;
  quantity: number;
  unitPriceNet: string;
}

export interface FeePricing extends PricedLine {
  id: string;
  feeTypeId: string | null;
  name: string | null;
  quantity: number;
  unitPriceNet: string;
}

export interface QuoteTotals {
  /** Everything of the cut list: board material, edge banding, cutting, services. */
  materials: Amounts;
  accessories: Amounts;
  fees: Amounts;
  /** All lines. */
  quote: Amounts;
}

export interface DiscountPricing {
  percent: string;
  /** Gross the discount applies to: materials + positive fee and accessory totals. */
  discountableGross: string;
  /** Gross taken off. */
  amount: string;
}

export interface QuotePricing {
  materials: MaterialPricing[];
  accessories: AccessoryPricing[];
  fees: FeePricing[];
  totals: QuoteTotals;
  discount: DiscountPricing;
  /** Gross to pay: `totals.quote.gross` less the discount. */
  finalTotal: string;
}
