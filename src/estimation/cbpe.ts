/**
 * Confidence-based performance estimation (CBPE, as NannyML defines it) for a binary model: with
 * p_i the calibrated probability that row i is positive and ŷ_i the model's prediction, the
 * expected confusion matrix is E[TP] = Σ p_i·[ŷ_i = 1], E[FP] = Σ (1 − p_i)·[ŷ_i = 1],
 * E[FN] = Σ p_i·[ŷ_i = 0], E[TN] = Σ (1 − p_i)·[ŷ_i = 0]; accuracy, precision, recall and F1 are
 * read from it. ROC AUC is the area under the curve whose points are the expected TPR and FPR at
 * every distinct calibrated probability taken as the cut-off (NannyML's algorithm).
 *
 * A row whose label is known enters with p_i = its label (0 or 1), so the same code gives realized
 * metrics on labelled rows and the combined (realized + estimated) metrics on a partly labelled file.
 *
 * Sampling interval: with labels drawn y_i ~ Bernoulli(p_i), independently per row, the realized
 * metrics (ROC AUC ordered by the model's raw scores, as the realized metric will be once labels
 * arrive) spread around the estimate as the realized metric would if P(y|x) is unchanged. Two
 * models draw from ONE uniform u_i per row (y_i = [u_i < p_i] for each model's own p_i): the same
 * labels as far as the models agree, so the spread of their difference is the paired one. The
 * gate computes that spread in closed form (spread.ts); `simulate` is its Monte Carlo, the
 * reference the tests hold the closed form to. The realized metrics of labelled rows are `cbpe`
 * of the rows with their labels as probabilities (ROC AUC in the raw scores' order).
 *
 * Rows are grouped (chunks); every function returns one entry per group and, last, the whole.
 */
import { scoreLevels } from './calibration.js';
import { metricsFromConfusion } from '../stats/classification.js';
import { createRng } from '../stats/random.js';

export const ESTIMATED_METRICS = ['accuracy', 'precision', 'recall', 'f1', 'roc_auc'] as const;
export type EstimatedMetric = (typeof ESTIMATED_METRICS)[number];
export type MetricValues = Record<EstimatedMetric, number>;

/** One model on the rows estimated (all arrays the same length, rows already selected). */
export interface BinaryRows {
  /** Calibrated P(y = 1), or the label (0 or 1) where it is known: the row's weight as a positive. */
  readonly prob: Float64Array;
  /** Calibrated P(y = 1) on every row: the order of the estimated ROC AUC's cut-offs. */
  readonly calibrated: Float64Array;
  /** 1 where the model predicts the positive class. */
  readonly pred: Uint8Array;
  /** The model's raw score, the order of its realized ROC AUC. */
  readonly score: Float64Array;
}

/** Groups of rows: `of[i]` in 0..count-1. null = one group (then the results hold only the whole). */
export interface Groups {
  readonly of: Int32Array;
  readonly count: number;
}

/** Confusion cells in metricsFromConfusion's layout for classes (negative, positive): tn, fp, fn, tp. */
export const TN = 0, FP = 1, FN = 2, TP = 3;

/** Expected confusion matrices: 4 cells per group, then 4 for the whole. */
export function expectedConfusion(rows: BinaryRows, groups: Groups | null): Float64Array {
  const g = groups ? groups.count : 0;
  const cm = new Float64Array(4 * (g + 1));
  const { prob, pred } = rows;
  const all = 4 * g;
  for (let i = 0; i < prob.length; i++) {
    const p = prob[i];
    const cell = pred[i] === 1 ? FP : TN; // + 2 moves to the positive row (FN, TP)
    if (groups) {
      const o = 4 * groups.of[i];
      cm[o + cell] += 1 - p;
      cm[o + cell + 2] += p;
    }
    cm[all + cell] += 1 - p;
    cm[all + cell + 2] += p;
  }
  return cm;
}

