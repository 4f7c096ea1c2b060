import { z } from 'zod';

/**
 * The company contract, version 2 (docs/company-contract.md): the `portal_*` functions and the
 * JSON they return, parsed at the boundary into camelCase models. Money and rates stay exact
 * decimal strings; timestamps become ISO strings in UTC.
 */
export const CONTRACT_VERSION = 2;

export type ContractFunction =
  | 'portal_contract_version'
  | 'portal_catalog_version'
  | 'portal_materials_by_ids'
  | 'portal_materials_search'
  | 'portal_material_filters'
  | 'portal_edge_bandings_by_ids'
  | 'portal_edge_bandings_search'
  | 'portal_linear_materials_by_ids'
  | 'portal_linear_materials_search'
  | 'portal_accessories_by_ids'
  | 'portal_accessories_search'
  | 'portal_services'
  | 'portal_fee_types_by_ids'
  | 'portal_fee_types_search'
  | 'portal_submit_quote'
  | 'portal_order_updates';

/** Page size bounds of every `*_search` function. */
export const SEARCH_LIMIT_MAX = 500;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

const uuid = z.string().regex(UUID, 'expected a uuid');
const decimal = z.string().regex(/^-?\d+(\.\d+)?$/, 'expected an exact decimal string');
const int = z.number().int();
const timestamp = z
  .string()
  .refine((s) => !Number.isNaN(Date.parse(s)), 'expected a timestamp')
  .transform((s) => new Date(s).toISOString());
/** A key the contract allows to be null; an absent key reads as null too. */
const nullable = <T extends z.ZodType>(schema: T) =>
  schema.nullish().transform((v): z.output<T> | null => v ?? null);

const namedRef = z.object({ id: uuid, name: z.string() });

const materialSettingsRow = z
  .object({
    kerf_mm: int,
    trim_top_mm: int,
    trim_right_mm: int,
    trim_bottom_mm: int,
    trim_left_mm: int,
    rotatable: z.boolean(),
    waste_multi: decimal,
    usage_limit: decimal,
  })
  .transform((r) => ({
    kerfMm: r.kerf_mm,
    trimTopMm: r.trim_top_mm,
    trimRightMm: r.trim_right_mm,
    trimBottomMm: r.trim_bottom_mm,
    trimLeftMm: r.trim_left_mm,
    rotatable: r.rotatable,
    wasteMultiplier: r.waste_multi,
    usageLimit: r.usage_limit,
  }));

export const materialRow = z
  .object({
    id: uuid,
    name: z.string(),
    brand: nullable(namedRef),
    group: nullable(namedRef),
    length_mm: int,
    width_mm: int,
    thickness_mm: int,
    grain_direction: z.boolean(),
    on_stock: z.boolean(),
    active: z.boolean(),
    price_per_sqm: decimal,
    base_price: nullable(z.number()),
    multiplier: nullable(decimal),
    vat_rate: decimal,
    currency: z.string(),
    unit: nullable(z.string()),
    image_url: nullable(z.string()),
    updated_at: timestamp,
    settings: materialSettingsRow,
  })
  .transform((r) => ({
    id: r.id,
    name: r.name,
    brand: r.brand,
    group: r.group,
    lengthMm: r.length_mm,
    widthMm: r.width_mm,
    thicknessMm: r.thickness_mm,
    grainDirection: r.grain_direction,
    onStock: r.on_stock,
    active: r.active,
    pricePerSqm: r.price_per_sqm,
    basePrice: r.base_price,
    multiplier: r.multiplier,
    vatRate: r.vat_rate,
    currency: r.currency,
    unit: r.unit,
    imageUrl: r.image_url,
    updatedAt: r.updated_at,
    settings: r.settings,
  }));

export const edgeBandingRow = z
  .object({
    id: uuid,
    brand: nullable(namedRef),
    type: z.string(),
    width: int,
    thickness: decimal,
    decor: z.string(),
    price_per_m: decimal,
    overhang_mm: int,
    vat_rate: decimal,
    currency: z.string(),
    active: z.boolean(),
    favourite_priority: nullable(int),
    updated_at: timestamp,
  })
  .transform((r) => ({
    id: r.id,
    brand: r.brand,
    type: r.type,
    widthMm: r.width,
    thicknessMm: r.thickness,
    decor: r.decor,
    pricePerM: r.price_per_m,
    overhangMm: r.overhang_mm,
    vatRate: r.vat_rate,
    currency: r.currency,
    active: r.active,
    favouritePriority: r.favourite_priority,
    updatedAt: r.updated_at,
  }));

