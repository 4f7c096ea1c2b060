import type {
  BoardLayout,
  OptimizeInput,
  OptimizeResult,
  Rect,
} from '../optimizer/optimizer-types.ts';

/**
 * Every rule a layout must keep, checked from the output alone; returns the violations
 * (empty when the layout is valid). Used by the property tests.
 */
export function layoutViolations(input: OptimizeInput, result: OptimizeResult): string[] {
  const problems: string[] = [];
  const { board, panels } = input;
  const s = board.settings;
  const kerf = s.kerfMm;
  const rotatable = s.rotatable && !board.grainDirection;
  const usable: Rect = {
    x: s.trimLeftMm,
    y: s.trimTopMm,
    widthMm: board.lengthMm - s.trimLeftMm - s.trimRightMm,
    heightMm: board.widthMm - s.trimTopMm - s.trimBottomMm,
  };
  const placedPerPanel = new Array<number>(panels.length).fill(0);
  let placedArea = 0;
  let cutLength = 0;
  result.boards.forEach((b, bi) => {
    const at = `board ${bi}`;
    if (b.index !== bi) problems.push(`${at}: index ${b.index}`);
    if (JSON.stringify(b.usable) !== JSON.stringify(usable)) problems.push(`${at}: usable rect`);
    if (b.placements.length === 0) problems.push(`${at}: empty board`);
    let area = 0;
    for (const p of b.placements) {
      const panel = panels[p.panelIndex];
      if (!panel || panel.id !== p.panelId) {
        problems.push(`${at}: placement of unknown panel ${p.panelId}`);
        continue;
      }
      placedPerPanel[p.panelIndex]!++;
      area += p.widthMm * p.heightMm;
      const expected = p.rotated
        ? [panel.heightMm, panel.widthMm]
        : [panel.widthMm, panel.heightMm];
      if (p.widthMm !== expected[0] || p.heightMm !== expected[1]) {
        problems.push(
          `${at}: ${p.panelId} placed ${p.widthMm}×${p.heightMm}, rotated=${p.rotated}`,
        );
      }
      if (p.rotated && (!rotatable || panel.widthMm === panel.heightMm)) {
        problems.push(`${at}: ${p.panelId} rotated although not allowed`);
      }
      if (
        p.x < usable.x ||
        p.y < usable.y ||
        p.x + p.widthMm > usable.x + usable.widthMm ||
        p.y + p.heightMm > usable.y + usable.heightMm
      ) {
        problems.push(`${at}: ${p.panelId} outside the usable board`);
      }
    }
    // Any two pieces: apart by at least the kerf along x or along y (no overlap, kerf kept).
    for (let i = 0; i < b.placements.length; i++) {
      for (let j = i + 1; j < b.placements.length; j++) {
        const a = b.placements[i]!;
        const c = b.placements[j]!;
        const apartX = a.x + a.widthMm + kerf <= c.x || c.x + c.widthMm + kerf <= a.x;
        const apartY = a.y + a.heightMm + kerf <= c.y || c.y + c.heightMm + kerf <= a.y;
        if (!apartX && !apartY)
          problems.push(`${at}: ${a.panelId} and ${c.panelId} closer than the kerf`);
      }
    }
    if (area !== b.placedAreaMm2) problems.push(`${at}: placed area ${b.placedAreaMm2} ≠ ${area}`);
    placedArea += area;
    problems.push(...cutViolations(b, usable, kerf).map((m) => `${at}: ${m}`));
    cutLength += b.cutLengthMm;
  });
  panels.forEach((panel, i) => {
    const expected = panel.quantity * (panel.doubling ? 2 : 1);
    if (placedPerPanel[i] !== expected) {
      problems.push(`panel ${panel.id}: placed ${placedPerPanel[i]} times, expected ${expected}`);
    }
  });
  if (placedArea !== result.placedAreaMm2) problems.push('total placed area');
  if (cutLength !== result.cutLengthMm) problems.push('total cut length');
  return problems;
}

/** Can the pieces be cut from `region` by edge-to-edge cuts, each losing a kerf? */
function guillotineCuttable(region: Rect, pieces: readonly Rect[], kerf: number): boolean {
  if (pieces.length <= 1) return true;
  for (const axis of ['x', 'y'] as const) {
    const size = axis === 'x' ? 'widthMm' : 'heightMm';
    for (const p of pieces) {
      const cut = p[axis] + p[size];
      if (cut >= region[axis] + region[size]) continue;
      const before = pieces.filter((q) => q[axis] + q[size] <= cut);
      const after = pieces.filter((q) => q[axis] >= cut + kerf);
      if (
        before.length === 0 ||
        before.length + after.length !== pieces.length ||
        after.length === 0
      )
        continue;
      const first = { ...region, [size]: cut - region[axis] };
      const second = {
        ...region,
        [axis]: cut + kerf,
        [size]: region[axis] + region[size] - cut - kerf,
      };
      return guillotineCuttable(first, before, kerf) && guillotineCuttable(second, after, kerf);
    }
  }
  return false;
}

