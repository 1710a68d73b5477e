import { describe, expect, it } from 'vitest';
import { alignedCategoryCounts } from '../../src/stats/categories.js';

describe('alignedCategoryCounts', () => {
  it('aligns two dictionaries in different orders, skipping missing codes', () => {
    const r = alignedCategoryCounts(
      Int32Array.of(0, 1, 1, -1, 2, 0), ['red', 'green', 'blue'],
      Int32Array.of(0, 0, 1, 2, -1, 2), ['blue', 'red', 'pink'],
    );
    expect(r.categories).toEqual(['red', 'green', 'blue', 'pink']);
    expect(Array.from(r.a)).toEqual([2, 2, 1, 0]);
    expect(Array.from(r.b)).toEqual([1, 0, 2, 2]);
  });
  it('keeps dictionary entries that never occur, as zero counts', () => {
    const r = alignedCategoryCounts(Int32Array.of(0, 0), ['x', 'y'], Int32Array.of(-1, 0), ['x']);
    expect(r.categories).toEqual(['x', 'y']);
    expect(Array.from(r.a)).toEqual([2, 0]);
    expect(Array.from(r.b)).toEqual([1, 0]);
  });
  it('throws on empty columns, codes outside the dictionary and repeated dictionary entries', () => {
    expect(() => alignedCategoryCounts(new Int32Array(0), [], Int32Array.of(0), ['a'])).toThrow(/first column is empty/);
    expect(() => alignedCategoryCounts(Int32Array.of(0), ['a'], new Int32Array(0), [])).toThrow(/second column is empty/);
    expect(() => alignedCategoryCounts(Int32Array.of(1), ['a'], Int32Array.of(0), ['a'])).toThrow(/outside its dictionary/);
    expect(() => alignedCategoryCounts(Int32Array.of(0), ['a'], Int32Array.of(-2), ['a'])).toThrow(/outside its dictionary/);
    expect(() => alignedCategoryCounts(Int32Array.of(0), ['a', 'a'], Int32Array.of(0), ['a'])).toThrow(/repeats/);
  });
});
