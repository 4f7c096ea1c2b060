import type { SearchResult } from '@portal/company-link';
import { BadUserInputError } from '@portal/errors';

export const DEFAULT_FIRST = 20;
export const MAX_FIRST = 100;
/** Far beyond any catalog; keeps a forged cursor from asking for absurd offsets. */
const MAX_OFFSET = 1_000_000_000;

/** The slice of a list one connection field returns. */
export interface PageWindow {
  first: number;
  offset: number;
  /** What to ask the company for: `first`, but at least 1 (the contract's minimum). */
  limit: number;
}

/** Validates `first` / `after`; throws `BAD_USER_INPUT` naming the argument. */
export function pageWindow(args: { first?: number | null; after?: string | null }): PageWindow {
  const first = args.first ?? DEFAULT_FIRST;
  if (first < 0 || first > MAX_FIRST) {
    throw new BadUserInputError(
      `\`first\` must be between 0 and ${MAX_FIRST}, got ${first}`,
      'first',
    );
  }
  const offset = args.after == null ? 0 : decodeCursor(args.after) + 1;
  return { first, offset, limit: Math.max(first, 1) };
}

/** A cursor is the item's position in the list, base64url-encoded so clients treat it as opaque. */
export function encodeCursor(position: number): string {
  return Buffer.from(String(position)).toString('base64url');
}

function decodeCursor(cursor: string): number {
  const text = /^[A-Za-z0-9_-]{1,16}$/.test(cursor)
    ? Buffer.from(cursor, 'base64url').toString('utf8')
    : '';
  const position = /^\d{1,10}$/.test(text) ? Number(text) : Number.NaN;
  // Only the canonical encoding is accepted, so one position has one cursor.
  if (!(position <= MAX_OFFSET) || encodeCursor(position) !== cursor) {
    throw new BadUserInputError('`after` is not a cursor from this list', 'after');
  }
  return position;
}

export interface Connection<N> {
  edges: Array<{ cursor: string; node: N }>;
  nodes: N[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  totalCount: number;
}

export function toConnection<T, N>(
  result: SearchResult<T>,
  window: PageWindow,
  toNode: (item: T) => N,
): Connection<N> {
  const nodes = result.items.slice(0, window.first).map(toNode);
  const edges = nodes.map((node, i) => ({ cursor: encodeCursor(window.offset + i), node }));
  return {
    edges,
    nodes,
    totalCount: result.totalCount,
    pageInfo: {
      hasNextPage: window.offset + nodes.length < result.totalCount,
      hasPreviousPage: window.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
