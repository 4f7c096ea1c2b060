import { describe, expect, it } from 'vitest';
import { priceChangeLines } from './price-change-lines.ts';

describe('price change lines', () => {
  it('orders by part, row and field and tells money from other values', () => {
    const lines = priceChangeLines([
      {
        part: 'SERVICES',
        itemId: null,
        field: 'cuttingFeePerM',
        before: '300.00',
        after: '350.00',
      },
      { part: 'MATERIAL', itemId: 'bbbbbbbb-1', field: 'vatRate', before: '27', after: '18' },
      {
        part: 'MATERIAL',
        itemId: 'aaaaaaaa-1',
        field: 'pricePerSqm',
        before: '6540.00',
        after: '7000.00',
      },
    ]);
    expect(lines.map((l) => [l.part, l.item, l.field, l.money])).toEqual([
      ['MATERIAL', 'aaaaaaaa', 'pricePerSqm', true],
      ['MATERIAL', 'bbbbbbbb', 'vatRate', false],
      ['SERVICES', null, 'cuttingFeePerM', true],
    ]);
    expect(lines[0]).toMatchObject({ kind: 'changed', before: '6540.00', after: '7000.00' });
  });

  it('names rows that appeared or left, and makes settings readable', () => {
    const [gone, settings] = priceChangeLines([
      {
        part: 'ACCESSORY',
        itemId: 'cccccccc-1',
        field: 'unitPriceNet',
        before: '450.00',
        after: null,
      },
      {
        part: 'FEE_TYPE',
        itemId: 'dddddddd',
        field: 'settings',
        before: null,
        after: '{"kerfMm":4,"rotatable":true}',
      },
    ]);
    expect(gone).toMatchObject({ kind: 'removed', after: null });
    expect(settings).toMatchObject({ kind: 'added', after: 'kerfMm: 4, rotatable: true' });
  });
});
