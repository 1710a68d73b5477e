import { describe, expect, it } from 'vitest';
import { hellingerDistance, jensenShannonDistance, populationStabilityIndex } from '../../src/stats/divergence.js';
import { expectStat, fixture } from './drift-fixture.js';

interface DivCase { name: string; p: number[]; q: number[]; js: number; psi: number; hellinger: number }

describe('divergences against scipy jensenshannon, Evidently PSI, numpy Hellinger', () => {
  for (const c of fixture.divergence as DivCase[]) {
    it(c.name, () => {
      expectStat(jensenShannonDistance(c.p, c.q), c.js, 'JS');
      expectStat(populationStabilityIndex(c.p, c.q), c.psi, 'PSI');
      expectStat(hellingerDistance(c.p, c.q), c.hellinger, 'Hellinger');
      expectStat(jensenShannonDistance(c.q, c.p), c.js, 'JS swapped');
      expectStat(hellingerDistance(Float64Array.from(c.q), Float64Array.from(c.p)), c.hellinger, 'Hellinger swapped');
    });
  }
});

describe('divergences by hand and bad input', () => {
  it('disjoint distributions reach the maxima sqrt(ln 2) and 1', () => {
    expect(jensenShannonDistance([1, 0], [0, 1])).toBeCloseTo(Math.sqrt(Math.LN2), 15);
    expect(hellingerDistance([3, 0], [0, 5])).toBeCloseTo(1, 15);
  });
  it('PSI of one empty bin uses 0.0001 for it', () => {
    // fractions [0.5, 0.5] vs [1, 0] -> (0.5-1)ln(0.5/1) + (0.5-0.0001)ln(0.5/0.0001)
    const expected = -0.5 * Math.log(0.5) + 0.4999 * Math.log(0.5 / 0.0001);
    expect(populationStabilityIndex([1, 1], [4, 0])).toBeCloseTo(expected, 14);
  });
  it('throws on mismatched lengths, empty input, zero totals and negative values', () => {
    for (const fn of [jensenShannonDistance, populationStabilityIndex, hellingerDistance]) {
      expect(() => fn([1, 2], [1])).toThrow(/differ in length/);
      expect(() => fn([], [])).toThrow(/empty/);
      expect(() => fn([0, 0], [1, 1])).toThrow(/total 0/);
      expect(() => fn([1, -1], [1, 1])).toThrow(/not a finite non-negative/);
      expect(() => fn([1, NaN], [1, 1])).toThrow(/not a finite non-negative/);
    }
  });
});
