/**
 * Maximum mean discrepancy (Gretton et al., "A Kernel Two-Sample Test", JMLR 2012) between two
 * sets of vectors, with alibi-detect's conventions so that its published numbers can be checked:
 *
 * - RBF kernel k(x, y) = exp(−‖x − y‖² / (2σ²));
 * - σ by the median heuristic as alibi-detect's `sigma_median`: σ² = median(‖x − y‖²) / 2 over the
 *   distinct pairs of the pooled sample (the lower median when their count is even), so
 *   k = exp(−‖x − y‖² / median). (Gretton's own variant takes σ = the median distance, which is
 *   √2 times wider.) A fixed σ may be given instead.
 * - the unbiased estimator MMD²_u = S_XX / (n(n−1)) + S_YY / (m(m−1)) − 2 S_XY / (nm), the sums
 *   over distinct pairs (the kernel's diagonal left out, alibi-detect's `zero_diag`);
 * - a permutation p-value: the statistic recomputed on `permutations` seeded reassignments of the
 *   pooled rows to the two groups, p = (1 + #{permuted ≥ observed}) / (1 + permutations)
 *   (Phipson & Smyth 2010: never 0; alibi-detect reports #{…} / permutations).
 *
 * The kernel matrix is computed once, from the Gram trick ‖x‖² + ‖y‖² − 2x·y over rows of one
 * Float64Array, and kept as its upper triangle. A permutation only regroups it: with row sums
 * R_i = Σ_j≠i K_ij and total T = Σ R_i, a group A (sorted) needs only S_AA = Σ_i≠j∈A K_ij, since
 * S_AB = Σ_i∈A R_i − S_AA and S_BB = T − S_AA − 2 S_AB; so each permutation reads the n(n−1)/2
 * entries inside the smaller group, never a kernel.
 *
 * `paired` (two outputs of one row, e.g. a baseline's and a candidate's embedding of the same
 * input): the samples are not independent, so a permutation swaps the two vectors of each row
 * (with probability ½ per row) instead of shuffling all rows, which is exchangeable under
 * "the two models embed alike" whatever the dependence between a row's two vectors.
 */
import { createRng, type Rng } from '../stats/random.js';

export interface MmdOptions {
  /** Permutations for the p-value; 0: no p-value. */
  readonly permutations: number;
  readonly seed: number;
  /** σ of the RBF kernel; null: the median heuristic. */
  readonly sigma: number | null;
  /** Row i of x and row i of y belong together (requires equal counts): permutations swap within rows. */
  readonly paired?: boolean;
}

export interface MmdResult {
  /** The unbiased MMD² estimate. */
  readonly mmd2: number;
  /** Null when no permutation was run. */
  readonly pValue: number | null;
  readonly permutations: number;
  /** Permutations whose statistic was ≥ the observed one. */
  readonly exceed: number;
  readonly sigma: number;
  /** Median of the pooled pairwise squared distances (null when σ was given). */
  readonly medianSquaredDistance: number | null;
}

/** Offset of row i in the packed strict upper triangle of an m × m matrix: K(i, j) = tri[offset(i) + j] for j > i. */
function rowOffset(i: number, m: number): number {
  return i * m - (i * (i + 1)) / 2 - i - 1;
}

/**
 * Squared Euclidean distances of the distinct pairs of the rows of z (m × d, row-major), packed as
 * the strict upper triangle, by the Gram trick ‖zᵢ‖² + ‖zⱼ‖² − 2zᵢ·zⱼ. Two rows i against four
 * rows j per pass: each value loaded serves several of the eight dot products, which is what
 * bounds the loop (about twice as fast as one dot product at a time).
 */
