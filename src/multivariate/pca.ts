/**
 * PCA reconstruction error (NannyML's DataReconstructionDriftCalculator): fit PCA on the encoded
 * reference (encode.ts), keep the fewest components whose explained variance exceeds `variance`
 * (scikit-learn's rule for a fractional n_components), project each row onto them and back, and
 * measure the Euclidean distance between the row and its reconstruction. A chunk's value is the
 * mean distance over its rows. When the relations between features change, rows leave the
 * reference's principal subspace and the error grows, even if no single column drifts.
 *
 * The PCA is the eigen-decomposition of the F × F sample covariance (ddof 1, scikit-learn's
 * explained_variance_): one pass over the reference accumulates it, one pass per file
 * reconstructs. No N × F matrix is held.
 */
import { BLOCK_ROWS, forEachBlock, type RowEncoder } from './encode.js';
import { symmetricEigen } from './linalg.js';

export interface PcaModel {
  /** Encoded features. */
  readonly features: number;
  /** Column means of the encoded reference (≈ 0 after standardisation; kept for exactness). */
  readonly mean: Float64Array;
  /** All eigenvalues of the covariance, largest first (scikit-learn's explained_variance_). */
  readonly eigenvalues: Float64Array;
  /** Components kept. */
  readonly k: number;
  /** The kept components as the columns of a row-major F × k matrix. */
  readonly components: Float64Array;
  /** Share of the variance the kept components explain. */
  readonly explained: number;
  /** All eigenvectors as rows (F × F, largest eigenvalue first): the kept ones, then the discarded ones. */
  readonly basis: Float64Array;
}

/** Fits the PCA on the `n` rows of the encoded reference. Needs n ≥ 2 and F ≥ 1. */
export function fitPca(encode: RowEncoder, n: number, F: number, variance: number): PcaModel {
  if (n < 2) throw new RangeError(`PCA needs at least 2 reference rows, got ${n}`);
  if (!(variance > 0 && variance < 1)) throw new RangeError(`variance must be in (0, 1), got ${variance}`);
  const sums = new Float64Array(F);
  // Σ x xᵀ, upper triangle, accumulated per block first so that the running totals carry the
  // rounding of block sums rather than of million-term sums. Each entry is a dot product of two
  // contiguous columns of the block.
  const cross = new Float64Array(F * F);
  forEachBlock(encode, n, F, (block, _first, count) => {
    for (let i = 0; i < F; i++) {
      const oi = i * count;
      let s1 = 0;
      for (let r = 0; r < count; r++) s1 += block[oi + r];
      sums[i] += s1;
      // Four columns at a time: each value of column i is loaded once for four products.
      let j = i;
      for (; j + 3 < F; j += 4) {
        const o0 = j * count, o1 = o0 + count, o2 = o1 + count, o3 = o2 + count;
        let d0 = 0, d1 = 0, d2 = 0, d3 = 0;
        for (let r = 0; r < count; r++) {
          const x = block[oi + r];
          d0 += x * block[o0 + r];
          d1 += x * block[o1 + r];
          d2 += x * block[o2 + r];
          d3 += x * block[o3 + r];
        }
        cross[i * F + j] += d0;
        cross[i * F + j + 1] += d1;
        cross[i * F + j + 2] += d2;
        cross[i * F + j + 3] += d3;
      }
      for (; j < F; j++) {
        const oj = j * count;
        let d = 0;
        for (let r = 0; r < count; r++) d += block[oi + r] * block[oj + r];
        cross[i * F + j] += d;
      }
    }
  });
  const mean = new Float64Array(F);
  for (let i = 0; i < F; i++) mean[i] = sums[i] / n;
  const cov = new Float64Array(F * F);
  for (let i = 0; i < F; i++) {
    for (let j = i; j < F; j++) {
      const c = (cross[i * F + j] - n * mean[i] * mean[j]) / (n - 1);
      cov[i * F + j] = c;
      cov[j * F + i] = c;
    }
  }
  const { values, vectors } = symmetricEigen(cov, F);
  let total = 0;
  for (let i = 0; i < F; i++) total += Math.max(0, values[i]);
  // scikit-learn: k = searchsorted(cumsum(ratio), variance, side='right') + 1, i.e. the first k
  // whose cumulative share is strictly above `variance`.
  let k = 0, cumulative = 0;
  while (k < F) {
    cumulative += Math.max(0, values[k]) / total;
    k++;
    if (cumulative > variance) break;
  }
  const components = new Float64Array(F * k);
  for (let r = 0; r < F; r++) for (let c = 0; c < k; c++) components[r * k + c] = vectors[r * F + c];
  const basis = new Float64Array(F * F);
  for (let c = 0; c < F; c++) for (let r = 0; r < F; r++) basis[c * F + r] = vectors[r * F + c];
  return { features: F, mean, eigenvalues: values, k, components, explained: total > 0 ? cumulative : NaN, basis };
}

