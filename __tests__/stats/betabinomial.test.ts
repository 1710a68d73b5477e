import { describe, expect, it } from 'vitest';
import { betaBinomialSf } from '../../src/stats/betabinomial.js';

// Reference: the pmf summed in 40-digit arithmetic (mpmath: binomial(n, k)·B(k + a, n − k + b)/B(a, b)).
// scipy.stats.betabinom.sf (1.17.1) agrees to 1e-9 on the moderate cases but loses digits for
// n = 10^6 and tiny tails (e.g. 1.98e-12 for the 2.64e-12 below), so it is not the reference.
const REFERENCE: [x: number, n: number, a: number, b: number, sf: number][] = [
  [4, 365, 2, 364, 0.1866408922550346],
  [8, 200, 2, 199, 0.01848331894190529],
  [12, 1000000, 2, 999999, 0.0017089367679470825],
  [1, 200000, 2, 199, 0.99999900698205885],
  [2000, 200000, 2, 199, 0.40478299258506492],
  [37, 365, 1, 366, 2.6428148610884934e-12],
  [50, 1000, 31, 971, 0.014612535319898929],
  [100000, 1000000, 2, 199, 1.6416595929602794e-8],
  [5, 20, 3.5, 2.5, 0.94495737051329343],
  [1, 1, 2, 5, 0.28571428571428571],
];

describe('betaBinomialSf', () => {
  for (const [x, n, a, b, sf] of REFERENCE) {
    it(`P(X ≥ ${x}), X ~ BetaBinomial(${n}, ${a}, ${b}) = ${sf}`, () => {
      expect(Math.abs(betaBinomialSf(x, n, a, b) - sf)).toBeLessThanOrEqual(1e-8 * sf);
    });
  }

  it('a = b = 1 is the discrete uniform on 0..n: P(X ≥ k) = (n − k + 1)/(n + 1)', () => {
    for (const k of [1, 3, 7, 10]) expect(betaBinomialSf(k, 10, 1, 1)).toBeCloseTo((11 - k) / 11, 14);
  });

  it('range null: P(no current value outside the reference min/max) = N(N−1)/((n+N)(n+N−1)), by exchangeability', () => {
    // The n current values all fall inside iff the smallest and largest of all N + n values are
    // both reference values.
    for (const [N, n] of [[50, 30], [365, 365], [1000, 20]]) {
      expect(1 - betaBinomialSf(1, n, 2, N - 1)).toBeCloseTo((N * (N - 1)) / ((n + N) * (n + N - 1)), 11);
    }
  });

  it('edges: x ≤ 0 is certain, x > n impossible, b ≤ 0 puts every draw in the tail', () => {
    expect(betaBinomialSf(0, 5, 2, 3)).toBe(1);
    expect(betaBinomialSf(6, 5, 2, 3)).toBe(0);
    expect(betaBinomialSf(5, 5, 2, 0)).toBe(1);
    expect(() => betaBinomialSf(1, 2.5, 1, 1)).toThrow(/integer/);
  });
});
