/** Where the focus is in the grid: a row index and a column index. */
export interface GridPosition {
  row: number;
  col: number;
}

/** The keys of a keydown that matter to the grid. */
export interface GridKey {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/** What a key does in the grid; null leaves the key to the browser (and the cell). */
export type GridAction =
  | { type: 'focus'; row: number; col: number }
  /** Add a blank row at the end and focus its cell in column `col`. */
  | { type: 'append'; col: number }
  /** Copy row `row` below itself and focus the copy's cell in column `col`. */
  | { type: 'duplicate'; row: number; col: number }
  /** Remove row `row`, then focus row `focusRow` (after the removal), column `col`. */
  | { type: 'delete'; row: number; focusRow: number; col: number };

export interface GridShape {
  rows: number;
  cols: number;
  /** The focused cell uses the up and down arrows itself (an open picker, a select). */
  cellOwnsArrows?: boolean;
}

/**
 * The grid's keyboard model, as a spreadsheet: Tab / Shift+Tab go to the next / previous cell
 * (wrapping to the next / previous row, leaving the grid at its ends), Enter goes down (adding
 * a row below the last), Shift+Enter goes up, the arrows go up and down where the cell does
 * not use them, Ctrl+D (⌘D) duplicates the row and Ctrl+Delete (⌘Delete, also
 * Ctrl+Backspace) deletes it. Pure, so it is tested without a browser.
 */
export function gridKeyAction(key: GridKey, at: GridPosition, shape: GridShape): GridAction | null {
  const mod = key.ctrlKey || key.metaKey;
  const lastRow = shape.rows - 1;
  const lastCol = shape.cols - 1;
  if (key.key === 'Tab' && !mod && !key.altKey) {
    if (key.shiftKey) {
      if (at.col > 0) return { type: 'focus', row: at.row, col: at.col - 1 };
      if (at.row > 0) return { type: 'focus', row: at.row - 1, col: lastCol };
      return null;
    }
    if (at.col < lastCol) return { type: 'focus', row: at.row, col: at.col + 1 };
    if (at.row < lastRow) return { type: 'focus', row: at.row + 1, col: 0 };
    return null;
  }
  if (key.key === 'Enter' && !mod && !key.altKey) {
    if (key.shiftKey) return at.row > 0 ? { type: 'focus', row: at.row - 1, col: at.col } : null;
    if (at.row < lastRow) return { type: 'focus', row: at.row + 1, col: at.col };
    return { type: 'append', col: at.col };
  }
  if ((key.key === 'ArrowDown' || key.key === 'ArrowUp') && !mod && !key.altKey && !key.shiftKey) {
    if (shape.cellOwnsArrows) return null;
    const row = key.key === 'ArrowDown' ? at.row + 1 : at.row - 1;
    return row >= 0 && row <= lastRow ? { type: 'focus', row, col: at.col } : null;
  }
  if (mod && !key.altKey && (key.key === 'd' || key.key === 'D')) {
    return { type: 'duplicate', row: at.row, col: at.col };
  }
  if (mod && !key.altKey && (key.key === 'Delete' || key.key === 'Backspace')) {
    // The row below moves up into the place; after the last row, the one above gets the focus.
    const focusRow = at.row < lastRow ? at.row : Math.max(0, at.row - 1);
    return { type: 'delete', row: at.row, focusRow, col: at.col };
  }
  return null;
}
