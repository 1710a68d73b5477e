/**
 * CBPE for a multiclass model, as NannyML does it: each class's score is calibrated one-vs-rest on
 * the labelled reference (calibration.ts), the k calibrated probabilities of a row are divided by
 * their sum so that they add up to 1 (a row whose calibrated probabilities are all 0 gets 1/k each,
 * as NannyML), and with P_i(a) the row's probability of class a and ŷ_i its predicted class the
 * expected confusion matrix is E[cm[a][p]] = Σ_{i: ŷ_i = p} P_i(a). Accuracy and the macro
 * precision, recall and F1 are read from it as from a realized matrix (metricsFromConfusion: the
 * mean over the classes present, as the realized macro metrics); each class's one-vs-rest share of
 * it is NannyML's per-class estimate (e.g. precision_c = Σ_{ŷ = c} P_i(c) / #{ŷ = c}).
 *
 * ROC AUC is the macro one-vs-rest AUC, the realized metric's definition (stats/auc.ts rocAucOvr):
 * for each class c, the area of the rows ordered by the model's raw score of class c with each row
 * weighing P_i(c) as a positive and 1 − P_i(c) as a negative (NannyML's estimator: calibrated
 * probabilities swept in the order of the uncalibrated scores, ties one step), then the mean over
 * the classes whose area is defined.
 *
 * A row whose label is known enters with P_i = its one-hot label, so the same code gives the
 * realized metrics on labelled rows and the combined ones on a partly labelled file.
 */
import { estimatedRocAuc, metricsOfClasses, rankOrder, type Groups, type MetricValues, type RankOrder } from './cbpe.js';

/** One model's rows (all arrays over the same rows, already selected). */
export interface MulticlassRows {
  readonly k: number;
  /** n×k, row-major: P_i(c), normalised calibrated probabilities, or the one-hot label where known. */
  readonly prob: Float64Array;
  /** Predicted class index of each row (0..k−1). */
  readonly pred: Int32Array;
  /** The raw score of each class (k arrays of n): the order of class c's one-vs-rest ROC sweep. */
  readonly score: readonly Float64Array[];
}

/**
 * The k calibrated columns of `rows` as row-major normalised probabilities (n×k). A row with a NaN
 * in any class is NaN in every class (it cannot be estimated).
 */
export function normalise(calibrated: readonly Float64Array[], rows: Int32Array | null = null): Float64Array {
  const k = calibrated.length;
  const n = rows ? rows.length : k ? calibrated[0].length : 0;
  const out = new Float64Array(n * k);
  for (let j = 0; j < n; j++) {
    const i = rows ? rows[j] : j;
    let sum = 0;
    for (let c = 0; c < k; c++) sum += calibrated[c][i];
    const o = j * k;
    if (sum !== sum) {
      for (let c = 0; c < k; c++) out[o + c] = NaN;
    } else if (sum === 0) {
      for (let c = 0; c < k; c++) out[o + c] = 1 / k;
    } else {
      for (let c = 0; c < k; c++) out[o + c] = calibrated[c][i] / sum;
    }
  }
  return out;
}

/** Class c's column of the row-major probabilities. */
export function classColumn(rows: Pick<MulticlassRows, 'k' | 'prob'>, c: number): Float64Array {
  const { k, prob } = rows;
  const n = prob.length / k;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = prob[i * k + c];
  return out;
}

/** Expected confusion matrices: k×k cells (actual × predicted) per group, then the whole. */
export function expectedConfusionMulticlass(rows: MulticlassRows, groups: Groups | null): Float64Array {
  const { k, prob, pred } = rows;
  const kk = k * k;
  const g = groups ? groups.count : 0;
  const cm = new Float64Array(kk * (g + 1));
  const n = pred.length;
  const all = kk * g;
  for (let i = 0; i < n; i++) {
    const p = pred[i];
    const o = i * k;
    const gAt = groups ? kk * groups.of[i] : -1;
    for (let a = 0; a < k; a++) {
      const v = prob[o + a];
      cm[all + a * k + p] += v;
      if (gAt >= 0) cm[gAt + a * k + p] += v;
    }
  }
  return cm;
}

/** Each class's raw-score order, sorted once for every weighting swept over the same rows. */
export function classOrders(rows: Pick<MulticlassRows, 'score'>): RankOrder[] {
  return rows.score.map((s) => rankOrder(s));
}

/**
 * One-vs-rest ROC AUC of each class (out[c * G + group], whole at group = G − 1) and the macro
 * mean over the classes whose area is defined (NaN when none is): see the module comment.
 */
export function rocAucPerClass(rows: MulticlassRows, groups: Groups | null, orders: readonly RankOrder[] | null = null): { perClass: Float64Array; macro: Float64Array } {
  const { k } = rows;
  const G = (groups ? groups.count : 0) + 1;
  const perClass = new Float64Array(k * G);
  for (let c = 0; c < k; c++) {
    const area = estimatedRocAuc({ prob: classColumn(rows, c), calibrated: rows.score[c] }, groups, orders ? orders[c] : null);
    perClass.set(area, c * G);
  }
  const macro = new Float64Array(G);
  for (let gr = 0; gr < G; gr++) {
    let sum = 0;
    let count = 0;
    for (let c = 0; c < k; c++) {
      const v = perClass[c * G + gr];
      if (v === v) {
        sum += v;
        count++;
      }
    }
    macro[gr] = count > 0 ? sum / count : NaN;
  }
  return { perClass, macro };
}

/** CBPE estimates of each group, then of the whole; `cm` holds k×k cells per group. */
export function cbpeMulticlass(rows: MulticlassRows, groups: Groups | null, orders: readonly RankOrder[] | null = null): { cm: Float64Array; metrics: MetricValues[] } {
  const cm = expectedConfusionMulticlass(rows, groups);
  const { macro } = rocAucPerClass(rows, groups, orders);
  const kk = rows.k * rows.k;
  const metrics: MetricValues[] = [];
  for (let c = 0; c < macro.length; c++) metrics.push(metricsOfClasses(cm, kk * c, rows.k, macro[c]));
  return { cm, metrics };
}
