import { describe, expect, it } from 'vitest';
import { wassersteinDistance } from '../../src/stats/wasserstein.js';
import { createRng } from '../../src/stats/random.js';
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

/**
 * scipy's form, ∫|F_a − F_b| dx by a merge over the distinct values (the previous implementation,
 * checked against the same scipy fixtures), to hold the quantile-function walk to on sizes and tie
 * patterns beyond the fixtures.
 */
function byCdfMerge(a: Float64Array, b: Float64Array): number {
  let i = 0, j = 0, sum = 0, comp = 0, prev = NaN, gap = 0;
  while (i < a.length || j < b.length) {
    const v = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i] : b[j];
    if (!Number.isNaN(prev)) {
      const term = gap * (v - prev);
      const t = sum + term;
      comp += Math.abs(sum) >= Math.abs(term) ? sum - t + term : term - t + sum;
      sum = t;
    }
    while (i < a.length && a[i] === v) i++;
    while (j < b.length && b[j] === v) j++;
    prev = v;
    gap = Math.abs(i / a.length - j / b.length);
  }
  return sum + comp;
}

describe('wassersteinDistance on large samples against the CDF merge', () => {
  const g = createRng(17);
  const normal = () => Math.sqrt(-2 * Math.log(1 - g.next())) * Math.cos(2 * Math.PI * g.next());
  const sample = (n: number, f: () => number) => Float64Array.from({ length: n }, f).sort();
  const cases: [string, Float64Array, Float64Array][] = [
    ['equal sizes, continuous', sample(50000, normal), sample(50000, () => normal() + 0.3)],
    ['coprime sizes near each other', sample(50021, normal), sample(49019, () => 1.2 * normal())],
    ['one sample a third of the other', sample(60000, normal), sample(20000, () => normal() - 0.1)],
    ['heavy ties (integers), unequal sizes', sample(40000, () => Math.round(5 * Math.abs(normal()))),
      sample(33333, () => Math.round(5 * Math.abs(normal() + 0.2)))],
    ['two decimals, ties across the samples', sample(30011, () => Math.round(100 * normal()) / 100),
      sample(29989, () => Math.round(100 * normal() + 5) / 100)],
    ['one value against many', Float64Array.of(0.5), sample(10007, () => g.next())],
  ];
  for (const [name, a, b] of cases) {
    it(name, () => {
      const ref = byCdfMerge(a, b);
      expect(Math.abs(wassersteinDistance(a, b) - ref)).toBeLessThanOrEqual(1e-12 * ref);
      expect(Math.abs(wassersteinDistance(b, a) - ref)).toBeLessThanOrEqual(1e-12 * ref);
    });
  }
});
