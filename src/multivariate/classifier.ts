/**
 * Domain classifier (after NannyML's DomainClassifierCalculator, which uses LightGBM): can a model
 * tell current rows from reference rows? A classifier is trained to predict "current" from the
 * encoded features (encode.ts) with k-fold stratified cross-validation, and every sampled row is
 * scored by the fold model that did not see it. The ROC AUC of those out-of-fold scores is 0.5 when
 * the two files are indistinguishable and grows towards 1 as they separate.
 *
 * The model is L2-regularised logistic regression (logistic.ts): fast and exact to fit in pure
 * TypeScript, but linear in the encoded features, so it sees shifts in means and in category
 * frequencies (and, through the frequency encoding, new categories) but not changes that only an
 * interaction or a change of spread reveals; the PCA reconstruction error covers changed
 * correlations.
 *
 * Sampling: at most `rows` rows per side, drawn uniformly without replacement (Knuth's selection
 * sampling, seeded), so a million-row pair costs about what `rows` rows cost; below that every row is
 * used. The AUC's interval is DeLong's on the pooled out-of-fold scores (the folds' models differ
 * slightly, which DeLong's variance does not count; with five folds on thousands of rows the fold
 * models agree closely).
 */
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import { delongComponents } from '../stats/auc.js';
import { createRng, type Rng } from '../stats/random.js';
import type { RowEncoder } from './encode.js';
import { fitLogistic, linearPredictor } from './logistic.js';

/** scikit-learn's default inverse regularisation strength. */
const C = 1;
/** Coefficients to 1e-6 (relative): far finer than anything that moves a cross-validated AUC. */
const TOL = 1e-6;

export interface AucEstimate {
  readonly auc: number;
  readonly se: number;
  readonly lo: number;
  readonly hi: number;
  /** Reference and current rows behind it. */
  readonly reference: number;
  readonly current: number;
}

export interface DomainClassifierResult extends AucEstimate {
  /** Standardised coefficient of each encoded feature, averaged over the folds. */
  readonly coefficients: Float64Array;
  /** Per current chunk (when chunks are given): the same out-of-fold scores, reference against that chunk. */
  readonly chunks: readonly AucEstimate[] | null;
}

export interface DomainClassifierOptions {
  readonly rows: number;
  readonly folds: number;
  readonly seed: number;
  /** Two-sided confidence of the DeLong interval. */
  readonly confidence: number;
  /** The chunk of each current row, and how many chunks (null: no chunks). */
  readonly currentChunks: { readonly index: Int32Array; readonly count: number } | null;
}

/** `count` of the indices 0..n−1, uniformly without replacement, ascending (Knuth's Algorithm S). */
export function sampleRows(n: number, count: number, rng: Rng): Int32Array {
  if (count >= n) return Int32Array.from({ length: n }, (_, i) => i);
  const out = new Int32Array(count);
  let needed = count;
  for (let i = 0; i < n && needed > 0; i++) {
    if ((n - i) * rng.next() < needed) out[count - needed--] = i;
  }
  return out;
}

/** Fold of each row (0..k−1): each class's rows shuffled, then dealt round-robin. */
export function stratifiedFolds(y: Uint8Array, k: number, rng: Rng): Uint8Array {
  const fold = new Uint8Array(y.length);
  for (const label of [0, 1]) {
    const idx: number[] = [];
    for (let i = 0; i < y.length; i++) if (y[i] === label) idx.push(i);
    for (let i = idx.length - 1; i > 0; i--) {
      const j = Math.floor(rng.next() * (i + 1));
      const t = idx[i];
      idx[i] = idx[j];
      idx[j] = t;
    }
    for (let i = 0; i < idx.length; i++) fold[idx[i]] = i % k;
  }
  return fold;
}

/** Sample variance (ddof 1). */
function variance(a: Float64Array): number {
  if (a.length < 2) return NaN;
  let mean = 0;
  for (let i = 0; i < a.length; i++) mean += a[i];
  mean /= a.length;
  let ss = 0;
  for (let i = 0; i < a.length; i++) ss += (a[i] - mean) * (a[i] - mean);
  return ss / (a.length - 1);
}

/** One AUC with DeLong's standard error and a normal interval clipped to [0, 1]. */
export function aucWithInterval(isPositive: Uint8Array, scores: Float64Array, confidence: number): AucEstimate {
  const { auc, v10, v01 } = delongComponents(isPositive, scores);
  const se = Math.sqrt(variance(v10) / v10.length + variance(v01) / v01.length);
  const z = normalQuantile(1 - (1 - confidence) / 2, 0, 1);
  return {
    auc,
    se,
    lo: Math.max(0, auc - z * se),
    hi: Math.min(1, auc + z * se),
    reference: v01.length,
    current: v10.length,
  };
}

export function domainClassifier(
  reference: { encode: RowEncoder; rows: number },
  current: { encode: RowEncoder; rows: number },
  F: number,
  opts: DomainClassifierOptions,
): DomainClassifierResult {
  if (!(opts.folds >= 2)) throw new RangeError(`folds must be at least 2, got ${opts.folds}`);
  const rng = createRng(opts.seed);
  const refRows = sampleRows(reference.rows, opts.rows, rng);
  const curRows = sampleRows(current.rows, opts.rows, rng);
  const nr = refRows.length, nc = curRows.length;
  if (nr < opts.folds || nc < opts.folds) {
    throw new RangeError(`each file needs at least ${opts.folds} rows (one per fold); the reference has ${nr}, the current file ${nc}`);
  }
  const n = nr + nc;
  const X = new Float64Array(n * F);
  // Column-major, reference rows first: feature j of row r at X[j · n + r].
  reference.encode(refRows, nr, X, n);
  current.encode(curRows, nc, X.subarray(nr), n);
  const y = new Uint8Array(n);
  y.fill(1, nr);
  const fold = stratifiedFolds(y, opts.folds, rng);

  const scores = new Float64Array(n);
  const coefficients = new Float64Array(F);
  let beta: Float64Array | undefined;
  const train = new Uint8Array(n);
  const eta = new Float64Array(n);
  for (let f = 0; f < opts.folds; f++) {
    for (let i = 0; i < n; i++) train[i] = fold[i] !== f ? 1 : 0;
    // Warm start: the previous fold's fit, trained on three quarters of the same rows, is close.
    beta = fitLogistic(X, F, n, y, train, C, beta, TOL).beta;
    linearPredictor(X, F, n, beta, eta);
    for (let i = 0; i < n; i++) if (fold[i] === f) scores[i] = eta[i];
    for (let j = 0; j < F; j++) coefficients[j] += beta[j] / opts.folds;
  }
  const overall = aucWithInterval(y, scores, opts.confidence);

  let chunks: AucEstimate[] | null = null;
  if (opts.currentChunks) {
    const { index, count } = opts.currentChunks;
    const perChunk = new Int32Array(count);
    for (let i = 0; i < nc; i++) {
      const c = index[curRows[i]];
      if (c >= 0) perChunk[c]++;
    }
    chunks = [];
    for (let c = 0; c < count; c++) {
      const m = perChunk[c];
      const labels = new Uint8Array(nr + m);
      const s = new Float64Array(nr + m);
      s.set(scores.subarray(0, nr));
      labels.fill(1, nr);
      for (let i = 0, t = nr; i < nc; i++) if (index[curRows[i]] === c) s[t++] = scores[nr + i];
      chunks.push(m === 0 ? { auc: NaN, se: NaN, lo: NaN, hi: NaN, reference: nr, current: 0 } : aucWithInterval(labels, s, opts.confidence));
    }
  }
  return { ...overall, coefficients, chunks };
}
