import { describe, expect, it } from 'vitest';
import { PricingInputError } from '../pricing-input-error.ts';
import { priceQuote } from './price-quote.ts';
import type { BoardMaterial, QuoteInput, QuotePanel } from './quote-types.ts';

const material: BoardMaterial = {
  id: 'mat-white',
  name: 'W1000 fehér',
  lengthMm: 2800,
  widthMm: 2070,
  grainDirection: true,
  onStock: true,
  pricePerSqm: '5200.00',
  vatRate: '27',
  settings: {
    kerfMm: 3,
    trimTopMm: 0,
    trimRightMm: 10,
    trimBottomMm: 0,
    trimLeftMm: 10,
    rotatable: true,
    wasteMultiplier: '1',
    usageLimit: '0.65',
  },
};

function valid(panels: Partial<QuotePanel>[] = [{}]): QuoteInput {
  return {
    materials: [
      {
        material,
        panels: panels.map((p, i) => ({
          id: `row-${i + 1}`,
          label: `Polc ${i + 1}`,
          widthMm: 800,
          heightMm: 400,
          quantity: 2,
          ...p,
        })),
      },
    ],
    edgeBandings: [{ id: 'abs-2', pricePerM: '320', overhangMm: 30, vatRate: '27' }],
    services: {
      cuttingFeePerM: '300.00',
      hingeHoleFeePerHole: '50.00',
      doublingFeePerSqm: '200.00',
      angleCutFeePerPanel: '100.00',
      vatRate: '27',
    },
    accessories: [{ id: 'a1', unitPriceNet: '1656', quantity: 2, vatRate: '27' }],
    fees: [{ id: 'f1', unitPriceNet: '-500.00', quantity: 1, vatRate: '27' }],
    discountPercent: '5',
  };
}

function refusal(input: QuoteInput): PricingInputError {
  try {
    priceQuote(input);
  } catch (error) {
    if (error instanceof PricingInputError) return error;
    throw error;
  }
  throw new Error('expected a PricingInputError');
}

