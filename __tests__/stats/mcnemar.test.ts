import { describe, expect, it } from 'vitest';
import { mcnemarExact } from '../../src/stats/mcnemar.js';

// [b, c, two-sided exact p]. Small cases by hand (2·Σ_{j ≤ min} C(n, j)/2ⁿ, capped at 1): 1 vs 5 →
// 2·7/64, 0 vs 10 → 2/1024, 3 vs 12 → 2·576/32768. The others: the same sum in exact rational
// arithmetic (Python fractions + math.comb), which scipy 1.17.1 `binomtest(b, b + c, 0.5).pvalue`
// matches to the last digit; the two largest from scipy alone (exact sums too slow there).
const REFERENCE: [b: number, c: number, p: number][] = [
  [1, 5, 0.21875],
  [5, 1, 0.21875],
  [0, 10, 0.001953125],
  [3, 12, 0.03515625],
  [59, 41, 0.08862608011406758],
  [200, 240, 0.0628687178461547],
  [1000, 1100, 0.030720707864242296],
  [10, 200, 4.728263442876991e-47],
];
const SCIPY_LARGE: [b: number, c: number, p: number][] = [
  [50000, 50600, 0.05895199586854574],
  [300000, 301500, 0.053262450272158944],
];

describe('mcnemarExact', () => {
  for (const [b, c, p] of REFERENCE) {
    it(`b = ${b}, c = ${c} → p = ${p}`, () => {
      // Absolute 1e-12, and relative 1e-12 for the tiny tail where absolute would be vacuous.
      expect(Math.abs(mcnemarExact(b, c) - p)).toBeLessThanOrEqual(1e-12 * Math.min(1, p));
    });
  }
  for (const [b, c, p] of SCIPY_LARGE) {
    it(`b = ${b}, c = ${c} (scipy) → p = ${p}`, () => {
      // ln Γ(n + 1) is about 10⁷ here, so its last bit alone moves the first term by ~1e-9
      // relative: the bound says the walk adds nothing to that.
      expect(Math.abs(mcnemarExact(b, c) - p)).toBeLessThanOrEqual(1e-8 * p);
    });
  }

  it('equal discordant counts, none, or a single pair say nothing against equality: p = 1', () => {
    expect(mcnemarExact(7, 7)).toBe(1);
    expect(mcnemarExact(0, 0)).toBe(1);
    expect(mcnemarExact(0, 1)).toBe(1);
    expect(mcnemarExact(2, 1)).toBe(1);
  });

  it('is symmetric in b and c', () => {
    for (const [b, c] of [[4, 17], [120, 90], [0, 3]]) expect(mcnemarExact(b, c)).toBe(mcnemarExact(c, b));
  });

  it('refuses counts that are not non-negative integers', () => {
    expect(() => mcnemarExact(-1, 3)).toThrow(/non-negative integers/);
    expect(() => mcnemarExact(1.5, 3)).toThrow(/non-negative integers/);
  });
});
