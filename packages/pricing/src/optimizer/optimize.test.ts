import { describe, expect, it } from 'vitest';
import { PricingInputError } from '../pricing-input-error.ts';
import { layoutViolations } from '../test-support/check-layout.ts';
import { firstFitDecreasing, optimize } from './optimize.ts';
import type { BoardSpec, OptimizeInput, OptimizerPanel } from './optimizer-types.ts';

// 2800 × 2070 board, kerf 3, trims 0 top/bottom and 10 left/right (the contract defaults):
// the usable board is 2780 × 2070 starting at x = 10.
function board(
  overrides: Partial<BoardSpec['settings']> & { grainDirection?: boolean } = {},
): BoardSpec {
  const { grainDirection = false, ...settings } = overrides;
  return {
    lengthMm: 2800,
    widthMm: 2070,
    grainDirection,
    settings: {
      kerfMm: 3,
      trimTopMm: 0,
      trimRightMm: 10,
      trimBottomMm: 0,
      trimLeftMm: 10,
      rotatable: true,
      ...settings,
    },
  };
}

function panel(
  id: string,
  widthMm: number,
  heightMm: number,
  quantity = 1,
  extra: Partial<OptimizerPanel> = {},
): OptimizerPanel {
  return { id, label: id, widthMm, heightMm, quantity, ...extra };
}

function caught(run: () => unknown): PricingInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof PricingInputError) return error;
    throw error;
  }
  throw new Error('expected a PricingInputError');
}

