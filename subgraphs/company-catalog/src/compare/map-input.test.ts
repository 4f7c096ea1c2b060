import type { Accessory, EdgeBanding, FeeType, Material } from '@portal/company-link';
import { describe, expect, it } from 'vitest';
import type { PreviewCatalog } from '../preview/preview-catalog.ts';
import { mapInput } from './map-input.ts';

const board = (id: string, name: string, thicknessMm = 18): Material =>
  ({
    id,
    name,
    brand: { id: `brand-${id}`, name: 'Egger' },
    group: null,
    lengthMm: 2800,
    widthMm: 2070,
    thicknessMm,
    grainDirection: false,
    active: true,
  }) as Material;
const band = (id: string, decor: string): EdgeBanding =>
  ({ id, type: 'ABS', widthMm: 22, thicknessMm: '2.00', decor, active: true }) as EdgeBanding;
const accessory = (id: string, sku: string): Accessory =>
  ({ id, name: 'Pánt', sku, unitPriceNet: '100', active: true }) as Accessory;
const fee = (id: string, name: string): FeeType => ({ id, name, netPrice: '1000' }) as FeeType;

const source: PreviewCatalog = {
  version: 'v1',
  services: {} as PreviewCatalog['services'],
  materials: new Map([
    ['m1', board('m1', 'W1000 ST9 Fehér 18 mm')],
    ['m2', board('m2', 'U999 ST2 Fekete 18 mm')],
  ]),
  edgeBandings: new Map([
    ['e1', band('e1', 'W1000')],
    ['e2', band('e2', 'U999')],
  ]),
  accessories: new Map([['a1', accessory('a1', 'BL-1')]]),
  feeTypes: new Map([['f1', fee('f1', 'Kiszállítás')]]),
};
const input = {
  panels: [
    { materialId: 'm1', widthMm: 500, heightMm: 400, quantity: 1, edgeBandingA: 'e1' },
    { materialId: 'm2', widthMm: 500, heightMm: 400, quantity: 1 },
    { materialId: 'm1', widthMm: 300, heightMm: 200, quantity: 2, edgeBandingB: 'e2' },
  ],
  accessories: [{ accessoryId: 'a1', quantity: 2 }],
  fees: [{ feeTypeId: 'f1', quantity: 1 }],
};
const target = {
  materials: [board('T1', 'W1000 ST9 Prémium fehér 18 mm'), board('T9', 'F274 ST9 Beton 18 mm')],
  edgeBandings: [band('TE1', 'w1000')],
  accessories: [accessory('TA1', 'bl-1')],
  feeTypes: [fee('TF1', 'kiszállítás')],
};

describe('mapping a cut list to another company', () => {
  it('maps every row to itself at the source company', () => {
    const mapped = mapInput(input, source, null, []);
    expect(mapped.input).toEqual(input);
    expect(mapped.missing).toEqual([]);
    expect(mapped.matches.every((m) => m.how === 'SAME' && m.sourceId === m.targetId)).toBe(true);
  });

  it('replaces ids by the matches, and leaves out rows whose board or banding is missing', () => {
    const mapped = mapInput(input, source, target, []);
    expect(mapped.input.panels).toEqual([
      { materialId: 'T1', widthMm: 500, heightMm: 400, quantity: 1, edgeBandingA: 'TE1' },
    ]);
    expect(mapped.input.accessories).toEqual([{ accessoryId: 'TA1', quantity: 2 }]);
    expect(mapped.input.fees).toEqual([{ feeTypeId: 'TF1', quantity: 1 }]);
    expect(mapped.missing).toEqual([
      {
        kind: 'MATERIAL',
        sourceId: 'm2',
        sourceName: 'U999 ST2 Fekete 18 mm',
        searched: 'Egger · U999 · 18 mm',
        fields: ['input.panels[1].materialId'],
      },
      {
        kind: 'EDGE_BANDING',
        sourceId: 'e2',
        sourceName: 'ABS-22/2.00-U999',
        searched: 'ABS-22/2.00-U999',
        fields: ['input.panels[2].edgeBandingB'],
      },
    ]);
  });

  it('uses a substitution of the right kind and refuses one of another kind', () => {
    const mapped = mapInput(input, source, target, [
      { index: 0, sourceId: 'm2', target: target.materials[1]! },
      { index: 1, sourceId: 'e2', target: target.materials[0]! },
    ]);
    expect(mapped.invalidSubstitutions).toEqual([{ index: 1, problem: 'WRONG_KIND' }]);
    expect(mapped.input.panels.map((p) => p.materialId)).toEqual(['T1', 'T9']);
    expect(mapped.matches).toContainEqual({
      kind: 'MATERIAL',
      sourceId: 'm2',
      targetId: 'T9',
      how: 'SUBSTITUTED',
    });
    const inactive = mapInput(input, source, target, [
      { index: 0, sourceId: 'm2', target: { ...target.materials[1]!, active: false } },
    ]);
    expect(inactive.invalidSubstitutions).toEqual([{ index: 0, problem: 'INACTIVE' }]);
    const unknown = mapInput(input, source, target, [{ index: 0, sourceId: 'm2', target: null }]);
    expect(unknown.invalidSubstitutions).toEqual([{ index: 0, problem: 'NOT_FOUND' }]);
  });
});
