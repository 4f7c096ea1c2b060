import { describe, expect, it } from 'vitest';
import { canonical, priceChanges } from './price-changes.ts';
import type { PriceSnapshot } from './quote-pricer.ts';

const snapshot = (over: Partial<PriceSnapshot> = {}): PriceSnapshot => ({
  catalogVersion: 'v1',
  pricedAt: '2026-11-24T00:00:00.000Z',
  currency: 'HUF',
  discountPercent: '0.00',
  services: { cuttingFeePerM: '300.00', vatRate: '27' },
  materials: {
    m1: { pricePerSqm: '6540.00', vatRate: '27', settings: { kerfMm: 3, trimTopMm: 10 } },
  },
  edgeBandings: { e1: { pricePerM: '120', overhangMm: 2, vatRate: '27' } },
  accessories: {},
  feeTypes: {},
  ...over,
});

describe('price changes', () => {
  it('ignore key order (jsonb reorders keys) and the version alone', () => {
    const reordered = snapshot({
      catalogVersion: 'v2',
      materials: {
        m1: { settings: { trimTopMm: 10, kerfMm: 3 }, vatRate: '27', pricePerSqm: '6540.00' },
      },
    });
    expect(priceChanges(snapshot(), reordered)).toEqual([]);
    expect(canonical({ b: 1, a: [{ d: 2, c: 3 }] })).toBe('{"a":[{"c":3,"d":2}],"b":1}');
  });

  it('name every changed field, a new row and a row gone', () => {
    const now = snapshot({
      services: { cuttingFeePerM: '350.00', vatRate: '27' },
      materials: {
        m1: { pricePerSqm: '6540.00', vatRate: '27', settings: { kerfMm: 4, trimTopMm: 10 } },
      },
      edgeBandings: {},
      feeTypes: { f1: { netPrice: '-500.00', vatRate: '27' } },
    });
    expect(priceChanges(snapshot(), now)).toEqual([
      {
        part: 'services',
        itemId: null,
        field: 'cuttingFeePerM',
        before: '300.00',
        after: '350.00',
      },
      {
        part: 'materials',
        itemId: 'm1',
        field: 'settings',
        before: '{"kerfMm":3,"trimTopMm":10}',
        after: '{"kerfMm":4,"trimTopMm":10}',
      },
      { part: 'edgeBandings', itemId: 'e1', field: 'overhangMm', before: '2', after: null },
      { part: 'edgeBandings', itemId: 'e1', field: 'pricePerM', before: '120', after: null },
      { part: 'edgeBandings', itemId: 'e1', field: 'vatRate', before: '27', after: null },
      { part: 'feeTypes', itemId: 'f1', field: 'netPrice', before: null, after: '-500.00' },
      { part: 'feeTypes', itemId: 'f1', field: 'vatRate', before: null, after: '27' },
    ]);
  });
});
