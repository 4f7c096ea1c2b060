import { randomUUID } from 'node:crypto';
import { demoCatalog, type Row } from '../src/index.ts';

/** One panel of the document (snake_case, as the function reads it). */
export interface SubmitPanel {
  material_id: string;
  width_mm: number;
  height_mm: number;
  quantity: number;
  label: string | null;
  edge_a_id: string | null;
  edge_b_id: string | null;
  edge_c_id: string | null;
  edge_d_id: string | null;
  hinge_holes: number;
  hinge_hole_side: 'long' | 'short' | null;
  doubling: boolean;
  angle_cut: boolean;
}

/**
 * A `portal_submit_quote` document (the snake_case JSON of the contract) over a demo company's
 * catalog, with amounts that add up: one material with an edge banding and hinge holes, one
 * fee and one accessory line. Tests change what they need.
 */
export function submitDocument(slug: string, overrides: Record<string, unknown> = {}) {
  const catalog = demoCatalog(slug);
  const live = (rows: Row[]) => rows.filter((r) => !r.deleted_at && r.active !== false);
  const id = (rows: Row[]) => String(live(rows)[0]!.id);
  const material = { id: id(catalog.materials) };
  const edge = { id: id(catalog.edge_materials) };
  const accessory = { id: id(catalog.accessories) };
  const fee = { id: id(catalog.feetypes) };
  return {
    portal_quote_id: randomUUID(),
    portal_quote_number: 'PQ-2026-001',
    customer: {
      email: 'kovacs.bela@example.hu',
      name: 'Kovács Béla',
      mobile: '+36 30 123 4567',
      billing: {
        name: 'Kovács Asztalosműhely Kft.',
        country: 'Magyarország',
        city: 'Budapest',
        postal_code: '1111',
        street: 'Fő utca',
        house_number: '1',
        tax_number: '12345678-2-42',
        company_reg_number: null,
      },
    },
    comment: 'Hétfőn viszem',
    currency: 'HUF',
    discount_percent: '0',
    totals: {
      materials: { net: '11640.00', vat: '3142.80', gross: '14782.80' },
      fees: { net: '8000.00', vat: '2160.00', gross: '10160.00' },
      accessories: { net: '3312.00', vat: '894.24', gross: '4206.24' },
      final: '29149.04',
    },
    panels: [
      {
        material_id: material.id,
        width_mm: 720,
        height_mm: 560,
        quantity: 2,
        label: 'Oldal',
        edge_a_id: edge.id,
        edge_b_id: null,
        edge_c_id: edge.id,
        edge_d_id: null,
        hinge_holes: 1,
        hinge_hole_side: 'short',
        doubling: false,
        angle_cut: false,
      },
      {
        material_id: material.id,
        width_mm: 400,
        height_mm: 300,
        quantity: 1,
        label: null,
        edge_a_id: null,
        edge_b_id: null,
        edge_c_id: null,
        edge_d_id: null,
        hinge_holes: 0,
        hinge_hole_side: null,
        doubling: false,
        angle_cut: true,
      },
    ] as SubmitPanel[],
    materials: [
      {
        material_id: material.id,
        board_length_mm: 2800,
        board_width_mm: 2070,
        on_stock: true,
        boards_used: 1,
        usage_percentage: '16.00',
        pricing_method: 'panel_area',
        charged_sqm: '1.0000',
        price_per_sqm: '10000.00',
        vat_rate: '27',
        usage_limit: '0.65',
        waste_multi: '1.2',
        cutting_length_m: '3.00',
        material: { net: '10000.00', vat: '2700.00', gross: '12700.00' },
        edge_materials: { net: '640.00', vat: '172.80', gross: '812.80' },
        cutting: { net: '900.00', vat: '243.00', gross: '1143.00' },
        services: { net: '100.00', vat: '27.00', gross: '127.00' },
        total: { net: '11640.00', vat: '3142.80', gross: '14782.80' },
        edge_breakdown: [
          {
            edge_material_id: edge.id,
            length_m: '2.00',
            price_per_m: '320',
            net: '640.00',
            vat: '172.80',
            gross: '812.80',
          },
        ],
        services_breakdown: [
          {
            service_type: 'hinge_holes',
            quantity: '2',
            unit_price: '50.00',
            net: '100.00',
            vat: '27.00',
            gross: '127.00',
          },
        ],
      },
    ],
    fees: [
      {
        fee_type_id: fee.id,
        name: null,
        quantity: 1,
        unit_price_net: '8000.00',
        vat_rate: '27',
        net: '8000.00',
        vat: '2160.00',
        gross: '10160.00',
      },
    ],
    accessories: [
      {
        accessory_id: accessory.id,
        name: null,
        quantity: 2,
        unit_price_net: '1656',
        vat_rate: '27',
        net: '3312.00',
        vat: '894.24',
        gross: '4206.24',
      },
    ],
    ...overrides,
  };
}

export type SubmitDocument = ReturnType<typeof submitDocument>;
