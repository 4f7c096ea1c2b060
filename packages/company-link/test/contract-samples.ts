// Contract rows as docs/company-contract.md shows them, for unit tests.

export const MATERIAL_ID = '0b3f4bb6-5d54-4c35-9c1a-6b0e2b0a1001';
export const EDGE_BANDING_ID = '0b3f4bb6-5d54-4c35-9c1a-6b0e2b0a2001';
export const ACCESSORY_ID = '0b3f4bb6-5d54-4c35-9c1a-6b0e2b0a3001';

export function materialRowJson(overrides: Record<string, unknown> = {}) {
  return {
    id: MATERIAL_ID,
    name: 'H1145 ST10 Bardolino tölgy natúr',
    brand: { id: '0b3f4bb6-5d54-4c35-9c1a-6b0e2b0a0001', name: 'Egger' },
    group: null,
    length_mm: 2800,
    width_mm: 2070,
    thickness_mm: 18,
    grain_direction: true,
    on_stock: true,
    active: true,
    price_per_sqm: '6540.00',
    base_price: 5450,
    multiplier: '1.20',
    vat_rate: '27',
    currency: 'HUF',
    unit: 'm²',
    image_url: null,
    updated_at: '2026-11-01T10:00:00+00:00',
    settings: {
      kerf_mm: 3,
      trim_top_mm: 0,
      trim_right_mm: 10,
      trim_bottom_mm: 0,
      trim_left_mm: 10,
      rotatable: false,
      waste_multi: '1.2',
      usage_limit: '0.65',
    },
    ...overrides,
  };
}

export function edgeBandingRowJson(overrides: Record<string, unknown> = {}) {
  return {
    id: EDGE_BANDING_ID,
    brand: null,
    type: 'ABS',
    width: 22,
    thickness: '2.00',
    decor: 'H1145',
    price_per_m: '320',
    overhang_mm: 30,
    vat_rate: '27',
    currency: 'HUF',
    active: true,
    favourite_priority: 1,
    updated_at: '2026-11-01T10:00:00+00:00',
    ...overrides,
  };
}

export function accessoryRowJson(overrides: Record<string, unknown> = {}) {
  return {
    id: ACCESSORY_ID,
    name: 'Blum Clip top 110° pánt',
    sku: 'BLUM-71B3550',
    base_price: 1200,
    multiplier: '1.38',
    net_price: 1656,
    unit_price_net: '1656',
    vat_rate: '27',
    currency: 'HUF',
    unit: 'db',
    active: true,
    updated_at: '2026-11-01T10:00:00+00:00',
    ...overrides,
  };
}
