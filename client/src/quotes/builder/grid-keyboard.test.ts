import { describe, expect, it } from 'vitest';
import { type GridKey, gridKeyAction } from './grid-keyboard.ts';

function key(name: string, mods: Partial<GridKey> = {}): GridKey {
  return { key: name, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...mods };
}
const shape = { rows: 3, cols: 13 };

describe('gridKeyAction', () => {
  it('moves right with Tab and wraps to the next row, leaving the grid after the last cell', () => {
    expect(gridKeyAction(key('Tab'), { row: 0, col: 0 }, shape)).toEqual({
      type: 'focus',
      row: 0,
      col: 1,
    });
    expect(gridKeyAction(key('Tab'), { row: 0, col: 12 }, shape)).toEqual({
      type: 'focus',
      row: 1,
      col: 0,
    });
    expect(gridKeyAction(key('Tab'), { row: 2, col: 12 }, shape)).toBeNull();
  });

  it('moves left with Shift+Tab and wraps to the previous row', () => {
    expect(gridKeyAction(key('Tab', { shiftKey: true }), { row: 1, col: 0 }, shape)).toEqual({
      type: 'focus',
      row: 0,
      col: 12,
    });
    expect(gridKeyAction(key('Tab', { shiftKey: true }), { row: 1, col: 5 }, shape)).toEqual({
      type: 'focus',
      row: 1,
      col: 4,
    });
    expect(gridKeyAction(key('Tab', { shiftKey: true }), { row: 0, col: 0 }, shape)).toBeNull();
  });

  it('moves down with Enter and adds a row below the last one', () => {
    expect(gridKeyAction(key('Enter'), { row: 0, col: 3 }, shape)).toEqual({
      type: 'focus',
      row: 1,
      col: 3,
    });
    expect(gridKeyAction(key('Enter'), { row: 2, col: 3 }, shape)).toEqual({
      type: 'append',
      col: 3,
    });
    expect(gridKeyAction(key('Enter', { shiftKey: true }), { row: 2, col: 3 }, shape)).toEqual({
      type: 'focus',
      row: 1,
      col: 3,
    });
    expect(gridKeyAction(key('Enter', { shiftKey: true }), { row: 0, col: 3 }, shape)).toBeNull();
  });

  it('uses the arrows only where the cell does not need them', () => {
    expect(gridKeyAction(key('ArrowDown'), { row: 0, col: 1 }, shape)).toEqual({
      type: 'focus',
      row: 1,
      col: 1,
    });
    expect(gridKeyAction(key('ArrowUp'), { row: 0, col: 1 }, shape)).toBeNull();
    expect(
      gridKeyAction(key('ArrowDown'), { row: 0, col: 0 }, { ...shape, cellOwnsArrows: true }),
    ).toBeNull();
  });

  it('duplicates with Ctrl+D or ⌘D and deletes with Ctrl+Delete', () => {
    expect(gridKeyAction(key('d', { ctrlKey: true }), { row: 1, col: 2 }, shape)).toEqual({
      type: 'duplicate',
      row: 1,
      col: 2,
    });
    expect(gridKeyAction(key('d', { metaKey: true }), { row: 1, col: 2 }, shape)).toEqual({
      type: 'duplicate',
      row: 1,
      col: 2,
    });
    expect(gridKeyAction(key('Delete', { ctrlKey: true }), { row: 1, col: 2 }, shape)).toEqual({
      type: 'delete',
      row: 1,
      focusRow: 1,
      col: 2,
    });
    // Deleting the last row focuses the one above it.
    expect(gridKeyAction(key('Delete', { ctrlKey: true }), { row: 2, col: 2 }, shape)).toEqual({
      type: 'delete',
      row: 2,
      focusRow: 1,
      col: 2,
    });
  });

  it('leaves plain typing to the cell', () => {
    expect(gridKeyAction(key('d'), { row: 0, col: 0 }, shape)).toBeNull();
    expect(gridKeyAction(key('Delete'), { row: 0, col: 0 }, shape)).toBeNull();
    expect(gridKeyAction(key('7'), { row: 0, col: 1 }, shape)).toBeNull();
  });
});
