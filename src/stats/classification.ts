/**
 * Confusion matrices and the metrics derived from them, with scikit-learn's semantics:
 * `zero_division=0` (a ratio whose denominator is 0 is 0) and, for macro averages, the classes of
 * `labels=None` — those present in the actual labels OR the predictions. A class in neither is left
 * out of the macro average (it would otherwise count as a 0 and drag the average down for a class
 * the data never mentions); a class only predicted counts, with recall 0.
 *
 * Labels are class indices 0..k-1; -1 marks a missing label or prediction, and such rows are
 * skipped (and counted) rather than guessed.
 */

export interface CountedConfusion {
  /** k×k, row-major, row = actual class, column = predicted class. */
  matrix: Float64Array;
  /** Rows used. */
  rows: number;
  /** Rows skipped because the label or a prediction was missing (-1). */
  skipped: number;
}

function checkLengths(k: number, ...arrays: Int32Array[]): void {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`number of classes must be a positive integer, got ${k}`);
  const n = arrays[0].length;
  for (const a of arrays) {
    if (a.length !== n) throw new RangeError(`label arrays differ in length (${n} vs ${a.length})`);
  }
}

function classOutOfRange(value: number, row: number, k: number): RangeError {
  return new RangeError(`class index ${value} at row ${row} is outside 0..${k - 1}`);
}

/** Confusion matrix and how many rows were skipped for a missing label or prediction. */
export function confusionMatrixCounted(actual: Int32Array, predicted: Int32Array, k: number): CountedConfusion {
  checkLengths(k, actual, predicted);
  const matrix = new Float64Array(k * k);
  let skipped = 0;
  for (let i = 0; i < actual.length; i++) {
    const a = actual[i];
    const p = predicted[i];
    if (a < 0 || p < 0) {
      skipped++;
      continue;
    }
    if (a >= k) throw classOutOfRange(a, i, k);
    if (p >= k) throw classOutOfRange(p, i, k);
    matrix[a * k + p]++;
  }
  return { matrix, rows: actual.length - skipped, skipped };
}

/** k×k counts, row = actual, column = predicted; rows with a -1 on either side are skipped. */
export function confusionMatrix(actual: Int32Array, predicted: Int32Array, k: number): Float64Array {
  return confusionMatrixCounted(actual, predicted, k).matrix;
}

/**
 * Both models' confusion matrices on the same rows: those where the label and BOTH predictions are
 * present. Comparing baseline and candidate on different row sets would make the difference partly
 * a difference of samples; the paired bootstrap uses exactly these rows too.
 */
export function pairedConfusionMatrices(actual: Int32Array, baseline: Int32Array, candidate: Int32Array,
  k: number): { baseline: Float64Array; candidate: Float64Array; rows: number; skipped: number } {
  checkLengths(k, actual, baseline, candidate);
  const cmB = new Float64Array(k * k);
  const cmC = new Float64Array(k * k);
  let skipped = 0;
  for (let i = 0; i < actual.length; i++) {
    const a = actual[i], b = baseline[i], c = candidate[i];
    if (a < 0 || b < 0 || c < 0) {
      skipped++;
      continue;
    }
    if (a >= k) throw classOutOfRange(a, i, k);
    if (b >= k) throw classOutOfRange(b, i, k);
    if (c >= k) throw classOutOfRange(c, i, k);
    cmB[a * k + b]++;
    cmC[a * k + c]++;
  }
  return { baseline: cmB, candidate: cmC, rows: actual.length - skipped, skipped };
}

export interface ClassMetrics {
  precision: number;
  recall: number;
  f1: number;
  /** Number (or, for a weighted matrix, total weight) of rows whose actual class is this one. */
  support: number;
}

export interface ClassificationMetrics {
  accuracy: number;
  /** Of class `positive`; null when positive is null. */
  precision: number | null;
  recall: number | null;
  f1: number | null;
  macro_precision: number;
  macro_recall: number;
  macro_f1: number;
  /** One entry per class index 0..k-1, including classes absent from the data (all zeros). */
  per_class: ClassMetrics[];
}

/**
 * Metrics from a (possibly weighted) confusion matrix. F1 is 2·TP / (2·TP + FP + FN), the form
 * scikit-learn ≥ 1.3 uses, which equals the harmonic mean of precision and recall whenever both are
 * defined. With an empty matrix every metric is NaN (undefined; callers must report, not compare).
 */
export function metricsFromConfusion(cm: Float64Array, k: number, positive: number | null): ClassificationMetrics {
  if (cm.length !== k * k) throw new RangeError(`confusion matrix has ${cm.length} cells, expected ${k}×${k}`);
  if (positive !== null && !(Number.isInteger(positive) && positive >= 0 && positive < k)) {
    throw new RangeError(`positive class ${positive} is outside 0..${k - 1}`);
  }
  const rowSum = new Float64Array(k);
  const colSum = new Float64Array(k);
  let total = 0;
  let correct = 0;
  for (let a = 0; a < k; a++) {
    for (let p = 0; p < k; p++) {
      const v = cm[a * k + p];
      rowSum[a] += v;
      colSum[p] += v;
      total += v;
    }
    correct += cm[a * k + a];
  }
  const perClass: ClassMetrics[] = new Array(k);
  let present = 0;
  let sumP = 0, sumR = 0, sumF = 0;
  for (let c = 0; c < k; c++) {
    const tp = cm[c * k + c];
    const predicted = colSum[c];
    const actual = rowSum[c];
    const precision = predicted > 0 ? tp / predicted : 0;
    const recall = actual > 0 ? tp / actual : 0;
    const f1 = actual + predicted > 0 ? (2 * tp) / (actual + predicted) : 0;
    perClass[c] = { precision, recall, f1, support: actual };
    if (actual > 0 || predicted > 0) {
      present++;
      sumP += precision;
      sumR += recall;
      sumF += f1;
    }
  }
  const empty = total <= 0;
  const pos = positive === null ? null : perClass[positive];
  return {
    accuracy: empty ? NaN : correct / total,
    precision: pos === null ? null : empty ? NaN : pos.precision,
    recall: pos === null ? null : empty ? NaN : pos.recall,
    f1: pos === null ? null : empty ? NaN : pos.f1,
    macro_precision: present > 0 ? sumP / present : NaN,
    macro_recall: present > 0 ? sumR / present : NaN,
    macro_f1: present > 0 ? sumF / present : NaN,
    per_class: perClass,
  };
}
