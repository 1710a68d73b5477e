/**
 * 1-D Wasserstein-1 distance between two unweighted samples, = scipy.stats.wasserstein_distance:
 * the integral of |F_a − F_b| over the merged support, accumulated in one merge of the two sorted
 * samples (O(n1 + n2), no concatenation or searchsorted).
 */
import { assertSorted } from './descriptive.js';

export function wassersteinDistance(sortedA: Float64Array, sortedB: Float64Array): number {
  assertSorted(sortedA, 'Wasserstein distance: first sample');
  assertSorted(sortedB, 'Wasserstein distance: second sample');
  const n1 = sortedA.length;
  const n2 = sortedB.length;
  let i = 0;
  let j = 0;
  // Neumaier-compensated sum: up to millions of small terms, and scipy's pairwise sum is accurate.
  let sum = 0;
  let comp = 0;
  let prev = NaN;
  let prevGap = 0;
  while (i < n1 || j < n2) {
    const v = j >= n2 || (i < n1 && sortedA[i] <= sortedB[j]) ? sortedA[i] : sortedB[j];
    if (!Number.isNaN(prev)) {
      const term = prevGap * (v - prev);
      const t = sum + term;
      comp += Math.abs(sum) >= Math.abs(term) ? sum - t + term : term - t + sum;
      sum = t;
    }
    while (i < n1 && sortedA[i] === v) i++;
    while (j < n2 && sortedB[j] === v) j++;
    prev = v;
    prevGap = Math.abs(i / n1 - j / n2);
  }
  return sum + comp;
}
