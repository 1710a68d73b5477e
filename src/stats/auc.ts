/**
 * ROC AUC in its Mann–Whitney form — the probability that a random positive scores above a random
 * negative, ties counting one half — which is exactly the trapezoidal area scikit-learn's
 * roc_auc_score computes. Built on sorted positive and negative scores (native typed-array sorts)
 * and binary searches, so it is O(n log n) with no per-row objects.
 *
 * Undefined cases (no positives or no negatives) give NaN, which callers must report as such;
 * a NaN score throws, because a model that emitted no score for a labelled row is bad input, not a
 * tie.
 */
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';

function nanScore(row: number, what = 'score'): RangeError {
  return new RangeError(`${what} is missing (NaN) at row ${row}`);
}

/** Sorted copies of the positives' and negatives' scores. */
function splitSorted(isPositive: Uint8Array, scores: Float64Array, what?: string): { pos: Float64Array; neg: Float64Array } {
  if (isPositive.length !== scores.length) {
    throw new RangeError(`labels and scores differ in length (${isPositive.length} vs ${scores.length})`);
  }
  let m = 0;
  for (let i = 0; i < isPositive.length; i++) if (isPositive[i] !== 0) m++;
  const pos = new Float64Array(m);
  const neg = new Float64Array(isPositive.length - m);
  let ip = 0, ineg = 0;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i];
    if (s !== s) throw nanScore(i, what);
    if (isPositive[i] !== 0) pos[ip++] = s;
    else neg[ineg++] = s;
  }
  pos.sort();
  neg.sort();
  return { pos, neg };
}

/** Number of entries of sorted `a` strictly below x. */
function lowerBound(a: Float64Array, x: number): number {
  let lo = 0, hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Number of entries of sorted `a` less than or equal to x. */
function upperBound(a: Float64Array, x: number): number {
  let lo = 0, hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Twice the Mann–Whitney U of the positives (pairs won count 2, ties 1), merged in one pass over the
 * two sorted arrays. Kept as an integer count so that the AUC is one exact division.
 */
function twiceU(pos: Float64Array, neg: Float64Array): number {
  let u2 = 0;
  let j = 0; // negatives strictly below the current positive score
  let i = 0;
  while (i < pos.length) {
    const s = pos[i];
    let runEnd = i + 1;
    while (runEnd < pos.length && pos[runEnd] === s) runEnd++;
    while (j < neg.length && neg[j] < s) j++;
    let tiesEnd = j;
    while (tiesEnd < neg.length && neg[tiesEnd] === s) tiesEnd++;
    u2 += (runEnd - i) * (2 * j + (tiesEnd - j));
    i = runEnd;
  }
  return u2;
}

/** Binary ROC AUC; NaN when either class is absent. Throws on a NaN score. */
export function rocAuc(isPositive: Uint8Array, scores: Float64Array): number {
  const { pos, neg } = splitSorted(isPositive, scores);
  if (pos.length === 0 || neg.length === 0) return NaN;
  return twiceU(pos, neg) / (2 * pos.length * neg.length);
}

/**
 * One-vs-rest AUC of each class: class c's positives are the rows whose actual class is c, scored by
 * classScores[c]. Rows with actual -1 are skipped. NaN for a class absent from `actual` (or present
 * in every row).
 */
export function rocAucPerClass(actual: Int32Array, classScores: readonly Float64Array[]): Float64Array {
  const k = classScores.length;
  for (const s of classScores) {
    if (s.length !== actual.length) throw new RangeError(`labels and class scores differ in length (${actual.length} vs ${s.length})`);
  }
  let labelled = 0;
  for (let i = 0; i < actual.length; i++) {
    const a = actual[i];
    if (a >= k) throw new RangeError(`class index ${a} at row ${i} is outside 0..${k - 1}`);
    if (a >= 0) labelled++;
  }
  const out = new Float64Array(k);
  for (let c = 0; c < k; c++) {
    const scores = classScores[c];
    let m = 0;
    for (let i = 0; i < actual.length; i++) if (actual[i] === c) m++;
    const pos = new Float64Array(m);
    const neg = new Float64Array(labelled - m);
    let ip = 0, ineg = 0;
    for (let i = 0; i < actual.length; i++) {
      const a = actual[i];
      if (a < 0) continue;
      const s = scores[i];
      if (s !== s) throw nanScore(i, `score of class ${c}`);
      if (a === c) pos[ip++] = s;
      else neg[ineg++] = s;
    }
    if (m === 0 || m === labelled) {
      out[c] = NaN;
      continue;
    }
    pos.sort();
    neg.sort();
    out[c] = twiceU(pos, neg) / (2 * pos.length * neg.length);
  }
  return out;
}

/**
 * Macro one-vs-rest AUC (scikit-learn multi_class='ovr', average='macro'). scikit-learn refuses
 * input where a scored class never occurs in y_true; here such a class is left out of the average
 * (its AUC is undefined) and rocAucPerClass shows which. NaN when no class has a defined AUC.
 */
export function rocAucOvr(actual: Int32Array, classScores: readonly Float64Array[]): number {
  const per = rocAucPerClass(actual, classScores);
  let sum = 0, count = 0;
  for (let c = 0; c < per.length; c++) {
    if (!Number.isNaN(per[c])) {
      sum += per[c];
      count++;
    }
  }
  return count > 0 ? sum / count : NaN;
}

/**
 * DeLong's structural components of one model (DeLong, DeLong & Clarke-Pearson 1988), in row order:
 * for each positive, the share of negatives it beats (ties half) — V10; for each negative, the share
 * of positives that beat it — V01. These are the midrank differences of Sun & Xu (2014),
 * (Tz − Tx)/n and 1 − (Tz − Ty)/m, obtained here from sorted arrays by binary search: O(n log n).
 */
export function delongComponents(isPositive: Uint8Array, scores: Float64Array):
  { auc: number; v10: Float64Array; v01: Float64Array } {
  const { pos, neg } = splitSorted(isPositive, scores);
  const m = pos.length, n = neg.length;
  const v10 = new Float64Array(m);
  const v01 = new Float64Array(n);
  let ip = 0, ineg = 0;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i];
    if (isPositive[i] !== 0) {
      const below = lowerBound(neg, s);
      v10[ip++] = (2 * below + (upperBound(neg, s) - below)) / (2 * n);
    } else {
      const atOrBelow = upperBound(pos, s);
      const below = lowerBound(pos, s);
      v01[ineg++] = (2 * (m - atOrBelow) + (atOrBelow - below)) / (2 * m);
    }
  }
  const auc = m > 0 && n > 0 ? twiceU(pos, neg) / (2 * m * n) : NaN;
  return { auc, v10, v01 };
}

