import { describe, expect, it } from 'vitest';
import { chiSquareHomogeneity, chiSquareSf } from '../../src/stats/chisquare.js';
import { expectP, expectStat, fixture } from './drift-fixture.js';

interface ChiCase { name: string; a: number[]; b: number[]; statistic: number; pvalue: number; dof: number }

describe('chiSquareHomogeneity against scipy.stats.chi2_contingency(correction=False)', () => {
  for (const c of fixture.chisquare as ChiCase[]) {
    it(c.name, () => {
      const r = chiSquareHomogeneity(c.a, c.b);
      expect(r.dof).toBe(c.dof);
      expectStat(r.statistic, c.statistic, 'statistic');
      expectP(r.pValue, c.pvalue, 'p-value');
      // Swapping the samples swaps the rows of the table: same test.
      const s = chiSquareHomogeneity(Float64Array.from(c.b), Float64Array.from(c.a));
      expectStat(s.statistic, c.statistic, 'swapped statistic');
    });
  }
  it('includes a p-value that 1 - cdf would have rounded to 0', () => {
    expect((fixture.chisquare as ChiCase[]).some((c) => c.pvalue > 0 && c.pvalue < 1e-100)).toBe(true);
  });
});

describe('chiSquareHomogeneity textbook and bad input', () => {
  it('2x2 table [[10, 20], [20, 10]]: statistic 20/3, p = chi2.sf(20/3, 1)', () => {
    const r = chiSquareHomogeneity([10, 20], [20, 10]);
    expect(r.statistic).toBeCloseTo(20 / 3, 12);
    expect(r.dof).toBe(1);
    // chi2.sf(x, 1) = erfc(sqrt(x/2)); scipy: 0.009823274507519235
    expect(Math.abs(r.pValue / 0.009823274507519235 - 1)).toBeLessThan(1e-9);
  });
  it('survival function is exact in the far tail', () => {
    // scipy.stats.chi2.sf(1000, 3) = 1.7994208765314067e-216
    expect(Math.abs(chiSquareSf(1000, 3) / 1.7994208765314067e-216 - 1)).toBeLessThan(1e-9);
    expect(chiSquareSf(0, 3)).toBe(1);
  });
  it('throws on mismatched lengths, empty input, a side with no counts, negative or NaN counts', () => {
    expect(() => chiSquareHomogeneity([1, 2], [1])).toThrow(/differ in length/);
    expect(() => chiSquareHomogeneity([], [])).toThrow(/no categories/);
    expect(() => chiSquareHomogeneity([0, 0], [1, 2])).toThrow(/first sample has no counts/);
    expect(() => chiSquareHomogeneity([1, 2], [0, 0])).toThrow(/second sample has no counts/);
    expect(() => chiSquareHomogeneity([1, -2], [1, 2])).toThrow(/not a finite non-negative/);
    expect(() => chiSquareHomogeneity([1, NaN], [1, 2])).toThrow(/not a finite non-negative/);
    expect(() => chiSquareSf(1, 0)).toThrow(/dof > 0/);
  });
});
