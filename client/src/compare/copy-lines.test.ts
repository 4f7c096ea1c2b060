import { describe, expect, it } from 'vitest';
import { linesForCompany, withoutTypename } from './copy-lines.ts';

describe('copying a compared quote to another company', () => {
  const lines = {
    panels: [
      { materialId: 'M1', widthMm: 500, heightMm: 400, quantity: 2, edgeBandingA: 'e1' },
      { materialId: 'm2', widthMm: 300, heightMm: 200, quantity: 1 },
      { materialId: 'm1', widthMm: 300, heightMm: 200, quantity: 1, edgeBandingC: 'e2' },
    ],
    accessories: [{ accessoryId: 'a1', quantity: 4 }],
    fees: [{ feeTypeId: 'f1', quantity: 1 }],
  };

  it("uses the company's ids and leaves out what it lacks, as the comparison priced it", () => {
    const copied = linesForCompany(lines, [
      { sourceId: 'm1', targetId: 'T1' },
      { sourceId: 'e1', targetId: 'TE1' },
      { sourceId: 'a1', targetId: 'TA1' },
    ]);
    expect(copied).toEqual({
      panels: [{ materialId: 'T1', widthMm: 500, heightMm: 400, quantity: 2, edgeBandingA: 'TE1' }],
      accessories: [{ accessoryId: 'TA1', quantity: 4 }],
      fees: [],
    });
  });

  it('drops __typename from rows read from the server', () => {
    expect(withoutTypename({ __typename: 'QuotePanelLine', materialId: 'x' })).toEqual({
      materialId: 'x',
    });
  });
});
