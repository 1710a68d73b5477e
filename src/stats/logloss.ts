/**
 * Log loss (mean negative log-likelihood of the actual class), as scikit-learn ≥ 1.5 computes it:
 * probabilities clipped to [eps, 1 − eps] with eps = machine epsilon of float64 (2^-52), and NOT
 * renormalised — scikit-learn dropped renormalisation in 1.5 because it flattered models whose
 * probabilities do not sum to 1 (scikit-learn#24515); it now warns instead. probabilityRowSums
 * finds such rows: quality.scores (checks/model-outputs-quality.ts) fails them.
 *
 * A NaN probability for a labelled row throws (bad input, not a value to skip); rows with actual
 * -1 (no label) are skipped. With no labelled rows the loss is NaN.
 */

export const FLOAT64_EPS = 2.220446049250313e-16;

function clippedNegLog(p: number): number {
  // min/max rather than a conditional: the same value for every input (NaN stays NaN, -0 clips to
  // eps), and V8's first optimising tier boxes a double chosen by a branch in a fresh heap object.
  return -Math.log(Math.min(Math.max(p, FLOAT64_EPS), 1 - FLOAT64_EPS));
}

function nanProbability(row: number, what: string): RangeError {
  return new RangeError(`${what} is missing (NaN) at row ${row}`);
}

/**
 * Per-row binary loss: −log p1 for positives, −log(1 − p1) for negatives (1 − p1 taken before
 * clipping, as scikit-learn builds the two-column form). Writes into and returns `out`.
 */
export function rowLogLossBinary(isPositive: Uint8Array, p1: Float64Array, out: Float64Array): Float64Array {
  if (p1.length !== isPositive.length || out.length !== isPositive.length) {
    throw new RangeError(`labels, probabilities and output differ in length (${isPositive.length}, ${p1.length}, ${out.length})`);
  }
  for (let i = 0; i < p1.length; i++) {
    const p = p1[i];
    if (p !== p) throw nanProbability(i, 'probability');
    out[i] = clippedNegLog(isPositive[i] !== 0 ? p : 1 - p);
  }
  return out;
}

/** Mean binary log loss; `p1` is the probability of class 1. NaN for no rows. */
export function logLossBinary(isPositive: Uint8Array, p1: Float64Array): number {
  if (p1.length !== isPositive.length) {
    throw new RangeError(`labels and probabilities differ in length (${isPositive.length} vs ${p1.length})`);
  }
  let sum = 0;
  for (let i = 0; i < p1.length; i++) {
    const p = p1[i];
    if (p !== p) throw nanProbability(i, 'probability');
    sum += clippedNegLog(isPositive[i] !== 0 ? p : 1 - p);
  }
  return p1.length > 0 ? sum / p1.length : NaN;
}

function checkMulticlass(actual: Int32Array, classProbs: readonly Float64Array[]): void {
  if (classProbs.length < 2) throw new RangeError(`log loss needs at least two class columns, got ${classProbs.length}`);
  for (const col of classProbs) {
    if (col.length !== actual.length) {
      throw new RangeError(`labels and class probabilities differ in length (${actual.length} vs ${col.length})`);
    }
  }
}

/**
 * Per-row multiclass loss −log(clip(p_actual)); NaN for rows without a label (actual -1), which
 * pairedMeanDifferenceCI skips. Writes into and returns `out`.
 */
export function rowLogLoss(actual: Int32Array, classProbs: readonly Float64Array[], out: Float64Array): Float64Array {
  rowLogLossMean(actual, classProbs, out);
  return out;
}

/**
 * rowLogLoss and logLossMulticlass in one pass: writes the per-row losses into `out` and returns
 * their mean over labelled rows, summed in row order like logLossMulticlass, so the same number to
 * the last bit, without taking every logarithm twice.
 */
export function rowLogLossMean(actual: Int32Array, classProbs: readonly Float64Array[], out: Float64Array): number {
  checkMulticlass(actual, classProbs);
  if (out.length !== actual.length) throw new RangeError(`output has ${out.length} rows, expected ${actual.length}`);
  const k = classProbs.length;
  let sum = 0, n = 0;
  for (let i = 0; i < actual.length; i++) {
    const a = actual[i];
    if (a < 0) {
      out[i] = NaN;
      continue;
    }
    if (a >= k) throw new RangeError(`class index ${a} at row ${i} is outside 0..${k - 1}`);
    const p = classProbs[a][i];
    if (p !== p) throw nanProbability(i, `probability of class ${a}`);
    const loss = clippedNegLog(p);
    out[i] = loss;
    sum += loss;
    n++;
  }
  return n > 0 ? sum / n : NaN;
}

/**
 * Two models' log losses on the same rows in one pass: writes loss(first) − loss(second) per row
 * into `diff` (NaN for rows without a label) and returns both means, each summed in row order as
 * logLossMulticlass sums it, so the same numbers to the last bit. What the paired interval on
 * per-row differences needs, without two per-row arrays and a third pass to subtract them.
 */
