/**
 * Descriptive statistics of one numeric column, on its non-missing values (sorted where the name
 * says so), with numpy's definitions: mean, population std (ddof 0), 'linear' quantile.
 */
import dmeanpn from '@stdlib/stats-base-dmeanpn';
import dvariancepn from '@stdlib/stats-base-dvariancepn';

/**
 * Arrays whose producer vouches that they are ascending and free of NaN (the loader's sorted columns,
 * the engine's sorted cache), so that each of the several statistics reading one column does not
 * re-scan a million values to learn it again. Only the object is remembered: a subarray or copy is
 * unknown and checked in full.
 */
const knownSorted = new WeakSet<Float64Array>();

/**
 * Records that `values` is ascending with no NaN; infinities are still checked (at the ends, which
 * is enough for sorted input). The caller must not write to the array afterwards. Returns it.
 */
export function markSorted(values: Float64Array): Float64Array {
  knownSorted.add(values);
  return values;
}

/**
 * Throws unless `values` is non-empty, free of NaN, and ascending. Infinite values are refused
 * unless `allowInfinite`: a rank statistic copes with them, a distance does not.
 * One pass, or none for an array marked by markSorted; the functions here take sorted input on
 * trust otherwise, and a wrong order would give plausible but wrong numbers, which is worse than an
 * error.
 */
export function assertSorted(values: Float64Array, what: string, allowInfinite = false): void {
  const n = values.length;
  if (n === 0) throw new Error(`${what} is empty`);
  if (knownSorted.has(values)) {
    if (!allowInfinite) {
      const at = firstInfiniteSorted(values);
      if (at >= 0) throw new Error(`${what} contains an infinite value at position ${at}`);
    }
    return;
  }
  let prev = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (Number.isNaN(v)) throw new Error(`${what} contains NaN at position ${i}`);
    if (!allowInfinite && (v === Infinity || v === -Infinity)) {
      throw new Error(`${what} contains an infinite value at position ${i}`);
    }
    if (v < prev) throw new Error(`${what} is not sorted ascending at position ${i}`);
    prev = v;
  }
}

/** Position of the first infinite value of sorted, NaN-free, non-empty input, or -1. */
function firstInfiniteSorted(sorted: Float64Array): number {
  if (sorted[0] === -Infinity) return 0;
  let i = sorted.length;
  while (i > 0 && sorted[i - 1] === Infinity) i--;
  return i < sorted.length ? i : -1;
}

function assertNonEmptyFinite(values: Float64Array, what: string): void {
  if (values.length === 0) throw new Error(`${what}: no values`);
  if (knownSorted.has(values)) {
    const at = firstInfiniteSorted(values);
    if (at >= 0) throw new Error(`${what}: value ${values[at]} at position ${at} is not finite`);
    return;
  }
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i])) throw new Error(`${what}: value ${values[i]} at position ${i} is not finite`);
  }
}

/**
 * Arithmetic mean: @stdlib's dmeanpn, pairwise summation as numpy sums, plus a second pass that
 * corrects the first estimate's rounding. Typed-array loops without branches: each runs once over
 * a million values, mostly in V8's first optimising tier, where simple-statistics' compensated
 * sum boxed a double per value.
 */
export function meanOf(values: Float64Array): number {
  assertNonEmptyFinite(values, 'mean');
  return dmeanpn(values.length, values, 1);
}

/** Population standard deviation, ddof 0 as numpy.std: √ of @stdlib's two-pass dvariancepn. */
export function stdOf(values: Float64Array): number {
  assertNonEmptyFinite(values, 'standard deviation');
  return Math.sqrt(dvariancepn(values.length, 0, values, 1));
}

/**
 * Quantile of sorted values by numpy's default 'linear' method (R type 7): position p·(n−1),
 * interpolated between its neighbours.
 */
export function quantileSorted(sorted: Float64Array, p: number): number {
  return linearQuantile(sorted.length, p, (k) => sorted[k]);
}

/** The 0-based order statistics quantileSorted reads for probability p of n values. */
export function linearQuantileRanks(n: number, p: number): number[] {
  const pos = p * (n - 1);
  const lo = Math.floor(pos);
  return pos - lo === 0 ? [lo] : [lo, lo + 1];
}

/**
 * quantileSorted from the order statistics alone (`at(k)` = the k-th smallest, 0-based): a SQL
 * engine returns exactly those (src/pushdown), so both paths interpolate with this one function.
 */
export function linearQuantile(n: number, p: number, at: (k: number) => number): number {
  if (n === 0) throw new Error('quantile: no values');
  if (!(p >= 0 && p <= 1)) throw new Error(`quantile: probability ${p} is outside [0, 1]`);
  const pos = p * (n - 1);
  const lo = Math.floor(pos);
  const frac = pos - lo;
  const a = at(lo);
  if (frac === 0) return a;
  const b = at(lo + 1);
  // numpy's _lerp: a + (b-a)·t, computed from the upper end when t ≥ 0.5 for symmetry.
  const diff = b - a;
  return frac >= 0.5 ? b - diff * (1 - frac) : a + diff * frac;
}

/** Number of distinct values in sorted input (−0 and 0 count as one, as numpy.unique does). */
export function distinctCountSorted(sorted: Float64Array): number {
  assertSorted(sorted, 'distinct count', true);
  let count = 1;
  for (let i = 1; i < sorted.length; i++) if (sorted[i] !== sorted[i - 1]) count++;
  return count;
}
