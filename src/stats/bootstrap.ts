/**
 * Paired intervals for candidate − baseline metric differences on the same rows.
 *
 * The bootstrap is the Poisson bootstrap: each replicate gives every row an independent Poisson(1)
 * weight (the large-n limit of multinomial resampling; Hanley & MacGibbon 2006, Chamandy et al.
 * 2012) and both models are scored on the SAME weights, so the interval is for the paired
 * difference. Classification metrics depend on the weights only through the weighted counts of each
 * (actual, baseline, candidate) cell, and a sum of n independent Poisson(1) weights is Poisson(n):
 * so each replicate draws one Poisson(n_cell) count per occupied cell, the same distribution as the
 * row weights at O(k³) instead of O(n) per replicate. Regression statistics are continuous, so each
 * replicate there is one pass over the rows accumulating seven weighted sums; past
 * REGRESSION_EXACT_ROWS rows the seven sums are drawn instead from the normal distribution with
 * their exact bootstrap mean and covariance (see gaussianReplicates), the bootstrap's own
 * large-n limit, at O(n) once instead of O(n) per replicate.
 * The interval is the percentile interval, with numpy's default 'linear' quantile; replicates in
 * which a metric is undefined (all weights zero) are left out of that metric's quantiles. Each
 * interval also carries the replicates' standard deviation, the bootstrap standard error: the gate
 * decides on normal intervals from it, because a multiplicity-adjusted level (e.g. 1 − 0.05/9)
 * sits in the far tail that 200 replicates cannot place, while their spread they estimate stably.
 */
import poissonRandom from '@stdlib/random-base-poisson';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import { metricsFromConfusion } from './classification.js';
import { createRng, type Rng } from './random.js';
import { MAPE_EPS, r2FromSums } from './regression.js';

export interface BootstrapOptions {
  replicates: number;
  seed: number;
  /** Two-sided level of the percentile interval, in (0, 1). */
  confidence: number;
  /** Regression: rows up to which every replicate weights the rows (default REGRESSION_EXACT_ROWS; tests compare). */
  exactRows?: number;
}

export interface Interval {
  lo: number;
  hi: number;
}

/** A bootstrap interval with the standard error of the same replicates (NaN with < 2 of them). */
export interface BootstrapInterval extends Interval {
  se: number;
}

export type ClassificationBootstrapMetric =
  | 'accuracy' | 'precision' | 'recall' | 'f1' | 'macro_precision' | 'macro_recall' | 'macro_f1';
export type RegressionBootstrapMetric = 'mae' | 'rmse' | 'mape' | 'r2';

const CLASSIFICATION_METRICS: readonly ClassificationBootstrapMetric[] = [
  'accuracy', 'precision', 'recall', 'f1', 'macro_precision', 'macro_recall', 'macro_f1',
];

function checkOptions(opts: BootstrapOptions): void {
  if (!Number.isInteger(opts.replicates) || opts.replicates < 1) {
    throw new RangeError(`bootstrap replicates must be a positive integer, got ${opts.replicates}`);
  }
  if (!(opts.confidence > 0 && opts.confidence < 1)) {
    throw new RangeError(`confidence must be in (0, 1), got ${opts.confidence}`);
  }
}

/**
 * Quantile q of the non-NaN values with numpy's default 'linear' method (Hyndman & Fan type 7).
 * Sorts `values` in place. NaN when no value is defined.
 */
export function quantileLinear(values: Float64Array, q: number): number {
  values.sort(); // typed-array sort places NaN last
  let n = values.length;
  while (n > 0 && Number.isNaN(values[n - 1])) n--;
  if (n === 0) return NaN;
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return values[lo] + (h - lo) * (values[hi] - values[lo]);
}

/** Sample standard deviation (ddof = 1) of the non-NaN values; NaN with fewer than two. */
function replicateSd(values: Float64Array): number {
  let n = 0, sum = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === v) {
      n++;
      sum += v;
    }
  }
  if (n < 2) return NaN;
  const mean = sum / n;
  let ss = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === v) ss += (v - mean) * (v - mean);
  }
  return Math.sqrt(ss / (n - 1));
}

