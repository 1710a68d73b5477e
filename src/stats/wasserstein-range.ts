/**
 * Wasserstein-1 distance on the scale of the data's range, Deepchecks' "Earth Mover's Distance":
 * each sample first loses the values outside its own [q, 1 − q] quantiles (numpy 'linear';
 * Deepchecks' margin_quantile_filter, default 0.025, so that a few extreme values do not set the
 * scale), then the distance between what remains is divided by the range of both together. 0 when
 * what remains is one value. Between 0 and 1.
 */
import { assertSorted, quantileSorted } from './descriptive.js';
import { lowerBound, upperBound } from './search.js';
import { wassersteinDistance } from './wasserstein.js';

export interface RangeWasserstein {
  value: number;
  /** The joint range of the trimmed samples, the divisor. */
  range: number;
  /** Values kept of each sample after the margin filter. */
  kept: [number, number];
}

function trim(sorted: Float64Array, margin: number): Float64Array {
  if (margin === 0) return sorted;
  const lo = quantileSorted(sorted, margin);
  const hi = quantileSorted(sorted, 1 - margin);
  return sorted.subarray(lowerBound(sorted, lo), upperBound(sorted, hi));
}

export function wassersteinByRange(sortedA: Float64Array, sortedB: Float64Array, margin: number): RangeWasserstein {
  if (!(margin >= 0 && margin < 0.5)) throw new Error(`range-normalised Wasserstein: the margin must be in [0, 0.5), got ${margin}`);
  assertSorted(sortedA, 'range-normalised Wasserstein: first sample');
  assertSorted(sortedB, 'range-normalised Wasserstein: second sample');
  const a = trim(sortedA, margin);
  const b = trim(sortedB, margin);
  if (a.length === 0 || b.length === 0) throw new Error(`range-normalised Wasserstein: no value lies between a sample's ${margin} and ${1 - margin} quantiles`);
  const range = Math.max(a[a.length - 1], b[b.length - 1]) - Math.min(a[0], b[0]);
  const value = range === 0 ? 0 : wassersteinDistance(a, b) / range;
  return { value, range, kept: [a.length, b.length] };
}