/**
 * The rows in the order of their key, and where each tie group (rows of equal key) starts: the
 * order of a ROC sweep, computed once however many weightings are swept. The tie marks are in
 * order positions, so a sweep finds its tie groups reading them in sequence rather than looking
 * up each row's rank at random.
 */
export interface RankOrder {
  readonly order: Int32Array;
  /** 1 at the position of the first row of each tie group. */
  readonly tieStart: Uint8Array;
}

export function rankOrder(key: Float64Array): RankOrder {
  const n = key.length;
  // Each row's distinct value (scoreLevels: one radix sort, then a short search per row), then the
  // rows counted into their values' places: ties take consecutive places.
  const { x, of } = scoreLevels(key);
  const start = new Int32Array(x.length + 1);
  for (let i = 0; i < n; i++) start[of[i] + 1]++;
  for (let d = 0; d < x.length; d++) start[d + 1] += start[d];
  const tieStart = new Uint8Array(n);
  for (let d = 0; d < x.length; d++) if (start[d] < start[d + 1]) tieStart[start[d]] = 1;
  const order = new Int32Array(n);
  const next = start.slice(0, x.length);
  for (let i = 0; i < n; i++) order[next[of[i]]++] = i;
  return { order, tieStart };
}

/**
 * The order of a subset, from the order of the whole: `sel` and `within` are ascending indices of
 * the same table rows (`sel` ⊆ `within`), `order` is over positions of `within`. O(rows), no sort:
 * one merge walk maps each position of `within` to its place in `sel` (or −1), then the whole's
 * order is walked once; a subset row starts a tie group when a whole tie group started since the
 * previous subset row.
 */
export function subsetOrder(order: RankOrder, within: Int32Array, sel: Int32Array): RankOrder {
  const place = new Int32Array(within.length);
  let j = 0;
  for (let pos = 0; pos < within.length; pos++) place[pos] = j < sel.length && sel[j] === within[pos] ? j++ : -1;
  const tieStart = new Uint8Array(sel.length);
  const out = new Int32Array(sel.length);
  let m = 0;
  let started = 0;
  const { order: ord, tieStart: wholeStart } = order;
  for (let q = 0; q < ord.length; q++) {
    started |= wholeStart[q];
    const s = place[ord[q]];
    if (s < 0) continue;
    tieStart[m] = started;
    started = 0;
    out[m++] = s;
  }
  return { order: out, tieStart };
}

/** Scratch arrays of one sweep, reused across replicates. */
class Sweep {
  readonly negBelow: Float64Array;
  readonly pairs: Float64Array;
  readonly pos: Float64Array;
  readonly tiePos: Float64Array;
  readonly tieNeg: Float64Array;
  readonly touched: Int32Array;
  constructor(G: number) {
    this.negBelow = new Float64Array(G);
    this.pairs = new Float64Array(G);
    this.pos = new Float64Array(G);
    this.tiePos = new Float64Array(G);
    this.tieNeg = new Float64Array(G);
    this.touched = new Int32Array(G);
  }
}

/**
 * ROC AUC of each group and the whole (written to out[at + c], whole at c = groups) with row i
 * weighing wPos(i) as a positive and wNeg(i) as a negative: Σ over pairs of wPos_i·wNeg_j for
 * key_i > key_j, half for equal keys, over (Σ wPos)·(Σ wNeg). With 0/1 label weights this is the
 * Mann–Whitney AUC; with calibrated probabilities p and 1 − p it is exactly the trapezoidal area
 * under NannyML's estimated ROC curve (cut-offs at each distinct probability, a tie group being
 * one step). NaN for a group without positive or negative weight.
 */