export const linearMaterialRow = z
  .object({
    id: uuid,
    name: z.string(),
    brand: nullable(namedRef),
    type: nullable(z.string()),
    width: int,
    length: int,
    thickness: int,
    price_per_m: decimal,
    on_stock: z.boolean(),
    active: z.boolean(),
    vat_rate: decimal,
    currency: z.string(),
    updated_at: timestamp,
  })
  .transform((r) => ({
    id: r.id,
    name: r.name,
    brand: r.brand,
    type: r.type,
    widthMm: r.width,
    lengthMm: r.length,
    thicknessMm: r.thickness,
    pricePerM: r.price_per_m,
    onStock: r.on_stock,
    active: r.active,
    vatRate: r.vat_rate,
    currency: r.currency,
    updatedAt: r.updated_at,
  }));

export const accessoryRow = z
  .object({
    id: uuid,
    name: z.string(),
    sku: nullable(z.string()),
    base_price: nullable(z.number()),
    multiplier: nullable(decimal),
    net_price: nullable(z.number()),
    unit_price_net: decimal,
    vat_rate: decimal,
    currency: z.string(),
    unit: nullable(z.string()),
    active: z.boolean(),
    updated_at: timestamp,
  })
  .transform((r) => ({
    id: r.id,
    name: r.name,
    sku: r.sku,
    basePrice: r.base_price,
    multiplier: r.multiplier,
    netPrice: r.net_price,
    unitPriceNet: r.unit_price_net,
    vatRate: r.vat_rate,
    currency: r.currency,
    unit: r.unit,
    active: r.active,
    updatedAt: r.updated_at,
  }));

export const feeTypeRow = z
  .object({
    id: uuid,
    name: z.string(),
    net_price: decimal,
    vat_rate: decimal,
    currency: z.string(),
    updated_at: timestamp,
  })
  .transform((r) => ({
    id: r.id,
    name: r.name,
    netPrice: r.net_price,
    vatRate: r.vat_rate,
    currency: r.currency,
    updatedAt: r.updated_at,
  }));

export const servicesRow = z
  .object({
    cutting_fee_per_m: decimal,
    hinge_hole_fee_per_hole: decimal,
    doubling_fee_per_sqm: decimal,
    angle_cut_fee_per_panel: decimal,
    vat_rate: decimal,
    currency: z.string(),
  })
  .transform((r) => ({
    cuttingFeePerM: r.cutting_fee_per_m,
    hingeHoleFeePerHole: r.hinge_hole_fee_per_hole,
    doublingFeePerSqm: r.doubling_fee_per_sqm,
    angleCutFeePerPanel: r.angle_cut_fee_per_panel,
    vatRate: r.vat_rate,
    currency: r.currency,
  }));

export const materialFiltersRow = z
  .object({
    brands: z.array(z.object({ id: uuid, name: z.string(), count: int })),
    thicknesses: z.array(int),
  })
  .transform((r) => ({ brands: r.brands, thicknesses: r.thicknesses }));

export const contractVersionRow = z.object({ version: int }).transform((r) => r.version);
export const catalogVersionRow = z.object({ version: z.string() }).transform((r) => r.version);

export function searchResultRow<T extends z.ZodType>(item: T) {
  return z
    .object({ total_count: int.nonnegative(), items: z.array(item) })
    .transform((r) => ({ totalCount: r.total_count, items: r.items as z.output<T>[] }));
}

export type Material = z.output<typeof materialRow>;
export type MaterialSettings = Material['settings'];
export type NamedRef = z.output<typeof namedRef>;
export type EdgeBanding = z.output<typeof edgeBandingRow>;
export type LinearMaterial = z.output<typeof linearMaterialRow>;
export type Accessory = z.output<typeof accessoryRow>;
export type FeeType = z.output<typeof feeTypeRow>;
export type Services = z.output<typeof servicesRow>;
export type MaterialFilters = z.output<typeof materialFiltersRow>;

