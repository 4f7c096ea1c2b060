/**
 * The start cursors of the pages of one list, as far as they are known: entry `i` is the
 * `after` cursor of page `i + 1`, so entry 0 is always `null` (from the start). The API pages
 * forward only (`first`/`after`), so going back needs the cursors of the pages already seen.
 */
export type CursorStack = readonly (string | null)[];

export const newCursorStack: CursorStack = [null];

/** The `after` cursor of a 1-based page; undefined while it is not known. */
export function pageStart(stack: CursorStack, page: number): string | null | undefined {
  return page >= 1 && page <= stack.length ? stack[page - 1] : undefined;
}

/**
 * The stack after a page was read: when more items follow, the page's end cursor starts the
 * next page. A different cursor than the one known (the list changed meanwhile) drops the
 * pages after it, which were counted from the old one.
 */
export function recordPageEnd(
  stack: CursorStack,
  page: number,
  endCursor: string | null | undefined,
  hasNextPage: boolean,
): CursorStack {
  if (page < 1 || page > stack.length) return stack;
  if (!hasNextPage || !endCursor) return stack.slice(0, page);
  if (stack[page] === endCursor) return stack;
  return [...stack.slice(0, page), endCursor];
}

/**
 * The stack extended by the cursors of the items that follow its last known page start, read
 * in one go: every `size`-th item ends a page. A page is added only when items follow it.
 */
export function extendWithItemCursors(
  stack: CursorStack,
  size: number,
  itemCursors: readonly string[],
  hasNextPage: boolean,
): CursorStack {
  const extended = [...stack];
  for (let end = size - 1; end < itemCursors.length; end += size) {
    const followed = end < itemCursors.length - 1 || hasNextPage;
    if (!followed) break;
    extended.push(itemCursors[end] ?? null);
  }
  return extended;
}

export interface CursorPage {
  cursors: string[];
  hasNextPage: boolean;
}

/** Reads the cursors of up to `first` items after `after` (a light query: cursors only). */
export type FetchCursors = (after: string | null, first: number) => Promise<CursorPage>;

/** The largest number of items the API returns at once. */
const MAX_FIRST = 100;

/**
 * Finds the start of a page that was never visited (a shared link, a reload) by reading item
 * cursors forward from the last known page, up to 100 at a time. Returns the extended stack;
 * when the list ends first, the stack ends at the last page that exists.
 */
export async function walkToPage(
  stack: CursorStack,
  page: number,
  size: number,
  fetchCursors: FetchCursors,
): Promise<CursorStack> {
  let current = stack;
  // A multiple of the page size, so every read starts at a page boundary.
  const chunk = Math.max(size, Math.floor(MAX_FIRST / size) * size);
  while (current.length < page) {
    const from = current[current.length - 1] ?? null;
    const wanted = Math.min(chunk, (page - current.length) * size);
    const result = await fetchCursors(from, wanted);
    const next = extendWithItemCursors(current, size, result.cursors, result.hasNextPage);
    if (next.length === current.length) return current;
    current = next;
  }
  return current;
}
