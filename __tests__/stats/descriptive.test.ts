import { describe, expect, it } from 'vitest';
import { assertSorted, distinctCountSorted, markSorted, meanOf, quantileSorted, stdOf } from '../../src/stats/descriptive.js';
import { expectStat, fixture } from './drift-fixture.js';

interface DescCase { name: string; x: number[]; mean: number; std: number; q: number[]; quantiles: number[]; distinct: number }

describe('descriptive statistics against numpy mean, std, quantile, unique', () => {
  for (const c of fixture.descriptive as DescCase[]) {
    it(c.name, () => {
      const x = Float64Array.from(c.x);
      expectStat(meanOf(x), c.mean, 'mean');
      expectStat(stdOf(x), c.std, 'std');
      c.q.forEach((p, i) => expectStat(quantileSorted(x, p), c.quantiles[i], `quantile ${p}`));
      expect(distinctCountSorted(x)).toBe(c.distinct);
    });
  }
});

describe('descriptive statistics bad input', () => {
  it('throw on empty input, non-finite values, bad probabilities and unsorted input', () => {
    const empty = new Float64Array(0);
    expect(() => meanOf(empty)).toThrow(/no values/);
    expect(() => stdOf(empty)).toThrow(/no values/);
    expect(() => quantileSorted(empty, 0.5)).toThrow(/no values/);
    expect(() => distinctCountSorted(empty)).toThrow(/empty/);
    expect(() => meanOf(Float64Array.of(1, NaN))).toThrow(/not finite/);
    expect(() => stdOf(Float64Array.of(1, Infinity))).toThrow(/not finite/);
    expect(() => quantileSorted(Float64Array.of(1), 1.5)).toThrow(/outside \[0, 1\]/);
    expect(() => quantileSorted(Float64Array.of(1), NaN)).toThrow(/outside \[0, 1\]/);
    expect(() => distinctCountSorted(Float64Array.of(2, 1))).toThrow(/not sorted/);
    expect(() => assertSorted(Float64Array.of(1, NaN), 'x')).toThrow(/x contains NaN/);
  });
});

describe('markSorted', () => {
  it('lets assertSorted skip the scan for the marked array only, still refusing infinities', () => {
    // A marked array is taken on trust: this one is not sorted, and only the unmarked check sees it.
    const unsorted = Float64Array.of(3, 1, 2);
    expect(() => assertSorted(unsorted, 'x')).toThrow(/not sorted/);
    markSorted(unsorted);
    expect(() => assertSorted(unsorted, 'x')).not.toThrow();
    expect(() => assertSorted(unsorted.subarray(0, 2), 'x')).toThrow(/not sorted/);
    expect(() => assertSorted(Float64Array.of(3, 1, 2), 'x')).toThrow(/not sorted/);

    const withInf = markSorted(Float64Array.of(-Infinity, 0, 1, Infinity, Infinity));
    expect(() => assertSorted(withInf, 'x')).toThrow(/infinite value at position 0/);
    expect(() => assertSorted(withInf, 'x', true)).not.toThrow();
    const top = markSorted(Float64Array.of(0, 1, Infinity, Infinity));
    expect(() => assertSorted(top, 'x')).toThrow(/infinite value at position 2/);
    expect(() => stdOf(top)).toThrow(/value Infinity at position 2 is not finite/);
    expect(() => assertSorted(markSorted(new Float64Array(0)), 'x')).toThrow(/empty/);
  });
  it('gives the same statistics as unmarked input', () => {
    for (const c of fixture.descriptive as DescCase[]) {
      const x = markSorted(Float64Array.from(c.x));
      expectStat(meanOf(x), c.mean, 'mean');
      expectStat(stdOf(x), c.std, 'std');
      expect(distinctCountSorted(x)).toBe(c.distinct);
    }
  });
});
