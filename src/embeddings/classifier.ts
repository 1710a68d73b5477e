/**
 * The multivariate drift's domain classifier (src/multivariate/classifier.ts: an L2-regularised
 * logistic regression, stratified k-fold, DeLong interval on the out-of-fold AUC) on the
 * coordinates of two samples of vectors.
 *
 * Vectors with more than `components` coordinates are first projected onto that many seeded
 * Gaussian random directions (a Johnson–Lindenstrauss projection, one of the reductions Rabanser et
 * al., "Failing Loudly", NeurIPS 2019, found to work as well as any for drift tests on
 * embeddings). Without it, 384 coordinates on a few thousand rows made the logistic fit both slow
 * (9 s on 2,000 rows per side, its Hessian is F² per row) and overfitted: the out-of-fold AUC of
 * two identical distributions came out at 0.48, and a 0.3σ shift of one coordinate was not seen.
 * A linear model on the projection sees a shift of the mean along it, not a change of spread
 * (which MMD sees).
 *
 * Each coordinate is then standardised by the first sample's mean and population standard
 * deviation, as the multivariate encoding standardises a feature (one constant there is only
 * centred). The rows given are used as they are: the caller has already drawn its seeded sample,
 * so the classifier and MMD see the same rows.
 */
import { domainClassifier, type DomainClassifierResult } from '../multivariate/classifier.js';
import type { RowEncoder } from '../multivariate/encode.js';
import { createRng, type Rng } from '../stats/random.js';

export interface VectorClassifierOptions {
  readonly folds: number;
  readonly seed: number;
  readonly confidence: number;
  /** Project onto this many random directions when the vectors have more coordinates. */
  readonly components: number;
}

/** A standard normal draw (Box–Muller, one of the pair). */
function gaussian(rng: Rng): number {
  const u = 1 - rng.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.next());
}

/** The rows of `values` (count × d) times the d × k matrix `r`: count × k. */
function project(values: Float64Array, count: number, d: number, r: Float64Array, k: number): Float64Array {
  const out = new Float64Array(count * k);
  for (let i = 0; i < count; i++) {
    const o = i * d, p = i * k;
    for (let j = 0; j < d; j++) {
      const v = values[o + j];
      if (v === 0) continue;
      const rj = j * k;
      for (let c = 0; c < k; c++) out[p + c] += v * r[rj + c];
    }
  }
  return out;
}

/**
 * x and y projected onto k seeded Gaussian directions when d > k (the scale of the directions does
 * not matter: the coordinates are standardised afterwards), else as they are.
 */
export function randomProjection(x: Float64Array, nx: number, y: Float64Array, ny: number, d: number, k: number, seed: number): { x: Float64Array; y: Float64Array; dim: number } {
  if (d <= k) return { x, y, dim: d };
  const rng = createRng(seed);
  const r = new Float64Array(d * k);
  for (let i = 0; i < r.length; i++) r[i] = gaussian(rng);
  return { x: project(x, nx, d, r, k), y: project(y, ny, d, r, k), dim: k };
}

function encoder(values: Float64Array, d: number, mean: Float64Array, scale: Float64Array): RowEncoder {
  // Column-major out: coordinate j of the i-th requested row at out[j · ld + i].
  return (rows, count, out, ld) => {
    for (let i = 0; i < count; i++) {
      const o = rows[i] * d;
      for (let j = 0; j < d; j++) out[j * ld + i] = (values[o + j] - mean[j]) / scale[j];
    }
  };
}

export function vectorClassifier(rawX: Float64Array, nx: number, rawY: Float64Array, ny: number, rawD: number, opts: VectorClassifierOptions): DomainClassifierResult & { dim: number } {
  const { x, y, dim: d } = randomProjection(rawX, nx, rawY, ny, rawD, opts.components, opts.seed);
  const mean = new Float64Array(d);
  const scale = new Float64Array(d);
  for (let r = 0; r < nx; r++) for (let j = 0; j < d; j++) mean[j] += x[r * d + j];
  for (let j = 0; j < d; j++) mean[j] /= nx;
  for (let r = 0; r < nx; r++) for (let j = 0; j < d; j++) scale[j] += (x[r * d + j] - mean[j]) ** 2;
  for (let j = 0; j < d; j++) {
    const s = Math.sqrt(scale[j] / nx);
    scale[j] = s > 0 ? s : 1;
  }
  const r = domainClassifier(
    { encode: encoder(x, d, mean, scale), rows: nx },
    { encode: encoder(y, d, mean, scale), rows: ny },
    d,
    // Every given row: the sample was drawn by the caller.
    { rows: Math.max(nx, ny), folds: opts.folds, seed: opts.seed, confidence: opts.confidence, currentChunks: null },
  );
  return { ...r, dim: d };
}