function aucSweep(
  ro: RankOrder,
  wPos: ArrayLike<number>,
  wNeg: ArrayLike<number> | null,
  rowWeight: Uint8Array | null,
  groups: Groups | null,
  sw: Sweep,
  out: Float64Array,
  at: number,
): void {
  const { order, tieStart } = ro;
  const n = order.length;
  const g = groups ? groups.count : 0;
  const of = groups ? groups.of : null;
  const { negBelow, pairs, pos, tiePos, tieNeg, touched } = sw;
  negBelow.fill(0);
  pairs.fill(0);
  pos.fill(0);
  let j = 0;
  while (j < n) {
    let nt = 0;
    do {
      const i = order[j++];
      const w = rowWeight ? rowWeight[i] : 1;
      if (w === 0) continue;
      const wp = w * wPos[i];
      const wn = w * (wNeg ? wNeg[i] : 1 - wPos[i]);
      if (tiePos[g] === 0 && tieNeg[g] === 0) touched[nt++] = g;
      tiePos[g] += wp;
      tieNeg[g] += wn;
      if (of) {
        const c = of[i];
        if (tiePos[c] === 0 && tieNeg[c] === 0) touched[nt++] = c;
        tiePos[c] += wp;
        tieNeg[c] += wn;
      }
    } while (j < n && tieStart[j] === 0);
    for (let t = 0; t < nt; t++) {
      const c = touched[t];
      pairs[c] += tiePos[c] * (negBelow[c] + tieNeg[c] / 2);
      negBelow[c] += tieNeg[c];
      pos[c] += tiePos[c];
      tiePos[c] = 0;
      tieNeg[c] = 0;
    }
  }
  for (let c = 0; c <= g; c++) {
    const P = pos[c];
    const N = negBelow[c];
    out[at + c] = P > 0 && N > 0 ? pairs[c] / (P * N) : NaN;
  }
}

/**
 * Estimated ROC AUC of each group, then of the whole: rows ordered by their calibrated probability,
 * weighing `prob` as positives (NannyML's estimate when prob is the calibrated probability).
 * `order`: the rows' raw-score order instead, which gives the same area whenever the calibration is
 * non-decreasing (rows it ties have equal p, and a tie's pairs weigh p(1 − p) in either order), so
 * that recalibrated replicates need not sort again.
 */
export function estimatedRocAuc(rows: Pick<BinaryRows, 'prob' | 'calibrated'>, groups: Groups | null, order: RankOrder | null = null): Float64Array {
  const G = (groups ? groups.count : 0) + 1;
  const out = new Float64Array(G);
  aucSweep(order ?? rankOrder(rows.calibrated), rows.prob, null, null, groups, new Sweep(G), out, 0);
  return out;
}

/**
 * Realized ROC AUC of each group, then of the whole, ordered by the model's raw scores (as
 * scikit-learn's roc_auc_score).
 */
export function realizedRocAuc(isPositive: Uint8Array, score: Float64Array, groups: Groups | null): Float64Array {
  const G = (groups ? groups.count : 0) + 1;
  const out = new Float64Array(G);
  aucSweep(rankOrder(score), isPositive, null, null, groups, new Sweep(G), out, 0);
  return out;
}

/** Metrics from one group's four confusion cells and its ROC AUC (metricsFromConfusion's definitions). */
export function metricsOf(cm: Float64Array, at: number, rocAuc: number): MetricValues {
  return metricsOfClasses(cm, at, 2, rocAuc);
}

/**
 * Metrics from one group's k×k confusion cells (actual × predicted, row-major) and its ROC AUC:
 * with k = 2 precision, recall and F1 of class 1 (the positive class); with more classes their
 * macro averages (NannyML's multiclass CBPE), under the same names.
 */
export function metricsOfClasses(cm: Float64Array, at: number, k: number, rocAuc: number): MetricValues {
  const m = metricsFromConfusion(cm.subarray(at, at + k * k), k, k === 2 ? 1 : null);
  if (k === 2) return { accuracy: m.accuracy, precision: m.precision as number, recall: m.recall as number, f1: m.f1 as number, roc_auc: rocAuc };
  return { accuracy: m.accuracy, precision: m.macro_precision, recall: m.macro_recall, f1: m.macro_f1, roc_auc: rocAuc };
}

