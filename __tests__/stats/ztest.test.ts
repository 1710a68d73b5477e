import { describe, expect, it } from 'vitest';
import { twoProportionZTest } from '../../src/stats/ztest.js';
import { expectP, expectStat, fixture } from './drift-fixture.js';

interface ZCase { sa: number; na: number; sb: number; nb: number; statistic: number; pvalue: number }

describe('twoProportionZTest against the pooled formula with scipy.stats.norm.sf', () => {
  for (const c of fixture.ztest as ZCase[]) {
    it(`${c.sa}/${c.na} vs ${c.sb}/${c.nb}`, () => {
      const r = twoProportionZTest(c.sa, c.na, c.sb, c.nb);
      expectStat(r.statistic, c.statistic, 'z');
      expectP(r.pValue, c.pvalue, 'p-value');
      const s = twoProportionZTest(c.sb, c.nb, c.sa, c.na);
      expectStat(s.statistic, -c.statistic, 'swapped z');
    });
  }
});

describe('twoProportionZTest edge cases', () => {
  it('textbook: 45/100 vs 30/100 gives z = 0.15/sqrt(0.375*0.625*0.02)', () => {
    const r = twoProportionZTest(45, 100, 30, 100);
    expect(r.statistic).toBeCloseTo(0.15 / Math.sqrt(0.375 * 0.625 * 0.02), 12);
  });
  it('both proportions 0 or both 1: no evidence of a difference, not NaN', () => {
    expect(twoProportionZTest(0, 10, 0, 20)).toEqual({ statistic: 0, pValue: 1 });
    expect(twoProportionZTest(10, 10, 20, 20)).toEqual({ statistic: 0, pValue: 1 });
  });
  it('throws on empty samples and impossible counts', () => {
    expect(() => twoProportionZTest(0, 0, 1, 2)).toThrow(/positive integer/);
    expect(() => twoProportionZTest(3, 2, 1, 2)).toThrow(/outside/);
    expect(() => twoProportionZTest(1, 2, -1, 2)).toThrow(/outside/);
    expect(() => twoProportionZTest(NaN, 2, 1, 2)).toThrow(/outside/);
  });
});
