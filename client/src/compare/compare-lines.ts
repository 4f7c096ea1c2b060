import type { MoneyValue } from '../format/format-money.ts';
import type { QuoteLines } from './copy-lines.ts';

/** One company's side of a comparison, as the view selects it (`Compare_Run`). */
export interface ComparedCompany {
  companyId: string;
  status: 'PRICED' | 'INCOMPLETE' | 'UNAVAILABLE';
  pricing: {
    finalTotal: MoneyValue;
    materials: ReadonlyArray<{
      material: { id: string; name: string };
      boardsUsed: number;
      total: { gross: MoneyValue };
    }>;
    accessories: ReadonlyArray<{
      row: number;
      accessory: { id: string; name: string };
      amounts: { gross: MoneyValue };
    }>;
    fees: ReadonlyArray<{
      row: number;
      fee: { id: string; name: string };
      amounts: { gross: MoneyValue };
    }>;
  } | null;
  matches: ReadonlyArray<{ sourceId: string; targetId: string; how: string }>;
  missing: ReadonlyArray<{ sourceId: string; sourceName: string }>;
}

export type LineKind = 'MATERIAL' | 'ACCESSORY' | 'FEE' | 'TOTAL';

/** What one company charges for one line of the quote. */
export interface LineCell {
  /** `PRICED`; `MISSING` (no equivalent here, left out); `UNAVAILABLE` (no price at all). */
  state: 'PRICED' | 'MISSING' | 'UNAVAILABLE';
  /** Gross before the discount (the total: the amount to pay); null unless priced. */
  amount: MoneyValue | null;
  /** The company's own item (its name for the board, accessory or fee). */
  itemName: string | null;
  /** `SAME`, `MATCHED` or `SUBSTITUTED`; null for the total and when missing. */
  how: string | null;
  /** Boards of this material used here (materials only). */
  boardsUsed: number | null;
  /** Some panel rows of this material were left out here (their edge banding is missing). */
  partial: boolean;
  /**
   * Other lines (labels) this company prices on the same board, together: the amount (shown on
   * the first of them) covers all of them, so it is not compared line by line.
   */
  sharedWith: string[];
  /** Whether the amount is the price of exactly this line (then it is compared). */
  comparable: boolean;
  /** Amount minus the baseline's (the cheapest, or the source company's); null when not compared. */
  difference: MoneyValue | null;
  /** The lowest comparable amount of the line (only when at least two are compared). */
  cheapest: boolean;
}

export interface ComparisonLine {
  key: string;
  kind: LineKind;
  /** The source item's name; null when no company told it (the view then numbers the line). */
  label: string | null;
  /** 1-based panel rows of a material; the 1-based line of an accessory or fee. */
  rows: number[];
  cells: Record<string, LineCell>;
}

export type Baseline = 'cheapest' | 'source';

const SIDES = ['edgeBandingA', 'edgeBandingB', 'edgeBandingC', 'edgeBandingD'] as const;

const cents = (money: MoneyValue) => Math.round(Number(money.amount) * 100);
const money = (value: number, currency: string): MoneyValue => ({
  amount: (value / 100).toFixed(2),
  currency,
});

function emptyCell(state: LineCell['state']): LineCell {
  return {
    state,
    amount: null,
    itemName: null,
    how: null,
    boardsUsed: null,
    partial: false,
    sharedWith: [],
    comparable: false,
    difference: null,
    cheapest: false,
  };
}

/** Fills `difference` and `cheapest` of a line's comparable cells against the baseline. */
function compareCells(line: ComparisonLine, sourceCompanyId: string, baseline: Baseline): void {
  const cells = Object.entries(line.cells).filter(([, c]) => c.comparable && c.amount);
  if (cells.length === 0) return;
  const currency = cells[0]![1].amount!.currency;
  // Amounts in different currencies are not compared.
  if (cells.some(([, c]) => c.amount!.currency !== currency)) return;
  const lowest = Math.min(...cells.map(([, c]) => cents(c.amount!)));
  const source = line.cells[sourceCompanyId];
  const base =
    baseline === 'source'
      ? source?.comparable && source.amount
        ? cents(source.amount)
        : null
      : lowest;
  for (const [, cell] of cells) {
    const value = cents(cell.amount!);
    cell.cheapest = cells.length > 1 && value === lowest;
    cell.difference = base === null ? null : money(value - base, currency);
  }
}

/**
 * The comparison line by line: one line per board material of the quote (its panel rows
 * together: boards are shared by the rows of a material, so a single row has no price of its
 * own), per accessory line and per fee line, and the total; per line each company's price and
 * its difference to the baseline. Pure: the view renders it.
 */
