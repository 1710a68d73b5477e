/** Binary searches on ascending Float64Arrays (the context's sorted columns). */

/** Index of the first element ≥ x, i.e. how many elements are < x. */
export function lowerBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first element > x, i.e. how many elements are ≤ x. */
export function upperBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The distinct values of sorted input, stopping once there are more than `limit` (so a column of a
 * million distinct values costs `limit` + 1 binary searches, not a full pass).
 */
export function distinctUpTo(sorted: Float64Array, limit: number): number[] {
  const out: number[] = [];
  let i = 0;
  while (i < sorted.length && out.length <= limit) {
    const v = sorted[i];
    out.push(v);
    i = upperBound(sorted, v);
  }
  return out;
}
