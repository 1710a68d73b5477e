import { describe, expect, it } from 'vitest';
import {
  binLabels,
  countGroups,
  groupRows,
  GroupingError,
  indexGroups,
  quantileEdges,
  rowsOf,
} from '../../src/slices/groups.js';
import { makeTable } from '../helpers/tables.js';

// Reference values and bins computed once with numpy:
//   ref = [3.5, 1, 7.25, 2, 9, 4, 4, 6.5, 10, 0.5, 5]; cur = [0.1, 3.875, 4, 11, 6, nan, 8]
//   np.quantile(ref, [.25, .5, .75]) -> [2.75, 4.0, 6.875]
//   np.digitize(ref, e) -> [1 0 3 0 3 2 2 2 3 0 2]; np.digitize(cur[~nan], e) -> [0 1 2 3 2 3]
const REF = [3.5, 1, 7.25, 2, 9, 4, 4, 6.5, 10, 0.5, 5];
const CUR = [0.1, 3.875, 4, 11, 6, null, 8];

describe('numeric groups', () => {
  const reference = makeTable('ref.csv', { x: REF });
  const current = makeTable('cur.csv', { x: CUR });

  it('puts quartile edges at numpy quantiles of the reference and applies them to both files', () => {
    const g = groupRows(reference, current, { column: 'x', quantiles: 4 });
    expect(Array.from(g.reference)).toEqual([1, 0, 3, 0, 3, 2, 2, 2, 3, 0, 2]);
    expect(Array.from(g.current)).toEqual([0, 1, 2, 3, 2, -1, 3]);
    expect(g.labels).toEqual(['< 2.75', '[2.75, 4)', '[4, 6.875)', '≥ 6.875']);
    expect(g.name).toBe('x');
    expect(g.columns).toEqual(['x']);
  });

  it('uses four quantile bins by default and np.quantile values for thirds', () => {
    expect(groupRows(reference, current, { column: 'x' }).labels).toHaveLength(4);
    const sorted = Float64Array.from(REF).sort();
    const e = quantileEdges(sorted, 3);
    expect(e[0]).toBeCloseTo(3.66666667, 8);
    expect(e[1]).toBeCloseTo(6, 12);
  });

  it('removes duplicate quantile edges (a column of few values) and drops empty bins', () => {
    const ref = makeTable('r.csv', { x: [0, 0, 0, 0, 0, 0, 1, 1] });
    const cur = makeTable('c.csv', { x: [0, 1, 1] });
    const g = groupRows(ref, cur, { column: 'x', quantiles: 4 });
    // np.quantile([0]*6+[1]*2, [.25,.5,.75]) -> [0, 0, 0.25]: edges 0 and 0.25, and "< 0" is empty.
    expect(g.labels).toEqual(['[0, 0.25)', '≥ 0.25']);
    expect(Array.from(g.current)).toEqual([0, 1, 1]);
  });

  it('takes given edges, open at both ends, a value on an edge going to the bin above', () => {
    const g = groupRows(reference, current, { column: 'x', bins: [4, 8] });
    expect(g.labels).toEqual(['< 4', '[4, 8)', '≥ 8']);
    expect(Array.from(g.current)).toEqual([0, 0, 1, 2, 1, -1, 2]);
  });

  it('refuses edges that do not ascend, and both bins and quantiles', () => {
    expect(() => groupRows(reference, current, { column: 'x', bins: [4, 4] })).toThrow(/strictly ascending/);
    expect(() => groupRows(reference, current, { column: 'x', bins: [4], quantiles: 3 })).toThrow(/not both/);
    expect(() => groupRows(reference, current, { column: 'x', quantiles: 1 })).toThrow(/integer ≥ 2/);
  });

  it('labels edges that 4 digits would merge with full precision', () => {
    expect(binLabels(Float64Array.from([1.00001, 1.00002]))).toEqual(['< 1.00001', '[1.00001, 1.00002)', '≥ 1.00002']);
  });
});

