import type { EdgeBanding, Material } from '@portal/company-link';
import { describe, expect, it } from 'vitest';
import {
  accessoryKey,
  decorCode,
  describeMaterialKey,
  edgeBandingKey,
  feeKey,
  indexBy,
  matchByKey,
  matchMaterial,
  materialKey,
  normalize,
} from './material-match.ts';

let n = 0;
function material(over: Partial<Material> & { name: string }): Material {
  n++;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    brand: { id: `b${n}`, name: 'Egger' },
    group: null,
    lengthMm: 2800,
    widthMm: 2070,
    thicknessMm: 18,
    grainDirection: true,
    onStock: true,
    active: true,
    pricePerSqm: '5000.00',
    basePrice: null,
    multiplier: null,
    vatRate: '27',
    currency: 'HUF',
    unit: null,
    imageUrl: null,
    updatedAt: '2026-01-01T00:00:00.000Z',
    settings: {} as Material['settings'],
    ...over,
  };
}

function edge(over: Partial<EdgeBanding>): EdgeBanding {
  return {
    id: 'e',
    brand: null,
    type: 'ABS',
    widthMm: 22,
    thicknessMm: '2.00',
    decor: 'W1000',
    pricePerM: '300',
    overhangMm: 20,
    vatRate: '27',
    currency: 'HUF',
    active: true,
    favouritePriority: null,
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...over,
  };
}

describe('material matching across companies', () => {
  it('reads the decor code from the names the catalogs use', () => {
    expect(decorCode('H1145 ST10 Bardolino tölgy natúr 18 mm')).toBe('H1145');
    expect(decorCode('MDF W1000 ST9 Prémium fehér 18 mm')).toBe('W1000');
    expect(decorCode('0101 PE Fehér 25 mm')).toBe('0101');
    expect(decorCode('k001 pw Sonoma tölgy 16 mm')).toBe('K001');
    expect(decorCode('H1145 ST10 Bardolino 18 mm (2070×2800)')).toBe('H1145');
    // No decor: thickness words and plain words are not codes.
    expect(decorCode('HDF nyers 8 mm')).toBeNull();
    expect(decorCode('Nyers forgácslap 18 mm')).toBeNull();
    expect(decorCode('Nyers MDF 1000 mm')).toBeNull();
  });

  it('keys a board by brand, decor code and thickness, ignoring case, spaces and the rest', () => {
    const a = material({ name: 'H1145 ST10 Bardolino tölgy natúr 18 mm' });
    const b = material({
      name: '  h1145   st10 bardolino TÖLGY 18 mm',
      brand: { id: 'other', name: ' EGGER ' },
    });
    expect(materialKey(a)).toBe('egger|decor:H1145|18');
    expect(materialKey(b)).toBe(materialKey(a));
    expect(materialKey({ ...a, thicknessMm: 25 })).not.toBe(materialKey(a));
    expect(materialKey({ ...a, brand: { id: 'x', name: 'Kronospan' } })).not.toBe(materialKey(a));
    expect(materialKey({ ...a, brand: null })).toBe('|decor:H1145|18');
    expect(materialKey(material({ name: 'HDF nyers 8 mm', thicknessMm: 8 }))).toBe(
      'egger|name:hdf nyers|8',
    );
    expect(describeMaterialKey(a)).toBe('Egger · H1145 · 18 mm');
  });

  it('prefers the same board size, then the active row, and never an inactive one', () => {
    const source = material({ name: 'H1145 ST10 Bardolino 18 mm' });
    const cross = material({ name: 'H1145 ST10 Bardolino 18 mm (2070×2800)', lengthMm: 2070 });
    const same = material({ name: 'H1145 ST10 Bardolino tölgy 18 mm' });
    const index = indexBy([cross, same], materialKey);
    expect(matchMaterial(source, index)?.id).toBe(same.id);
    const withdrawn = indexBy([{ ...same, active: false }, cross], materialKey);
    expect(matchMaterial(source, withdrawn)?.id).toBe(cross.id);
    expect(matchMaterial(source, indexBy([{ ...same, active: false }], materialKey))).toBeNull();
    expect(matchMaterial({ ...source, thicknessMm: 25 }, index)).toBeNull();
    // Same decor and thickness, but MDF: the chipboard's group wins.
    const lfp = { id: 'g1', name: 'Laminált forgácslap' };
    const mdf = material({
      name: 'MDF W1000 ST9 Prémium fehér 18 mm',
      group: { id: 'g2', name: 'MDF' },
    });
    const board = material({
      name: 'W1000 ST9 Prémium fehér 18 mm',
      group: { id: 'g3', name: 'laminált  forgácslap' },
    });
    const both = indexBy([mdf, board], materialKey);
    expect(matchMaterial({ ...source, name: 'W1000 ST9 18 mm', group: lfp }, both)?.id).toBe(
      board.id,
    );
    expect(matchMaterial({ ...mdf, id: 'src', group: { id: 'x', name: 'MDF' } }, both)?.id).toBe(
      mdf.id,
    );
  });

  it('keys an edge banding by type, width, thickness and decor', () => {
    expect(edgeBandingKey(edge({}))).toBe('abs-22/2-w1000');
    expect(edgeBandingKey(edge({ type: 'abs ', thicknessMm: '2', decor: 'w1000' }))).toBe(
      edgeBandingKey(edge({})),
    );
    for (const other of [
      { type: 'PVC' },
      { widthMm: 42 },
      { thicknessMm: '0.40' },
      { decor: 'U999' },
    ]) {
      expect(edgeBandingKey(edge(other))).not.toBe(edgeBandingKey(edge({})));
    }
    const index = indexBy(
      [edge({ id: 'old', active: false }), edge({ id: 'new' })],
      edgeBandingKey,
    );
    expect(matchByKey(edge({ id: 'src' }), index, edgeBandingKey)?.id).toBe('new');
  });

  it('keys accessories by SKU (else name) and fees by name', () => {
    expect(accessoryKey({ sku: ' BL-110 ', name: 'Pánt' })).toBe('sku:bl-110');
    expect(accessoryKey({ sku: null, name: 'Blum  Pánt' })).toBe('name:blum pánt');
    expect(feeKey({ name: 'Kiszállítás ' })).toBe(feeKey({ name: 'kiszállítás' }));
    expect(normalize(null)).toBe('');
  });
});