/** One page of a `*_search` function. */
export interface SearchResult<T> {
  totalCount: number;
  items: T[];
}

/** Arguments shared by every `*_search` function; absent means the contract's default. */
export interface SearchArgs {
  /** Case-insensitive substring; null or empty means everything. */
  search?: string | null;
  /** 1–500 (default 50). */
  limit?: number;
  /** ≥ 0 (default 0). */
  offset?: number;
}

export interface MaterialSearchArgs extends SearchArgs {
  brandIds?: string[] | null;
  thicknesses?: number[] | null;
  onStock?: boolean | null;
}

/*
 * Submission (contract version 2): `portal_submit_quote(p_quote jsonb)`. The portal builds the
 * document in camelCase; `submitQuoteDocument` checks it and turns it into the snake_case JSON
 * the function reads (docs/company-contract.md, "Submitting a quote").
 */

const amounts = z.object({ net: decimal, vat: decimal, gross: decimal });
const positiveInt = int.min(1).max(10_000);
const nullableUuid = uuid.nullable();

const submitPanel = z
  .object({
    materialId: uuid,
    widthMm: positiveInt,
    heightMm: positiveInt,
    quantity: positiveInt,
    label: z.string().max(255).nullable(),
    edgeAId: nullableUuid,
    edgeBId: nullableUuid,
    edgeCId: nullableUuid,
    edgeDId: nullableUuid,
    hingeHoles: int.min(0).max(10),
    hingeHoleSide: z.enum(['long', 'short']).nullable(),
    doubling: z.boolean(),
    angleCut: z.boolean(),
  })
  .transform((p) => ({
    material_id: p.materialId,
    width_mm: p.widthMm,
    height_mm: p.heightMm,
    quantity: p.quantity,
    label: p.label,
    edge_a_id: p.edgeAId,
    edge_b_id: p.edgeBId,
    edge_c_id: p.edgeCId,
    edge_d_id: p.edgeDId,
    hinge_holes: p.hingeHoles,
    hinge_hole_side: p.hingeHoleSide,
    doubling: p.doubling,
    angle_cut: p.angleCut,
  }));

const submitMaterial = z
  .object({
    materialId: uuid,
    boardLengthMm: int.min(1),
    boardWidthMm: int.min(1),
    onStock: z.boolean(),
    boardsUsed: int.min(0),
    /** Percent with two decimals, e.g. "78.35". */
    usagePercentage: decimal,
    pricingMethod: z.enum(['panel_area', 'full_board', 'mixed']),
    chargedSqm: decimal,
    pricePerSqm: decimal,
    /** VAT percent, e.g. "27" (the company stores 0.27). */
    vatRate: decimal,
    usageLimit: decimal,
    wasteMulti: decimal,
    cuttingLengthM: decimal,
    material: amounts,
    edgeMaterials: amounts,
    cutting: amounts,
    services: amounts,
    total: amounts,
    edgeBreakdown: z.array(
      amounts.extend({ edgeMaterialId: uuid, lengthM: decimal, pricePerM: decimal }),
    ),
    servicesBreakdown: z.array(
      amounts.extend({
        serviceType: z.enum(['hinge_holes', 'doubling', 'angle_cut']),
        quantity: decimal,
        unitPrice: decimal,
      }),
    ),
  })
  .transform((m) => ({
    material_id: m.materialId,
    board_length_mm: m.boardLengthMm,
    board_width_mm: m.boardWidthMm,
    on_stock: m.onStock,
    boards_used: m.boardsUsed,
    usage_percentage: m.usagePercentage,
    pricing_method: m.pricingMethod,
    charged_sqm: m.chargedSqm,
    price_per_sqm: m.pricePerSqm,
    vat_rate: m.vatRate,
    usage_limit: m.usageLimit,
    waste_multi: m.wasteMulti,
    cutting_length_m: m.cuttingLengthM,
    material: m.material,
    edge_materials: m.edgeMaterials,
    cutting: m.cutting,
    services: m.services,
    total: m.total,
    edge_breakdown: m.edgeBreakdown.map((e) => ({
      edge_material_id: e.edgeMaterialId,
      length_m: e.lengthM,
      price_per_m: e.pricePerM,
      net: e.net,
      vat: e.vat,
      gross: e.gross,
    })),
    services_breakdown: m.servicesBreakdown.map((s) => ({
      service_type: s.serviceType,
      quantity: s.quantity,
      unit_price: s.unitPrice,
      net: s.net,
      vat: s.vat,
      gross: s.gross,
    })),
  }));

