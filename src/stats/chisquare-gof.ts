/**
 * Chi-squared goodness of fit of the current counts to the reference's shares, Evidently's
 * `chisquare`: scipy.stats.chisquare(f_obs = current counts, f_exp = reference counts × n_cur/n_ref)
 * over the categories seen in either sample. Unlike the homogeneity test (chisquare.ts), the
 * reference is taken as the truth: a category the reference never saw has expected count 0, so
 * any current value in it makes the statistic infinite and p = 0.
 */
import { chiSquareSf, type ChiSquareResult } from './chisquare.js';

export function chiSquareGoodnessOfFit(refCounts: ArrayLike<number>, curCounts: ArrayLike<number>): ChiSquareResult {
  const k = refCounts.length;
  if (k !== curCounts.length) throw new Error(`chi-squared goodness of fit: count vectors differ in length (${k} vs ${curCounts.length})`);
  let nRef = 0;
  let nCur = 0;
  let kept = 0;
  for (let i = 0; i < k; i++) {
    const r = refCounts[i];
    const c = curCounts[i];
    if (!(r >= 0 && c >= 0 && r !== Infinity && c !== Infinity)) throw new Error(`chi-squared goodness of fit: count at index ${i} is not a finite non-negative number`);
    nRef += r;
    nCur += c;
    if (r + c > 0) kept++;
  }
  if (nRef === 0) throw new Error('chi-squared goodness of fit: the reference has no counts');
  if (nCur === 0) throw new Error('chi-squared goodness of fit: the current sample has no counts');
  const dof = kept - 1;
  if (dof === 0) return { statistic: 0, pValue: 1, dof: 0 };
  const scale = nCur / nRef;
  let statistic = 0;
  for (let i = 0; i < k; i++) {
    if (refCounts[i] + curCounts[i] === 0) continue;
    const expected = refCounts[i] * scale;
    if (expected === 0) return { statistic: Infinity, pValue: 0, dof };
    const d = curCounts[i] - expected;
    statistic += (d * d) / expected;
  }
  return { statistic, pValue: chiSquareSf(statistic, dof), dof };
}