describe('optimize', () => {
  it('puts a single panel in the usable corner and frees it with two cuts', () => {
    const input: OptimizeInput = { board: board(), panels: [panel('door', 1000, 500)] };
    const result = optimize(input);
    expect(layoutViolations(input, result)).toEqual([]);
    expect(result.boards).toHaveLength(1);
    const [b] = result.boards;
    expect(b!.placements).toEqual([
      {
        x: 10,
        y: 0,
        widthMm: 1000,
        heightMm: 500,
        panelId: 'door',
        label: 'door',
        panelIndex: 0,
        rotated: false,
      },
    ]);
    expect(b!.usable).toEqual({ x: 10, y: 0, widthMm: 2780, heightMm: 2070 });
    // Two cuts whichever goes first: one across the whole usable board, one across the strip.
    expect(b!.cuts).toHaveLength(2);
    expect([3070, 3280]).toContain(b!.cutLengthMm);
    // 1000 × 500 = 0.5 m² on a 2.8 × 2.07 = 5.796 m² board.
    expect(b!.placedAreaMm2).toBe(500_000);
    expect(b!.usage).toBeCloseTo(0.5 / 5.796, 10);
    // The rest of the usable board is left as two offcuts; the saw takes 3 mm along each cut.
    expect(b!.offcuts).toHaveLength(2);
    const offcutArea = b!.offcuts.reduce((sum, o) => sum + o.widthMm * o.heightMm, 0);
    expect(offcutArea).toBe(2780 * 2070 - 500_000 - 3 * b!.cutLengthMm);
  });

  it('needs no cut for a panel the size of the usable board, and one cut per full-length strip', () => {
    expect(optimize({ board: board(), panels: [panel('full', 2780, 2070)] }).cutLengthMm).toBe(0);
    // Three 2780 × 500 strips: each needs one cut across the board (3 × 2780 mm).
    const strips = optimize({ board: board(), panels: [panel('strip', 2780, 500, 3)] });
    expect(strips.cutLengthMm).toBe(3 * 2780);
    expect(strips.boards[0]!.placements.map((p) => p.y)).toEqual([0, 503, 1006]);
  });

  it('respects all four trims', () => {
    const trimmed = board({ trimTopMm: 7, trimRightMm: 11, trimBottomMm: 13, trimLeftMm: 17 });
    const input = { board: trimmed, panels: [panel('a', 700, 400, 30)] };
    const result = optimize(input);
    expect(layoutViolations(input, result)).toEqual([]);
    expect(result.boards[0]!.usable).toEqual({
      x: 17,
      y: 7,
      widthMm: 2800 - 17 - 11,
      heightMm: 2070 - 7 - 13,
    });
    for (const p of result.boards.flatMap((b) => b.placements)) {
      expect(p.x).toBeGreaterThanOrEqual(17);
      expect(p.y).toBeGreaterThanOrEqual(7);
      expect(p.x + p.widthMm).toBeLessThanOrEqual(2800 - 11);
      expect(p.y + p.heightMm).toBeLessThanOrEqual(2070 - 13);
    }
  });

  it('rotates a panel only when the material is rotatable and has no grain', () => {
    // 500 × 2500 fits only turned (2500 along the 2780 length).
    const tall = [panel('tall side', 500, 2500)];
    const turned = optimize({ board: board(), panels: tall });
    expect(turned.boards[0]!.placements[0]).toMatchObject({
      widthMm: 2500,
      heightMm: 500,
      rotated: true,
    });
    for (const locked of [board({ grainDirection: true }), board({ rotatable: false })]) {
      const error = caught(() =>
        optimize({ board: locked, panels: [panel('shelf', 400, 300), ...tall] }),
      );
      expect(error.code).toBe('PANEL_TOO_LARGE');
      expect(error.field).toBe('panels[1]');
      expect(error.panel).toEqual({ row: 2, panelId: 'tall side', label: 'tall side' });
      expect(error.message).toContain('"tall side" (row 2)');
      expect(error.message).toContain('grain');
    }
  });

  it('names a panel too large in both orientations', () => {
    const error = caught(() => optimize({ board: board(), panels: [panel('top', 3000, 2100)] }));
    expect(error.code).toBe('PANEL_TOO_LARGE');
    expect(error.message).toBe(
      'Panel "top" (row 1): 3000 × 2100 mm does not fit on the usable board 2780 × 2070 mm in either orientation.',
    );
  });

  it('cuts a doubled panel twice', () => {
    const input = { board: board(), panels: [panel('top', 800, 600, 3, { doubling: true })] };
    const result = optimize(input);
    expect(result.pieceCount).toBe(6);
    expect(result.boards.flatMap((b) => b.placements)).toHaveLength(6);
    expect(result.placedAreaMm2).toBe(6 * 800 * 600);
  });

  it('refuses bad sizes and quantities, naming the field', () => {
    const cases: [Partial<OptimizerPanel>, string][] = [
      [{ quantity: 0 }, 'panels[0].quantity'],
      [{ quantity: -2 }, 'panels[0].quantity'],
      [{ quantity: 1.5 }, 'panels[0].quantity'],
      [{ quantity: 10_001 }, 'panels[0].quantity'],
      [{ widthMm: 0 }, 'panels[0].widthMm'],
      [{ heightMm: 10_001 }, 'panels[0].heightMm'],
      [{ widthMm: 300.5 }, 'panels[0].widthMm'],
    ];
    for (const [change, field] of cases) {
      const error = caught(() =>
        optimize({ board: board(), panels: [{ ...panel('a', 300, 200), ...change }] }),
      );
      expect(error.code).toBe('INVALID_VALUE');
      expect(error.field).toBe(field);
    }
    expect(caught(() => optimize({ board: board({ trimLeftMm: 501 }), panels: [] })).field).toBe(
      'board.settings.trimLeftMm',
    );
    const narrow = { ...board({ trimLeftMm: 300, trimRightMm: 300 }), lengthMm: 600 };
    expect(caught(() => optimize({ board: narrow, panels: [] })).field).toBe('board.settings');
    expect(caught(() => optimize({ board: board({ kerfMm: -1 }), panels: [] })).field).toBe(
      'board.settings.kerfMm',
    );
  });

  it('refuses more than 10 000 pieces of one material instead of working on them', () => {
    const panels = [panel('a', 100, 100, 6000), panel('b', 100, 100, 2001, { doubling: true })];
    const error = caught(() => optimize({ board: board(), panels }));
    expect(error.code).toBe('TOO_MANY_PANELS');
    expect(error.field).toBe('panels[1]');
  });

  it('returns no boards for no panels', () => {
    const result = optimize({ board: board(), panels: [] });
    expect(result.boards).toEqual([]);
    expect(result.lowerBound).toBe(0);
  });

  it('beats first-fit-decreasing on a cabinet cut list and says what the baseline does', () => {
    // Carcasses of six 600 base cabinets plus their doors and shelves.
    const panels = [
      panel('side', 720, 560, 12),
      panel('bottom', 564, 560, 6),
      panel('rail', 564, 100, 12),
      panel('shelf', 562, 500, 6),
      panel('door', 716, 596, 6),
      panel('drawer front', 596, 236, 9),
      panel('drawer side', 500, 150, 18),
    ];
    const input = { board: board({ grainDirection: true }), panels };
    const result = optimize(input);
    const ffd = firstFitDecreasing(input);
    expect(layoutViolations(input, result)).toEqual([]);
    expect(result.boards.length).toBeLessThanOrEqual(ffd.boards.length);
    expect(result.boards.length).toBeGreaterThanOrEqual(result.lowerBound);
    expect(ffd.strategy).toBe('first-fit-decreasing');
    // Fullest boards first.
    const usage = result.boards.map((b) => b.usage);
    expect([...usage].sort((a, b) => b - a)).toEqual(usage);
  });
});