const submitLine = amounts.extend({
  name: z.string().max(255).nullable(),
  quantity: positiveInt,
  unitPriceNet: decimal,
  vatRate: decimal,
});

const billing = z
  .object({
    name: z.string().nullable(),
    country: z.string().nullable(),
    city: z.string().nullable(),
    postalCode: z.string().nullable(),
    street: z.string().nullable(),
    houseNumber: z.string().nullable(),
    taxNumber: z.string().nullable(),
    companyRegNumber: z.string().nullable(),
  })
  .transform((b) => ({
    name: b.name,
    country: b.country,
    city: b.city,
    postal_code: b.postalCode,
    street: b.street,
    house_number: b.houseNumber,
    tax_number: b.taxNumber,
    company_reg_number: b.companyRegNumber,
  }));

/** The document of `portal_submit_quote`, camelCase in, the function's snake_case JSON out. */
export const submitQuoteDocument = z
  .object({
    portalQuoteId: uuid,
    portalQuoteNumber: z.string().min(1).max(50),
    customer: z.object({
      email: z.string().min(3).max(254),
      name: z.string().min(1).max(200),
      mobile: z.string().max(40).nullable(),
      billing: billing.nullable(),
    }),
    comment: z.string().max(2000).nullable(),
    currency: z.string().min(1).max(10),
    discountPercent: decimal,
    totals: z.object({ materials: amounts, fees: amounts, accessories: amounts, final: decimal }),
    panels: z.array(submitPanel).min(1).max(1000),
    materials: z.array(submitMaterial).min(1),
    fees: z.array(submitLine.extend({ feeTypeId: uuid })).max(100),
    accessories: z.array(submitLine.extend({ accessoryId: uuid })).max(200),
  })
  .transform((q) => ({
    portal_quote_id: q.portalQuoteId,
    portal_quote_number: q.portalQuoteNumber,
    customer: q.customer,
    comment: q.comment,
    currency: q.currency,
    discount_percent: q.discountPercent,
    totals: q.totals,
    panels: q.panels,
    materials: q.materials,
    fees: q.fees.map((f) => ({
      fee_type_id: f.feeTypeId,
      name: f.name,
      quantity: f.quantity,
      unit_price_net: f.unitPriceNet,
      vat_rate: f.vatRate,
      net: f.net,
      vat: f.vat,
      gross: f.gross,
    })),
    accessories: q.accessories.map((a) => ({
      accessory_id: a.accessoryId,
      name: a.name,
      quantity: a.quantity,
      unit_price_net: a.unitPriceNet,
      vat_rate: a.vatRate,
      net: a.net,
      vat: a.vat,
      gross: a.gross,
    })),
  }));

/** What the portal sends to submit a quote (camelCase; see `submitQuoteDocument`). */
export type SubmitQuotePayload = z.input<typeof submitQuoteDocument>;

/** The company quote a portal quote became: new (`created`) or found from an earlier call. */
export const submitQuoteResultRow = z
  .object({
    quote_id: uuid,
    quote_number: z.string().min(1),
    customer_id: nullableUuid,
    submitted_at: timestamp,
    created: z.boolean(),
  })
  .transform((r) => ({
    quoteId: r.quote_id,
    quoteNumber: r.quote_number,
    customerId: r.customer_id,
    submittedAt: r.submitted_at,
    created: r.created,
  }));

export type SubmitQuoteResult = z.output<typeof submitQuoteResultRow>;

/** SQLSTATEs `portal_submit_quote` raises on purpose (HTTP 400 through PostgREST). */
export const SUBMIT_QUOTE_ERRORS = {
  invalidDocument: '22023',
  unknownMaterial: 'PS001',
  unknownEdgeMaterial: 'PS002',
  unknownAccessory: 'PS003',
  unknownFeeType: 'PS004',
  systemUserMissing: 'PS010',
} as const;
