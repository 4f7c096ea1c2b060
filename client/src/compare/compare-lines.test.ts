import { describe, expect, it } from 'vitest';
import { type ComparedCompany, comparisonLines } from './compare-lines.ts';
import type { QuoteLines } from './copy-lines.ts';

const huf = (amount: string) => ({ amount, currency: 'HUF' });

const lines: QuoteLines = {
  panels: [
    { materialId: 'W', widthMm: 700, heightMm: 500, quantity: 2, edgeBandingA: 'E' },
    { materialId: 'H', widthMm: 700, heightMm: 500, quantity: 2 },
    { materialId: 'W', widthMm: 300, heightMm: 200, quantity: 1 },
    { materialId: 'S', widthMm: 300, heightMm: 200, quantity: 1 },
  ],
  accessories: [
    { accessoryId: 'A1', quantity: 4 },
    { accessoryId: 'A2', quantity: 2 },
  ],
  fees: [{ feeTypeId: 'F', quantity: 1 }],
};

const source: ComparedCompany = {
  companyId: 'src',
  status: 'PRICED',
  pricing: {
    finalTotal: huf('100000.00'),
    materials: [
      { material: { id: 'W', name: 'W1000' }, boardsUsed: 2, total: { gross: huf('40000.00') } },
      { material: { id: 'H', name: 'H1145' }, boardsUsed: 1, total: { gross: huf('30000.00') } },
      { material: { id: 'S', name: 'Swiss' }, boardsUsed: 1, total: { gross: huf('20000.00') } },
    ],
    accessories: [
      { row: 1, accessory: { id: 'A1', name: 'Hinge' }, amounts: { gross: huf('4000.00') } },
      { row: 2, accessory: { id: 'A2', name: 'Handle' }, amounts: { gross: huf('2000.00') } },
    ],
    fees: [{ row: 1, fee: { id: 'F', name: 'Delivery' }, amounts: { gross: huf('4000.00') } }],
  },
  matches: ['W', 'E', 'H', 'S', 'A1', 'A2', 'F'].map((id) => ({
    sourceId: id,
    targetId: id,
    how: 'SAME',
  })),
  missing: [],
};

/** Lacks A1 and Swiss Krono; sells H1145 cheaper; Swiss Krono substituted by its W1000. */
const other: ComparedCompany = {
  companyId: 'other',
  status: 'PRICED',
  pricing: {
    finalTotal: huf('90000.00'),
    materials: [
      { material: { id: 'w2', name: 'W1000 B' }, boardsUsed: 3, total: { gross: huf('55000.00') } },
      { material: { id: 'h2', name: 'H1145 B' }, boardsUsed: 1, total: { gross: huf('25000.00') } },
    ],
    accessories: [
      { row: 1, accessory: { id: 'a2', name: 'Handle B' }, amounts: { gross: huf('2500.00') } },
    ],
    fees: [{ row: 1, fee: { id: 'f2', name: 'Delivery B' }, amounts: { gross: huf('3000.00') } }],
  },
  matches: [
    { sourceId: 'W', targetId: 'w2', how: 'MATCHED' },
    { sourceId: 'E', targetId: 'e2', how: 'MATCHED' },
    { sourceId: 'H', targetId: 'h2', how: 'MATCHED' },
    { sourceId: 'S', targetId: 'w2', how: 'SUBSTITUTED' },
    { sourceId: 'A2', targetId: 'a2', how: 'MATCHED' },
    { sourceId: 'F', targetId: 'f2', how: 'MATCHED' },
  ],
  missing: [{ sourceId: 'A1', sourceName: 'Hinge' }],
};

const down: ComparedCompany = {
  companyId: 'down',
  status: 'UNAVAILABLE',
  pricing: null,
  matches: [],
  missing: [],
};

describe('comparisonLines', () => {
  it('gives each material, accessory and fee line and the total a price per company', () => {
    const result = comparisonLines(lines, 'src', [source, other, down], 'cheapest');
    expect(result.map((l) => [l.kind, l.label, l.rows])).toEqual([
      ['MATERIAL', 'W1000', [1, 3]],
      ['MATERIAL', 'H1145', [2]],
      ['MATERIAL', 'Swiss', [4]],
      ['ACCESSORY', 'Hinge', [1]],
      ['ACCESSORY', 'Handle', [2]],
      ['FEE', 'Delivery', [1]],
      ['TOTAL', null, []],
    ]);
    const [w, h, s, hinge, handle, fee, total] = result;
    // H1145: 30 000 vs 25 000, the other company is cheaper by 5 000.
    expect(h!.cells.src).toMatchObject({ difference: huf('5000.00'), cheapest: false });
    expect(h!.cells.other).toMatchObject({
      amount: huf('25000.00'),
      itemName: 'H1145 B',
      how: 'MATCHED',
      difference: huf('0.00'),
      cheapest: true,
    });
    // W1000 and the substituted Swiss Krono share one board there: one amount, not compared.
    expect(w!.cells.other).toMatchObject({
      amount: huf('55000.00'),
      boardsUsed: 3,
      sharedWith: ['Swiss'],
      comparable: false,
      difference: null,
    });
    expect(s!.cells.other).toMatchObject({
      amount: null,
      how: 'SUBSTITUTED',
      sharedWith: ['W1000'],
      comparable: false,
    });
    expect(w!.cells.src).toMatchObject({ difference: huf('0.00'), cheapest: false });
    // The missing accessory line; the next line is the company's row 1.
    expect(hinge!.cells.other!.state).toBe('MISSING');
    expect(handle!.cells.other).toMatchObject({ amount: huf('2500.00'), itemName: 'Handle B' });
    expect(handle!.cells.src).toMatchObject({ cheapest: true, difference: huf('0.00') });
    expect(handle!.cells.other!.difference).toEqual(huf('500.00'));
    expect(fee!.cells.other!.cheapest).toBe(true);
    expect(total!.cells.other).toMatchObject({ cheapest: true, difference: huf('0.00') });
    expect(total!.cells.src!.difference).toEqual(huf('10000.00'));
    expect(total!.cells.down!.state).toBe('UNAVAILABLE');
  });

  it('compares with the source company when asked, and marks rows left out for a banding', () => {
    const noBanding: ComparedCompany = {
      ...other,
      companyId: 'nb',
      status: 'INCOMPLETE',
      matches: other.matches.filter((m) => m.sourceId !== 'E' && m.sourceId !== 'S'),
      missing: [{ sourceId: 'E', sourceName: 'ABS W1000' }],
    };
    const result = comparisonLines(lines, 'src', [source, noBanding], 'source');
    const [w, h, , , , , total] = result;
    // Row 1 (banded) is left out there: W1000's price is for row 3 only.
    expect(w!.cells.nb).toMatchObject({ partial: true, comparable: false, difference: null });
    expect(h!.cells.nb!.difference).toEqual(huf('-5000.00'));
    expect(h!.cells.src!.difference).toEqual(huf('0.00'));
    // A partial price is shown, never compared.
    expect(total!.cells.nb).toMatchObject({ partial: true, comparable: false, difference: null });
  });
});
