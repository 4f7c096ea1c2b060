/** The side of a panel its hinge holes go on, as the API names it. */
export type HingeSide = 'LONG' | 'SHORT';

/**
 * One row of the cut list as the customer edits it. Number cells keep the typed text, so a
 * half-typed or wrong value stays visible with its message instead of being lost.
 */
export interface PanelRow {
  /** Stable identity for React and for focus; never sent to the server. */
  key: string;
  materialId: string | null;
  width: string;
  height: string;
  quantity: string;
  label: string;
  edgeA: string | null;
  edgeB: string | null;
  edgeC: string | null;
  edgeD: string | null;
  hingeHoles: string;
  hingeSide: HingeSide | null;
  doubling: boolean;
  angleCut: boolean;
}

let nextKey = 0;

/** A new row key, unique in this page's life. */
export function newRowKey(): string {
  nextKey += 1;
  return `row-${nextKey}`;
}

/** An empty row; the quantity starts at 1, the usual case. */
export function blankRow(): PanelRow {
  return {
    key: newRowKey(),
    materialId: null,
    width: '',
    height: '',
    quantity: '1',
    label: '',
    edgeA: null,
    edgeB: null,
    edgeC: null,
    edgeD: null,
    hingeHoles: '',
    hingeSide: null,
    doubling: false,
    angleCut: false,
  };
}

/** A copy of the row with its own key (duplicate row). */
export function copyRow(row: PanelRow): PanelRow {
  return { ...row, key: newRowKey() };
}

/**
 * Nothing typed yet (a fresh row, the quantity left at 1): such a row is neither priced nor
 * saved nor reported as wrong — it is where the next panel goes.
 */
export function isBlankRow(row: PanelRow): boolean {
  return (
    row.materialId === null &&
    row.width.trim() === '' &&
    row.height.trim() === '' &&
    (row.quantity.trim() === '' || row.quantity.trim() === '1') &&
    row.label.trim() === '' &&
    row.edgeA === null &&
    row.edgeB === null &&
    row.edgeC === null &&
    row.edgeD === null &&
    row.hingeHoles.trim() === '' &&
    row.hingeSide === null &&
    !row.doubling &&
    !row.angleCut
  );
}