/** Percentile interval and standard error of bootstrap replicates (NaN ones left out); sorts `values`. */
export function percentileInterval(values: Float64Array, confidence: number): BootstrapInterval {
  const alpha = (1 - confidence) / 2;
  const se = replicateSd(values);
  return { lo: quantileLinear(values, alpha), hi: quantileLinear(values, 1 - alpha), se };
}

type ClassificationIntervals = Record<ClassificationBootstrapMetric, BootstrapInterval | null>;
type ClassificationDiffs = Record<ClassificationBootstrapMetric, Float64Array>;

function checkClassificationInput(actual: Int32Array, baseline: Int32Array, candidate: Int32Array, k: number): number {
  if (baseline.length !== actual.length || candidate.length !== actual.length) {
    throw new RangeError(`label and prediction arrays differ in length (${actual.length}, ${baseline.length}, ${candidate.length})`);
  }
  let usable = 0;
  for (let i = 0; i < actual.length; i++) {
    const a = actual[i], b = baseline[i], c = candidate[i];
    if (a < 0 || b < 0 || c < 0) continue;
    if (a >= k || b >= k || c >= k) throw new RangeError(`class index at row ${i} is outside 0..${k - 1}`);
    usable++;
  }
  return usable;
}

function newDiffs(R: number): ClassificationDiffs {
  return {
    accuracy: new Float64Array(R), precision: new Float64Array(R), recall: new Float64Array(R),
    f1: new Float64Array(R), macro_precision: new Float64Array(R), macro_recall: new Float64Array(R),
    macro_f1: new Float64Array(R),
  };
}

/** Replicate r's differences from the two weighted confusion matrices. */
function recordReplicate(diffs: ClassificationDiffs, r: number, cmB: Float64Array, cmC: Float64Array, k: number,
  positive: number | null): void {
  const mb = metricsFromConfusion(cmB, k, positive);
  const mc = metricsFromConfusion(cmC, k, positive);
  for (const metric of CLASSIFICATION_METRICS) {
    const vb = mb[metric], vc = mc[metric];
    diffs[metric][r] = vb === null || vc === null ? NaN : vc - vb;
  }
}

function classificationIntervals(diffs: ClassificationDiffs, positive: number | null, confidence: number): ClassificationIntervals {
  const out = {} as ClassificationIntervals;
  for (const metric of CLASSIFICATION_METRICS) {
    const perClassOfPositive = metric === 'precision' || metric === 'recall' || metric === 'f1';
    out[metric] = perClassOfPositive && positive === null ? null : percentileInterval(diffs[metric], confidence);
  }
  return out;
}

/**
 * Paired Poisson bootstrap of classification metric differences (candidate − baseline). Rows where
 * the label or either prediction is -1 are left out, matching pairedConfusionMatrices. precision,
 * recall and f1 are null when `positive` is null. Draws per cell of the (actual, baseline,
 * candidate) table when that table has at most as many cells as there are usable rows, else per
 * row (both are the same Poisson bootstrap; they consume the seed's stream differently).
 */
export function pairedClassificationBootstrap(actual: Int32Array, baseline: Int32Array,
  candidate: Int32Array, k: number, positive: number | null, opts: BootstrapOptions): ClassificationIntervals {
  const diffs = newDiffs(opts.replicates);
  pairedConfusionReplicates(actual, baseline, candidate, k, opts, (r, cmB, cmC) => recordReplicate(diffs, r, cmB, cmC, k, positive));
  return classificationIntervals(diffs, positive, opts.confidence);
}

/** Called once per replicate with both models' weighted confusion matrices (k×k, row = actual); reused buffers. */
export type ConfusionReplicate = (r: number, cmB: Float64Array, cmC: Float64Array) => void;