/** CBPE estimates of each group, then of the whole. */
export function cbpe(rows: BinaryRows, groups: Groups | null, order: RankOrder | null = null): { cm: Float64Array; metrics: MetricValues[] } {
  const cm = expectedConfusion(rows, groups);
  const auc = estimatedRocAuc(rows, groups, order);
  const metrics: MetricValues[] = [];
  for (let c = 0; c < auc.length; c++) metrics.push(metricsOf(cm, 4 * c, auc[c]));
  return { cm, metrics };
}

/** Replicates of each model: confusion cells [rep][group][k×k] and ROC AUC [rep][group], whole last. */
export interface Simulated {
  readonly replicates: number;
  readonly groups: number;
  /** Classes: 2 (binary, cells tn, fp, fn, tp) or more (multiclass, macro metrics). */
  readonly k: number;
  readonly cm: Float64Array[];
  readonly auc: Float64Array[];
}

/**
 * Realized metrics of each model under `replicates` simulated label draws (see the module comment).
 * Labelled rows (p exactly 0 or 1) keep their label in every draw. With `resample`, each replicate
 * also weighs the rows by Poisson(1) draws (the bootstrap the performance family uses), the same
 * for every model, so the spread covers the sampling of rows as well as the unknown labels: the
 * interval of a statement about the population the rows come from, not only about these rows.
 */
export function simulate(
  models: readonly BinaryRows[],
  groups: Groups | null,
  replicates: number,
  seed: number,
  resample = false,
  scoreOrders: readonly RankOrder[] | null = null,
): Simulated {
  const n = models.length ? models[0].prob.length : 0;
  const g = groups ? groups.count : 0;
  const G = g + 1;
  const rng = createRng(seed);
  const u = new Float64Array(n);
  const weights = resample ? new Uint8Array(n) : null;
  const orders = scoreOrders ?? models.map((m) => rankOrder(m.score));
  const cms = models.map(() => new Float64Array(replicates * G * 4));
  const aucs = models.map(() => new Float64Array(replicates * G));
  const y = new Uint8Array(n);
  const sw = new Sweep(G);
  const of = groups ? groups.of : null;
  for (let r = 0; r < replicates; r++) {
    for (let i = 0; i < n; i++) u[i] = rng.nextUint32() / 4294967296;
    if (weights) rng.fillPoisson1(weights);
    for (let k = 0; k < models.length; k++) {
      const { prob, pred } = models[k];
      const cm = cms[k];
      const base = r * G * 4;
      const all = base + 4 * g;
      for (let i = 0; i < n; i++) {
        const yi = u[i] < prob[i] ? 1 : 0;
        y[i] = yi;
        const w = weights ? weights[i] : 1;
        const cell = (pred[i] === 1 ? FP : TN) + 2 * yi;
        cm[all + cell] += w;
        if (of) cm[base + 4 * of[i] + cell] += w;
      }
      aucSweep(orders[k], y, null, weights, groups, sw, aucs[k], r * G);
    }
  }
  return { replicates, groups: g, k: 2, cm: cms, auc: aucs };
}

/** One replicate's metrics of model k for group c (c = groups for the whole). */
export function replicateMetrics(s: Simulated, k: number, r: number, c: number): MetricValues {
  const G = s.groups + 1;
  return metricsOfClasses(s.cm[k], (r * G + c) * s.k * s.k, s.k, s.auc[k][r * G + c]);
}

/** Sample standard deviation of the finite values (NaN when fewer than two). */
export function spreadOf(values: ArrayLike<number>): number {
  let n = 0;
  let mean = 0;
  let m2 = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) continue;
    n++;
    const d = v - mean;
    mean += d / n;
    m2 += d * (v - mean);
  }
  return n > 1 ? Math.sqrt(m2 / (n - 1)) : NaN;
}
