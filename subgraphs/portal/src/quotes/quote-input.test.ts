import { describe, expect, it } from 'vitest';
import { decodeQuoteCursor, encodeQuoteCursor } from './quote-cursor.ts';
import { parseQuoteDraft } from './quote-input.ts';

const COMPANY = '0b5d6f3e-8a1c-4c1e-9a57-3f1e2d4c5b6a';
const MATERIAL = '11111111-1111-4111-8111-111111111111';

describe('quote draft input', () => {
  it('normalises a draft: trimmed text, defaults, lower-case hinge side', () => {
    const r = parseQuoteDraft({
      companyId: COMPANY,
      panels: [
        {
          materialId: MATERIAL,
          widthMm: 600,
          heightMm: 400,
          quantity: 1,
          label: '  ',
          hingeHoleSide: 'SHORT',
        },
      ],
      comment: '  ',
    });
    expect(r).toEqual({
      draft: {
        companyId: COMPANY,
        panels: [
          {
            materialId: MATERIAL,
            widthMm: 600,
            heightMm: 400,
            quantity: 1,
            label: null,
            edgeBandingA: null,
            edgeBandingB: null,
            edgeBandingC: null,
            edgeBandingD: null,
            hingeHoles: 0,
            hingeHoleSide: 'short',
            doubling: false,
            angleCut: false,
          },
        ],
        accessories: [],
        fees: [],
        comment: null,
      },
    });
  });

  it('names the first bad field as a path', () => {
    const r = parseQuoteDraft({
      companyId: COMPANY,
      panels: [{ materialId: MATERIAL, widthMm: 600, heightMm: 400, quantity: 1.5 }],
    });
    expect(r).toMatchObject({
      error: { code: 'INVALID_INPUT', field: 'input.panels[0].quantity' },
    });
  });
});

describe('quote cursors', () => {
  it('round-trip and refuse anything else', () => {
    const cursor = { updatedAt: '2026-11-24 01:02:03.456789+00', id: MATERIAL };
    expect(decodeQuoteCursor(encodeQuoteCursor(cursor))).toEqual(cursor);
    for (const bad of ['', 'nonsense', Buffer.from('["x","y"]').toString('base64url')]) {
      expect(decodeQuoteCursor(bad)).toBeNull();
    }
  });
});