export interface ChunkErrors {
  /** Mean reconstruction error of each chunk (NaN for a chunk with no rows). */
  readonly mean: Float64Array;
  readonly rows: Float64Array;
  /** Mean over all rows of the table. */
  readonly overall: number;
}

/**
 * Reconstruction error of every row of a table, averaged per chunk (`chunkOf[row]`, -1 = in no
 * chunk; null = one chunk) and overall. O(N · F · min(k, F − k)).
 */
export function reconstructionErrors(model: PcaModel, encode: RowEncoder, n: number, chunkOf: Int32Array | null, chunkCount: number): ChunkErrors {
  const { features: F, k, basis, mean } = model;
  // The eigenvectors are an orthonormal basis, so the squared error is both the squared length of
  // the discarded components' projections, Σ_{c ≥ k} (vᶜ·z)², and |z|² − Σ_{c < k} (vᶜ·z)². The
  // cheaper is used: F − k or k dot products of length F per row. The first sum has no
  // cancellation; the second's rounding error is ε·|z|², far below any error worth reporting.
  const fromDiscarded = F - k <= k;
  const cFrom = fromDiscarded ? k : 0;
  const cTo = fromDiscarded ? F : k;
  // Each component's product with the mean: a projection is then vᶜ·x − vᶜ·μ.
  const vMean = new Float64Array(F);
  for (let c = cFrom; c < cTo; c++) for (let i = 0; i < F; i++) vMean[c] += basis[c * F + i] * mean[i];
  const e2 = new Float64Array(BLOCK_ROWS);
  const proj = new Float64Array(BLOCK_ROWS);
  const sum = new Float64Array(Math.max(1, chunkCount));
  const rows = new Float64Array(sum.length);
  let total = 0;
  // Per-block partial sums keep the error of the overall mean at block-sum rounding.
  const blockSum = new Float64Array(1);
  forEachBlock(encode, n, F, (block, first, count) => {
    // Column by column over the block's rows: every inner loop reads and writes contiguous memory.
    e2.fill(0, 0, count);
    if (!fromDiscarded) {
      for (let i = 0; i < F; i++) {
        const o = i * count, m = mean[i];
        for (let r = 0; r < count; r++) {
          const d = block[o + r] - m;
          e2[r] += d * d;
        }
      }
    }
    for (let c = cFrom; c < cTo; c++) {
      proj.fill(-vMean[c], 0, count);
      // Four features per sweep over the rows: proj is loaded and stored once per four products,
      // which is what bounds this loop.
      const v = c * F;
      let i = 0;
      for (; i + 3 < F; i += 4) {
        const w0 = basis[v + i], w1 = basis[v + i + 1], w2 = basis[v + i + 2], w3 = basis[v + i + 3];
        const o0 = i * count, o1 = o0 + count, o2 = o1 + count, o3 = o2 + count;
        for (let r = 0; r < count; r++) proj[r] += w0 * block[o0 + r] + w1 * block[o1 + r] + w2 * block[o2 + r] + w3 * block[o3 + r];
      }
      for (; i < F; i++) {
        const w = basis[v + i], o = i * count;
        for (let r = 0; r < count; r++) proj[r] += w * block[o + r];
      }
      if (fromDiscarded) for (let r = 0; r < count; r++) e2[r] += proj[r] * proj[r];
      else for (let r = 0; r < count; r++) e2[r] -= proj[r] * proj[r];
    }
    blockSum[0] = 0;
    for (let r = 0; r < count; r++) {
      const e = Math.sqrt(Math.max(0, e2[r]));
      blockSum[0] += e;
      const chunk = chunkOf === null ? 0 : chunkOf[first + r];
      if (chunk >= 0) {
        sum[chunk] += e;
        rows[chunk]++;
      }
    }
    total += blockSum[0];
  });
  const out = new Float64Array(sum.length);
  for (let c = 0; c < out.length; c++) out[c] = rows[c] > 0 ? sum[c] / rows[c] : NaN;
  return { mean: out, rows, overall: n > 0 ? total / n : NaN };
}