describe('categorical groups', () => {
  it('shares one label list: reference values first, then values only the current file has', () => {
    const reference = makeTable('ref.csv', { region: ['north', 'south', null, 'north'] });
    const current = makeTable('cur.csv', { region: ['central', 'south', 'north', null, 'central'] });
    const g = groupRows(reference, current, { column: 'region' });
    expect(g.labels).toEqual(['north', 'south', 'central']);
    expect(Array.from(g.reference)).toEqual([0, 1, -1, 0]);
    expect(Array.from(g.current)).toEqual([2, 1, 0, -1, 2]);
  });

  it('names the file and column when the column is missing from one file', () => {
    const reference = makeTable('ref.csv', { region: ['a'] });
    const current = makeTable('cur.csv', { other: ['a'] });
    expect(() => groupRows(reference, current, { column: 'region' })).toThrow(GroupingError);
    expect(() => groupRows(reference, current, { column: 'region' })).toThrow('column "region" is not in cur.csv');
  });

  it('refuses bins on a categorical column and a column whose kind differs between files', () => {
    const reference = makeTable('ref.csv', { c: ['a', 'b'] });
    const current = makeTable('cur.csv', { c: [1, 2] });
    expect(() => groupRows(reference, reference, { column: 'c', bins: [1] })).toThrow(/numeric columns only/);
    expect(() => groupRows(reference, current, { column: 'c' })).toThrow('column "c" is categorical in ref.csv but numeric in cur.csv');
  });
});

describe('crossings', () => {
  it('makes one group per pair that occurs, missing when either column is', () => {
    const reference = makeTable('ref.csv', { region: ['n', 's', 'n', 's'], x: [1, 5, 9, null] });
    const current = makeTable('cur.csv', { region: ['n', 'n', null, 'e'], x: [1, 6, 2, 7] });
    const g = groupRows(reference, current, { crossing: [{ column: 'region' }, { column: 'x', bins: [5] }] });
    expect(g.name).toBe('region × x');
    expect(g.columns).toEqual(['region', 'x']);
    expect(g.kinds).toEqual(['categorical', 'numeric']);
    expect(g.parts).toEqual([['n', '< 5'], ['n', '≥ 5'], ['s', '≥ 5'], ['e', '≥ 5']]);
    // pairs in code order: n×<5, n×≥5, s×≥5, e×≥5 (s×<5 and e×<5 occur nowhere and are dropped)
    expect(g.labels).toEqual(['n × < 5', 'n × ≥ 5', 's × ≥ 5', 'e × ≥ 5']);
    expect(Array.from(g.reference)).toEqual([0, 2, 1, -1]);
    expect(Array.from(g.current)).toEqual([0, 1, -1, 3]);
  });

  it('refuses a column crossed with itself', () => {
    const t = makeTable('t.csv', { a: ['x'] });
    expect(() => groupRows(t, t, { crossing: [{ column: 'a' }, { column: 'a' }] })).toThrow(/itself/);
  });
});

describe('group index', () => {
  it('lists each group’s rows in order, leaving out missing and unkept rows', () => {
    const codes = Int32Array.from([2, 0, -1, 2, 1, 0, 2]);
    const index = indexGroups(codes, 3);
    expect(Array.from(rowsOf(index, 0))).toEqual([1, 5]);
    expect(Array.from(rowsOf(index, 1))).toEqual([4]);
    expect(Array.from(rowsOf(index, 2))).toEqual([0, 3, 6]);
    const keep = Uint8Array.from([1, 1, 1, 0, 1, 0, 1]);
    expect(Array.from(countGroups(codes, 3, keep))).toEqual([1, 1, 2]);
    const kept = indexGroups(codes, 3, keep);
    expect(Array.from(rowsOf(kept, 2))).toEqual([0, 6]);
    expect(Array.from(kept.offsets)).toEqual([0, 1, 2, 4]);
  });
});
