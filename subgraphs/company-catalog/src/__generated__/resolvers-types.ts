import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CompanyRef, MaterialModel, EdgeBandingModel, LinearMaterialModel, AccessoryModel, FeeModel, ServicesModel } from '../mappers.ts';
import type { CatalogContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * One board's diagram as a JSON object, numbers in mm (see `BoardLayout.diagram`):
   * `{"placements": [[x, y, widthMm, heightMm, rotated, row], …], "cuts": [[x1, y1, x2, y2], …],
   * "labels": {"<row>": "label", …}}` — `rotated` is 0 or 1, `row` the 1-based row of
   * `input.panels`, `labels` only for rows that have one.
   */
  BoardDiagram: { input: { placements: Array<[number, number, number, number, 0 | 1, number]>; cuts: Array<[number, number, number, number]>; labels: Record<string, string> }; output: { placements: Array<[number, number, number, number, 0 | 1, number]>; cuts: Array<[number, number, number, number]>; labels: Record<string, string> }; }
  /** An ISO 8601 date and time with offset, e.g. `2026-11-24T09:30:00.000Z`. */
  DateTime: { input: string; output: string; }
  /** An exact decimal number encoded as a string, e.g. `"12345.50"`. Never a binary float. */
  Decimal: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** Hardware sold per unit by one company. */
export type Accessory = {
  __typename?: 'Accessory';
  /** False when the company has withdrawn it. */
  active: Scalars['Boolean']['output'];
  /** The company whose catalog this accessory belongs to. */
  companyId: Scalars['ID']['output'];
  /** Identifier in the company's catalog. */
  id: Scalars['ID']['output'];
  /** Name, e.g. `Blum Clip top 110° pánt`. */
  name: Scalars['String']['output'];
  /** The company's article number. */
  sku?: Maybe<Scalars['String']['output']>;
  /** Unit of sale, e.g. `db` (piece). */
  unit?: Maybe<Scalars['String']['output']>;
  /** Net price per unit. */
  unitPrice: Money;
  /** Gross price per unit. */
  unitPriceGross: Money;
  /** VAT rate in percent. */
  vatRate: Scalars['Decimal']['output'];
};

/** A page of accessories. */
export type AccessoryConnection = {
  __typename?: 'AccessoryConnection';
  /** The accessories of this page with their cursors. */
  edges: Array<AccessoryEdge>;
  /** The accessories of this page. */
  nodes: Array<Accessory>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many accessories match in all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An accessory with its cursor. */
export type AccessoryEdge = {
  __typename?: 'AccessoryEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The accessory. */
  node: Accessory;
};

/** One board of a material with its layout and how it is charged. */
export type BoardLayout = {
  __typename?: 'BoardLayout';
  /** Area charged for this board, m². */
  chargedM2: Scalars['Decimal']['output'];
  /** Total cut length on this board, m. */
  cutLengthM: Scalars['Decimal']['output'];
  /** The cuts in saw order. */
  cuts: Array<CutSegment>;
  /**
   * The same placements (with labels) and cuts as `placements` and `cuts`, in one compact value
   * (`BoardDiagram`). Select it instead of those two to draw many boards: a 100-panel quote's
   * diagrams are then ~30 values instead of ~1 300 fields to compute, pass through the gateway and
   * parse, which makes the preview several times faster (docs/performance.md).
   */
  diagram: Scalars['BoardDiagram']['output'];
  /** 0-based position among the material's boards. */
  index: Scalars['Int']['output'];
  /** Board length (x), mm. */
  lengthMm: Scalars['Int']['output'];
  /** The material the board is cut from. */
  material: Material;
  /** Free rectangles left, largest first. */
  offcuts: Array<BoardRect>;
  /** Placed panel area, m². */
  placedAreaM2: Scalars['Decimal']['output'];
  /** The panels on this board. */
  placements: Array<PanelPlacement>;
  /** How this board is charged. */
  pricingMethod: PricingMethod;
  /** The board minus its trims; every placement lies inside it. */
  usable: BoardRect;
  /** Placed area / board area, 0–1, 4 decimals. */
  usage: Scalars['Decimal']['output'];
  /** Board width (y), mm. */
  widthMm: Scalars['Int']['output'];
};

/** A rectangle on a board, mm, origin at the board's top-left, x along the board's length. */
export type BoardRect = {
  __typename?: 'BoardRect';
  /** Extent along y, mm. */
  heightMm: Scalars['Int']['output'];
  /** Extent along x, mm. */
  widthMm: Scalars['Int']['output'];
  /** Left edge, mm. */
  x: Scalars['Int']['output'];
  /** Top edge, mm. */
  y: Scalars['Int']['output'];
};

/** A board manufacturer, e.g. Egger or Kronospan. */
export type Brand = {
  __typename?: 'Brand';
  /** Identifier of the brand in the company's catalog. */
  id: Scalars['ID']['output'];
  /** The brand's name. */
  name: Scalars['String']['output'];
};

/** A brand present in the catalog with the number of its active materials. */
export type BrandFacet = {
  __typename?: 'BrandFacet';
  /** The brand. */
  brand: Brand;
  /** How many active materials of this brand the company has. */
  count: Scalars['Int']['output'];
};

/** What kind of catalog row a comparison matched. */
export type CatalogItemKind =
  /** An accessory (`Accessory`). */
  | 'ACCESSORY'
  /** An edge banding (`EdgeBanding`). */
  | 'EDGE_BANDING'
  /** A fee type (`Fee`). */
  | 'FEE'
  /** A board (`Material`). */
  | 'MATERIAL';

/**
 * A company's catalog. Each catalog field is null, with a `COMPANY_UNAVAILABLE` error at its path,
 * when the company's database cannot be reached, is slower than the timeout, refuses the portal's
 * key or answers with garbage; with `NOT_FOUND` when the company is unknown or deactivated; with
 * `BAD_USER_INPUT` (naming the argument in `extensions.field`) when an argument is invalid. Other
 * fields and other companies in the same response are not affected.
 */
export type Company = {
  __typename?: 'Company';
  /** Hardware sold per unit (hinges, handles, runners). */
  accessories?: Maybe<AccessoryConnection>;
  /** Edge bandings sold by the metre. */
  edgeBandings?: Maybe<EdgeBandingConnection>;
  /** Fee types the company can add to a quote; a negative fee is a discount. */
  fees?: Maybe<Array<Fee>>;
  /** Stable identifier of the company. */
  id: Scalars['ID']['output'];
  /** Linear materials such as worktops, sold by the metre. */
  linearMaterials?: Maybe<LinearMaterialConnection>;
  /** The brands and thicknesses present among the active materials, for filter controls. */
  materialFilters?: Maybe<MaterialFilters>;
  /**
   * Boards (chipboard, MDF, HDF) sold by the square metre, by name. Paging: `first` 0–100
   * (default 20), `after` the `endCursor` of the previous page. `search` is at most 200 characters.
   */
  materials?: Maybe<MaterialConnection>;
  /** Cutting and machining fees: cutting per metre, hinge holes, doubling, angle cuts. */
  services?: Maybe<CompanyServices>;
};


/**
 * A company's catalog. Each catalog field is null, with a `COMPANY_UNAVAILABLE` error at its path,
 * when the company's database cannot be reached, is slower than the timeout, refuses the portal's
 * key or answers with garbage; with `NOT_FOUND` when the company is unknown or deactivated; with
 * `BAD_USER_INPUT` (naming the argument in `extensions.field`) when an argument is invalid. Other
 * fields and other companies in the same response are not affected.
 */
export type CompanyAccessoriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/**
 * A company's catalog. Each catalog field is null, with a `COMPANY_UNAVAILABLE` error at its path,
 * when the company's database cannot be reached, is slower than the timeout, refuses the portal's
 * key or answers with garbage; with `NOT_FOUND` when the company is unknown or deactivated; with
 * `BAD_USER_INPUT` (naming the argument in `extensions.field`) when an argument is invalid. Other
 * fields and other companies in the same response are not affected.
 */
export type CompanyEdgeBandingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/**
 * A company's catalog. Each catalog field is null, with a `COMPANY_UNAVAILABLE` error at its path,
 * when the company's database cannot be reached, is slower than the timeout, refuses the portal's
 * key or answers with garbage; with `NOT_FOUND` when the company is unknown or deactivated; with
 * `BAD_USER_INPUT` (naming the argument in `extensions.field`) when an argument is invalid. Other
 * fields and other companies in the same response are not affected.
 */
export type CompanyLinearMaterialsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/**
 * A company's catalog. Each catalog field is null, with a `COMPANY_UNAVAILABLE` error at its path,
 * when the company's database cannot be reached, is slower than the timeout, refuses the portal's
 * key or answers with garbage; with `NOT_FOUND` when the company is unknown or deactivated; with
 * `BAD_USER_INPUT` (naming the argument in `extensions.field`) when an argument is invalid. Other
 * fields and other companies in the same response are not affected.
 */
export type CompanyMaterialsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MaterialFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};

/** One company's side of a comparison. */
export type CompanyComparison = {
  __typename?: 'CompanyComparison';
  /** The company priced here. */
  companyId: Scalars['ID']['output'];
  /** Every source row and what replaced it here (for copying the quote to this company). */
  matches: Array<ComparisonMatch>;
  /** Source rows without an equivalent here. */
  missing: Array<ComparisonMissing>;
  /**
   * The mapped lines priced as `previewQuote` prices them: totals, per-material breakdown and boards
   * used. Null when `UNAVAILABLE` or when nothing could be mapped.
   */
  pricing?: Maybe<QuotePricing>;
  /** Whether `pricing` is the whole quote, part of it, or missing. */
  status: ComparisonStatus;
  /** The substitutions that were applied here (a subset of `matches`). */
  substitutionsUsed: Array<ComparisonMatch>;
  /** Null unless `UNAVAILABLE`. */
  unavailable?: Maybe<ComparisonUnavailable>;
};

/** The company's cutting and machining fees (net), all at one VAT rate. */
export type CompanyServices = {
  __typename?: 'CompanyServices';
  /** Angle cut, per panel. */
  angleCutFeePerPanel: Money;
  /** Angle cut per panel, gross. */
  angleCutFeePerPanelGross: Money;
  /** Cutting, per metre of cut length. */
  cuttingFeePerM: Money;
  /** Cutting per metre, gross (net plus VAT). */
  cuttingFeePerMGross: Money;
  /** Panel doubling (two panels glued), per square metre. */
  doublingFeePerSqm: Money;
  /** Panel doubling per square metre, gross. */
  doublingFeePerSqmGross: Money;
  /** Hinge-hole drilling, per hole. */
  hingeHoleFeePerHole: Money;
  /** Hinge-hole drilling per hole, gross. */
  hingeHoleFeePerHoleGross: Money;
  /** VAT rate of every service, in percent. */
  vatRate: Scalars['Decimal']['output'];
};

/** Use `targetId` of `companyId` wherever the input uses the source company's `sourceId`. */
export type CompareSubstitutionInput = {
  /** A company of `companyIds`. */
  companyId: Scalars['ID']['input'];
  /** A material, edge banding, accessory or fee type id of the input (source company). */
  sourceId: Scalars['ID']['input'];
  /** An active row of the same kind in `companyId`'s catalog. */
  targetId: Scalars['ID']['input'];
};

/** A source row and the company's row used in its place. */
export type ComparisonMatch = {
  __typename?: 'ComparisonMatch';
  /** Same row, matched by the rules, or the caller's substitution. */
  how: MatchMethod;
  /** The kind of both rows. */
  kind: CatalogItemKind;
  /** The source company's row (as used in the input). */
  sourceId: Scalars['ID']['output'];
  /** This company's row used in its place. */
  targetId: Scalars['ID']['output'];
};

/** A source row the company has no equivalent of. */
export type ComparisonMissing = {
  __typename?: 'ComparisonMissing';
  /** The input paths using it, e.g. `input.panels[3].materialId` (these lines are left out). */
  fields: Array<Scalars['String']['output']>;
  /** The kind of the missing row. */
  kind: CatalogItemKind;
  /** What was looked for, e.g. `Egger · H1145 · 18 mm`. */
  searched: Scalars['String']['output'];
  /** The source company's row (as used in the input). */
  sourceId: Scalars['ID']['output'];
  /** The source row's name (a board's name, `ABS-22/2.00-W1000`, an accessory's name). */
  sourceName: Scalars['String']['output'];
};

/** How completely a company could price the compared cut list. */
export type ComparisonStatus =
  /** Some lines have no equivalent (see `missing`); `pricing` covers the rest. */
  | 'INCOMPLETE'
  /** Every line has an equivalent; `pricing` is the whole quote. */
  | 'PRICED'
  /** The company could not be priced (see `unavailable`); `pricing` is null. */
  | 'UNAVAILABLE';

/** Why a company has no price in a comparison. */
export type ComparisonUnavailable = {
  __typename?: 'ComparisonUnavailable';
  /**
   * `COMPANY_UNAVAILABLE` (down, slow past the comparison's timeout, garbage), `NOT_FOUND` (unknown
   * or deactivated company), `CANNOT_PRICE` (e.g. a panel larger than that company's board),
   * `DISCOUNT_UNAVAILABLE` (the portal could not say the caller's discount there).
   */
  code: Scalars['String']['output'];
  /** What happened, for people (never a key or a stack). */
  message: Scalars['String']['output'];
  /** For `COMPANY_UNAVAILABLE`: `timeout`, `network`, `server-error`… */
  reason?: Maybe<Scalars['String']['output']>;
};

/** One straight guillotine cut, edge to edge of the piece it divides. */
export type CutSegment = {
  __typename?: 'CutSegment';
  /** Length, mm. */
  lengthMm: Scalars['Int']['output'];
  /** Start x, mm. */
  x1: Scalars['Int']['output'];
  /** End x, mm. */
  x2: Scalars['Int']['output'];
  /** Start y, mm. */
  y1: Scalars['Int']['output'];
  /** End y, mm. */
  y2: Scalars['Int']['output'];
};

/** Cutting of one material's boards. */
export type CuttingLine = {
  __typename?: 'CuttingLine';
  /** The line's amounts. */
  amounts: QuoteAmounts;
  /** Net fee per metre. */
  feePerM: Money;
  /** Total guillotine cut length of the layouts, m. */
  lengthM: Scalars['Decimal']['output'];
};

/** An edge banding of one company, priced per metre. */
export type EdgeBanding = {
  __typename?: 'EdgeBanding';
  /** False when the company has withdrawn it. */
  active: Scalars['Boolean']['output'];
  /** The manufacturer, when known. */
  brand?: Maybe<Brand>;
  /** The company whose catalog this edge banding belongs to. */
  companyId: Scalars['ID']['output'];
  /** Decor code, e.g. `H1145`. */
  decor: Scalars['String']['output'];
  /** Identifier of the edge banding in the company's catalog. */
  id: Scalars['ID']['output'];
  /** Display name `type-width/thickness-decor`, e.g. `ABS-22/2-H1145`. */
  label: Scalars['String']['output'];
  /** Extra length added per banded side, mm. */
  overhangMm: Scalars['Int']['output'];
  /** Net price per metre. */
  pricePerM: Money;
  /** Gross price per metre. */
  pricePerMGross: Money;
  /** Thickness in millimetres, e.g. `2.00`. */
  thicknessMm: Scalars['Decimal']['output'];
  /** Material type, e.g. `ABS` or `PVC`. */
  type: Scalars['String']['output'];
  /** VAT rate in percent. */
  vatRate: Scalars['Decimal']['output'];
  /** Width in millimetres. */
  widthMm: Scalars['Int']['output'];
};

/** A page of edge bandings. */
export type EdgeBandingConnection = {
  __typename?: 'EdgeBandingConnection';
  /** The edge bandings of this page with their cursors. */
  edges: Array<EdgeBandingEdge>;
  /** The edge bandings of this page. */
  nodes: Array<EdgeBanding>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many edge bandings match in all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge banding with its cursor. */
export type EdgeBandingEdge = {
  __typename?: 'EdgeBandingEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The edge banding. */
  node: EdgeBanding;
};

/** Edge banding of one kind used on one material's panels. */
export type EdgeBandingLine = {
  __typename?: 'EdgeBandingLine';
  /** The line's amounts. */
  amounts: QuoteAmounts;
  /** The edge banding. */
  edgeBanding: EdgeBanding;
  /** Metres charged: sides plus overhang. */
  lengthM: Scalars['Decimal']['output'];
  /** Extra length per banded side, mm. */
  overhangMm: Scalars['Int']['output'];
  /** Net price per metre. */
  pricePerM: Money;
  /** Banded sides (pieces of banding), each getting the overhang. */
  sides: Scalars['Int']['output'];
  /** Banded sides laid end to end, m. */
  sidesLengthM: Scalars['Decimal']['output'];
};

/** A fee type of one company, e.g. delivery; a negative price is a discount. */
export type Fee = {
  __typename?: 'Fee';
  /** The company whose catalog this fee belongs to. */
  companyId: Scalars['ID']['output'];
  /** Identifier in the company's catalog. */
  id: Scalars['ID']['output'];
  /** Name, e.g. `Szállítás`. */
  name: Scalars['String']['output'];
  /** Net price per unit; negative for a discount. */
  unitPrice: Money;
  /** Gross price per unit. */
  unitPriceGross: Money;
  /** VAT rate in percent. */
  vatRate: Scalars['Decimal']['output'];
};

/** The side of a panel its hinge holes are drilled along. */
export type HingeHoleSide =
  /** A long side (hosszú). */
  | 'LONG'
  /** A short side (rövid). */
  | 'SHORT';

/** A linear material of one company (worktop, wall panel), priced per metre. */
export type LinearMaterial = {
  __typename?: 'LinearMaterial';
  /** False when the company has withdrawn it. */
  active: Scalars['Boolean']['output'];
  /** The manufacturer, when known. */
  brand?: Maybe<Brand>;
  /** The company whose catalog this item belongs to. */
  companyId: Scalars['ID']['output'];
  /** Identifier in the company's catalog. */
  id: Scalars['ID']['output'];
  /** Length in millimetres. */
  lengthMm: Scalars['Int']['output'];
  /** Name, e.g. `Egger F032 ST78 munkalap`. */
  name: Scalars['String']['output'];
  /** Whether the company keeps it on stock. */
  onStock: Scalars['Boolean']['output'];
  /** Net price per metre. */
  pricePerM: Money;
  /** Gross price per metre. */
  pricePerMGross: Money;
  /** Thickness in millimetres. */
  thicknessMm: Scalars['Int']['output'];
  /** Kind, e.g. `munkalap` (worktop). */
  type?: Maybe<Scalars['String']['output']>;
  /** VAT rate in percent. */
  vatRate: Scalars['Decimal']['output'];
  /** Width in millimetres. */
  widthMm: Scalars['Int']['output'];
};

/** A page of linear materials. */
export type LinearMaterialConnection = {
  __typename?: 'LinearMaterialConnection';
  /** The linear materials of this page with their cursors. */
  edges: Array<LinearMaterialEdge>;
  /** The linear materials of this page. */
  nodes: Array<LinearMaterial>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many linear materials match in all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A linear material with its cursor. */
export type LinearMaterialEdge = {
  __typename?: 'LinearMaterialEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The linear material. */
  node: LinearMaterial;
};

/** How a company's row was chosen for a source row. */
export type MatchMethod =
  /** Found by the matching rules. */
  | 'MATCHED'
  /** The source company itself: the same row. */
  | 'SAME'
  /** Chosen by the caller in `substitutions`. */
  | 'SUBSTITUTED';

/** A board material of one company. */
export type Material = {
  __typename?: 'Material';
  /** False when the company has withdrawn the material; it cannot be used in new quotes. */
  active: Scalars['Boolean']['output'];
  /** The manufacturer, when known. */
  brand?: Maybe<Brand>;
  /** The company whose catalog this material belongs to. */
  companyId: Scalars['ID']['output'];
  /** Whether the decor has a grain direction (panels then keep their orientation). */
  grainDirection: Scalars['Boolean']['output'];
  /** The material group, when set. */
  group?: Maybe<MaterialGroup>;
  /** Identifier of the material in the company's catalog. */
  id: Scalars['ID']['output'];
  /** Picture of the decor, when the company has one. */
  imageUrl?: Maybe<Scalars['String']['output']>;
  /** Board length in millimetres. */
  lengthMm: Scalars['Int']['output'];
  /** Name with decor, e.g. `H1145 ST10 Bardolino tölgy natúr`. */
  name: Scalars['String']['output'];
  /** Whether the company keeps the board on stock (priced per used area) or orders it (whole boards). */
  onStock: Scalars['Boolean']['output'];
  /** Net price per square metre. */
  pricePerSqm: Money;
  /** Gross price per square metre (net plus VAT). */
  pricePerSqmGross: Money;
  /** Effective cutting settings. */
  settings: MaterialSettings;
  /** Board thickness in millimetres. */
  thicknessMm: Scalars['Int']['output'];
  /** Unit of sale, e.g. `m²`. */
  unit?: Maybe<Scalars['String']['output']>;
  /** When the company last changed this material. */
  updatedAt: Scalars['DateTime']['output'];
  /** VAT rate in percent, e.g. `27`. */
  vatRate: Scalars['Decimal']['output'];
  /** Board width in millimetres. */
  widthMm: Scalars['Int']['output'];
};

/** A page of materials. */
export type MaterialConnection = {
  __typename?: 'MaterialConnection';
  /** The materials of this page with their cursors. */
  edges: Array<MaterialEdge>;
  /** The materials of this page. */
  nodes: Array<Material>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many materials match in all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A material with its cursor. */
export type MaterialEdge = {
  __typename?: 'MaterialEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The material. */
  node: Material;
};

/** Filters for a company's materials; all given conditions must hold. */
export type MaterialFilter = {
  /** Only materials of these brands. */
  brandIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only materials on stock (true) or not on stock (false). */
  onStock?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only materials of these thicknesses, in millimetres. */
  thicknesses?: InputMaybe<Array<Scalars['Int']['input']>>;
};

/** Values available to filter a company's materials by. */
export type MaterialFilters = {
  __typename?: 'MaterialFilters';
  /** Brands with active materials, by name. */
  brands: Array<BrandFacet>;
  /** Thicknesses of active materials in millimetres, ascending. */
  thicknesses: Array<Scalars['Int']['output']>;
};

/** A material group of the company's catalog, e.g. laminated chipboard. */
export type MaterialGroup = {
  __typename?: 'MaterialGroup';
  /** Identifier of the group in the company's catalog. */
  id: Scalars['ID']['output'];
  /** The group's name. */
  name: Scalars['String']['output'];
};

/** Everything priced for one material: boards, banding, cutting, services. */
export type MaterialPricing = {
  __typename?: 'MaterialPricing';
  /** Area of one board, m². */
  boardAreaM2: Scalars['Decimal']['output'];
  /** Board length, mm. */
  boardLengthMm: Scalars['Int']['output'];
  /** The board material line. */
  boardMaterial: QuoteAmounts;
  /** Board width, mm. */
  boardWidthMm: Scalars['Int']['output'];
  /** The boards with their layouts, for the diagrams. */
  boards: Array<BoardLayout>;
  /** No layout can use fewer boards than this (area bound). */
  boardsLowerBound: Scalars['Int']['output'];
  /** How many boards the layout uses. */
  boardsUsed: Scalars['Int']['output'];
  /** Area charged, m². */
  chargedM2: Scalars['Decimal']['output'];
  /** Total cut length, m. */
  cutLengthM: Scalars['Decimal']['output'];
  /** The cutting line. */
  cutting: CuttingLine;
  /** Sum of the edge banding lines. */
  edgeBandingTotal: QuoteAmounts;
  /** Edge banding lines, one per edge banding. */
  edgeBandings: Array<EdgeBandingLine>;
  /** The material as the catalog has it now. */
  material: Material;
  /** Pieces laid out (doubled panels count twice). */
  pieceCount: Scalars['Int']['output'];
  /** Net price per m² used. */
  pricePerSqm: Money;
  /** How the board material is charged; MIXED when boards differ. */
  pricingMethod?: Maybe<PricingMethod>;
  /** Services that apply (non-zero quantity). */
  services: Array<ServiceLine>;
  /** Sum of the service lines. */
  servicesTotal: QuoteAmounts;
  /** Board material + edge banding + cutting + services. */
  total: QuoteAmounts;
  /** Placed area / area of the boards used, 4 decimals. */
  usage: Scalars['Decimal']['output'];
  /** Usage limit applied (0–1). */
  usageLimit: Scalars['Decimal']['output'];
  /** Waste multiplier applied to panel area. */
  wasteMultiplier: Scalars['Decimal']['output'];
};

/** The effective cutting settings of a material (its own, else its group's, else the defaults). */
export type MaterialSettings = {
  __typename?: 'MaterialSettings';
  /** Blade width lost at every cut, mm. */
  kerfMm: Scalars['Int']['output'];
  /** Whether panels may be rotated (never when the material has a grain direction). */
  rotatable: Scalars['Boolean']['output'];
  /** Margin cut off the bottom side of each board, mm. */
  trimBottomMm: Scalars['Int']['output'];
  /** Margin cut off the left side of each board, mm. */
  trimLeftMm: Scalars['Int']['output'];
  /** Margin cut off the right side of each board, mm. */
  trimRightMm: Scalars['Int']['output'];
  /** Margin cut off the top side of each board, mm. */
  trimTopMm: Scalars['Int']['output'];
  /** Below this share of a board used, the board is charged by panel area, else whole. */
  usageLimit: Scalars['Decimal']['output'];
  /** Multiplier of the placed area when a board is charged by panel area. */
  wasteMultiplier: Scalars['Decimal']['output'];
};

/** An amount of money in a currency, exact to the cent. */
export type Money = {
  __typename?: 'Money';
  /** The amount as an exact decimal string with two decimals, e.g. `"6540.00"`. */
  amount: Scalars['Decimal']['output'];
  /** The currency name from the company's catalog, e.g. `HUF`. */
  currency: Scalars['String']['output'];
};

/** Relay-style paging information of a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item of this page; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more items follow the last one of this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether items precede the first one of this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item of this page; null when the page is empty. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** One panel placed on a board. */
export type PanelPlacement = {
  __typename?: 'PanelPlacement';
  /** Extent along y as placed, mm. */
  heightMm: Scalars['Int']['output'];
  /** The panel's label, when it has one. */
  label?: Maybe<Scalars['String']['output']>;
  /** True when the panel's `widthMm` runs along y. */
  rotated: Scalars['Boolean']['output'];
  /** The 1-based row of `input.panels` this piece belongs to. */
  row: Scalars['Int']['output'];
  /** Extent along x as placed, mm. */
  widthMm: Scalars['Int']['output'];
  /** Left edge, mm. */
  x: Scalars['Int']['output'];
  /** Top edge, mm. */
  y: Scalars['Int']['output'];
};

/** One priced accessory line. */
export type PricedAccessoryLine = {
  __typename?: 'PricedAccessoryLine';
  /** The accessory. */
  accessory: Accessory;
  /** The line's amounts. */
  amounts: QuoteAmounts;
  /** Units. */
  quantity: Scalars['Int']['output'];
  /** The 1-based row of `input.accessories`. */
  row: Scalars['Int']['output'];
  /** Net price per unit. */
  unitPrice: Money;
};

/** One priced fee line. */
export type PricedFeeLine = {
  __typename?: 'PricedFeeLine';
  /** The line's amounts. */
  amounts: QuoteAmounts;
  /** The fee type. */
  fee: Fee;
  /** Units. */
  quantity: Scalars['Int']['output'];
  /** The 1-based row of `input.fees`. */
  row: Scalars['Int']['output'];
  /** Net price per unit; negative for a discount. */
  unitPrice: Money;
};

/** How the board material of a material (or of one board) is charged. */
export type PricingMethod =
  /** The whole board (used at or above the usage limit, or a material not on stock). */
  | 'FULL_BOARD'
  /** Some boards by panel area, others whole. */
  | 'MIXED'
  /** Placed panel area times the waste multiplier (a board used below the usage limit). */
  | 'PANEL_AREA';

export type Query = {
  __typename?: 'Query';
  /**
   * Prices one cut list, written against `sourceCompanyId`'s catalog, at up to 5 companies at once
   * (docs/compare.md). Every board, edge banding, accessory and fee is mapped to each company's
   * equivalent (board: brand + decor code + thickness; edge banding: type + width + thickness +
   * decor; accessory: SKU, else name; fee: name), or to the caller's `substitutions`; what has no
   * equivalent is reported under `missing` and left out of that company's price. Each company is
   * priced exactly as `previewQuote` would (the caller's discount there included), all companies in
   * parallel; one that is down, slow or unknown is `UNAVAILABLE` with a code, the others still
   * answer. Errors: `BAD_USER_INPUT` for the input (as `previewQuote`, ids must be the source
   * company's), more than 5 or repeated `companyIds`, or a substitution naming an id of the wrong
   * company; `NOT_FOUND` / `COMPANY_UNAVAILABLE` when the source company itself cannot be read.
   */
  compareQuote: QuoteComparison;
  /**
   * Prices an unsaved cut list with the company's current catalog: the boards of every material
   * laid out (placements and cuts for the diagrams) and the full price breakdown. Nothing is saved.
   * Prices come only from the catalog; the input carries none. Errors: `BAD_USER_INPUT` with
   * `extensions.field` naming the input path (e.g. `input.panels[3].quantity`) for an invalid
   * value, an unknown or withdrawn catalog id, a panel larger than its board or a limit exceeded
   * (the saved draft's limits: at most 1000 panel rows, 200 accessory and 100 fee lines; and
   * 10 000 pieces a material and 50 000 a quote; `extensions.limit` holds the number); `NOT_FOUND`
   * for an unknown or deactivated company; `COMPANY_UNAVAILABLE` when the company cannot be
   * reached. Catalog reads are cached by the company's catalog version, which is checked at most
   * every few seconds. The signed-in customer's discount at the company (set by the company, never
   * part of the input) is applied exactly as on a saved quote.
   */
  previewQuote: QuotePricing;
};


export type QueryCompareQuoteArgs = {
  companyIds: Array<Scalars['ID']['input']>;
  input: QuoteInput;
  sourceCompanyId: Scalars['ID']['input'];
  substitutions?: InputMaybe<Array<CompareSubstitutionInput>>;
};


export type QueryPreviewQuoteArgs = {
  companyId: Scalars['ID']['input'];
  input: QuoteInput;
};

/** An accessory line of a quote. */
export type QuoteAccessoryInput = {
  /** An active `Accessory.id` of this company. */
  accessoryId: Scalars['ID']['input'];
  /** Units, 1–10 000. */
  quantity: Scalars['Int']['input'];
};

/** Net, VAT and gross of one priced line or of a total. */
export type QuoteAmounts = {
  __typename?: 'QuoteAmounts';
  /** Net plus VAT. */
  gross: Money;
  /** Net amount, rounded half-up to the cent. */
  net: Money;
  /** VAT, computed from the rounded net and rounded half-up to the cent. */
  vat: Money;
  /** VAT rate in percent used for a line; null for a total over several lines. */
  vatRate?: Maybe<Scalars['Decimal']['output']>;
};

/** One cut list priced at several companies. */
export type QuoteComparison = {
  __typename?: 'QuoteComparison';
  /** One entry per requested company, in the order asked. */
  companies: Array<CompanyComparison>;
  /** The company whose ids the input used. */
  sourceCompanyId: Scalars['ID']['output'];
};

/** The customer's discount as applied. */
export type QuoteDiscount = {
  __typename?: 'QuoteDiscount';
  /** Gross taken off. */
  amount: Money;
  /** Gross the discount applies to: materials plus positive fee and accessory totals. */
  discountableGross: Money;
  /** Percent, 0–100: the signed-in customer's discount at the company (0 for anyone else, and for a customer not connected to it). */
  percent: Scalars['Decimal']['output'];
};

/** A fee line of a quote. */
export type QuoteFeeInput = {
  /** A `Fee.id` of this company. */
  feeTypeId: Scalars['ID']['input'];
  /** Units, 1–10 000. */
  quantity: Scalars['Int']['input'];
};

/** An unsaved quote to price: panels to cut, accessories and fee lines. It carries no prices. */
export type QuoteInput = {
  /** Hardware sold per unit (at most 200 lines). */
  accessories?: InputMaybe<Array<QuoteAccessoryInput>>;
  /** Fee lines such as delivery; a negative fee type is a discount (at most 100 lines). */
  fees?: InputMaybe<Array<QuoteFeeInput>>;
  /** The cut list, one row per panel size (at most 1000 rows). */
  panels: Array<QuotePanelInput>;
};

/** One row of the cut list. */
export type QuotePanelInput = {
  /** The panel gets an angle cut. */
  angleCut?: InputMaybe<Scalars['Boolean']['input']>;
  /** Two pieces glued into one panel of double thickness (cut twice, banded once). */
  doubling?: InputMaybe<Scalars['Boolean']['input']>;
  /** Edge banding on side A (an active `EdgeBanding.id`), or null for a bare edge. */
  edgeBandingA?: InputMaybe<Scalars['ID']['input']>;
  /** Edge banding on side B, or null. */
  edgeBandingB?: InputMaybe<Scalars['ID']['input']>;
  /** Edge banding on side C, or null. */
  edgeBandingC?: InputMaybe<Scalars['ID']['input']>;
  /** Edge banding on side D, or null. */
  edgeBandingD?: InputMaybe<Scalars['ID']['input']>;
  /** Side laid along the board's width, mm, 1–10 000; edge sides B and D run along it. */
  heightMm: Scalars['Int']['input'];
  /** Which side the hinge holes go on; carried to the order, not priced. */
  hingeHoleSide?: InputMaybe<HingeHoleSide>;
  /** Hinge holes drilled into each panel, 0–10. */
  hingeHoles?: InputMaybe<Scalars['Int']['input']>;
  /** The customer's name for the panel, shown on the diagrams. */
  label?: InputMaybe<Scalars['String']['input']>;
  /** The board material (a `Material.id` of this company, active). */
  materialId: Scalars['ID']['input'];
  /** Finished panels wanted, 1–10 000. */
  quantity: Scalars['Int']['input'];
  /** Side laid along the board's length (the grain), mm, 1–10 000; edge sides A and C run along it. */
  widthMm: Scalars['Int']['input'];
};

/** A priced quote: layouts and the full breakdown, computed on the server from the catalog. */
export type QuotePricing = {
  __typename?: 'QuotePricing';
  /** Accessory lines, in input order. */
  accessories: Array<PricedAccessoryLine>;
  /**
   * Every board of the quote, material by material (the same boards as `materials.boards`; select
   * the diagrams in either place, both fit the gateway's cost limit).
   */
  boards: Array<BoardLayout>;
  /** The company's catalog version the prices come from (`portal_catalog_version()`). */
  catalogVersion: Scalars['String']['output'];
  /** The company whose catalog priced it. */
  companyId: Scalars['ID']['output'];
  /** Currency of every amount (the company's service currency), e.g. `HUF`. */
  currency: Scalars['String']['output'];
  /** The discount applied. */
  discount: QuoteDiscount;
  /** Fee lines, in input order. */
  fees: Array<PricedFeeLine>;
  /** Gross to pay: the quote's gross less the discount. */
  finalTotal: Money;
  /** Per material, in order of first appearance in the cut list. */
  materials: Array<MaterialPricing>;
  /** When the quote was priced. */
  pricedAt: Scalars['DateTime']['output'];
  /** Totals by category. */
  totals: QuotePricingTotals;
};

/** Totals of a priced quote, by category. */
export type QuotePricingTotals = {
  __typename?: 'QuotePricingTotals';
  /** All accessory lines. */
  accessories: QuoteAmounts;
  /** Board material of all materials. */
  boardMaterial: QuoteAmounts;
  /** Cutting of all materials. */
  cutting: QuoteAmounts;
  /** Edge banding of all materials. */
  edgeBanding: QuoteAmounts;
  /** All fee lines. */
  fees: QuoteAmounts;
  /** Everything of the cut list: board material, edge banding, cutting and services. */
  materials: QuoteAmounts;
  /** All lines. */
  quote: QuoteAmounts;
  /** Services of all materials. */
  services: QuoteAmounts;
};

/** A machining service. */
export type ServiceKind =
  /** Angle cut, per panel. */
  | 'ANGLE_CUT'
  /** Panel doubling, per m². */
  | 'DOUBLING'
  /** Hinge-hole drilling, per hole. */
  | 'HINGE_HOLES';

/** One service on one material's panels. */
export type ServiceLine = {
  __typename?: 'ServiceLine';
  /** The line's amounts. */
  amounts: QuoteAmounts;
  /** Holes, m² or panels. */
  quantity: Scalars['Decimal']['output'];
  /** Which service. */
  service: ServiceKind;
  /** `hole`, `m2` or `panel`. */
  unit: Scalars['String']['output'];
  /** Net price per unit. */
  unitPrice: Money;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Accessory: Accessory;
  Company: Company;
  EdgeBanding: EdgeBanding;
  Fee: Fee;
  LinearMaterial: LinearMaterial;
  Material: Material;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Accessory:
    ( { __typename: 'Accessory' }
    & GraphQLRecursivePick<FederationTypes['Accessory'], {"companyId":true,"id":true}> );
  Company:
    ( { __typename: 'Company' }
    & GraphQLRecursivePick<FederationTypes['Company'], {"id":true}> );
  EdgeBanding:
    ( { __typename: 'EdgeBanding' }
    & GraphQLRecursivePick<FederationTypes['EdgeBanding'], {"companyId":true,"id":true}> );
  Fee:
    ( { __typename: 'Fee' }
    & GraphQLRecursivePick<FederationTypes['Fee'], {"companyId":true,"id":true}> );
  LinearMaterial:
    ( { __typename: 'LinearMaterial' }
    & GraphQLRecursivePick<FederationTypes['LinearMaterial'], {"companyId":true,"id":true}> );
  Material:
    ( { __typename: 'Material' }
    & GraphQLRecursivePick<FederationTypes['Material'], {"companyId":true,"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Accessory: ResolverTypeWrapper<AccessoryModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AccessoryConnection: ResolverTypeWrapper<Omit<AccessoryConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['AccessoryEdge']>, nodes: Array<ResolversTypes['Accessory']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AccessoryEdge: ResolverTypeWrapper<Omit<AccessoryEdge, 'node'> & { node: ResolversTypes['Accessory'] }>;
  BoardDiagram: ResolverTypeWrapper<Scalars['BoardDiagram']['output']>;
  BoardLayout: ResolverTypeWrapper<Omit<BoardLayout, 'material'> & { material: ResolversTypes['Material'] }>;
  BoardRect: ResolverTypeWrapper<BoardRect>;
  Brand: ResolverTypeWrapper<Brand>;
  BrandFacet: ResolverTypeWrapper<BrandFacet>;
  CatalogItemKind: CatalogItemKind;
  Company: ResolverTypeWrapper<CompanyRef>;
  CompanyComparison: ResolverTypeWrapper<Omit<CompanyComparison, 'pricing'> & { pricing?: Maybe<ResolversTypes['QuotePricing']> }>;
  CompanyServices: ResolverTypeWrapper<ServicesModel>;
  CompareSubstitutionInput: CompareSubstitutionInput;
  ComparisonMatch: ResolverTypeWrapper<ComparisonMatch>;
  ComparisonMissing: ResolverTypeWrapper<ComparisonMissing>;
  ComparisonStatus: ComparisonStatus;
  ComparisonUnavailable: ResolverTypeWrapper<ComparisonUnavailable>;
  CutSegment: ResolverTypeWrapper<CutSegment>;
  CuttingLine: ResolverTypeWrapper<CuttingLine>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  EdgeBanding: ResolverTypeWrapper<EdgeBandingModel>;
  EdgeBandingConnection: ResolverTypeWrapper<Omit<EdgeBandingConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['EdgeBandingEdge']>, nodes: Array<ResolversTypes['EdgeBanding']> }>;
  EdgeBandingEdge: ResolverTypeWrapper<Omit<EdgeBandingEdge, 'node'> & { node: ResolversTypes['EdgeBanding'] }>;
  EdgeBandingLine: ResolverTypeWrapper<Omit<EdgeBandingLine, 'edgeBanding'> & { edgeBanding: ResolversTypes['EdgeBanding'] }>;
  Fee: ResolverTypeWrapper<FeeModel>;
  HingeHoleSide: HingeHoleSide;
  LinearMaterial: ResolverTypeWrapper<LinearMaterialModel>;
  LinearMaterialConnection: ResolverTypeWrapper<Omit<LinearMaterialConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['LinearMaterialEdge']>, nodes: Array<ResolversTypes['LinearMaterial']> }>;
  LinearMaterialEdge: ResolverTypeWrapper<Omit<LinearMaterialEdge, 'node'> & { node: ResolversTypes['LinearMaterial'] }>;
  MatchMethod: MatchMethod;
  Material: ResolverTypeWrapper<MaterialModel>;
  MaterialConnection: ResolverTypeWrapper<Omit<MaterialConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['MaterialEdge']>, nodes: Array<ResolversTypes['Material']> }>;
  MaterialEdge: ResolverTypeWrapper<Omit<MaterialEdge, 'node'> & { node: ResolversTypes['Material'] }>;
  MaterialFilter: MaterialFilter;
  MaterialFilters: ResolverTypeWrapper<MaterialFilters>;
  MaterialGroup: ResolverTypeWrapper<MaterialGroup>;
  MaterialPricing: ResolverTypeWrapper<Omit<MaterialPricing, 'boards' | 'edgeBandings' | 'material'> & { boards: Array<ResolversTypes['BoardLayout']>, edgeBandings: Array<ResolversTypes['EdgeBandingLine']>, material: ResolversTypes['Material'] }>;
  MaterialSettings: ResolverTypeWrapper<MaterialSettings>;
  Money: ResolverTypeWrapper<Money>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PanelPlacement: ResolverTypeWrapper<PanelPlacement>;
  PricedAccessoryLine: ResolverTypeWrapper<Omit<PricedAccessoryLine, 'accessory'> & { accessory: ResolversTypes['Accessory'] }>;
  PricedFeeLine: ResolverTypeWrapper<Omit<PricedFeeLine, 'fee'> & { fee: ResolversTypes['Fee'] }>;
  PricingMethod: PricingMethod;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  QuoteAccessoryInput: QuoteAccessoryInput;
  QuoteAmounts: ResolverTypeWrapper<QuoteAmounts>;
  QuoteComparison: ResolverTypeWrapper<Omit<QuoteComparison, 'companies'> & { companies: Array<ResolversTypes['CompanyComparison']> }>;
  QuoteDiscount: ResolverTypeWrapper<QuoteDiscount>;
  QuoteFeeInput: QuoteFeeInput;
  QuoteInput: QuoteInput;
  QuotePanelInput: QuotePanelInput;
  QuotePricing: ResolverTypeWrapper<Omit<QuotePricing, 'accessories' | 'boards' | 'fees' | 'materials'> & { accessories: Array<ResolversTypes['PricedAccessoryLine']>, boards: Array<ResolversTypes['BoardLayout']>, fees: Array<ResolversTypes['PricedFeeLine']>, materials: Array<ResolversTypes['MaterialPricing']> }>;
  QuotePricingTotals: ResolverTypeWrapper<QuotePricingTotals>;
  ServiceKind: ServiceKind;
  ServiceLine: ResolverTypeWrapper<ServiceLine>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Accessory: AccessoryModel;
  Boolean: Scalars['Boolean']['output'];
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  AccessoryConnection: Omit<AccessoryConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['AccessoryEdge']>, nodes: Array<ResolversParentTypes['Accessory']> };
  Int: Scalars['Int']['output'];
  AccessoryEdge: Omit<AccessoryEdge, 'node'> & { node: ResolversParentTypes['Accessory'] };
  BoardDiagram: Scalars['BoardDiagram']['output'];
  BoardLayout: Omit<BoardLayout, 'material'> & { material: ResolversParentTypes['Material'] };
  BoardRect: BoardRect;
  Brand: Brand;
  BrandFacet: BrandFacet;
  Company: CompanyRef;
  CompanyComparison: Omit<CompanyComparison, 'pricing'> & { pricing?: Maybe<ResolversParentTypes['QuotePricing']> };
  CompanyServices: ServicesModel;
  CompareSubstitutionInput: CompareSubstitutionInput;
  ComparisonMatch: ComparisonMatch;
  ComparisonMissing: ComparisonMissing;
  ComparisonUnavailable: ComparisonUnavailable;
  CutSegment: CutSegment;
  CuttingLine: CuttingLine;
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  EdgeBanding: EdgeBandingModel;
  EdgeBandingConnection: Omit<EdgeBandingConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['EdgeBandingEdge']>, nodes: Array<ResolversParentTypes['EdgeBanding']> };
  EdgeBandingEdge: Omit<EdgeBandingEdge, 'node'> & { node: ResolversParentTypes['EdgeBanding'] };
  EdgeBandingLine: Omit<EdgeBandingLine, 'edgeBanding'> & { edgeBanding: ResolversParentTypes['EdgeBanding'] };
  Fee: FeeModel;
  LinearMaterial: LinearMaterialModel;
  LinearMaterialConnection: Omit<LinearMaterialConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['LinearMaterialEdge']>, nodes: Array<ResolversParentTypes['LinearMaterial']> };
  LinearMaterialEdge: Omit<LinearMaterialEdge, 'node'> & { node: ResolversParentTypes['LinearMaterial'] };
  Material: MaterialModel;
  MaterialConnection: Omit<MaterialConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['MaterialEdge']>, nodes: Array<ResolversParentTypes['Material']> };
  MaterialEdge: Omit<MaterialEdge, 'node'> & { node: ResolversParentTypes['Material'] };
  MaterialFilter: MaterialFilter;
  MaterialFilters: MaterialFilters;
  MaterialGroup: MaterialGroup;
  MaterialPricing: Omit<MaterialPricing, 'boards' | 'edgeBandings' | 'material'> & { boards: Array<ResolversParentTypes['BoardLayout']>, edgeBandings: Array<ResolversParentTypes['EdgeBandingLine']>, material: ResolversParentTypes['Material'] };
  MaterialSettings: MaterialSettings;
  Money: Money;
  PageInfo: PageInfo;
  PanelPlacement: PanelPlacement;
  PricedAccessoryLine: Omit<PricedAccessoryLine, 'accessory'> & { accessory: ResolversParentTypes['Accessory'] };
  PricedFeeLine: Omit<PricedFeeLine, 'fee'> & { fee: ResolversParentTypes['Fee'] };
  Query: Record<PropertyKey, never>;
  QuoteAccessoryInput: QuoteAccessoryInput;
  QuoteAmounts: QuoteAmounts;
  QuoteComparison: Omit<QuoteComparison, 'companies'> & { companies: Array<ResolversParentTypes['CompanyComparison']> };
  QuoteDiscount: QuoteDiscount;
  QuoteFeeInput: QuoteFeeInput;
  QuoteInput: QuoteInput;
  QuotePanelInput: QuotePanelInput;
  QuotePricing: Omit<QuotePricing, 'accessories' | 'boards' | 'fees' | 'materials'> & { accessories: Array<ResolversParentTypes['PricedAccessoryLine']>, boards: Array<ResolversParentTypes['BoardLayout']>, fees: Array<ResolversParentTypes['PricedFeeLine']>, materials: Array<ResolversParentTypes['MaterialPricing']> };
  QuotePricingTotals: QuotePricingTotals;
  ServiceLine: ServiceLine;
}>;

