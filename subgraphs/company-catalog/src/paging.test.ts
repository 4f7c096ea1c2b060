import { describe, expect, it } from 'vitest';
import { encodeCursor, pageWindow, toConnection } from './paging.ts';

describe('paging', () => {
  it('defaults to the first 20 and asks the company for at least one item', () => {
    expect(pageWindow({})).toEqual({ first: 20, offset: 0, limit: 20 });
    expect(pageWindow({ first: null, after: null })).toEqual({ first: 20, offset: 0, limit: 20 });
    expect(pageWindow({ first: 0 })).toEqual({ first: 0, offset: 0, limit: 1 });
  });

  it('continues after a cursor', () => {
    expect(pageWindow({ first: 5, after: encodeCursor(9) })).toEqual({
      first: 5,
      offset: 10,
      limit: 5,
    });
  });

  it.each([-1, 101])('refuses first = %i, naming the argument', (first) => {
    expect(() => pageWindow({ first })).toThrow(/`first` must be between 0 and 100/);
    try {
      pageWindow({ first });
    } catch (error) {
      expect(error).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'first' } });
    }
  });

  it.each(['', 'nope!', 'LTE', 'YWJj', `${encodeCursor(3)}=`, 'MDM', 'OTk5OTk5OTk5OTk'])(
    'refuses the malformed cursor %j',
    (after) => {
      expect(() => pageWindow({ after })).toThrow('`after` is not a cursor from this list');
    },
  );

  it('builds edges, cursors and page info', () => {
    const window = pageWindow({ first: 2, after: encodeCursor(1) });
    const page = toConnection({ totalCount: 5, items: ['c', 'd'] }, window, (s) => s.toUpperCase());
    expect(page).toEqual({
      nodes: ['C', 'D'],
      edges: [
        { cursor: encodeCursor(2), node: 'C' },
        { cursor: encodeCursor(3), node: 'D' },
      ],
      totalCount: 5,
      pageInfo: {
        hasNextPage: true,
        hasPreviousPage: true,
        startCursor: encodeCursor(2),
        endCursor: encodeCursor(3),
      },
    });
    const last = toConnection(
      { totalCount: 5, items: ['e'] },
      pageWindow({ first: 2, after: encodeCursor(3) }),
      (s) => s,
    );
    expect(last.pageInfo.hasNextPage).toBe(false);
  });

  it('returns only the count for first = 0', () => {
    const page = toConnection({ totalCount: 7, items: ['a'] }, pageWindow({ first: 0 }), (s) => s);
    expect(page.nodes).toEqual([]);
    expect(page.totalCount).toBe(7);
    expect(page.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: null,
      endCursor: null,
    });
  });
});