export function pairwiseSquaredDistances(z: Float64Array, m: number, d: number): Float64Array {
  const norms = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    let s = 0;
    for (let k = i * d, e = k + d; k < e; k++) s += z[k] * z[k];
    norms[i] = s;
  }
  const tri = new Float64Array((m * (m - 1)) / 2);
  // Rounding can make the Gram form of a zero distance slightly negative: clamped at 0.
  const put = (i: number, j: number, dot: number): void => {
    tri[rowOffset(i, m) + j] = Math.max(0, norms[i] + norms[j] - 2 * dot);
  };
  const dot = (a: number, b: number): number => {
    let s = 0;
    for (let k = 0; k < d; k++) s += z[a + k] * z[b + k];
    return s;
  };
  let i = 0;
  for (; i + 1 < m; i += 2) {
    const a0 = i * d, a1 = a0 + d;
    put(i, i + 1, dot(a0, a1));
    let j = i + 2;
    for (; j + 3 < m; j += 4) {
      const b0 = j * d, b1 = b0 + d, b2 = b1 + d, b3 = b2 + d;
      let s00 = 0, s01 = 0, s02 = 0, s03 = 0, s10 = 0, s11 = 0, s12 = 0, s13 = 0;
      for (let k = 0; k < d; k++) {
        const x0 = z[a0 + k], x1 = z[a1 + k];
        const y0 = z[b0 + k], y1 = z[b1 + k], y2 = z[b2 + k], y3 = z[b3 + k];
        s00 += x0 * y0;
        s01 += x0 * y1;
        s02 += x0 * y2;
        s03 += x0 * y3;
        s10 += x1 * y0;
        s11 += x1 * y1;
        s12 += x1 * y2;
        s13 += x1 * y3;
      }
      put(i, j, s00);
      put(i, j + 1, s01);
      put(i, j + 2, s02);
      put(i, j + 3, s03);
      put(i + 1, j, s10);
      put(i + 1, j + 1, s11);
      put(i + 1, j + 2, s12);
      put(i + 1, j + 3, s13);
    }
    for (; j < m; j++) {
      put(i, j, dot(a0, j * d));
      put(i + 1, j, dot(a1, j * d));
    }
  }
  // An odd count leaves the last row, whose pairs were all made with earlier rows.
  return tri;
}

/** The k-th smallest value (0-based) of a copy of `values` (Hoare's selection, median-of-three pivots). */
export function kthSmallest(values: Float64Array, k: number): number {
  const a = Float64Array.from(values);
  let lo = 0;
  let hi = a.length - 1;
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    // Median of three as pivot: sorted input (distances often arrive nearly ordered) stays linear.
    const x = a[lo], y = a[mid], w = a[hi];
    const pivot = x < y ? (y < w ? y : x < w ? w : x) : x < w ? x : y < w ? w : y;
    let i = lo, j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k];
  }
  return a[k];
}

/** S_AA: the kernel summed over ordered pairs of distinct members of the ascending index list `a`. */
function withinSum(tri: Float64Array, m: number, a: Int32Array): number {
  let s = 0;
  const len = a.length;
  for (let p = 0; p < len - 1; p++) {
    const off = rowOffset(a[p], m);
    let r = 0;
    for (let q = p + 1; q < len; q++) r += tri[off + a[q]];
    s += r;
  }
  return 2 * s;
}

interface Sums {
  rowSums: Float64Array;
  total: number;
}

function rowSumsOf(tri: Float64Array, m: number): Sums {
  const rowSums = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    const off = rowOffset(i, m);
    let r = 0;
    for (let j = i + 1; j < m; j++) {
      const v = tri[off + j];
      r += v;
      rowSums[j] += v;
    }
    rowSums[i] += r;
  }
  let total = 0;
  for (let i = 0; i < m; i++) total += rowSums[i];
  return { rowSums, total };
}

/**
 * MMD²_u for the grouping whose first group is `a` (ascending indices, na of them) and second the
 * rest (nb), from the kernel's triangle and row sums.
 */
function statistic(tri: Float64Array, m: number, sums: Sums, a: Int32Array, nb: number): number {
  const na = a.length;
  const sAA = withinSum(tri, m, a);
  let rA = 0;
  for (let p = 0; p < na; p++) rA += sums.rowSums[a[p]];
  const sAB = rA - sAA;
  const sBB = sums.total - sAA - 2 * sAB;
  return sAA / (na * (na - 1)) + sBB / (nb * (nb - 1)) - (2 * sAB) / (na * nb);
}