/**
 * The replicates of pairedClassificationBootstrap, each handed to `record` as the two weighted
 * confusion matrices, for statistics of the matrices other than the aggregate metrics (per-class
 * metrics): the same draws from the same seed, so every statistic of one run shares its replicates.
 */
export function pairedConfusionReplicates(actual: Int32Array, baseline: Int32Array, candidate: Int32Array,
  k: number, opts: BootstrapOptions, record: ConfusionReplicate): void {
  checkOptions(opts);
  const usable = checkClassificationInput(actual, baseline, candidate, k);
  if (k * k * k <= usable) bootstrapByCell(actual, baseline, candidate, k, opts, record);
  else bootstrapByRow(actual, baseline, candidate, k, usable, opts, record);
}

/**
 * The cell form of pairedClassificationBootstrap, whatever the table's size: each replicate draws
 * Poisson(n_cell) for every occupied (actual, baseline, candidate) cell, in cell order, from
 * createRng(seed) through @stdlib/random-base-poisson. Exported so that tests can hold it against
 * the row form.
 */
export function pairedClassificationBootstrapByCell(actual: Int32Array, baseline: Int32Array,
  candidate: Int32Array, k: number, positive: number | null, opts: BootstrapOptions): ClassificationIntervals {
  checkOptions(opts);
  checkClassificationInput(actual, baseline, candidate, k);
  const diffs = newDiffs(opts.replicates);
  bootstrapByCell(actual, baseline, candidate, k, opts, (r, cmB, cmC) => recordReplicate(diffs, r, cmB, cmC, k, positive));
  return classificationIntervals(diffs, positive, opts.confidence);
}

/**
 * The row form: every usable row gets a Poisson(1) weight per replicate (rng.fillPoisson1), the
 * stream that scripts/fixtures/metric_stats.py replicates. The fallback for tables with more cells
 * than rows; exported so that tests can check it against python and the cell form against it.
 */
export function pairedClassificationBootstrapByRow(actual: Int32Array, baseline: Int32Array,
  candidate: Int32Array, k: number, positive: number | null, opts: BootstrapOptions): ClassificationIntervals {
  checkOptions(opts);
  const usable = checkClassificationInput(actual, baseline, candidate, k);
  const diffs = newDiffs(opts.replicates);
  bootstrapByRow(actual, baseline, candidate, k, usable, opts, (r, cmB, cmC) => recordReplicate(diffs, r, cmB, cmC, k, positive));
  return classificationIntervals(diffs, positive, opts.confidence);
}

/** A Poisson(λ) sampler for any λ > 0 that draws its uniforms from `rng`. */
function poissonSampler(rng: Rng): (lambda: number) => number {
  return poissonRandom.factory({ prng: () => rng.next() });
}

/**
 * The Poisson bootstrap of a table of counts: each replicate draws Poisson(lambda[j]) for every
 * entry j (every lambda > 0: callers pass the occupied cells only), in order, from
 * createRng(seed), and hands `record` the drawn counts (the buffer is reused). The sum of n
 * independent Poisson(1) row weights is Poisson(n), so this is the row-weight bootstrap of any
 * statistic of the counts at O(cells) per replicate.
 */
export function poissonCountReplicates(lambda: Float64Array, replicates: number, seed: number,
  record: (r: number, drawn: Float64Array) => void): void {
  const poisson = poissonSampler(createRng(seed));
  const drawn = new Float64Array(lambda.length);
  for (let r = 0; r < replicates; r++) {
    for (let j = 0; j < lambda.length; j++) drawn[j] = poisson(lambda[j]);
    record(r, drawn);
  }
}

function bootstrapByCell(actual: Int32Array, baseline: Int32Array, candidate: Int32Array, k: number,
  opts: BootstrapOptions, record: ConfusionReplicate): void {
  const kk = k * k;
  // Rows per cell a·k² + b·k + c. The public entry comes here only when k³ ≤ usable rows, so this
  // array is never larger than an Int32 column of the data.
  const counts = new Int32Array(kk * k);
  for (let i = 0; i < actual.length; i++) {
    const a = actual[i], b = baseline[i], c = candidate[i];
    if (a < 0 || b < 0 || c < 0) continue;
    counts[a * kk + b * k + c]++;
  }
  cellCountReplicates(counts, k, opts, record);
}