describe('priceQuote input validation', () => {
  it('accepts the valid base quote', () => {
    expect(priceQuote(valid()).materials[0]!.boardsUsed).toBe(1);
  });

  it('refuses zero, negative, fractional and absurd quantities, naming the row', () => {
    for (const quantity of [0, -1, 1.5, 200_000, Number.NaN]) {
      const error = refusal(valid([{}, { quantity }]));
      expect(error.code).toBe('INVALID_VALUE');
      expect(error.field).toBe('materials[0].panels[1].quantity');
      expect(error.message).toContain('"Polc 2" (row 2)');
    }
  });

  it('refuses absurd and fractional sizes', () => {
    for (const [change, field] of [
      [{ widthMm: 0 }, 'widthMm'],
      [{ widthMm: -800 }, 'widthMm'],
      [{ heightMm: 10_001 }, 'heightMm'],
      [{ heightMm: 400.5 }, 'heightMm'],
    ] as const) {
      const error = refusal(valid([change]));
      expect(error.code).toBe('INVALID_VALUE');
      expect(error.field).toBe(`materials[0].panels[0].${field}`);
    }
  });

  it('names a panel larger than the board, with its row and material', () => {
    // Grain direction: 500 × 2500 may not be turned to fit.
    const error = refusal(valid([{}, {}, { label: 'Magas oldal', widthMm: 500, heightMm: 2500 }]));
    expect(error.code).toBe('PANEL_TOO_LARGE');
    expect(error.field).toBe('materials[0].panels[2]');
    expect(error.panel).toEqual({
      row: 3,
      panelId: 'row-3',
      label: 'Magas oldal',
      materialId: 'mat-white',
    });
    expect(error.message).toContain('Panel "Magas oldal" (row 3): 500 × 2500 mm does not fit');
  });

  it('refuses negative or too many hinge holes and an unknown hinge side', () => {
    for (const hingeHoles of [-1, 11, 2.5]) {
      expect(refusal(valid([{ hingeHoles }])).field).toBe('materials[0].panels[0].hingeHoles');
    }
    const side = refusal(valid([{ hingeHoleSide: 'top' as never }]));
    expect(side.field).toBe('materials[0].panels[0].hingeHoleSide');
  });

  it('refuses an edge banding the quote does not carry, naming the side', () => {
    const error = refusal(valid([{ edgeBandingA: 'abs-2', edgeBandingC: 'abs-9' }]));
    expect(error.code).toBe('UNKNOWN_EDGE_BANDING');
    expect(error.field).toBe('materials[0].panels[0].edgeBandingC');
    expect(error.message).toBe(
      'Panel "Polc 1" (row 1): side C references an unknown edge banding "abs-9".',
    );
  });

  it('refuses a discount outside 0–100 or not a decimal string', () => {
    for (const discountPercent of ['-1', '100.01', 'abc', '', 10 as never]) {
      const error = refusal({ ...valid(), discountPercent });
      expect(error.code).toBe('INVALID_VALUE');
      expect(error.field).toBe('discountPercent');
    }
    expect(priceQuote({ ...valid(), discountPercent: '100' }).discount.percent).toBe('100');
  });

  it('refuses bad catalog values, naming the field', () => {
    const cases: [QuoteInput, string][] = [
      [
        {
          ...valid(),
          materials: [{ material: { ...material, pricePerSqm: '12,50' }, panels: [] }],
        },
        'materials[0].material.pricePerSqm',
      ],
      [
        { ...valid(), materials: [{ material: { ...material, vatRate: '127' }, panels: [] }] },
        'materials[0].material.vatRate',
      ],
      [
        {
          ...valid(),
          materials: [
            {
              material: { ...material, settings: { ...material.settings, usageLimit: '1.5' } },
              panels: [],
            },
          ],
        },
        'materials[0].material.settings.usageLimit',
      ],
      [
        {
          ...valid(),
          materials: [
            {
              material: { ...material, settings: { ...material.settings, wasteMultiplier: '0' } },
              panels: [],
            },
          ],
        },
        'materials[0].material.settings.wasteMultiplier',
      ],
      [
        {
          ...valid(),
          edgeBandings: [{ id: 'abs-2', pricePerM: '320', overhangMm: -5, vatRate: '27' }],
        },
        'edgeBandings[0].overhangMm',
      ],
      [
        { ...valid(), services: { ...valid().services, cuttingFeePerM: '-1' } },
        'services.cuttingFeePerM',
      ],
      [
        {
          ...valid(),
          accessories: [{ id: 'a1', unitPriceNet: '1656', quantity: 0, vatRate: '27' }],
        },
        'accessories[0].quantity',
      ],
      [
        { ...valid(), fees: [{ id: 'f1', unitPriceNet: 'free', quantity: 1, vatRate: '27' }] },
        'fees[0].unitPriceNet',
      ],
    ];
    for (const [input, field] of cases) {
      const error = refusal(input);
      expect(error.code, field).toBe('INVALID_VALUE');
      expect(error.field).toBe(field);
    }
  });

  it('refuses a material listed twice and an edge banding listed twice', () => {
    const twice = valid();
    twice.materials.push({ material, panels: [] });
    expect(refusal(twice).field).toBe('materials[1].material.id');
    const bandings = valid();
    bandings.edgeBandings.push({ ...bandings.edgeBandings[0]! });
    expect(refusal(bandings).field).toBe('edgeBandings[1].id');
  });

  it('refuses more than 50 000 pieces in one quote before laying anything out', () => {
    const input = valid();
    input.materials = Array.from({ length: 6 }, (_, i) => ({
      material: { ...material, id: `mat-${i}` },
      panels: [{ id: `p${i}`, widthMm: 100, heightMm: 100, quantity: 9000 }],
    }));
    const started = performance.now();
    const error = refusal(input);
    expect(error.code).toBe('TOO_MANY_PANELS');
    expect(error.field).toBe('materials[5].panels[0]');
    expect(performance.now() - started).toBeLessThan(100);
  });
});
