import { describe, expect, it } from 'vitest';
import { wilsonInterval } from '../../src/stats/proportion.js';

// scipy 1.17.1: binomtest(k, n).proportion_ci(confidence_level, method='wilson').
const REFERENCE: [k: number, n: number, confidence: number, lo: number, hi: number][] = [
  [5, 100, 0.95, 0.021543679154367973, 0.11175046923191914],
  [0, 20, 0.95, 0, 0.16112515805281935],
  [20, 20, 0.95, 0.8388748419471808, 1],
  [37, 300, 0.95, 0.09081731429366793, 0.16537372402882342],
  [37, 300, 0.9, 0.09543147191129189, 0.15796839179397135],
  [1, 1000, 0.95, 0.00017654637062607809, 0.0056425585979579355],
];

describe('wilsonInterval', () => {
  for (const [k, n, conf, lo, hi] of REFERENCE) {
    it(`${k} of ${n} at ${conf}: [${lo}, ${hi}]`, () => {
      const ci = wilsonInterval(k, n, conf);
      expect(Math.abs(ci.lo - lo)).toBeLessThanOrEqual(1e-12);
      expect(Math.abs(ci.hi - hi)).toBeLessThanOrEqual(1e-12);
    });
  }

  it('no event never gives a zero-width interval', () => {
    expect(wilsonInterval(0, 1, 0.95).hi).toBeGreaterThan(0.7);
  });

  it('refuses n = 0 and a count outside 0..n', () => {
    expect(() => wilsonInterval(0, 0, 0.95)).toThrow(/n > 0/);
    expect(() => wilsonInterval(3, 2, 0.95)).toThrow(/k ≤ n/);
  });
});