/**
 * The cell form from the (actual, baseline, candidate) table itself, `counts[a·k² + b·k + c]` rows
 * per cell: every metric here depends on the rows only through that table, so a SQL engine's
 * GROUP BY counts give the same intervals as the rows, draw for draw (src/pushdown).
 */
export function pairedClassificationBootstrapFromCounts(counts: ArrayLike<number>, k: number, positive: number | null,
  opts: BootstrapOptions): ClassificationIntervals {
  checkOptions(opts);
  if (counts.length !== k * k * k) throw new RangeError(`cell table holds ${counts.length} cells, not ${k}³`);
  for (let i = 0; i < counts.length; i++) {
    if (!(Number.isInteger(counts[i]) && counts[i] >= 0)) throw new RangeError(`cell ${i} holds ${counts[i]} rows, not a count`);
  }
  const diffs = newDiffs(opts.replicates);
  cellCountReplicates(counts, k, opts, (r, cmB, cmC) => recordReplicate(diffs, r, cmB, cmC, k, positive));
  return classificationIntervals(diffs, positive, opts.confidence);
}

function cellCountReplicates(counts: ArrayLike<number>, k: number, opts: BootstrapOptions, record: ConfusionReplicate): void {
  const kk = k * k;
  // The occupied cells in cell order: each one's row count and its places in the two matrices.
  let occupied = 0;
  for (let cell = 0; cell < counts.length; cell++) if (counts[cell] > 0) occupied++;
  const lambda = new Float64Array(occupied);
  const posB = new Int32Array(occupied);
  const posC = new Int32Array(occupied);
  for (let cell = 0, j = 0; cell < counts.length; cell++) {
    if (counts[cell] === 0) continue;
    const a = Math.floor(cell / kk), b = Math.floor(cell / k) % k, c = cell % k;
    lambda[j] = counts[cell];
    posB[j] = a * k + b;
    posC[j] = a * k + c;
    j++;
  }
  const cmB = new Float64Array(kk);
  const cmC = new Float64Array(kk);
  poissonCountReplicates(lambda, opts.replicates, opts.seed, (r, drawn) => {
    cmB.fill(0);
    cmC.fill(0);
    for (let j = 0; j < occupied; j++) {
      const w = drawn[j];
      cmB[posB[j]] += w;
      cmC[posC[j]] += w;
    }
    record(r, cmB, cmC);
  });
}

function bootstrapByRow(actual: Int32Array, baseline: Int32Array, candidate: Int32Array, k: number,
  usable: number, opts: BootstrapOptions, record: ConfusionReplicate): void {
  // Cell indices of the usable rows, computed once: the replicate loop then only adds weights.
  const cellB = new Int32Array(usable);
  const cellC = new Int32Array(usable);
  for (let i = 0, j = 0; i < actual.length; i++) {
    const a = actual[i], b = baseline[i], c = candidate[i];
    if (a < 0 || b < 0 || c < 0) continue;
    cellB[j] = a * k + b;
    cellC[j] = a * k + c;
    j++;
  }
  const R = opts.replicates;
  const rng = createRng(opts.seed);
  const weights = new Uint8Array(usable);
  const cmB = new Float64Array(k * k);
  const cmC = new Float64Array(k * k);
  for (let r = 0; r < R; r++) {
    rng.fillPoisson1(weights);
    cmB.fill(0);
    cmC.fill(0);
    // No test for w = 0: adding zero is cheaper than a branch mispredicted on a third of the rows.
    for (let i = 0; i < usable; i++) {
      const w = weights[i];
      cmB[cellB[i]] += w;
      cmC[cellC[i]] += w;
    }
    record(r, cmB, cmC);
  }
}

