import { describe, expect, it } from 'vitest';
import { blankRow, isBlankRow, type PanelRow } from './panel-row.ts';
import { rowToInput, validateRow } from './validate-row.ts';

const MATERIAL = '11111111-1111-4111-8111-111111111111';

function row(patch: Partial<PanelRow>): PanelRow {
  return { ...blankRow(), materialId: MATERIAL, width: '720', height: '560', ...patch };
}

describe('validateRow', () => {
  it('accepts a complete row and gives the API input', () => {
    expect(validateRow(row({}))).toEqual({});
    expect(rowToInput(row({ label: ' Oldal ', hingeHoles: '2', hingeSide: 'LONG' }))).toEqual({
      materialId: MATERIAL,
      widthMm: 720,
      heightMm: 560,
      quantity: 1,
      label: 'Oldal',
      edgeBandingA: null,
      edgeBandingB: null,
      edgeBandingC: null,
      edgeBandingD: null,
      hingeHoles: 2,
      hingeHoleSide: 'LONG',
      doubling: false,
      angleCut: false,
    });
  });

  it('names each wrong cell', () => {
    expect(
      validateRow(
        row({
          materialId: null,
          width: '0',
          height: '72,5',
          quantity: '1,5',
          hingeHoles: '11',
          label: 'x'.repeat(101),
        }),
      ),
    ).toEqual({
      material: 'materialRequired',
      width: 'sizeRange',
      height: 'sizeNotWhole',
      quantity: 'quantityNotWhole',
      hingeHoles: 'hingeHolesRange',
      label: 'labelTooLong',
    });
    expect(validateRow(row({ width: '', height: 'abc', quantity: '10001' }))).toEqual({
      width: 'sizeRequired',
      height: 'sizeNotNumber',
      quantity: 'quantityRange',
    });
    expect(rowToInput(row({ width: '10001' }))).toBeNull();
  });

  it('reads Hungarian number forms', () => {
    expect(rowToInput(row({ width: '2 070', height: '600,0' }))).toMatchObject({
      widthMm: 2070,
      heightMm: 600,
    });
  });

  it('treats an untouched row as blank', () => {
    expect(isBlankRow(blankRow())).toBe(true);
    expect(isBlankRow({ ...blankRow(), width: '1' })).toBe(false);
  });
});
