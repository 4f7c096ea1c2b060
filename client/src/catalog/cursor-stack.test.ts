import { describe, expect, it } from 'vitest';
import {
  type CursorPage,
  extendWithItemCursors,
  newCursorStack,
  pageStart,
  recordPageEnd,
  walkToPage,
} from './cursor-stack.ts';

describe('pageStart', () => {
  it('knows page 1 from the start and nothing beyond the stack', () => {
    expect(pageStart(newCursorStack, 1)).toBeNull();
    expect(pageStart(newCursorStack, 2)).toBeUndefined();
    expect(pageStart([null, 'c20'], 2)).toBe('c20');
    expect(pageStart([null, 'c20'], 0)).toBeUndefined();
  });
});

describe('recordPageEnd', () => {
  it('pushes the start of the next page when more items follow', () => {
    expect(recordPageEnd(newCursorStack, 1, 'c20', true)).toEqual([null, 'c20']);
    expect(recordPageEnd([null, 'c20'], 2, 'c40', true)).toEqual([null, 'c20', 'c40']);
  });

  it('keeps the stack when the cursor is already known', () => {
    const stack = [null, 'c20', 'c40'];
    expect(recordPageEnd(stack, 1, 'c20', true)).toBe(stack);
  });

  it('drops the later pages when the list changed under them', () => {
    expect(recordPageEnd([null, 'c20', 'c40'], 1, 'x20', true)).toEqual([null, 'x20']);
  });

  it('ends the stack at the last page', () => {
    expect(recordPageEnd([null, 'c20', 'c40'], 2, 'c33', false)).toEqual([null, 'c20']);
  });

  it('ignores a page whose start is not known', () => {
    expect(recordPageEnd(newCursorStack, 3, 'c60', true)).toBe(newCursorStack);
  });
});

describe('extendWithItemCursors', () => {
  const cursors = (from: number, count: number) =>
    Array.from({ length: count }, (_, i) => `c${from + i}`);

  it('adds a page start after every page-size items', () => {
    expect(extendWithItemCursors(newCursorStack, 2, cursors(1, 5), true)).toEqual([
      null,
      'c2',
      'c4',
    ]);
  });

  it('adds no page after the very last item', () => {
    expect(extendWithItemCursors(newCursorStack, 2, cursors(1, 4), false)).toEqual([null, 'c2']);
    expect(extendWithItemCursors(newCursorStack, 2, cursors(1, 4), true)).toEqual([
      null,
      'c2',
      'c4',
    ]);
  });
});

/** A list of `total` items whose cursors are `c1`…`cN`, served like the API. */
function fakeList(total: number) {
  const calls: { after: string | null; first: number }[] = [];
  const fetchCursors = async (after: string | null, first: number): Promise<CursorPage> => {
    calls.push({ after, first });
    const start = after === null ? 0 : Number(after.slice(1));
    const end = Math.min(total, start + first);
    return {
      cursors: Array.from({ length: end - start }, (_, i) => `c${start + i + 1}`),
      hasNextPage: end < total,
    };
  };
  return { calls, fetchCursors };
}

describe('walkToPage', () => {
  it('finds the start of a page never visited', async () => {
    const list = fakeList(213);
    const stack = await walkToPage(newCursorStack, 3, 20, list.fetchCursors);
    expect(pageStart(stack, 3)).toBe('c40');
    expect(pageStart(stack, 2)).toBe('c20');
    expect(list.calls).toEqual([{ after: null, first: 40 }]);
  });

  it('reads at most 100 cursors at a time and continues from the last known page', async () => {
    const list = fakeList(1000);
    const stack = await walkToPage([null, 'c20'], 9, 20, list.fetchCursors);
    expect(pageStart(stack, 9)).toBe('c160');
    expect(list.calls).toEqual([
      { after: 'c20', first: 100 },
      { after: 'c120', first: 40 },
    ]);
  });

  it('does nothing for a known page', async () => {
    const list = fakeList(100);
    const stack = [null, 'c20'];
    expect(await walkToPage(stack, 2, 20, list.fetchCursors)).toBe(stack);
    expect(list.calls).toEqual([]);
  });

  it('stops at the last page when the list is shorter', async () => {
    const list = fakeList(45);
    const stack = await walkToPage(newCursorStack, 10, 20, list.fetchCursors);
    expect(stack).toEqual([null, 'c20', 'c40']);
  });

  it('stops on an empty list', async () => {
    const list = fakeList(0);
    expect(await walkToPage(newCursorStack, 4, 20, list.fetchCursors)).toEqual([null]);
  });
});