/**
 * Paired Poisson bootstrap of regression metric differences (candidate − baseline) over rows where
 * the actual value and both predictions are present. Per replicate it accumulates Σw, Σw(|e_c|−|e_b|),
 * Σw(ape_c − ape_b), Σw·e_b², Σw·(e_c² − e_b²), Σw(y−ȳ), Σw(y−ȳ)² — the target centred on its
 * full-sample mean so that the weighted SS_tot = Σw(y−ȳ)² − (Σw(y−ȳ))²/Σw keeps its digits, and
 * the candidate's squared errors as a difference, so that identical models give exact zeros.
 */
export function pairedRegressionBootstrap(actual: Float64Array, baseline: Float64Array,
  candidate: Float64Array, opts: BootstrapOptions): Record<RegressionBootstrapMetric, BootstrapInterval> {
  checkOptions(opts);
  if (baseline.length !== actual.length || candidate.length !== actual.length) {
    throw new RangeError(`actual and prediction arrays differ in length (${actual.length}, ${baseline.length}, ${candidate.length})`);
  }
  let usable = 0, sumY = 0;
  for (let i = 0; i < actual.length; i++) {
    const y = actual[i], b = baseline[i], c = candidate[i];
    if (y !== y || b !== b || c !== c) continue;
    usable++;
    sumY += y;
  }
  const mean = usable > 0 ? sumY / usable : 0;
  // Per usable row, interleaved so that one replicate streams one array: the five per-row terms.
  const terms = new Float64Array(usable * STRIDE);
  for (let i = 0, j = 0; i < actual.length; i++) {
    const y = actual[i], b = baseline[i], c = candidate[i];
    if (y !== y || b !== b || c !== c) continue;
    const eb = b - y, ec = c - y;
    const aeb = Math.abs(eb), aec = Math.abs(ec);
    const ay = Math.abs(y);
    const scale = ay > MAPE_EPS ? ay : MAPE_EPS;
    terms[j] = aec - aeb;
    terms[j + 1] = aec / scale - aeb / scale;
    terms[j + 2] = eb * eb;
    terms[j + 3] = ec * ec - eb * eb;
    terms[j + 4] = y - mean;
    j += STRIDE;
  }

  const R = opts.replicates;
  const rng = createRng(opts.seed);
  const sums = usable > (opts.exactRows ?? REGRESSION_EXACT_ROWS) ? gaussianReplicates(terms, usable, R, rng) : poissonReplicates(terms, usable, R, rng);
  return regressionIntervals(sums, R, opts.confidence);
}

/**
 * pairedRegressionBootstrap's large-n form from the moments of its seven per-row terms
 * x = (1, |e_c|−|e_b|, ape_c−ape_b, e_b², e_c²−e_b², y−ȳ, (y−ȳ)²): `sums[a]` = Σ x_a and
 * `cross[a·7 + b]` = Σ x_a·x_b for b ≤ a. A SQL engine returns them in one aggregate query, and
 * above REGRESSION_EXACT_ROWS rows the intervals equal the rows' draw for draw (the same seed and
 * normal draws); below it the rows' Poisson bootstrap is used on files, a Monte-Carlo difference.
 */
export function pairedRegressionBootstrapFromMoments(sums: Float64Array, cross: Float64Array,
  opts: BootstrapOptions): Record<RegressionBootstrapMetric, BootstrapInterval> {
  checkOptions(opts);
  if (sums.length !== SUMS || cross.length !== SUMS * SUMS) throw new RangeError(`moments must be ${SUMS} sums and a ${SUMS}×${SUMS} matrix`);
  return regressionIntervals(gaussianFromMoments(sums, cross, opts.replicates, createRng(opts.seed)), opts.replicates, opts.confidence);
}

