import { describe, expect, it } from 'vitest';
import { assertSorted, distinctCountSorted, meanOf, quantileSorted, stdOf } from '../../src/stats/descriptive.js';
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