/** The ascending members of a random group of `size` of 0..m−1 (Knuth's selection sampling). */
function randomGroup(m: number, size: number, rng: Rng, out: Int32Array): void {
  let needed = size;
  for (let i = 0, t = 0; i < m && needed > 0; i++) {
    if ((m - i) * rng.next() < needed) {
      out[t++] = i;
      needed--;
    }
  }
}

/** The paired groups: for row i, x_i (index i) or y_i (index n + i), each with probability ½. */
function swappedGroup(n: number, rng: Rng, out: Int32Array): void {
  // Ascending: the x indices taken come first, then the y indices, each in row order.
  const fromY = new Uint8Array(n);
  for (let i = 0; i < n; i++) fromY[i] = rng.next() < 0.5 ? 1 : 0;
  let t = 0;
  for (let i = 0; i < n; i++) if (!fromY[i]) out[t++] = i;
  for (let i = 0; i < n; i++) if (fromY[i]) out[t++] = n + i;
}

/**
 * MMD² between the rows of x (n × d) and y (m × d), row-major, with its permutation p-value.
 * Needs at least 2 rows on each side.
 */
export function mmdTest(x: Float64Array, n: number, y: Float64Array, m: number, d: number, opts: MmdOptions): MmdResult {
  if (n < 2 || m < 2) throw new RangeError(`MMD needs at least 2 vectors on each side, got ${n} and ${m}`);
  if (opts.paired && n !== m) throw new RangeError(`paired MMD needs as many vectors on each side, got ${n} and ${m}`);
  const total = n + m;
  const z = new Float64Array(total * d);
  z.set(x.subarray(0, n * d));
  z.set(y.subarray(0, m * d), n * d);
  const tri = pairwiseSquaredDistances(z, total, d);
  let medianSq: number | null = null;
  let sigma: number;
  if (opts.sigma === null) {
    medianSq = kthSmallest(tri, (tri.length - 1) >>> 1);
    sigma = Math.sqrt(medianSq / 2);
  } else sigma = opts.sigma;
  if (!(sigma > 0) || !Number.isFinite(sigma)) {
    throw new RangeError(
      opts.sigma === null
        ? 'the median heuristic gives a kernel bandwidth of 0: at least half of the pairs of vectors are identical'
        : `the kernel bandwidth must be positive and finite, got ${sigma}`,
    );
  }
  const scale = -1 / (2 * sigma * sigma);
  for (let i = 0; i < tri.length; i++) tri[i] = Math.exp(tri[i] * scale);
  const sums = rowSumsOf(tri, total);

  const first = new Int32Array(n);
  for (let i = 0; i < n; i++) first[i] = i;
  const observed = statistic(tri, total, sums, first, m);

  let exceed = 0;
  if (opts.permutations > 0) {
    const rng = createRng(opts.seed);
    // The smaller group is the one summed over: a permutation costs its pairs only.
    const small = Math.min(n, m);
    const group = new Int32Array(opts.paired ? n : small);
    for (let p = 0; p < opts.permutations; p++) {
      if (opts.paired) swappedGroup(n, rng, group);
      else randomGroup(total, small, rng, group);
      // The statistic is symmetric in its two groups, so the drawn one may play either sample.
      const s = statistic(tri, total, sums, group, total - group.length);
      // Groupings equal to the observed one (its mirror image when n = m, say) may differ from it
      // by rounding in the summation order: within 1e-12 they count as ties, i.e. as ≥.
      if (s >= observed - 1e-12 * Math.abs(observed)) exceed++;
    }
  }
  return {
    mmd2: observed,
    pValue: opts.permutations > 0 ? (1 + exceed) / (1 + opts.permutations) : null,
    permutations: opts.permutations,
    exceed,
    sigma,
    medianSquaredDistance: medianSq,
  };
}