export interface DelongResult {
  aucA: number;
  aucB: number;
  /** aucB − aucA. */
  diff: number;
  se: number;
  /** Two-sided, H0: the AUCs are equal. */
  pValue: number;
  lo: number;
  hi: number;
}

/** Sample variance (ddof = 1) of b − a, two-pass. */
function varianceOfDifference(a: Float64Array, b: Float64Array): number {
  const n = a.length;
  if (n < 2) return NaN;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += b[i] - a[i];
  mean /= n;
  let ss = 0;
  for (let i = 0; i < n; i++) {
    const d = b[i] - a[i] - mean;
    ss += d * d;
  }
  return ss / (n - 1);
}

/**
 * The paired DeLong test from two models' structural components on the same rows (in the same
 * order). Var(AUC_B − AUC_A) = Var(V10_B − V10_A)/m + Var(V01_B − V01_A)/n — the contrast form of
 * DeLong's covariance matrix. When that variance is 0 (identical rankings) the difference is known
 * exactly: p = 1 if it is 0, else 0, and the interval is the point.
 */
export function delongFromComponents(
  a: { auc: number; v10: Float64Array; v01: Float64Array },
  b: { auc: number; v10: Float64Array; v01: Float64Array },
  confidence: number,
): DelongResult {
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
  if (a.v10.length !== b.v10.length || a.v01.length !== b.v01.length) {
    throw new RangeError('the two models were not scored on the same positives and negatives');
  }
  const m = a.v10.length, n = a.v01.length;
  const diff = b.auc - a.auc;
  const variance = varianceOfDifference(a.v10, b.v10) / m + varianceOfDifference(a.v01, b.v01) / n;
  const se = Math.sqrt(variance);
  let pValue: number;
  let lo: number, hi: number;
  if (Number.isNaN(se) || Number.isNaN(diff)) {
    pValue = NaN;
    lo = NaN;
    hi = NaN;
  } else if (se === 0) {
    pValue = diff === 0 ? 1 : 0;
    lo = diff;
    hi = diff;
  } else {
    pValue = 2 * normalCdf(-Math.abs(diff / se), 0, 1);
    const z = normalQuantile(1 - (1 - confidence) / 2, 0, 1);
    lo = diff - z * se;
    hi = diff + z * se;
  }
  return { aucA: a.auc, aucB: b.auc, diff, se, pValue, lo, hi };
}

/**
 * DeLong's test for two correlated AUCs on the same rows: difference aucB − aucA, its standard error,
 * two-sided p-value and normal interval at `confidence`. Needs at least two positives and two
 * negatives for the variance; otherwise se, p and the interval are NaN.
 */
export function delongPaired(isPositive: Uint8Array, scoresA: Float64Array, scoresB: Float64Array,
  confidence: number): DelongResult {
  if (scoresA.length !== scoresB.length) {
    throw new RangeError(`the two score columns differ in length (${scoresA.length} vs ${scoresB.length})`);
  }
  return delongFromComponents(delongComponents(isPositive, scoresA), delongComponents(isPositive, scoresB), confidence);
}
