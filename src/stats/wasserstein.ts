/**
 * 1-D Wasserstein-1 distance between two unweighted samples, = scipy.stats.wasserstein_distance.
 * scipy integrates |F_a − F_b| over x; the same area is ∫₀¹ |F_a⁻¹(u) − F_b⁻¹(u)| du, the integral
 * of the gap between the two quantile functions. Those are step functions whose steps sit at the
 * fixed grids u = i/n1 and u = j/n2, so the walk below never compares the samples' values to
 * decide its order: which sample steps next follows from the grids alone, and is written as
 * arithmetic rather than branches, where a merge of interleaved values mispredicts about once per
 * value. With equal sizes it is the mean of |a_(i) − b_(i)|. One pass, O(n1 + n2).
 */
import { assertSorted } from './descriptive.js';

/** Terms summed plainly before each compensated step: a relative error of at most ~4e-13 each. */
const BLOCK = 4096;

export function wassersteinDistance(sortedA: Float64Array, sortedB: Float64Array): number {
  assertSorted(sortedA, 'Wasserstein distance: first sample');
  assertSorted(sortedB, 'Wasserstein distance: second sample');
  const n1 = sortedA.length;
  const n2 = sortedB.length;
  if (n1 === n2) return equalSizes(sortedA, sortedB);
  // u in units of 1/lcm(n1, n2): sortedA's quantile steps every stepA units, sortedB's every stepB,
  // both walks ending at n1·stepA. Integers, so exact while lcm(n1, n2) ≤ 2^53 (samples of ~10^8
  // values); beyond, a step is off by a unit or two of 10^16, far below the sum's own rounding,
  // and the walk still stops at the end of either sample.
  const g = gcd(n1, n2);
  const stepA = n2 / g;
  const stepB = n1 / g;
  let i = 0;
  let j = 0;
  let pos = 0;
  let nextA = stepA;
  let nextB = stepB;
  // Neumaier-compensated sum of block sums: millions of terms, and scipy's pairwise sum is accurate.
  let sum = 0;
  let comp = 0;
  while (i < n1 && j < n2) {
    // A block's partial sum is updated on every step of its own loop: a double that a loop updates
    // only on some steps is boxed in a fresh heap object per step by V8's first optimising tier,
    // which is where a single pass over a million values spends most of its time.
    let block = 0;
    for (let k = 0; k < BLOCK && i < n1 && j < n2; k++) {
      const d = Math.abs(sortedA[i] - sortedB[j]);
      const next = Math.min(nextA, nextB);
      const w = next - pos;
      const sa = next === nextA ? 1 : 0;
      const sb = next === nextB ? 1 : 0;
      i += sa;
      j += sb;
      nextA += sa * stepA;
      nextB += sb * stepB;
      pos = next;
      block += w * d;
    }
    const t = sum + block;
    comp += sum >= block ? sum - t + block : block - t + sum;
    sum = t;
  }
  return (sum + comp) / (n1 * stepA);
}

/** Equal sizes: both quantile functions step together, and the area is the mean of |a_(i) − b_(i)|. */
function equalSizes(sortedA: Float64Array, sortedB: Float64Array): number {
  const n = sortedA.length;
  let sum = 0;
  let comp = 0;
  for (let start = 0; start < n; start += BLOCK) {
    const end = Math.min(start + BLOCK, n);
    let block = 0;
    for (let i = start; i < end; i++) block += Math.abs(sortedA[i] - sortedB[i]);
    const t = sum + block;
    comp += sum >= block ? sum - t + block : block - t + sum;
    sum = t;
  }
  return (sum + comp) / n;
}

function gcd(a: number, b: number): number {
  while (b !== 0) {
    const r = a % b;
    a = b;
    b = r;
  }
  return a;
}

/**
 * One sample measured many times against the same, much larger one (each chunk of a file against
 * the whole reference): prefix sums of the reference, centred on its median so that they stay
 * small next to the spread, let each of the m steps of the small sample's quantile function be
 * integrated against the reference's in O(log n), instead of walking all n reference values per
 * chunk. The same area as wassersteinDistance; the sums differ from its walk by rounding only
 * (relative ~1e-12 on a million values, tested).
 */