export function comparisonLines(
  lines: QuoteLines,
  sourceCompanyId: string,
  companies: ReadonlyArray<ComparedCompany>,
  baseline: Baseline,
): ComparisonLine[] {
  const lower = (id: string) => id.toLowerCase();
  const source = companies.find((c) => c.companyId === sourceCompanyId);
  // Source names: the source company's own pricing, else what another company said was missing.
  const names = new Map<string, string>();
  for (const c of companies) for (const m of c.missing) names.set(lower(m.sourceId), m.sourceName);
  for (const m of source?.pricing?.materials ?? [])
    names.set(lower(m.material.id), m.material.name);
  for (const a of source?.pricing?.accessories ?? [])
    names.set(lower(a.accessory.id), a.accessory.name);
  for (const f of source?.pricing?.fees ?? []) names.set(lower(f.fee.id), f.fee.name);

  // Materials in the order of first use, with their panel rows.
  const materials: Array<{ id: string; rows: number[] }> = [];
  lines.panels.forEach((panel, i) => {
    const found = materials.find((m) => lower(m.id) === lower(panel.materialId));
    if (found) found.rows.push(i + 1);
    else materials.push({ id: panel.materialId, rows: [i + 1] });
  });
  const result: ComparisonLine[] = materials.map((m) => ({
    key: `material:${lower(m.id)}`,
    kind: 'MATERIAL',
    label: names.get(lower(m.id)) ?? null,
    rows: m.rows,
    cells: {},
  }));
  const accessoryLines: ComparisonLine[] = lines.accessories.map((a, i) => ({
    key: `accessory:${i}`,
    kind: 'ACCESSORY',
    label: names.get(lower(a.accessoryId)) ?? null,
    rows: [i + 1],
    cells: {},
  }));
  const feeLines: ComparisonLine[] = lines.fees.map((f, i) => ({
    key: `fee:${i}`,
    kind: 'FEE',
    label: names.get(lower(f.feeTypeId)) ?? null,
    rows: [i + 1],
    cells: {},
  }));
  const total: ComparisonLine = { key: 'total', kind: 'TOTAL', label: null, rows: [], cells: {} };

  for (const company of companies) {
    const id = company.companyId;
    if (company.status === 'UNAVAILABLE') {
      for (const line of [...result, ...accessoryLines, ...feeLines, total]) {
        line.cells[id] = emptyCell('UNAVAILABLE');
      }
      continue;
    }
    const to = new Map(company.matches.map((m) => [lower(m.sourceId), m]));
    const pricing = company.pricing;

    // Which panel rows were priced here: the board and every edge banding matched.
    const kept = lines.panels.map(
      (panel) =>
        to.has(lower(panel.materialId)) &&
        SIDES.every((side) => !panel[side] || to.has(lower(panel[side]!))),
    );
    // Source materials priced on each of this company's boards.
    const byTarget = new Map<string, ComparisonLine[]>();
    materials.forEach((m, i) => {
      const match = to.get(lower(m.id));
      if (!match || !m.rows.some((row) => kept[row - 1])) return;
      const key = lower(match.targetId);
      byTarget.set(key, [...(byTarget.get(key) ?? []), result[i]!]);
    });
    materials.forEach((m, i) => {
      const line = result[i]!;
      const match = to.get(lower(m.id));
      const priced = match
        ? pricing?.materials.find((p) => lower(p.material.id) === lower(match.targetId))
        : undefined;
      if (!match || !priced || !m.rows.some((row) => kept[row - 1])) {
        line.cells[id] = emptyCell('MISSING');
        return;
      }
      const group = byTarget.get(lower(match.targetId)) ?? [line];
      const first = group[0] === line;
      line.cells[id] = {
        ...emptyCell('PRICED'),
        amount: first ? priced.total.gross : null,
        itemName: priced.material.name,
        how: match.how,
        boardsUsed: first ? priced.boardsUsed : null,
        partial: m.rows.some((row) => !kept[row - 1]),
        sharedWith: group.filter((other) => other !== line).map((other) => other.label ?? ''),
        comparable: group.length === 1 && m.rows.every((row) => kept[row - 1]),
      };
    });

    // Accessory and fee lines: the priced rows count the kept lines only.
    let row = 0;
    lines.accessories.forEach((a, i) => {
      const match = to.get(lower(a.accessoryId));
      const priced = match ? pricing?.accessories.find((p) => p.row === row + 1) : undefined;
      if (match) row++;
      accessoryLines[i]!.cells[id] = priced
        ? {
            ...emptyCell('PRICED'),
            amount: priced.amounts.gross,
            itemName: priced.accessory.name,
            how: match!.how,
            comparable: true,
          }
        : emptyCell('MISSING');
    });
    row = 0;
    lines.fees.forEach((f, i) => {
      const match = to.get(lower(f.feeTypeId));
      const priced = match ? pricing?.fees.find((p) => p.row === row + 1) : undefined;
      if (match) row++;
      feeLines[i]!.cells[id] = priced
        ? {
            ...emptyCell('PRICED'),
            amount: priced.amounts.gross,
            itemName: priced.fee.name,
            how: match!.how,
            comparable: true,
          }
        : emptyCell('MISSING');
    });

    total.cells[id] = pricing
      ? {
          ...emptyCell('PRICED'),
          amount: pricing.finalTotal,
          // A partial price is not the same quote: shown, not compared.
          comparable: company.status === 'PRICED',
          partial: company.status !== 'PRICED',
        }
      : emptyCell('MISSING');
  }
  const all = [...result, ...accessoryLines, ...feeLines, total];
  for (const line of all) compareCells(line, sourceCompanyId, baseline);
  return all;
}
