import { blankRow, type HingeSide, isBlankRow, newRowKey, type PanelRow } from './panel-row.ts';
import { parseNumberText } from './parse-number.ts';
import { PANEL_LIMITS, type PanelInput, rowToInput } from './validate-row.ts';

/** An accessory line as edited: the quantity keeps the typed text. */
export interface AccessoryLine {
  key: string;
  accessoryId: string | null;
  quantity: string;
}

/** A fee line as edited. */
export interface FeeLine {
  key: string;
  feeTypeId: string | null;
  quantity: string;
}

/** Everything the customer edits in the builder. */
export interface QuoteDraft {
  panels: PanelRow[];
  accessories: AccessoryLine[];
  fees: FeeLine[];
  comment: string;
}

/** The lines of a draft the API takes, with where each came from in the editor. */
export interface DraftInput {
  panels: PanelInput[];
  accessories: { accessoryId: string; quantity: number }[];
  fees: { feeTypeId: string; quantity: number }[];
  /** `panelRows[i]`: the grid index of `panels[i]` (server errors and diagrams name `i`). */
  panelRows: number[];
  accessoryRows: number[];
  feeRows: number[];
  /** Rows and lines left out because something in them is wrong (blank rows not counted). */
  invalid: number;
}

/** A line quantity: whole, 1–10 000; null when wrong. */
export function lineQuantity(text: string): number | null {
  const value = parseNumberText(text);
  if (value === null || !Number.isInteger(value)) return null;
  return value >= 1 && value <= PANEL_LIMITS.maxQuantity ? value : null;
}

/** A new draft: one blank row to type into. */
export function emptyDraft(): QuoteDraft {
  return { panels: [blankRow()], accessories: [], fees: [], comment: '' };
}

/**
 * The draft's valid lines as the API takes them. Blank rows are skipped silently; wrong ones
 * are left out and counted, so the rest can still be priced while the customer fixes them.
 */
export function draftInput(draft: QuoteDraft): DraftInput {
  const result: DraftInput = {
    panels: [],
    accessories: [],
    fees: [],
    panelRows: [],
    accessoryRows: [],
    feeRows: [],
    invalid: 0,
  };
  draft.panels.forEach((row, index) => {
    if (isBlankRow(row)) return;
    const input = rowToInput(row);
    if (input) {
      result.panels.push(input);
      result.panelRows.push(index);
    } else result.invalid += 1;
  });
  draft.accessories.forEach((line, index) => {
    const quantity = lineQuantity(line.quantity);
    // A line whose item is not chosen yet is still being filled in.
    if (line.accessoryId === null) return;
    if (quantity !== null) {
      result.accessories.push({ accessoryId: line.accessoryId, quantity });
      result.accessoryRows.push(index);
    } else result.invalid += 1;
  });
  draft.fees.forEach((line, index) => {
    const quantity = lineQuantity(line.quantity);
    if (line.feeTypeId === null) return;
    if (quantity !== null) {
      result.fees.push({ feeTypeId: line.feeTypeId, quantity });
      result.feeRows.push(index);
    } else result.invalid += 1;
  });
  return result;
}

/** Whether the draft has anything priceable. */
export function hasLines(input: DraftInput): boolean {
  return input.panels.length + input.accessories.length + input.fees.length > 0;
}

/** A saved quote's lines, as the API returns them. */
export interface SavedLines {
  panels: readonly {
    materialId: string;
    widthMm: number;
    heightMm: number;
    quantity: number;
    label?: string | null;
    edgeBandingA?: string | null;
    edgeBandingB?: string | null;
    edgeBandingC?: string | null;
    edgeBandingD?: string | null;
    hingeHoles: number;
    hingeHoleSide?: HingeSide | null;
    doubling: boolean;
    angleCut: boolean;
  }[];
  accessories: readonly { accessoryId: string; quantity: number }[];
  fees: readonly { feeTypeId: string; quantity: number }[];
  comment?: string | null;
}

/** A saved quote as an editable draft; an empty cut list gets one blank row to type into. */
export function draftFromSaved(saved: SavedLines): QuoteDraft {
  const panels: PanelRow[] = saved.panels.map((panel) => ({
    key: newRowKey(),
    materialId: panel.materialId,
    width: String(panel.widthMm),
    height: String(panel.heightMm),
    quantity: String(panel.quantity),
    label: panel.label ?? '',
    edgeA: panel.edgeBandingA ?? null,
    edgeB: panel.edgeBandingB ?? null,
    edgeC: panel.edgeBandingC ?? null,
    edgeD: panel.edgeBandingD ?? null,
    hingeHoles: panel.hingeHoles ? String(panel.hingeHoles) : '',
    hingeSide: panel.hingeHoleSide ?? null,
    doubling: panel.doubling,
    angleCut: panel.angleCut,
  }));
  return {
    panels: panels.length > 0 ? panels : [blankRow()],
    accessories: saved.accessories.map((line) => ({
      key: newRowKey(),
      accessoryId: line.accessoryId,
      quantity: String(line.quantity),
    })),
    fees: saved.fees.map((line) => ({
      key: newRowKey(),
      feeTypeId: line.feeTypeId,
      quantity: String(line.quantity),
    })),
    comment: saved.comment ?? '',
  };
}

/**
 * A server error's field (`input.panels[3].widthMm`) as the editor place it is about:
 * the list, the editor's index of the line and the rest of the path.
 */
export function locateField(
  field: string | null | undefined,
  input: Pick<DraftInput, 'panelRows' | 'accessoryRows' | 'feeRows'>,
): { list: 'panels' | 'accessories' | 'fees'; index: number; rest: string } | null {
  const match = /^input\.(panels|accessories|fees)\[(\d+)\](.*)$/.exec(field ?? '');
  if (!match) return null;
  const list = match[1] as 'panels' | 'accessories' | 'fees';
  const rows =
    list === 'panels'
      ? input.panelRows
      : list === 'accessories'
        ? input.accessoryRows
        : input.feeRows;
  const index = rows[Number(match[2])];
  return index === undefined ? null : { list, index, rest: match[3] ?? '' };
}