function regressionIntervals(sums: Float64Array, R: number, confidence: number): Record<RegressionBootstrapMetric, BootstrapInterval> {
  const diffs: Record<RegressionBootstrapMetric, Float64Array> = {
    mae: new Float64Array(R), rmse: new Float64Array(R), mape: new Float64Array(R), r2: new Float64Array(R),
  };
  for (let r = 0, o = 0; r < R; r++, o += SUMS) {
    const sw = sums[o], sAbs = sums[o + 1], sApe = sums[o + 2], sEb = sums[o + 3], sEc = sEb + sums[o + 4], sY = sums[o + 5], sY2 = sums[o + 6];
    if (!(sw > 0)) {
      diffs.mae[r] = diffs.rmse[r] = diffs.mape[r] = diffs.r2[r] = NaN;
      continue;
    }
    diffs.mae[r] = sAbs / sw;
    diffs.mape[r] = sApe / sw;
    diffs.rmse[r] = Math.sqrt(Math.max(0, sEc) / sw) - Math.sqrt(Math.max(0, sEb) / sw);
    const ssTot = Math.max(0, sY2 - (sY * sY) / sw);
    diffs.r2[r] = r2FromSums(Math.max(0, sEc), ssTot, sw) - r2FromSums(Math.max(0, sEb), ssTot, sw);
  }
  return {
    mae: percentileInterval(diffs.mae, confidence),
    rmse: percentileInterval(diffs.rmse, confidence),
    mape: percentileInterval(diffs.mape, confidence),
    r2: percentileInterval(diffs.r2, confidence),
  };
}

/** Rows above which the regression bootstrap draws its replicate sums from their normal limit. */
export const REGRESSION_EXACT_ROWS = 100_000;
/** Per replicate: Σw, Σw·Δ|e|, Σw·Δape, Σw·e_b², Σw·(e_c² − e_b²), Σw(y−ȳ), Σw(y−ȳ)². */
const SUMS = 7;
const STRIDE = 5;

/** The replicate sums of the Poisson bootstrap itself: every row weighted Poisson(1), one pass per replicate. */
function poissonReplicates(terms: Float64Array, usable: number, R: number, rng: Rng): Float64Array {
  const out = new Float64Array(R * SUMS);
  const weights = new Uint8Array(usable);
  for (let r = 0; r < R; r++) {
    rng.fillPoisson1(weights);
    let sw = 0, sAbs = 0, sApe = 0, sEb = 0, sEd = 0, sY = 0, sY2 = 0;
    for (let i = 0, j = 0; i < usable; i++, j += STRIDE) {
      const w = weights[i];
      sw += w;
      sAbs += w * terms[j];
      sApe += w * terms[j + 1];
      sEb += w * terms[j + 2];
      sEd += w * terms[j + 3];
      const d = terms[j + 4];
      sY += w * d;
      sY2 += w * d * d;
    }
    out.set([sw, sAbs, sApe, sEb, sEd, sY, sY2], r * SUMS);
  }
  return out;
}

/**
 * The same replicate sums drawn from their large-n limit. With independent Poisson(1) weights
 * (mean 1, variance 1) the vector S = Σ_i w_i·x_i of a replicate (x_i: row i's seven terms, the
 * first 1) has mean Σ x_i and covariance Σ x_i·x_iᵀ exactly, and by the central limit theorem it is
 * normal as n grows; past REGRESSION_EXACT_ROWS rows the difference from the row-by-row bootstrap is
 * far below the spread of 200 replicates (tested). A column that is zero on every row (identical
 * models) has zero variance and stays exactly zero, as with row weights.
 */
function gaussianReplicates(terms: Float64Array, usable: number, R: number, rng: Rng): Float64Array {
  const mean = new Float64Array(SUMS);
  const cov = new Float64Array(SUMS * SUMS);
  const x = new Float64Array(SUMS);
  x[0] = 1;
  for (let i = 0, j = 0; i < usable; i++, j += STRIDE) {
    x[1] = terms[j];
    x[2] = terms[j + 1];
    x[3] = terms[j + 2];
    x[4] = terms[j + 3];
    x[5] = terms[j + 4];
    x[6] = terms[j + 4] * terms[j + 4];
    for (let a = 0; a < SUMS; a++) {
      const xa = x[a];
      mean[a] += xa;
      for (let b = 0; b <= a; b++) cov[a * SUMS + b] += xa * x[b];
    }
  }
  return gaussianFromMoments(mean, cov, R, rng);
}

