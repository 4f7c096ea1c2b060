import { type PanelColumn, panelColumns } from './panel-columns.ts';
import { blankRow, type HingeSide, type PanelRow } from './panel-row.ts';
import { detectDelimiter, splitTableText } from './split-table-text.ts';
import { type CellIssue, PANEL_LIMITS, validateRow } from './validate-row.ts';

/** The part of the company's catalog an import matches names against. */
export interface ImportCatalog {
  materials: readonly { id: string; name: string }[];
  edgeBandings: readonly { id: string; label: string; decor: string }[];
}

/** Why an imported cell is wrong; the UI words each (`quotes.builder.issues.*`). */
export type ImportIssueCode =
  | CellIssue
  | 'materialUnknown'
  | 'materialAmbiguous'
  | 'edgeUnknown'
  | 'edgeAmbiguous'
  | 'notYesNo'
  | 'hingeSideUnknown'
  | 'tooManyRows';

export interface ImportIssue {
  column: PanelColumn | null;
  code: ImportIssueCode;
}

/** One line of the table: the cells as given, the row they make and what is wrong. */
export interface ImportedRow {
  /** 1-based line of the table (the header counts), for the customer to find it. */
  line: number;
  cells: Partial<Record<PanelColumn, string>>;
  row: PanelRow;
  issues: ImportIssue[];
}

export interface ImportPreview {
  /** Whether the first line was taken as a header naming the columns. */
  header: boolean;
  /** Which column each position of the table fills (null: ignored). */
  columns: (PanelColumn | null)[];
  rows: ImportedRow[];
}

/** Header words by column, in the `normalize` form (no accents, letters and digits only). */
const headerAliases: Record<PanelColumn, readonly string[]> = {
  material: ['anyag', 'material', 'butorlap', 'lap', 'lapanyag', 'board'],
  width: ['szelesseg', 'width', 'hossz', 'hosszusag', 'length'],
  height: ['magassag', 'height'],
  quantity: ['mennyiseg', 'darab', 'db', 'darabszam', 'quantity', 'qty', 'pcs', 'count'],
  label: ['cimke', 'felirat', 'megnevezes', 'nev', 'label', 'name'],
  edgeA: ['a', 'ela', 'ael', 'elzaroa', 'edgea', 'aedge'],
  edgeB: ['b', 'elb', 'bel', 'elzarob', 'edgeb', 'bedge'],
  edgeC: ['c', 'elc', 'cel', 'elzaroc', 'edgec', 'cedge'],
  edgeD: ['d', 'eld', 'del', 'elzarod', 'edged', 'dedge'],
  hingeHoles: ['panthely', 'panthelyfuras', 'panthelyek', 'hingeholes', 'hinges', 'hinge'],
  hingeSide: ['oldal', 'panthelyoldal', 'panthelyfurasoldal', 'hingeside', 'side'],
  doubling: ['duplungolas', 'dupla', 'doubling', 'double'],
  angleCut: ['szogvagas', 'anglecut', 'angle'],
};

const yes = new Set(['igen', 'i', 'x', '1', 'yes', 'y', 'true', 'ok', '✓']);
const no = new Set(['', 'nem', 'n', '0', 'no', 'false', '-']);
const longSide = new Set(['hosszu', 'h', 'long', 'l']);
const shortSide = new Set(['rovid', 'r', 'short', 's']);

/** Lower case, accents off, a `(mm)` unit note off, letters and digits only. */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\([^)]*\)/g, '')
    .replace(/[^\p{L}\p{N}✓]/gu, '');
}

/** Lower case, accents kept, runs of space as one: how names are compared. */
function nameKey(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ');
}

function headerColumn(cell: string): PanelColumn | null {
  const key = normalize(cell);
  if (key === '') return null;
  return panelColumns.find((column) => headerAliases[column].includes(key)) ?? null;
}

type Match = { id: string } | 'unknown' | 'ambiguous';

/** One item by its exact name, else by the first word (a decor code), else by a unique prefix. */
function matchByName<T extends { id: string }>(
  text: string,
  items: readonly T[],
  names: (item: T) => string[],
): Match {
  const key = nameKey(text);
  const exact = items.filter((item) => names(item).some((name) => nameKey(name) === key));
  if (exact.length === 1 && exact[0]) return { id: exact[0].id };
  if (exact.length > 1) return 'ambiguous';
  const byCode = items.filter((item) =>
    names(item).some((name) => nameKey(name).split(' ')[0] === key),
  );
  if (byCode.length === 1 && byCode[0]) return { id: byCode[0].id };
  if (byCode.length > 1) return 'ambiguous';
  const byPrefix = items.filter((item) =>
    names(item).some((name) => nameKey(name).startsWith(key)),
  );
  if (byPrefix.length === 1 && byPrefix[0]) return { id: byPrefix[0].id };
  return byPrefix.length > 1 ? 'ambiguous' : 'unknown';
}

