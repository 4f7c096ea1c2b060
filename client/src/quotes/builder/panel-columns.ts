/** The grid's columns, left to right; the keyboard model and the paste order follow it. */
export const panelColumns = [
  'material',
  'width',
  'height',
  'quantity',
  'label',
  'edgeA',
  'edgeB',
  'edgeC',
  'edgeD',
  'hingeHoles',
  'hingeSide',
  'doubling',
  'angleCut',
] as const;

export type PanelColumn = (typeof panelColumns)[number];

/** Columns edited by a picker, whose dropdown needs the arrow keys for itself. */
export const pickerColumns: ReadonlySet<PanelColumn> = new Set([
  'material',
  'edgeA',
  'edgeB',
  'edgeC',
  'edgeD',
  'hingeSide',
]);
