/**
 * Sorted non-missing values of a numeric column, the form KS, Wasserstein, quantiles and ranges
 * all read. Computed once per column, where the column was parsed.
 */

/** The non-NaN values of `values` in ascending order (-0 before 0, as Float64Array sort does). */
export function sortedNonMissing(values: Float64Array, missing: number): Float64Array {
  const out = new Float64Array(values.length - missing);
  if (missing === 0) out.set(values);
  else {
    let k = 0;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v === v && k < out.length) out[k++] = v;
    }
    if (k < out.length) return out.subarray(0, k).sort();
  }
  return out.sort();
}
