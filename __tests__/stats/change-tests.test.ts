import { describe, expect, it } from 'vitest';
import { holmChangePValues } from '../../src/stats/change-tests.js';

// Upper-tail normal probabilities from scipy.stats.norm.sf.
const SF = { m4: 0.9999683287581669, m2: 0.9772498680518208, m1: 0.8413447460685429, p1: 0.15865525393145707, p2: 0.022750131948179195, p4: 3.167124183311998e-5 };
const near = (a: number, b: number): void => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-12 * Math.max(1, b));

describe('holmChangePValues', () => {
  it('one test: the three one-sided normal p-values', () => {
    const [p] = holmChangePValues([{ worsening: 0.02, se: 0.01, allowed: 0.01 }]);
    near(p.worse, SF.p2);
    near(p.beyond, SF.p1);
    near(p.within, SF.m1);
  });

  it('two tests: each family Holm-adjusted (smallest × 2, then monotone)', () => {
    const [a, b] = holmChangePValues([
      { worsening: 0.02, se: 0.01, allowed: 0.01 },
      { worsening: -0.01, se: 0.005, allowed: 0.01 },
    ]);
    near(a.worse, 2 * SF.p2);
    near(b.worse, SF.m2);
    near(a.beyond, 2 * SF.p1);
    near(b.beyond, SF.m4);
    near(b.within, 2 * SF.p4);
    near(a.within, SF.m1);
  });

  it('refuses a standard error that is zero or not finite', () => {
    expect(() => holmChangePValues([{ worsening: 0, se: 0, allowed: 0.01 }])).toThrow(RangeError);
    expect(() => holmChangePValues([{ worsening: 0, se: NaN, allowed: 0.01 }])).toThrow(RangeError);
    expect(holmChangePValues([])).toEqual([]);
  });
});
