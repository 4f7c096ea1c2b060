import { describe, expect, it } from 'vitest';
import { pageRange } from './page-range.ts';

describe('pageRange', () => {
  it('counts the items of a full page', () => {
    expect(pageRange(1, 20, 20, 213)).toEqual({ from: 1, to: 20, total: 213 });
    expect(pageRange(2, 20, 20, 213)).toEqual({ from: 21, to: 40, total: 213 });
  });

  it('counts a short last page', () => {
    expect(pageRange(11, 20, 13, 213)).toEqual({ from: 201, to: 213, total: 213 });
  });

  it('shows zeros for an empty page', () => {
    expect(pageRange(1, 20, 0, 0)).toEqual({ from: 0, to: 0, total: 0 });
  });
});
