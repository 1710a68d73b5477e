/**
 * Chi-squared test of homogeneity for two count vectors over the same categories (a 2×k table),
 * = scipy.stats.chi2_contingency([a, b], correction=False) once categories with no counts in
 * either sample are dropped (scipy would refuse their zero expected frequencies).
 */
import gammainc from '@stdlib/math-base-special-gammainc';

export interface ChiSquareResult {
  statistic: number;
  pValue: number;
  dof: number;
}

/** Upper tail of the chi-squared distribution, from the regularised upper incomplete gamma so that tiny p-values keep their precision (1 − cdf would round them to 0). */
export function chiSquareSf(x: number, dof: number): number {
  if (!(dof > 0)) throw new Error(`chi-squared survival function needs dof > 0, got ${dof}`);
  if (x <= 0) return 1;
  return gammainc(x / 2, dof / 2, true, true);
}

function checkCounts(counts: ArrayLike<number>, what: string): void {
  for (let i = 0; i < counts.length; i++) {
    const c = counts[i];
    if (!(c >= 0) || c === Infinity) throw new Error(`chi-squared test: ${what} count ${c} at index ${i} is not a finite non-negative number`);
  }
}

export function chiSquareHomogeneity(countsA: ArrayLike<number>, countsB: ArrayLike<number>): ChiSquareResult {
  const k = countsA.length;
  if (k !== countsB.length) throw new Error(`chi-squared test: count vectors differ in length (${k} vs ${countsB.length})`);
  if (k === 0) throw new Error('chi-squared test: no categories');
  checkCounts(countsA, 'first sample');
  checkCounts(countsB, 'second sample');
  let totalA = 0;
  let totalB = 0;
  let kept = 0;
  for (let i = 0; i < k; i++) {
    totalA += countsA[i];
    totalB += countsB[i];
    if (countsA[i] + countsB[i] > 0) kept++;
  }
  if (totalA === 0) throw new Error('chi-squared test: the first sample has no counts');
  if (totalB === 0) throw new Error('chi-squared test: the second sample has no counts');
  const dof = kept - 1;
  // scipy's convention for a table with one category: nothing to test, statistic 0, p 1.
  if (dof === 0) return { statistic: 0, pValue: 1, dof: 0 };
  const total = totalA + totalB;
  let statistic = 0;
  for (let i = 0; i < k; i++) {
    const col = countsA[i] + countsB[i];
    if (col === 0) continue;
    const expA = (totalA * col) / total;
    const expB = (totalB * col) / total;
    const dA = countsA[i] - expA;
    const dB = countsB[i] - expB;
    statistic += (dA * dA) / expA + (dB * dB) / expB;
  }
  return { statistic, pValue: chiSquareSf(statistic, dof), dof };
}
