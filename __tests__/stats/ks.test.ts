import { describe, expect, it } from 'vitest';
import { ksTwoSample } from '../../src/stats/ks.js';
import { kolmogorovSf, smirnovSf } from '../../src/stats/kstwo.js';
import { expectP, expectStat, fixture, sorted, type Sample } from './drift-fixture.js';

interface KsCase {
  name: string;
  a: Sample;
  b: Sample;
  method: 'auto' | 'exact' | 'asymp';
  used: 'exact' | 'asymp';
  statistic: number;
  pvalue: number;
}

describe('ksTwoSample against scipy.stats.ks_2samp', () => {
  const cases = fixture.ks as KsCase[];
  it('covers exact, asymptotic, forced and fallback paths', () => {
    expect(cases.filter((c) => c.used === 'exact').length).toBeGreaterThan(30);
    expect(cases.filter((c) => c.used === 'asymp' && c.method === 'auto').length).toBeGreaterThan(8);
    expect(cases.some((c) => c.pvalue > 0 && c.pvalue < 1e-300)).toBe(true);
  });
  for (const c of cases) {
    it(`${c.name} (${c.method})`, () => {
      const a = sorted(c.a);
      const b = sorted(c.b);
      const r = ksTwoSample(a, b, c.method);
      expectStat(r.statistic, c.statistic, 'statistic');
      expectP(r.pValue, c.pvalue, 'p-value');
      expect(r.method).toBe(c.used);
      // The test is symmetric in its samples.
      const s = ksTwoSample(b, a, c.method);
      expectStat(s.statistic, c.statistic, 'swapped statistic');
      expectP(s.pValue, c.pvalue, 'swapped p-value');
    });
  }
});

describe('Kolmogorov distributions against scipy', () => {
  it('kolmogorovSf = scipy.stats.kstwo.sf over every region of its algorithm', () => {
    for (const c of fixture.kstwo as { n: number; x: number; sf: number }[]) {
      expectP(kolmogorovSf(c.n, c.x), c.sf, `kstwo n=${c.n} x=${c.x}`);
    }
  });
  it('smirnovSf = scipy.special.smirnov', () => {
    for (const c of fixture.smirnov as { n: number; x: number; sf: number }[]) {
      expectP(smirnovSf(c.n, c.x), c.sf, `smirnov n=${c.n} x=${c.x}`);
    }
  });
  it('stays accurate in the subnormal range (reference: 40-digit mpmath Birnbaum-Tingey sum)', () => {
    const x = 0.0607456739230787;
    expect(Math.abs(kolmogorovSf(99999, x) / (2 * 1.6234494408944767e-321) - 1)).toBeLessThan(2e-3);
  });
  it('rejects a sample size that is not a positive integer', () => {
    expect(() => kolmogorovSf(0, 0.5)).toThrow(/integer n >= 1/);
    expect(() => kolmogorovSf(2.5, 0.5)).toThrow(/integer n >= 1/);
  });
});

describe('ksTwoSample textbook values and bad input', () => {
  it('disjoint samples of 3 and 3: D = 1, p = 2/C(6,3) = 0.1', () => {
    const r = ksTwoSample(Float64Array.of(1, 2, 3), Float64Array.of(4, 5, 6));
    expect(r.statistic).toBe(1);
    expect(r.pValue).toBeCloseTo(0.1, 15);
    expect(r.method).toBe('exact');
  });
  it('identical samples: D = 0, p = 1', () => {
    const x = Float64Array.of(1, 1, 2, 3);
    expect(ksTwoSample(x, x)).toEqual({ statistic: 0, pValue: 1, method: 'exact' });
  });
  it('accepts infinite values, which only matter through their rank', () => {
    const r = ksTwoSample(Float64Array.of(-Infinity, 0, 1), Float64Array.of(0, 1, Infinity));
    expect(r.statistic).toBeCloseTo(1 / 3, 15);
  });
  it('throws on empty, unsorted or NaN samples, and on an unknown method', () => {
    const ok = Float64Array.of(1, 2);
    expect(() => ksTwoSample(new Float64Array(0), ok)).toThrow(/empty/);
    expect(() => ksTwoSample(ok, new Float64Array(0))).toThrow(/empty/);
    expect(() => ksTwoSample(Float64Array.of(2, 1), ok)).toThrow(/not sorted/);
    expect(() => ksTwoSample(Float64Array.of(1, NaN), ok)).toThrow(/NaN/);
    // @ts-expect-error: checks the run-time guard for callers outside TypeScript
    expect(() => ksTwoSample(ok, ok, 'fast')).toThrow(/unknown method/);
  });
  it('refuses an asymptotic p-value for two single observations instead of returning NaN', () => {
    expect(() => ksTwoSample(Float64Array.of(1), Float64Array.of(2), 'asymp')).toThrow(/larger samples/);
  });
});
