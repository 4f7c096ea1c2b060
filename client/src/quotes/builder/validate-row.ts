import type { PanelColumn } from './panel-columns.ts';
import type { HingeSide, PanelRow } from './panel-row.ts';
import { parseNumberText } from './parse-number.ts';

/** The bounds of a saved panel row (`subgraphs/portal/src/quotes/quote-input.ts`). */
export const PANEL_LIMITS = {
  minSizeMm: 1,
  maxSizeMm: 10_000,
  minQuantity: 1,
  maxQuantity: 10_000,
  maxHingeHoles: 10,
  maxLabelLength: 100,
  maxPanels: 1000,
} as const;

/** Why a cell is wrong; the UI words each (`quotes.builder.issues.*`). */
export type CellIssue =
  | 'materialRequired'
  | 'sizeRequired'
  | 'sizeNotNumber'
  | 'sizeNotWhole'
  | 'sizeRange'
  | 'quantityRequired'
  | 'quantityNotWhole'
  | 'quantityRange'
  | 'hingeHolesNotWhole'
  | 'hingeHolesRange'
  | 'labelTooLong';

export type RowIssues = Partial<Record<PanelColumn, CellIssue>>;

/** The API's panel row, as `previewQuote` and `createQuote` take it. */
export interface PanelInput {
  materialId: string;
  widthMm: number;
  heightMm: number;
  quantity: number;
  label: string | null;
  edgeBandingA: string | null;
  edgeBandingB: string | null;
  edgeBandingC: string | null;
  edgeBandingD: string | null;
  hingeHoles: number;
  hingeHoleSide: HingeSide | null;
  doubling: boolean;
  angleCut: boolean;
}

function sizeIssue(text: string): CellIssue | undefined {
  if (text.trim() === '') return 'sizeRequired';
  const value = parseNumberText(text);
  if (value === null) return 'sizeNotNumber';
  if (!Number.isInteger(value)) return 'sizeNotWhole';
  if (value < PANEL_LIMITS.minSizeMm || value > PANEL_LIMITS.maxSizeMm) return 'sizeRange';
  return undefined;
}

function quantityIssue(text: string): CellIssue | undefined {
  if (text.trim() === '') return 'quantityRequired';
  const value = parseNumberText(text);
  if (value === null || !Number.isInteger(value)) return 'quantityNotWhole';
  if (value < PANEL_LIMITS.minQuantity || value > PANEL_LIMITS.maxQuantity) return 'quantityRange';
  return undefined;
}

function hingeIssue(text: string): CellIssue | undefined {
  if (text.trim() === '') return undefined;
  const value = parseNumberText(text);
  if (value === null || !Number.isInteger(value)) return 'hingeHolesNotWhole';
  if (value < 0 || value > PANEL_LIMITS.maxHingeHoles) return 'hingeHolesRange';
  return undefined;
}

/** The row's wrong cells, by column; empty when the row can be priced and saved. */
export function validateRow(row: PanelRow): RowIssues {
  const issues: RowIssues = {};
  if (row.materialId === null) issues.material = 'materialRequired';
  const width = sizeIssue(row.width);
  if (width) issues.width = width;
  const height = sizeIssue(row.height);
  if (height) issues.height = height;
  const quantity = quantityIssue(row.quantity);
  if (quantity) issues.quantity = quantity;
  if (row.label.trim().length > PANEL_LIMITS.maxLabelLength) issues.label = 'labelTooLong';
  const hinge = hingeIssue(row.hingeHoles);
  if (hinge) issues.hingeHoles = hinge;
  return issues;
}

/** The row as the API takes it; null while any cell is wrong. */
export function rowToInput(row: PanelRow): PanelInput | null {
  if (Object.keys(validateRow(row)).length > 0 || row.materialId === null) return null;
  const whole = (text: string) => parseNumberText(text) ?? 0;
  const label = row.label.trim();
  return {
    materialId: row.materialId,
    widthMm: whole(row.width),
    heightMm: whole(row.height),
    quantity: whole(row.quantity),
    label: label === '' ? null : label,
    edgeBandingA: row.edgeA,
    edgeBandingB: row.edgeB,
    edgeBandingC: row.edgeC,
    edgeBandingD: row.edgeD,
    hingeHoles: row.hingeHoles.trim() === '' ? 0 : whole(row.hingeHoles),
    hingeHoleSide: row.hingeSide,
    doubling: row.doubling,
    angleCut: row.angleCut,
  };
}
