import { describe, expect, it } from 'vitest';
import { blankRow } from './panel-row.ts';
import { draftFromSaved, draftInput, locateField, type QuoteDraft } from './quote-draft.ts';

const M = '11111111-1111-4111-8111-111111111111';
const A = '22222222-2222-4222-8222-222222222222';

describe('draftInput', () => {
  it('skips blank rows, leaves wrong ones out and remembers where each line came from', () => {
    const draft: QuoteDraft = {
      panels: [
        blankRow(),
        { ...blankRow(), materialId: M, width: '720', height: '560', quantity: '2' },
        { ...blankRow(), materialId: M, width: '0', height: '560' },
        { ...blankRow(), materialId: M, width: '300', height: '200' },
      ],
      accessories: [
        { key: 'a', accessoryId: A, quantity: '4' },
        { key: 'b', accessoryId: A, quantity: '0' },
      ],
      fees: [{ key: 'f', feeTypeId: null, quantity: '' }],
      comment: '',
    };
    const input = draftInput(draft);
    expect(input.panels.map((p) => p.widthMm)).toEqual([720, 300]);
    expect(input.panelRows).toEqual([1, 3]);
    expect(input.accessories).toEqual([{ accessoryId: A, quantity: 4 }]);
    expect(input.fees).toEqual([]);
    expect(input.invalid).toBe(2);
    expect(locateField('input.panels[1].widthMm', input)).toEqual({
      list: 'panels',
      index: 3,
      rest: '.widthMm',
    });
    expect(locateField('input.panels[1]', input)).toEqual({ list: 'panels', index: 3, rest: '' });
    expect(locateField('input.comment', input)).toBeNull();
  });

  it('round-trips a saved quote', () => {
    const draft = draftFromSaved({
      panels: [
        {
          materialId: M,
          widthMm: 720,
          heightMm: 560,
          quantity: 2,
          label: 'Oldal',
          edgeBandingA: A,
          hingeHoles: 2,
          hingeHoleSide: 'SHORT',
          doubling: false,
          angleCut: true,
        },
      ],
      accessories: [],
      fees: [],
      comment: null,
    });
    expect(draftInput(draft).panels).toEqual([
      {
        materialId: M,
        widthMm: 720,
        heightMm: 560,
        quantity: 2,
        label: 'Oldal',
        edgeBandingA: A,
        edgeBandingB: null,
        edgeBandingC: null,
        edgeBandingD: null,
        hingeHoles: 2,
        hingeHoleSide: 'SHORT',
        doubling: false,
        angleCut: true,
      },
    ]);
    expect(draftFromSaved({ panels: [], accessories: [], fees: [] }).panels).toHaveLength(1);
  });
});