export type AccessoryResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Accessory'] = ResolversParentTypes['Accessory'], FederationReferenceType extends FederationReferenceTypes['Accessory'] = FederationReferenceTypes['Accessory']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Accessory']> | FederationReferenceType, FederationReferenceType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  companyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sku?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  unitPriceGross?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  vatRate?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type AccessoryConnectionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['AccessoryConnection'] = ResolversParentTypes['AccessoryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AccessoryEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Accessory']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AccessoryEdgeResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['AccessoryEdge'] = ResolversParentTypes['AccessoryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Accessory'], ParentType, ContextType>;
}>;

export interface BoardDiagramScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['BoardDiagram'], any> {
  name: 'BoardDiagram';
}

export type BoardLayoutResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['BoardLayout'] = ResolversParentTypes['BoardLayout']> = ResolversObject<{
  chargedM2?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  cutLengthM?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  cuts?: Resolver<Array<ResolversTypes['CutSegment']>, ParentType, ContextType>;
  diagram?: Resolver<ResolversTypes['BoardDiagram'], ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lengthMm?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  material?: Resolver<ResolversTypes['Material'], ParentType, ContextType>;
  offcuts?: Resolver<Array<ResolversTypes['BoardRect']>, ParentType, ContextType>;
  placedAreaM2?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  placements?: Resolver<Array<ResolversTypes['PanelPlacement']>, ParentType, ContextType>;
  pricingMethod?: Resolver<ResolversTypes['PricingMethod'], ParentType, ContextType>;
  usable?: Resolver<ResolversTypes['BoardRect'], ParentType, ContextType>;
  usage?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  widthMm?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type BoardRectResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['BoardRect'] = ResolversParentTypes['BoardRect']> = ResolversObject<{
  heightMm?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  widthMm?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  x?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  y?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type BrandResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Brand'] = ResolversParentTypes['Brand']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type BrandFacetResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['BrandFacet'] = ResolversParentTypes['BrandFacet']> = ResolversObject<{
  brand?: Resolver<ResolversTypes['Brand'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CompanyResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Company'] = ResolversParentTypes['Company'], FederationReferenceType extends FederationReferenceTypes['Company'] = FederationReferenceTypes['Company']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Company']> | FederationReferenceType, FederationReferenceType, ContextType>;
  accessories?: Resolver<Maybe<ResolversTypes['AccessoryConnection']>, ParentType, ContextType, RequireFields<CompanyAccessoriesArgs, 'first'>>;
  edgeBandings?: Resolver<Maybe<ResolversTypes['EdgeBandingConnection']>, ParentType, ContextType, RequireFields<CompanyEdgeBandingsArgs, 'first'>>;
  fees?: Resolver<Maybe<Array<ResolversTypes['Fee']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  linearMaterials?: Resolver<Maybe<ResolversTypes['LinearMaterialConnection']>, ParentType, ContextType, RequireFields<CompanyLinearMaterialsArgs, 'first'>>;
  materialFilters?: Resolver<Maybe<ResolversTypes['MaterialFilters']>, ParentType, ContextType>;
  materials?: Resolver<Maybe<ResolversTypes['MaterialConnection']>, ParentType, ContextType, RequireFields<CompanyMaterialsArgs, 'first'>>;
  services?: Resolver<Maybe<ResolversTypes['CompanyServices']>, ParentType, ContextType>;
}>;

export type CompanyComparisonResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['CompanyComparison'] = ResolversParentTypes['CompanyComparison']> = ResolversObject<{
  companyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  matches?: Resolver<Array<ResolversTypes['ComparisonMatch']>, ParentType, ContextType>;
  missing?: Resolver<Array<ResolversTypes['ComparisonMissing']>, ParentType, ContextType>;
  pricing?: Resolver<Maybe<ResolversTypes['QuotePricing']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ComparisonStatus'], ParentType, ContextType>;
  substitutionsUsed?: Resolver<Array<ResolversTypes['ComparisonMatch']>, ParentType, ContextType>;
  unavailable?: Resolver<Maybe<ResolversTypes['ComparisonUnavailable']>, ParentType, ContextType>;
}>;

export type CompanyServicesResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['CompanyServices'] = ResolversParentTypes['CompanyServices']> = ResolversObject<{
  angleCutFeePerPanel?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  angleCutFeePerPanelGross?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  cuttingFeePerM?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  cuttingFeePerMGross?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  doublingFeePerSqm?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  doublingFeePerSqmGross?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  hingeHoleFeePerHole?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  hingeHoleFeePerHoleGross?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  vatRate?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type ComparisonMatchResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ComparisonMatch'] = ResolversParentTypes['ComparisonMatch']> = ResolversObject<{
  how?: Resolver<ResolversTypes['MatchMethod'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CatalogItemKind'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  targetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ComparisonMissingResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ComparisonMissing'] = ResolversParentTypes['ComparisonMissing']> = ResolversObject<{
  fields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CatalogItemKind'], ParentType, ContextType>;
  searched?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sourceName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ComparisonUnavailableResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ComparisonUnavailable'] = ResolversParentTypes['ComparisonUnavailable']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CutSegmentResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['CutSegment'] = ResolversParentTypes['CutSegment']> = ResolversObject<{
  lengthMm?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  x1?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  x2?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  y1?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  y2?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CuttingLineResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['CuttingLine'] = ResolversParentTypes['CuttingLine']> = ResolversObject<{
  amounts?: Resolver<ResolversTypes['QuoteAmounts'], ParentType, ContextType>;
  feePerM?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  lengthM?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type EdgeBandingResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['EdgeBanding'] = ResolversParentTypes['EdgeBanding'], FederationReferenceType extends FederationReferenceTypes['EdgeBanding'] = FederationReferenceTypes['EdgeBanding']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['EdgeBanding']> | FederationReferenceType, FederationReferenceType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  brand?: Resolver<Maybe<ResolversTypes['Brand']>, ParentType, ContextType>;
  companyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  decor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  overhangMm?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pricePerM?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  pricePerMGross?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  thicknessMm?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  vatRate?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  widthMm?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EdgeBandingConnectionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['EdgeBandingConnection'] = ResolversParentTypes['EdgeBandingConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['EdgeBandingEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['EdgeBanding']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EdgeBandingEdgeResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['EdgeBandingEdge'] = ResolversParentTypes['EdgeBandingEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['EdgeBanding'], ParentType, ContextType>;
}>;

export type EdgeBandingLineResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['EdgeBandingLine'] = ResolversParentTypes['EdgeBandingLine']> = ResolversObject<{
  amounts?: Resolver<ResolversTypes['QuoteAmounts'], ParentType, ContextType>;
  edgeBanding?: Resolver<ResolversTypes['EdgeBanding'], ParentType, ContextType>;
  lengthM?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  overhangMm?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pricePerM?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  sides?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sidesLengthM?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type FeeResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Fee'] = ResolversParentTypes['Fee'], FederationReferenceType extends FederationReferenceTypes['Fee'] = FederationReferenceTypes['Fee']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Fee']> | FederationReferenceType, FederationReferenceType, ContextType>;
  companyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  unitPriceGross?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  vatRate?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type LinearMaterialResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['LinearMaterial'] = ResolversParentTypes['LinearMaterial'], FederationReferenceType extends FederationReferenceTypes['LinearMaterial'] = FederationReferenceTypes['LinearMaterial']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['LinearMaterial']> | FederationReferenceType, FederationReferenceType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  brand?: Resolver<Maybe<ResolversTypes['Brand']>, ParentType, ContextType>;
  companyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lengthMm?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  onStock?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  pricePerM?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  pricePerMGross?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  thicknessMm?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  vatRate?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  widthMm?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LinearMaterialConnectionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['LinearMaterialConnection'] = ResolversParentTypes['LinearMaterialConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['LinearMaterialEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['LinearMaterial']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LinearMaterialEdgeResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['LinearMaterialEdge'] = ResolversParentTypes['LinearMaterialEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['LinearMaterial'], ParentType, ContextType>;
}>;

export type MaterialResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Material'] = ResolversParentTypes['Material'], FederationReferenceType extends FederationReferenceTypes['Material'] = FederationReferenceTypes['Material']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Material']> | FederationReferenceType, FederationReferenceType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  brand?: Resolver<Maybe<ResolversTypes['Brand']>, ParentType, ContextType>;
  companyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  grainDirection?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  group?: Resolver<Maybe<ResolversTypes['MaterialGroup']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  imageUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lengthMm?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  onStock?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  pricePerSqm?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  pricePerSqmGross?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  settings?: Resolver<ResolversTypes['MaterialSettings'], ParentType, ContextType>;
  thicknessMm?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  vatRate?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  widthMm?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MaterialConnectionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['MaterialConnection'] = ResolversParentTypes['MaterialConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MaterialEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Material']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MaterialEdgeResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['MaterialEdge'] = ResolversParentTypes['MaterialEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Material'], ParentType, ContextType>;
}>;

export type MaterialFiltersResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['MaterialFilters'] = ResolversParentTypes['MaterialFilters']> = ResolversObject<{
  brands?: Resolver<Array<ResolversTypes['BrandFacet']>, ParentType, ContextType>;
  thicknesses?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type MaterialGroupResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['MaterialGroup'] = ResolversParentTypes['MaterialGroup']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MaterialPricingResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['MaterialPricing'] = ResolversParentTypes['MaterialPricing']> = ResolversObject<{
  boardAreaM2?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  boardLengthMm?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  boardMaterial?: Resolver<ResolversTypes['QuoteAmounts'], ParentType, ContextType>;
  boardWidthMm?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  boards?: Resolver<Array<ResolversTypes['BoardLayout']>, ParentType, ContextType>;
  boardsLowerBound?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  boardsUsed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  chargedM2?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  cutLengthM?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  cutting?: Resolver<ResolversTypes['CuttingLine'], ParentType, ContextType>;
  edgeBandingTotal?: Resolver<ResolversTypes['QuoteAmounts'], ParentType, ContextType>;
  edgeBandings?: Resolver<Array<ResolversTypes['EdgeBandingLine']>, ParentType, ContextType>;
  material?: Resolver<ResolversTypes['Material'], ParentType, ContextType>;
  pieceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pricePerSqm?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  pricingMethod?: Resolver<Maybe<ResolversTypes['PricingMethod']>, ParentType, ContextType>;
  services?: Resolver<Array<ResolversTypes['ServiceLine']>, ParentType, ContextType>;
  servicesTotal?: Resolver<ResolversTypes['QuoteAmounts'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['QuoteAmounts'], ParentType, ContextType>;
  usage?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  usageLimit?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  wasteMultiplier?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type MaterialSettingsResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['MaterialSettings'] = ResolversParentTypes['MaterialSettings']> = ResolversObject<{
  kerfMm?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rotatable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  trimBottomMm?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  trimLeftMm?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  trimRightMm?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  trimTopMm?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  usageLimit?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  wasteMultiplier?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type MoneyResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PanelPlacementResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['PanelPlacement'] = ResolversParentTypes['PanelPlacement']> = ResolversObject<{
  heightMm?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rotated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  widthMm?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  x?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  y?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PricedAccessoryLineResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['PricedAccessoryLine'] = ResolversParentTypes['PricedAccessoryLine']> = ResolversObject<{
  accessory?: Resolver<ResolversTypes['Accessory'], ParentType, ContextType>;
  amounts?: Resolver<ResolversTypes['QuoteAmounts'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type PricedFeeLineResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['PricedFeeLine'] = ResolversParentTypes['PricedFeeLine']> = ResolversObject<{
  amounts?: Resolver<ResolversTypes['QuoteAmounts'], ParentType, ContextType>;
  fee?: Resolver<ResolversTypes['Fee'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  compareQuote?: Resolver<ResolversTypes['QuoteComparison'], ParentType, ContextType, RequireFields<QueryCompareQuoteArgs, 'companyIds' | 'input' | 'sourceCompanyId'>>;
  previewQuote?: Resolver<ResolversTypes['QuotePricing'], ParentType, ContextType, RequireFields<QueryPreviewQuoteArgs, 'companyId' | 'input'>>;
}>;

export type QuoteAmountsResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['QuoteAmounts'] = ResolversParentTypes['QuoteAmounts']> = ResolversObject<{
  gross?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  net?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  vat?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  vatRate?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
}>;

export type QuoteComparisonResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['QuoteComparison'] = ResolversParentTypes['QuoteComparison']> = ResolversObject<{
  companies?: Resolver<Array<ResolversTypes['CompanyComparison']>, ParentType, ContextType>;
  sourceCompanyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type QuoteDiscountResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['QuoteDiscount'] = ResolversParentTypes['QuoteDiscount']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  discountableGross?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  percent?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type QuotePricingResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['QuotePricing'] = ResolversParentTypes['QuotePricing']> = ResolversObject<{
  accessories?: Resolver<Array<ResolversTypes['PricedAccessoryLine']>, ParentType, ContextType>;
  boards?: Resolver<Array<ResolversTypes['BoardLayout']>, ParentType, ContextType>;
  catalogVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  companyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  discount?: Resolver<ResolversTypes['QuoteDiscount'], ParentType, ContextType>;
  fees?: Resolver<Array<ResolversTypes['PricedFeeLine']>, ParentType, ContextType>;
  finalTotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  materials?: Resolver<Array<ResolversTypes['MaterialPricing']>, ParentType, ContextType>;
  pricedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['QuotePricingTotals'], ParentType, ContextType>;
}>;

export type QuotePricingTotalsResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['QuotePricingTotals'] = ResolversParentTypes['QuotePricingTotals']> = ResolversObject<{
  accessories?: Resolver<ResolversTypes['QuoteAmounts'], ParentType, ContextType>;
  boardMaterial?: Resolver<ResolversTypes['QuoteAmounts'], ParentType, ContextType>;
  cutting?: Resolver<ResolversTypes['QuoteAmounts'], ParentType, ContextType>;
  edgeBanding?: Resolver<ResolversTypes['QuoteAmounts'], ParentType, ContextType>;
  fees?: Resolver<ResolversTypes['QuoteAmounts'], ParentType, ContextType>;
  materials?: Resolver<ResolversTypes['QuoteAmounts'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['QuoteAmounts'], ParentType, ContextType>;
  services?: Resolver<ResolversTypes['QuoteAmounts'], ParentType, ContextType>;
}>;

export type ServiceLineResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ServiceLine'] = ResolversParentTypes['ServiceLine']> = ResolversObject<{
  amounts?: Resolver<ResolversTypes['QuoteAmounts'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  service?: Resolver<ResolversTypes['ServiceKind'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = CatalogContext> = ResolversObject<{
  Accessory?: AccessoryResolvers<ContextType>;
  AccessoryConnection?: AccessoryConnectionResolvers<ContextType>;
  AccessoryEdge?: AccessoryEdgeResolvers<ContextType>;
  BoardDiagram?: GraphQLScalarType;
  BoardLayout?: BoardLayoutResolvers<ContextType>;
  BoardRect?: BoardRectResolvers<ContextType>;
  Brand?: BrandResolvers<ContextType>;
  BrandFacet?: BrandFacetResolvers<ContextType>;
  Company?: CompanyResolvers<ContextType>;
  CompanyComparison?: CompanyComparisonResolvers<ContextType>;
  CompanyServices?: CompanyServicesResolvers<ContextType>;
  ComparisonMatch?: ComparisonMatchResolvers<ContextType>;
  ComparisonMissing?: ComparisonMissingResolvers<ContextType>;
  ComparisonUnavailable?: ComparisonUnavailableResolvers<ContextType>;
  CutSegment?: CutSegmentResolvers<ContextType>;
  CuttingLine?: CuttingLineResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  EdgeBanding?: EdgeBandingResolvers<ContextType>;
  EdgeBandingConnection?: EdgeBandingConnectionResolvers<ContextType>;
  EdgeBandingEdge?: EdgeBandingEdgeResolvers<ContextType>;
  EdgeBandingLine?: EdgeBandingLineResolvers<ContextType>;
  Fee?: FeeResolvers<ContextType>;
  LinearMaterial?: LinearMaterialResolvers<ContextType>;
  LinearMaterialConnection?: LinearMaterialConnectionResolvers<ContextType>;
  LinearMaterialEdge?: LinearMaterialEdgeResolvers<ContextType>;
  Material?: MaterialResolvers<ContextType>;
  MaterialConnection?: MaterialConnectionResolvers<ContextType>;
  MaterialEdge?: MaterialEdgeResolvers<ContextType>;
  MaterialFilters?: MaterialFiltersResolvers<ContextType>;
  MaterialGroup?: MaterialGroupResolvers<ContextType>;
  MaterialPricing?: MaterialPricingResolvers<ContextType>;
  MaterialSettings?: MaterialSettingsResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PanelPlacement?: PanelPlacementResolvers<ContextType>;
  PricedAccessoryLine?: PricedAccessoryLineResolvers<ContextType>;
  PricedFeeLine?: PricedFeeLineResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  QuoteAmounts?: QuoteAmountsResolvers<ContextType>;
  QuoteComparison?: QuoteComparisonResolvers<ContextType>;
  QuoteDiscount?: QuoteDiscountResolvers<ContextType>;
  QuotePricing?: QuotePricingResolvers<ContextType>;
  QuotePricingTotals?: QuotePricingTotalsResolvers<ContextType>;
  ServiceLine?: ServiceLineResolvers<ContextType>;
}>;

