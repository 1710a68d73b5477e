import { describe, expect, it } from 'vitest';
import { wassersteinDistance } from '../../src/stats/wasserstein.js';
import { expectStat, fixture, sorted, type Sample } from './drift-fixture.js';

interface WCase { name: string; a: Sample; b: Sample; value: number }

describe('wassersteinDistance against scipy.stats.wasserstein_distance', () => {
  for (const c of fixture.wasserstein as WCase[]) {
    it(c.name, () => {
      const a = sorted(c.a);
      const b = sorted(c.b);
      expectStat(wassersteinDistance(a, b), c.value);
      expectStat(wassersteinDistance(b, a), c.value);
    });
  }
});

describe('wassersteinDistance by hand and bad input', () => {
  it('a shift of every value by s moves the distance by exactly s', () => {
    const a = Float64Array.of(0, 1, 1, 4);
    const b = a.map((x) => x + 2.5);
    expect(wassersteinDistance(a, b)).toBeCloseTo(2.5, 14);
    expect(wassersteinDistance(a, a)).toBe(0);
  });
  it('throws on empty, unsorted, NaN or infinite samples', () => {
    const ok = Float64Array.of(1, 2);
    expect(() => wassersteinDistance(new Float64Array(0), ok)).toThrow(/empty/);
    expect(() => wassersteinDistance(ok, Float64Array.of(3, 1))).toThrow(/not sorted/);
    expect(() => wassersteinDistance(ok, Float64Array.of(NaN))).toThrow(/NaN/);
    expect(() => wassersteinDistance(ok, Float64Array.of(1, Infinity))).toThrow(/infinite/);
  });
});