export function pairedRowLogLoss(
  actual: Int32Array,
  first: readonly Float64Array[],
  second: readonly Float64Array[],
  diff: Float64Array,
): { first: number; second: number } {
  checkMulticlass(actual, first);
  checkMulticlass(actual, second);
  if (first.length !== second.length) throw new RangeError(`the two models score ${first.length} and ${second.length} classes`);
  if (diff.length !== actual.length) throw new RangeError(`output has ${diff.length} rows, expected ${actual.length}`);
  const k = first.length;
  let sumA = 0, sumB = 0, n = 0, bad = 0;
  // Written for V8's first optimising tier, which runs most of a single pass over a million rows
  // and boxes a double in a fresh heap object per row whenever the loop holds a throw, a double
  // updated only on some rows, or a choice between a double and a constant. So: every row makes
  // the same additions (an unlabelled row adds 0, which leaves a sum of positive losses exactly as
  // it was), problems are only noted here and thrown after the loop, and the NaN differences of
  // unlabelled rows are written by a second pass that only runs when there are any.
  for (let i = 0; i < actual.length; i++) {
    const a = actual[i];
    const labelled = a >= 0 && a < k;
    const c = labelled ? a : 0;
    const p = first[c][i];
    const q = second[c][i];
    bad |= a >= k || (labelled && (p !== p || q !== q)) ? 1 : 0;
    const la = -Math.log(Math.min(Math.max(p, FLOAT64_EPS), 1 - FLOAT64_EPS));
    const lb = -Math.log(Math.min(Math.max(q, FLOAT64_EPS), 1 - FLOAT64_EPS));
    diff[i] = la - lb;
    sumA += labelled ? la : 0;
    sumB += labelled ? lb : 0;
    n += labelled ? 1 : 0;
  }
  if (bad !== 0) {
    for (let i = 0; i < actual.length; i++) {
      const a = actual[i];
      if (a >= k) throw new RangeError(`class index ${a} at row ${i} is outside 0..${k - 1}`);
      if (a >= 0 && (first[a][i] !== first[a][i] || second[a][i] !== second[a][i])) throw nanProbability(i, `probability of class ${a}`);
    }
  }
  if (n < actual.length) for (let i = 0; i < actual.length; i++) if (actual[i] < 0) diff[i] = NaN;
  return n > 0 ? { first: sumA / n, second: sumB / n } : { first: NaN, second: NaN };
}

/** Mean multiclass log loss over labelled rows; one Float64Array of probabilities per class. */
export function logLossMulticlass(actual: Int32Array, classProbs: readonly Float64Array[]): number {
  checkMulticlass(actual, classProbs);
  const k = classProbs.length;
  let sum = 0, n = 0;
  for (let i = 0; i < actual.length; i++) {
    const a = actual[i];
    if (a < 0) continue;
    if (a >= k) throw new RangeError(`class index ${a} at row ${i} is outside 0..${k - 1}`);
    const p = classProbs[a][i];
    if (p !== p) throw nanProbability(i, `probability of class ${a}`);
    sum += clippedNegLog(p);
    n++;
  }
  return n > 0 ? sum / n : NaN;
}

/** scikit-learn's warning tolerance on a row sum: np.allclose(sum, 1, rtol=sqrt(eps)). */
const ROW_SUM_TOLERANCE = 1e-8 + Math.sqrt(FLOAT64_EPS);

export interface RowSumOptions {
  /** |sum − 1| allowed (default scikit-learn's ROW_SUM_TOLERANCE). */
  tolerance?: number;
  /** How many offending rows to return with their sums (default 0). */
  examples?: number;
  /** Leave out rows with a NaN in any column (default false: such a row counts as not summing to 1). */
  skipMissing?: boolean;
  /** Set to 1 at each offending row (callers that need the union with other row checks). */
  mark?: Uint8Array;
}

/**
 * Rows whose class probabilities do not sum to 1 within the tolerance. `first` is the first such
 * row, or -1; `examples` the first few with their sums; `rows` how many rows were judged.
 */
export function probabilityRowSums(
  classProbs: readonly Float64Array[],
  opts: RowSumOptions = {},
): { count: number; first: number; maxDeviation: number; rows: number; examples: { row: number; sum: number }[] } {
  const examples: { row: number; sum: number }[] = [];
  if (classProbs.length === 0) return { count: 0, first: -1, maxDeviation: 0, rows: 0, examples };
  const n = classProbs[0].length;
  const k = classProbs.length;
  const tol = opts.tolerance ?? ROW_SUM_TOLERANCE;
  const maxExamples = opts.examples ?? 0;
  const skipMissing = opts.skipMissing ?? false;
  const mark = opts.mark;
  let count = 0, first = -1, maxDeviation = 0, rows = 0;
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let c = 0; c < k; c++) s += classProbs[c][i];
    if (s !== s && skipMissing) continue;
    rows++;
    const dev = Math.abs(s - 1);
    if (!(dev <= tol)) {
      count++;
      if (first < 0) first = i;
      if (examples.length < maxExamples) examples.push({ row: i, sum: s });
      if (mark) mark[i] = 1;
    }
    if (dev > maxDeviation || dev !== dev) maxDeviation = dev !== dev ? Infinity : dev;
  }
  return { count, first, maxDeviation, rows, examples };
}
