/**
 * A number as people type it in Hungary or England: `1 200`, `1200`, `720,5`, `720.5`. Spaces
 * (also no-break and thin spaces) group thousands; one comma or point is the decimal mark.
 * Null for anything else, so the caller can say the cell is wrong.
 */
export function parseNumberText(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  if (!/^[+-]?\d+([.,]\d+)?$/.test(compact)) return null;
  return Number(compact.replace(',', '.'));
}
