/**
 * Energy distance between two 1-D samples, = scipy.stats.energy_distance(a, b):
 * √2 · (∫ (F_a − F_b)² dx)^½, the two empirical CDFs integrated between consecutive pooled values
 * by one merge of the sorted samples, O(n1 + n2). Evidently's `energy_dist` is this raw value, in
 * the column's own units (not normalised).
 */
import { assertSorted } from './descriptive.js';

export function energyDistance(sortedA: Float64Array, sortedB: Float64Array): number {
  assertSorted(sortedA, 'energy distance: first sample');
  assertSorted(sortedB, 'energy distance: second sample');
  const n1 = sortedA.length;
  const n2 = sortedB.length;
  let i = 0;
  let j = 0;
  let sum = 0;
  let prev = Math.min(sortedA[0], sortedB[0]);
  while (i < n1 || j < n2) {
    const v = j >= n2 || (i < n1 && sortedA[i] <= sortedB[j]) ? sortedA[i] : sortedB[j];
    // F_a − F_b is constant on [prev, v): the counts so far.
    const d = i / n1 - j / n2;
    sum += d * d * (v - prev);
    while (i < n1 && sortedA[i] === v) i++;
    while (j < n2 && sortedB[j] === v) j++;
    prev = v;
  }
  return Math.SQRT2 * Math.sqrt(sum);
}
