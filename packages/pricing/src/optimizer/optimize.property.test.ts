import { describe, expect, it } from 'vitest';
import { layoutViolations } from '../test-support/check-layout.ts';
import { type Random, seededRandom } from '../test-support/seeded-random.ts';
import { firstFitDecreasing, optimize } from './optimize.ts';
import type { BoardSpec, OptimizeInput, OptimizerPanel } from './optimizer-types.ts';

// Property tests over random cut lists, with a seeded generator (fast-check is not installed).
// Every case is reproducible from its seed; a failure message names it.

function randomBoard(r: Random): BoardSpec {
  const [lengthMm, widthMm] = r.pick([
    [2800, 2070],
    [2440, 1220],
    [2070, 2800],
    [1000, 800],
  ] as const);
  const trim = () => r.pick([0, 0, 5, 10, 15]);
  return {
    lengthMm,
    widthMm,
    grainDirection: r.bool(0.3),
    settings: {
      kerfMm: r.pick([0, 3, 3, 4]),
      trimTopMm: trim(),
      trimRightMm: trim(),
      trimBottomMm: trim(),
      trimLeftMm: trim(),
      rotatable: r.bool(0.8),
    },
  };
}

function randomPanels(r: Random, board: BoardSpec): OptimizerPanel[] {
  const s = board.settings;
  const usableW = board.lengthMm - s.trimLeftMm - s.trimRightMm;
  const usableH = board.widthMm - s.trimTopMm - s.trimBottomMm;
  const rotatable = s.rotatable && !board.grainDirection;
  const rows = r.int(1, 25);
  const panels: OptimizerPanel[] = [];
  // A few sizes repeat, as in real cut lists (sides, shelves, doors of one cabinet width).
  const sizes: [number, number][] = [];
  for (let i = 0; i < rows; i++) {
    let size: [number, number];
    if (sizes.length > 0 && r.bool(0.3)) size = r.pick(sizes);
    else {
      const big = r.bool(0.2);
      let w = r.int(20, big ? usableW : Math.max(20, Math.floor(usableW / 2)));
      let h = r.int(20, big ? usableH : Math.max(20, Math.floor(usableH / 2)));
      // Sometimes a panel that only fits rotated, when rotation is allowed.
      if (rotatable && r.bool(0.1) && usableW > usableH && w <= usableH)
        [w, h] = [Math.min(w, usableH), Math.max(h, usableH + 1)];
      if (h > usableH && (!rotatable || h > usableW || w > usableH)) h = usableH;
      size = [Math.min(w, usableW), h];
      sizes.push(size);
    }
    panels.push({
      id: `p${i}`,
      label: r.bool(0.8) ? `Panel ${i}` : null,
      widthMm: size[0],
      heightMm: size[1],
      quantity: r.int(1, r.bool(0.2) ? 12 : 4),
      doubling: r.bool(0.1),
    });
  }
  return panels;
}

function randomInput(seed: number): OptimizeInput {
  const r = seededRandom(seed);
  const board = randomBoard(r);
  return { board, panels: randomPanels(r, board) };
}

const SEEDS = Array.from({ length: 150 }, (_, i) => 1000 + i);

describe('optimize on random cut lists', () => {
  it('keeps every layout rule: inside the usable board, kerf between pieces, guillotine cuts, grain, each piece once', () => {
    for (const seed of SEEDS) {
      const input = randomInput(seed);
      const result = optimize(input);
      expect(layoutViolations(input, result), `seed ${seed}`).toEqual([]);
    }
  });

  it('uses no more boards than first-fit-decreasing and no fewer than the area bound', () => {
    for (const seed of SEEDS) {
      const input = randomInput(seed);
      const result = optimize(input);
      const ffd = firstFitDecreasing(input);
      expect(layoutViolations(input, ffd), `FFD, seed ${seed}`).toEqual([]);
      expect(result.boards.length, `seed ${seed}`).toBeLessThanOrEqual(ffd.boards.length);
      expect(result.boards.length, `seed ${seed}`).toBeGreaterThanOrEqual(result.lowerBound);
    }
  });

  it('gives the same output for the same input, byte for byte', () => {
    for (const seed of SEEDS.slice(0, 40)) {
      const first = JSON.stringify(optimize(randomInput(seed)));
      const second = JSON.stringify(optimize(structuredClone(randomInput(seed))));
      expect(second, `seed ${seed}`).toBe(first);
    }
  });

  it('keeps the rules when the budget runs out (the cheap fallback path)', () => {
    for (const seed of SEEDS.slice(0, 40)) {
      const input = { ...randomInput(seed), options: { budget: 0 } };
      const result = optimize(input);
      expect(layoutViolations(input, result), `seed ${seed}`).toEqual([]);
      expect(result.boards.length).toBeLessThanOrEqual(firstFitDecreasing(input).boards.length);
    }
  });
});