function yesNo(text: string): boolean | null {
  const key = normalize(text);
  if (yes.has(key)) return true;
  if (no.has(key)) return false;
  return null;
}

/** Which column each position fills when there is no header. */
function positionalColumns(records: string[][]): PanelColumn[] {
  // Sizes only (no material column) when every line starts with a number.
  const startsWithNumber = records.every((record) => /^\s*\d/.test(record[0] ?? ''));
  return startsWithNumber ? panelColumns.filter((c) => c !== 'material') : [...panelColumns];
}

const edgeColumns = ['edgeA', 'edgeB', 'edgeC', 'edgeD'] as const;

/**
 * A table pasted from a spreadsheet or read from a CSV file, as cut-list rows with what is
 * wrong in each line, for a preview before anything is applied. Columns in the grid's order
 * (material may be left out when every line starts with a number), or in any order under a
 * header line naming them (Hungarian or English). Materials and edge bandings are matched by
 * name or decor code against the catalog; a line without a material takes `defaultMaterialId`.
 */
export function parsePanelTable(
  text: string,
  catalog: ImportCatalog,
  options: { defaultMaterialId?: string | null; maxRows?: number } = {},
): ImportPreview {
  const records = splitTableText(text, detectDelimiter(text));
  const first = records[0] ?? [];
  const headerColumns = first.map(headerColumn);
  const header = headerColumns.filter((column) => column !== null).length >= 2;
  const body = header ? records.slice(1) : records;
  const columns: (PanelColumn | null)[] = header ? headerColumns : positionalColumns(body);
  const maxRows = options.maxRows ?? PANEL_LIMITS.maxPanels;

  const rows: ImportedRow[] = [];
  body.forEach((record, index) => {
    if (record.every((cell) => cell === '')) return;
    const line = index + (header ? 2 : 1);
    const cells: Partial<Record<PanelColumn, string>> = {};
    columns.forEach((column, position) => {
      const cell = record[position];
      if (column && cell !== undefined) cells[column] = cell;
    });
    const row = blankRow();
    const issues: ImportIssue[] = [];

    const materialText = cells.material ?? '';
    if (materialText !== '') {
      const match = matchByName(materialText, catalog.materials, (m) => [m.name]);
      if (typeof match === 'object') row.materialId = match.id;
      else
        issues.push({
          column: 'material',
          code: match === 'ambiguous' ? 'materialAmbiguous' : 'materialUnknown',
        });
    } else row.materialId = options.defaultMaterialId ?? null;

    row.width = cells.width ?? '';
    row.height = cells.height ?? '';
    row.quantity = cells.quantity === undefined || cells.quantity === '' ? '1' : cells.quantity;
    row.label = cells.label ?? '';
    row.hingeHoles = cells.hingeHoles ?? '';

    for (const column of edgeColumns) {
      const edgeText = cells[column] ?? '';
      if (edgeText === '' || no.has(normalize(edgeText))) continue;
      const match = matchByName(edgeText, catalog.edgeBandings, (e) => [e.label, e.decor]);
      if (typeof match === 'object') row[column] = match.id;
      else issues.push({ column, code: match === 'ambiguous' ? 'edgeAmbiguous' : 'edgeUnknown' });
    }

    const side = normalize(cells.hingeSide ?? '');
    if (longSide.has(side)) row.hingeSide = 'LONG' satisfies HingeSide;
    else if (shortSide.has(side)) row.hingeSide = 'SHORT' satisfies HingeSide;
    else if (side !== '') issues.push({ column: 'hingeSide', code: 'hingeSideUnknown' });

    for (const column of ['doubling', 'angleCut'] as const) {
      const value = yesNo(cells[column] ?? '');
      if (value === null) issues.push({ column, code: 'notYesNo' });
      else row[column] = value;
    }

    const cellIssues = validateRow(row);
    for (const column of panelColumns) {
      const code = cellIssues[column];
      // An unmatched material is already explained better than "required".
      if (code && !issues.some((issue) => issue.column === column)) issues.push({ column, code });
    }
    if (rows.length >= maxRows) issues.push({ column: null, code: 'tooManyRows' });
    rows.push({ line, cells, row, issues });
  });
  return { header, columns, rows };
}
