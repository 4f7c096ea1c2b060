import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { blankRow } from './panel-row.ts';
import { draftInput } from './quote-draft.ts';
import { serverIssues } from './server-issues.ts';

const M = '11111111-1111-4111-8111-111111111111';
const t = ((key: string, options?: { row?: number }) =>
  `${key}:${options?.row ?? ''}`) as unknown as TFunction;

describe('serverIssues', () => {
  it('puts a refused panel on its grid row, worded by the kind of problem', () => {
    const input = draftInput({
      panels: [
        blankRow(),
        { ...blankRow(), materialId: M, width: '720', height: '560' },
        { ...blankRow(), materialId: M, width: '5000', height: '560' },
      ],
      accessories: [],
      fees: [],
      comment: '',
    });
    const issues = serverIssues(t, [
      {
        field: 'input.panels[1]',
        message: 'row 2: 5000 × 560 mm does not fit on the usable board 2780 × 2050 mm.',
        input,
      },
      { field: 'input.panels[0].materialId', message: 'unknown material', input },
      { field: 'input.accessories[0].accessoryId', message: 'unknown', input },
    ]);
    expect([...issues]).toEqual([
      [2, 'quotes.builder.issues.panelTooLarge:3'],
      [1, 'quotes.builder.issues.itemUnavailable:2'],
    ]);
  });
});