/**
 * The normal draws from the sums Σx (`mean`) and the lower triangle of Σx·xᵀ (`cov`, row-major
 * SUMS×SUMS) of the per-row terms: what a SQL engine returns in one aggregate query (src/pushdown).
 */
function gaussianFromMoments(mean: Float64Array, cov: Float64Array, R: number, rng: Rng): Float64Array {
  // Cholesky factor, lower; a pivot with no variance left gives a zero column (constant, or a
  // combination of the columns before it).
  const L = new Float64Array(SUMS * SUMS);
  for (let a = 0; a < SUMS; a++) {
    for (let b = 0; b <= a; b++) {
      let v = cov[a * SUMS + b];
      for (let k = 0; k < b; k++) v -= L[a * SUMS + k] * L[b * SUMS + k];
      if (a === b) L[a * SUMS + a] = v > 1e-12 * cov[a * SUMS + a] && v > 0 ? Math.sqrt(v) : 0;
      else L[a * SUMS + b] = L[b * SUMS + b] > 0 ? v / L[b * SUMS + b] : 0;
    }
  }
  const out = new Float64Array(R * SUMS);
  const z = new Float64Array(SUMS);
  for (let r = 0; r < R; r++) {
    for (let a = 0; a < SUMS; a += 2) {
      // Box–Muller: two standard normals from two uniforms (1 − u keeps the log finite).
      const rad = Math.sqrt(-2 * Math.log(1 - rng.next()));
      const ang = 2 * Math.PI * rng.next();
      z[a] = rad * Math.cos(ang);
      if (a + 1 < SUMS) z[a + 1] = rad * Math.sin(ang);
    }
    for (let a = 0; a < SUMS; a++) {
      let v = mean[a];
      for (let k = 0; k <= a; k++) v += L[a * SUMS + k] * z[k];
      out[r * SUMS + a] = v;
    }
  }
  return out;
}

/**
 * Normal-approximation interval for the mean of paired per-row differences (e.g. candidate −
 * baseline log loss per row): mean ± z·sd/√n with the sample sd (ddof = 1). NaN entries (rows
 * without a label) are skipped. With fewer than two values se and the bounds are NaN.
 */
export function pairedMeanDifferenceCI(diffs: Float64Array, confidence: number):
  { mean: number; lo: number; hi: number; se: number } {
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
  // A NaN adds 0 rather than being skipped: the same sums (starting from +0 they never become -0,
  // and adding +0 leaves any other double as it is), without a branch around the additions, which
  // V8's first optimising tier would pay for with a boxed double per row.
  let n = 0, sum = 0;
  for (let i = 0; i < diffs.length; i++) {
    const d = diffs[i];
    const ok = d === d;
    n += ok ? 1 : 0;
    sum += ok ? d : 0;
  }
  if (n === 0) return { mean: NaN, lo: NaN, hi: NaN, se: NaN };
  const mean = sum / n;
  let ss = 0;
  for (let i = 0; i < diffs.length; i++) {
    const d = diffs[i];
    const c = d === d ? d - mean : 0;
    ss += c * c;
  }
  return meanDifferenceCIFromMoments(n, mean, ss, confidence);
}

/**
 * pairedMeanDifferenceCI from n, the mean and Σ(d − mean)² (a SQL engine's aggregates give them:
 * src/pushdown).
 */
export function meanDifferenceCIFromMoments(n: number, mean: number, ss: number, confidence: number):
  { mean: number; lo: number; hi: number; se: number } {
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
  if (n === 0) return { mean: NaN, lo: NaN, hi: NaN, se: NaN };
  const se = n >= 2 ? Math.sqrt(ss / (n - 1) / n) : NaN;
  const z = normalQuantile(1 - (1 - confidence) / 2, 0, 1);
  return { mean, lo: mean - z * se, hi: mean + z * se, se };
}
