import { describe, expect, it } from 'vitest';
import { gatherColumn, permutation, sampleIndices, sampleRows, withColumn } from '../../src/checks/models/sample.js';
import type { Column } from '../../src/data/table.js';
import { createRng } from '../../src/stats/random.js';

describe('sampleIndices (selection sampling)', () => {
  it('k distinct indices in ascending order, all of them when k ≥ n', () => {
    const s = sampleIndices(1000, 37, createRng(5));
    expect(s).toHaveLength(37);
    for (let i = 1; i < s.length; i++) expect(s[i]).toBeGreaterThan(s[i - 1]);
    expect(s[0]).toBeGreaterThanOrEqual(0);
    expect(s[36]).toBeLessThan(1000);
    expect(Array.from(sampleIndices(4, 10, createRng(5)))).toEqual([0, 1, 2, 3]);
    expect(sampleIndices(10, 0, createRng(5))).toHaveLength(0);
  });

  it('takes every index with probability k/n (chi-square over 20,000 draws of 3 of 10)', () => {
    const rng = createRng(9);
    const counts = new Float64Array(10);
    const draws = 20000;
    for (let d = 0; d < draws; d++) for (const i of sampleIndices(10, 3, rng)) counts[i]++;
    const expected = (draws * 3) / 10;
    const chi2 = counts.reduce((s, c) => s + (c - expected) ** 2 / expected, 0);
    // 9 degrees of freedom: P(χ² > 27.88) = 0.001.
    expect(chi2).toBeLessThan(27.88);
  });

  it('sampleRows maps the sample through a pool of rows', () => {
    const pool = Int32Array.from([4, 8, 15, 16, 23, 42]);
    const rows = sampleRows(pool, 6, createRng(1));
    expect(Array.from(rows)).toEqual([4, 8, 15, 16, 23, 42]);
    for (const r of sampleRows(pool, 2, createRng(1))) expect(Array.from(pool)).toContain(r);
  });
});

describe('permutation (Fisher–Yates)', () => {
  it('is a permutation, and puts every value first equally often', () => {
    const rng = createRng(3);
    const first = new Float64Array(5);
    const draws = 10000;
    for (let d = 0; d < draws; d++) {
      const p = permutation(5, rng);
      expect(Array.from(p).sort()).toEqual([0, 1, 2, 3, 4]);
      first[p[0]]++;
    }
    const chi2 = first.reduce((s, c) => s + (c - draws / 5) ** 2 / (draws / 5), 0);
    // 4 degrees of freedom: P(χ² > 18.47) = 0.001.
    expect(chi2).toBeLessThan(18.47);
  });
});

describe('gatherColumn and withColumn', () => {
  const num: Column = { kind: 'numeric', name: 'x', values: Float64Array.from([1, NaN, 3, 4]), missing: 1 };
  const cat: Column = { kind: 'categorical', name: 'c', codes: Int32Array.from([0, 1, -1, 0]), dictionary: ['a', 'b'], missing: 1 };

  it('takes the values at the rows, in their order, recounting the missing ones', () => {
    const g = gatherColumn(num, Int32Array.from([3, 1, 1]));
    expect(g.kind === 'numeric' && Array.from(g.values)).toEqual([4, NaN, NaN]);
    expect(g.missing).toBe(2);
    const c = gatherColumn(cat, Int32Array.from([2, 1]));
    expect(c.kind === 'categorical' && Array.from(c.codes)).toEqual([-1, 1]);
    expect(c.kind === 'categorical' && c.dictionary).toBe(cat.dictionary);
    expect(c.missing).toBe(1);
  });

  it('replaces one column and shares the others', () => {
    const cols = new Map<string, Column>([['x', num], ['c', cat]]);
    const other: Column = { ...num, values: new Float64Array(4) };
    const b = withColumn(cols, 4, other);
    expect(b.columns.get('x')).toBe(other);
    expect(b.columns.get('c')).toBe(cat);
    expect(cols.get('x')).toBe(num);
  });
});
