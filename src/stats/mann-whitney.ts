/**
 * Two-sided Mann–Whitney U test of two samples, = scipy.stats.mannwhitneyu(a, b) with its defaults
 * (alternative 'two-sided', use_continuity=True, method 'auto'): exact when either sample has at
 * most 8 values and no value occurs twice in the two together; otherwise the normal approximation
 * with the tie correction and the continuity correction. The statistic is U of the first sample.
 * Midranks come from one merge of the two sorted samples, O(n1 + n2).
 */
import erfc from '@stdlib/math-base-special-erfc';
import { assertSorted } from './descriptive.js';

export interface MannWhitneyResult {
  /** U of the first sample (scipy's `statistic`). */
  statistic: number;
  pValue: number;
  method: 'exact' | 'asymptotic';
}

/** scipy's cut: exact only when one sample is this small and there are no ties. */
const EXACT_MAX = 8;

export function mannWhitneyU(sortedA: Float64Array, sortedB: Float64Array): MannWhitneyResult {
  assertSorted(sortedA, 'Mann-Whitney U: first sample', true);
  assertSorted(sortedB, 'Mann-Whitney U: second sample', true);
  const n1 = sortedA.length;
  const n2 = sortedB.length;
  const n = n1 + n2;
  // One walk over the tie groups of the pooled sample: the rank sum of the first sample and Σ(t³ − t).
  let i = 0;
  let j = 0;
  let r1 = 0;
  let tieTerm = 0;
  while (i < n1 || j < n2) {
    const v = j >= n2 || (i < n1 && sortedA[i] <= sortedB[j]) ? sortedA[i] : sortedB[j];
    const start = i + j;
    const i0 = i;
    const j0 = j;
    while (i < n1 && sortedA[i] === v) i++;
    while (j < n2 && sortedB[j] === v) j++;
    const ca = i - i0;
    const t = ca + (j - j0);
    // Midrank of the group: start + (t + 1) / 2, with ranks from 1.
    r1 += ca * (start + (t + 1) / 2);
    tieTerm += t * t * t - t;
  }
  const u1 = r1 - (n1 * (n1 + 1)) / 2;
  const u = Math.max(u1, n1 * n2 - u1);
  if ((n1 <= EXACT_MAX || n2 <= EXACT_MAX) && tieTerm === 0) {
    return { statistic: u1, pValue: Math.min(1, 2 * exactSf(u, n1, n2)), method: 'exact' };
  }
  const mu = (n1 * n2) / 2;
  const s = Math.sqrt(((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1))));
  const z = (u - mu - 0.5) / s;
  // The normal survival function 0.5·erfc(z/√2) keeps tiny tails that 1 − cdf would round to 0.
  const p = 2 * 0.5 * erfc(z / Math.SQRT2);
  return { statistic: u1, pValue: Math.min(1, Math.max(0, p)), method: 'asymptotic' };
}

/**
 * P(U ≥ u) under the null without ties, = P(U ≤ n1·n2 − u) by symmetry: the counts of U are the
 * coefficients of the Gaussian binomial [n1 + n2 choose m]_q (m the smaller size), built factor by
 * factor as Π (1 − q^(big+i)) / (1 − q^i) and truncated at the degree needed, O(m · n1 · n2).
 */
function exactSf(u: number, n1: number, n2: number): number {
  const m = Math.min(n1, n2);
  const big = Math.max(n1, n2);
  const k = n1 * n2 - u;
  const c = new Float64Array(k + 1);
  c[0] = 1;
  let total = 1;
  for (let step = 1; step <= m; step++) {
    const up = big + step;
    for (let d = k; d >= up; d--) c[d] -= c[d - up];
    for (let d = step; d <= k; d++) c[d] += c[d - step];
    total = (total * up) / step;
  }
  let below = 0;
  for (let d = 0; d <= k; d++) below += c[d];
  return below / total;
}
