import { describe, expect, it } from 'vitest';
import { averageRanks, spearman } from '../../src/stats/rank-correlation.js';

// [x, y, ρ] from scipy 1.10.1 `spearmanr(x, y).correlation`. The first is the example in scipy's
// documentation; the third is also 23/31 by hand: ranks [5, 2, 2, 2, 4, 6] and [5, 2, 4, 2, 2, 6]
// about their mean 3.5 give Σ dx·dy = 11.5 and Σ dx² = Σ dy² = 15.5.
const SCIPY: [x: number[], y: number[], rho: number][] = [
  [[1, 2, 3, 4, 5], [5, 6, 7, 8, 7], 0.8207826816681233],
  [[0.3, 0.1, 0.1, 0.9, 0.5, 0.5, 0.5], [1, 2, 3, 4, 5, 6, 7], 0.6174969805662239],
  [[2.0, 0, 0, 0, 1.5, 3.2], [1.9, 0, 0.1, 0, 0, 3.0], 0.7419354838709679],
  [[10, 9, 8, 7, 6], [1, 2, 3, 4, 5], -1],
  [[1, 1, 2, 2], [1, 2, 1, 2], 0],
];

describe('averageRanks', () => {
  it('gives ties the mean of the ranks they span (scipy rankdata "average")', () => {
    expect(Array.from(averageRanks([0.3, 0.1, 0.1, 0.9, 0.5, 0.5, 0.5]))).toEqual([3, 1.5, 1.5, 7, 5, 5, 5]);
    expect(Array.from(averageRanks([4, 4, 4, 4]))).toEqual([2.5, 2.5, 2.5, 2.5]);
    expect(Array.from(averageRanks([-1, 3, 2]))).toEqual([1, 3, 2]);
  });

  it('refuses NaN', () => {
    expect(() => averageRanks([1, NaN])).toThrow(/NaN/);
  });
});

describe('spearman', () => {
  for (const [x, y, rho] of SCIPY) {
    it(`${JSON.stringify(x)} vs ${JSON.stringify(y)} → ${rho}`, () => {
      expect(Math.abs(spearman(x, y) - rho)).toBeLessThanOrEqual(1e-14);
    });
  }

  it('the tied example is exactly 23/31', () => {
    expect(spearman([2.0, 0, 0, 0, 1.5, 3.2], [1.9, 0, 0.1, 0, 0, 3.0])).toBeCloseTo(23 / 31, 15);
  });

  it('is symmetric and invariant under monotone transforms', () => {
    const x = [0.2, 5, 3, 3, 1, 8];
    const y = [1, 2, 2, 7, 0, 4];
    expect(spearman(x, y)).toBe(spearman(y, x));
    expect(spearman(x.map((v) => Math.exp(v)), y)).toBeCloseTo(spearman(x, y), 15);
  });

  it('is undefined (NaN) for a constant sample or fewer than two pairs, as scipy', () => {
    expect(spearman([1, 1, 1], [1, 2, 3])).toBeNaN();
    expect(spearman([1], [2])).toBeNaN();
    expect(() => spearman([1, 2], [1])).toThrow(/length/);
  });
});