function cutViolations(b: BoardLayout, usable: Rect, kerf: number): string[] {
  const problems: string[] = [];
  if (!guillotineCuttable(usable, b.placements, kerf)) problems.push('not guillotine-cuttable');
  let total = 0;
  for (const c of b.cuts) {
    const straight = c.x1 === c.x2 || c.y1 === c.y2;
    const length = Math.abs(c.x2 - c.x1) + Math.abs(c.y2 - c.y1);
    if (!straight || length <= 0 || length !== c.lengthMm)
      problems.push(`bad cut ${JSON.stringify(c)}`);
    const inside =
      Math.min(c.x1, c.x2) >= usable.x &&
      Math.max(c.x1, c.x2) <= usable.x + usable.widthMm &&
      Math.min(c.y1, c.y2) >= usable.y &&
      Math.max(c.y1, c.y2) <= usable.y + usable.heightMm;
    if (!inside) problems.push(`cut outside the usable board ${JSON.stringify(c)}`);
    // A cut never runs through a piece.
    for (const p of b.placements) {
      const crossesV =
        c.x1 === c.x2 &&
        c.x1 > p.x &&
        c.x1 < p.x + p.widthMm &&
        Math.max(c.y1, c.y2) > p.y &&
        Math.min(c.y1, c.y2) < p.y + p.heightMm;
      const crossesH =
        c.y1 === c.y2 &&
        c.y1 > p.y &&
        c.y1 < p.y + p.heightMm &&
        Math.max(c.x1, c.x2) > p.x &&
        Math.min(c.x1, c.x2) < p.x + p.widthMm;
      if (crossesV || crossesH) problems.push(`cut ${JSON.stringify(c)} runs through ${p.panelId}`);
    }
    total += c.lengthMm;
  }
  if (total !== b.cutLengthMm) problems.push('board cut length');
  // Each cut listed once: no two collinear cuts overlap.
  for (let i = 0; i < b.cuts.length; i++) {
    for (let j = i + 1; j < b.cuts.length; j++) {
      const a = b.cuts[i]!;
      const c = b.cuts[j]!;
      const vertical = a.x1 === a.x2 && c.x1 === c.x2 && a.x1 === c.x1;
      const horizontal = a.y1 === a.y2 && c.y1 === c.y2 && a.y1 === c.y1;
      const overlap = vertical
        ? Math.min(a.y2, c.y2) > Math.max(a.y1, c.y1)
        : horizontal && Math.min(a.x2, c.x2) > Math.max(a.x1, c.x1);
      if (overlap) problems.push(`cuts overlap ${JSON.stringify(a)} ${JSON.stringify(c)}`);
    }
  }
  // Every piece edge inside the usable board is cut free along its whole length.
  for (const p of b.placements) {
    // Cuts are recorded where the kerf starts: at the right / bottom edge of the piece before.
    const edges = [
      {
        vertical: true,
        at: p.x + p.widthMm,
        from: p.y,
        to: p.y + p.heightMm,
        inside: p.x + p.widthMm < usable.x + usable.widthMm,
      },
      {
        vertical: false,
        at: p.y + p.heightMm,
        from: p.x,
        to: p.x + p.widthMm,
        inside: p.y + p.heightMm < usable.y + usable.heightMm,
      },
      { vertical: true, at: p.x - kerf, from: p.y, to: p.y + p.heightMm, inside: p.x > usable.x },
      { vertical: false, at: p.y - kerf, from: p.x, to: p.x + p.widthMm, inside: p.y > usable.y },
    ];
    for (const e of edges) {
      if (!e.inside) continue;
      const covering = b.cuts
        .filter((c) =>
          e.vertical ? c.x1 === c.x2 && c.x1 === e.at : c.y1 === c.y2 && c.y1 === e.at,
        )
        .map((c) => (e.vertical ? [c.y1, c.y2] : [c.x1, c.x2]) as [number, number])
        .sort((a, c) => a[0] - c[0]);
      let reached = e.from;
      for (const [from, to] of covering) if (from <= reached && to > reached) reached = to;
      if (reached < e.to) problems.push(`${p.panelId}: edge at ${e.at} not cut free`);
    }
  }
  return problems;
}