export interface WassersteinReference {
  readonly sorted: Float64Array;
  readonly centre: number;
  /** prefix[i] = Σ_{k<i} (sorted[k] − centre), Neumaier-compensated. */
  readonly prefix: Float64Array;
}

export function wassersteinReference(sortedA: Float64Array): WassersteinReference {
  assertSorted(sortedA, 'Wasserstein distance: first sample');
  const n = sortedA.length;
  const centre = sortedA[n >> 1];
  const prefix = new Float64Array(n + 1);
  let sum = 0;
  let comp = 0;
  for (let i = 0; i < n; i++) {
    const x = sortedA[i] - centre;
    const t = sum + x;
    comp += Math.abs(sum) >= Math.abs(x) ? sum - t + x : x - t + sum;
    sum = t;
    prefix[i + 1] = sum + comp;
  }
  return { sorted: sortedA, centre, prefix };
}

/** Σ_{i=p}^{q−1} |a_i − c| for sorted a, in centred units (c already centred). */
function absSum(ref: WassersteinReference, p: number, q: number, c: number): number {
  if (q <= p) return 0;
  const a = ref.sorted;
  const centre = ref.centre;
  const P = ref.prefix;
  // A chunk's quantile wanders around the reference's by about √m windows, so c is nearly always
  // beyond one end of the window, on the same side for long runs: two predictable comparisons
  // settle it, and the binary search is left for the windows c falls inside.
  if (a[p] - centre >= c) return P[q] - P[p] - c * (q - p);
  if (a[q - 1] - centre < c) return c * (q - p) - (P[q] - P[p]);
  // First index in (p, q − 1) whose centred value is ≥ c.
  let lo = p + 1;
  let hi = q - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] - centre < c) lo = mid + 1;
    else hi = mid;
  }
  return c * (lo - p) - (P[lo] - P[p]) + (P[q] - P[lo]) - c * (q - lo);
}

/** wassersteinDistance(ref.sorted, sortedB), in O(m log n) for m = sortedB.length values. */
export function wassersteinToReference(ref: WassersteinReference, sortedB: Float64Array): number {
  assertSorted(sortedB, 'Wasserstein distance: second sample');
  const a = ref.sorted;
  const n = a.length;
  const m = sortedB.length;
  const centre = ref.centre;
  // Step j of B's quantile function covers u in (j/m, (j+1)/m], i.e. reference positions
  // x in (j·n/m, (j+1)·n/m]; position x reads a[ceil(x) − 1]. In units of 1/m the step is
  // (x0, x0 + n] with x0 = j·n; p = ceil(x0 / m) and r = p·m − x0 are carried from step to step
  // (integers, exact for n·m < 2^53) instead of divided out each time.
  const whole = Math.floor(n / m);
  const rest = n - whole * m;
  let p = 0;
  let r = 0;
  let sum = 0;
  let comp = 0;
  for (let j = 0; j < m; j++) {
    const c = sortedB[j] - centre;
    // The next step's start: ceil((x0 + n) / m) and its remainder.
    let pNext = p + whole;
    let rNext = r - rest;
    if (rNext < 0) {
      pNext++;
      rNext += m;
    }
    const q = rNext > 0 ? pNext - 1 : pNext;
    let part: number;
    if (p > q) {
      // Both ends inside one reference cell.
      part = (n / m) * Math.abs(a[p - 1] - centre - c);
    } else {
      part = absSum(ref, p, q, c);
      if (r > 0) part += (r / m) * Math.abs(a[p - 1] - centre - c);
      if (rNext > 0) part += ((m - rNext) / m) * Math.abs(a[q] - centre - c);
    }
    const t = sum + part;
    comp += Math.abs(sum) >= Math.abs(part) ? sum - t + part : part - t + sum;
    sum = t;
    p = pNext;
    r = rNext;
  }
  return (sum + comp) / n;
}
