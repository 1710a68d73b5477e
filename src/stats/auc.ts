/**
 * ROC AUC in its Mann–Whitney form — the probability that a random positive scores above a random
 * negative, ties counting one half — which is exactly the trapezoidal area scikit-learn's
 * roc_auc_score computes. Built on sorted positive and negative scores (radix sorts for large
 * inputs), and for DeLong on one radix argsort of all scores swept for midranks: no per-row
 * objects and no per-row binary searches.
 *
 * Undefined cases (no positives or no negatives) give NaN, which callers must report as such;
 * a NaN score throws, because a model that emitted no score for a labelled row is bad input, not a
 * tie.
 */
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import { radixSort } from '../data/sort.js';

/**
 * Below this many values a comparison sort beats the radix sorts, whose four 65,536-entry digit
 * tables cost the same whatever the length.
 */
const RADIX_MIN = 4096;

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
  return { pos: sortScores(pos), neg: sortScores(neg) };
}

/**
 * NaN-free `a` in Float64Array.prototype.sort's order (-0 before 0); may sort in place and may
 * return another array, so callers use the result.
 */
export function sortScores(a: Float64Array): Float64Array {
  return a.length >= RADIX_MIN ? radixSort(a) : a.sort();
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
  return rocAucSorted(isPositive, scores).auc;
}

/**
 * rocAuc with the sorted positive and negative scores it was computed from, for the ROC curve of
 * the report's charts (src/charts/roc.ts): one sort serves both, and the area is this one.
 */
export function rocAucSorted(isPositive: Uint8Array, scores: Float64Array): { auc: number; pos: Float64Array; neg: Float64Array } {
  const { pos, neg } = splitSorted(isPositive, scores);
  return { auc: aucOfSorted(pos, neg), pos, neg };
}

/** Binary ROC AUC from the positives' and negatives' scores, each ascending with no NaN; NaN when either is empty. */
export function aucOfSorted(pos: Float64Array, neg: Float64Array): number {
  return pos.length === 0 || neg.length === 0 ? NaN : twiceU(pos, neg) / (2 * pos.length * neg.length);
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
    out[c] = twiceU(sortScores(pos), sortScores(neg)) / (2 * pos.length * neg.length);
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

/** Runs at most this long are sorted by insertion; longer ones are bucketed again. */
const INSERTION_MAX = 24;

/**
 * Sorts keys[start, end) ascending, moving pay[] along (order among equal keys unspecified). No NaN.
 * Buckets by value (see bucketScatter) and sorts each bucket the same way; on a smooth
 * distribution a bucket holds a handful of values, so one counting and one scattering pass do
 * nearly all the work. Runs that stay large after two levels (values piled into a narrow range,
 * or a range too wide to scale) are finished by the LSD radix argsort, whose time does not depend
 * on the distribution.
 */
function sortWithPayload(keys: Float64Array, pay: Int32Array, start: number, end: number, depth: number): void {
  const len = end - start;
  if (len <= INSERTION_MAX) {
    for (let i = start + 1; i < end; i++) {
      const x = keys[i];
      const p = pay[i];
      let j = i - 1;
      while (j >= start && keys[j] > x) {
        keys[j + 1] = keys[j];
        pay[j + 1] = pay[j];
        j--;
      }
      keys[j + 1] = x;
      pay[j + 1] = p;
    }
    return;
  }
  let min = keys[start], max = min;
  for (let i = start + 1; i < end; i++) {
    const x = keys[i];
    if (x < min) min = x;
    else if (x > max) max = x;
  }
  if (min === max) return;
  if (depth >= 2 || !Number.isFinite(max - min)) {
    if (len >= RADIX_MIN) radixArgsort(keys.subarray(start, end), pay.subarray(start, end));
    else comparisonArgsort(keys.subarray(start, end), pay.subarray(start, end));
    return;
  }
  const k2 = new Float64Array(len);
  const p2 = new Int32Array(len);
  const ends = bucketScatter(keys, pay, start, k2, p2, len, min, max);
  keys.set(k2, start);
  pay.set(p2, start);
  sortBuckets(keys, pay, start, ends, depth + 1);
}

/**
 * Moves inK/inP[inStart, inStart + len) into outK/outP[0, len) grouped by bucket
 * floor((x − min) · scale), which never decreases as x grows, so the buckets are in order; returns
 * each bucket's end. min < max, both finite, no NaN.
 */
function bucketScatter(inK: Float64Array, inP: Int32Array, inStart: number, outK: Float64Array, outP: Int32Array, len: number, min: number, max: number): Int32Array {
  const buckets = len >> 1;
  const scale = buckets / (max - min);
  const last = buckets - 1;
  const counts = new Int32Array(buckets + 1);
  const inEnd = inStart + len;
  // Math.min, not a conditional: a branch choosing between the loop's double and `last` would be
  // boxed per value by V8's first optimising tier.
  for (let i = inStart; i < inEnd; i++) counts[Math.min(Math.floor((inK[i] - min) * scale), last) + 1]++;
  for (let b = 1; b <= buckets; b++) counts[b] += counts[b - 1];
  for (let i = inStart; i < inEnd; i++) {
    const x = inK[i];
    const at = counts[Math.min(Math.floor((x - min) * scale), last)]++;
    outK[at] = x;
    outP[at] = inP[i];
  }
  // Each bucket's start has moved to its end.
  return counts;
}

function sortBuckets(keys: Float64Array, pay: Int32Array, start: number, ends: Int32Array, depth: number): void {
  let from = start;
  for (let b = 0; b < ends.length - 1; b++) {
    const to = start + ends[b];
    if (to - from > 1) sortWithPayload(keys, pay, from, to, depth);
    from = to;
  }
}

/** Sorts short `keys` in place by comparison, moving `pay` along. No NaN. */
function comparisonArgsort(keys: Float64Array, pay: Int32Array): void {
  const order = new Int32Array(keys.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  order.sort((a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : 0));
  const k = keys.slice();
  const p = pay.slice();
  for (let i = 0; i < order.length; i++) {
    keys[i] = k[order[i]];
    pay[i] = p[order[i]];
  }
}

/**
 * LSD radix sort of `keys` on their IEEE-754 bits, flipped so that unsigned order is numeric order
 * (the scheme of src/data/sort.ts, with a payload carried along), in place: four 16-bit digits
 * counted in one pass, a digit shared by every value skipping its pass. No NaN.
 */
function radixArgsort(keysIn: Float64Array, payIn: Int32Array): void {
  const n = keysIn.length;
  const src = new Uint32Array(keysIn.buffer, keysIn.byteOffset, 2 * n);
  let keys = new Uint32Array(2 * n);
  let pay = new Int32Array(n);
  let keysOut = new Uint32Array(2 * n);
  let payOut = new Int32Array(n);
  const counts = new Int32Array(4 * 65536);
  for (let i = 0; i < n; i++) {
    let lo = src[2 * i];
    let hi = src[2 * i + 1];
    if (hi & 0x80000000) {
      lo = ~lo >>> 0;
      hi = ~hi >>> 0;
    } else hi = (hi | 0x80000000) >>> 0;
    keys[2 * i] = lo;
    keys[2 * i + 1] = hi;
    pay[i] = payIn[i];
    counts[lo & 0xffff]++;
    counts[65536 + (lo >>> 16)]++;
    counts[131072 + (hi & 0xffff)]++;
    counts[196608 + (hi >>> 16)]++;
  }
  for (let pass = 0; pass < 4; pass++) {
    const base = pass * 65536;
    const word = pass >> 1;
    const shift = (pass & 1) * 16;
    if (counts[base + ((keys[word] >>> shift) & 0xffff)] === n) continue;
    let sum = 0;
    for (let d = base; d < base + 65536; d++) {
      const c = counts[d];
      counts[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const lo = keys[2 * i];
      const hi = keys[2 * i + 1];
      const p = counts[base + (((word === 0 ? lo : hi) >>> shift) & 0xffff)]++;
      keysOut[2 * p] = lo;
      keysOut[2 * p + 1] = hi;
      payOut[p] = pay[i];
    }
    [keys, keysOut] = [keysOut, keys];
    [pay, payOut] = [payOut, pay];
  }
  // Back from keys to doubles, in place.
  for (let i = 0; i < 2 * n; i += 2) {
    const hi = keys[i + 1];
    if (hi & 0x80000000) keys[i + 1] = (hi & 0x7fffffff) >>> 0;
    else {
      keys[i] = ~keys[i] >>> 0;
      keys[i + 1] = ~hi >>> 0;
    }
  }
  keysIn.set(new Float64Array(keys.buffer, 0, n));
  payIn.set(pay);
}

/**
 * DeLong's structural components of one model (DeLong, DeLong & Clarke-Pearson 1988), in row order:
 * for each positive, the share of negatives it beats (ties half) — V10; for each negative, the share
 * of positives that beat it — V01. These are the midrank differences of Sun & Xu (2014),
 * (Tz − Tx)/n and 1 − (Tz − Ty)/m, read off one sweep of all scores in ascending order: each run of
 * equal scores sees the positives and negatives strictly below it. O(n) after one sort, which
 * carries each row's slot in its class's component array (slot · 2 + 1 for a positive), so that
 * the sweep reads only sorted memory.
 */
export function delongComponents(isPositive: Uint8Array, scores: Float64Array):
  { auc: number; v10: Float64Array; v01: Float64Array } {
  if (isPositive.length !== scores.length) {
    throw new RangeError(`labels and scores differ in length (${isPositive.length} vs ${scores.length})`);
  }
  const N = scores.length;
  const slotOfRow = new Int32Array(N);
  let m = 0, min = Infinity, max = -Infinity;
  // V8's first optimising tier, which runs most of a single pass over a million rows, boxes a
  // double per row in a loop that holds a throw or updates a double only on some rows: so a NaN is
  // noted and thrown after the loop, and min/max replace compare-and-assign (they can differ only in
  // the sign of a zero, which the bucketing below does not see).
  let nan = 0;
  for (let i = 0; i < N; i++) {
    const s = scores[i];
    nan |= s !== s ? 1 : 0;
    min = Math.min(min, s);
    max = Math.max(max, s);
    const pos = isPositive[i] !== 0 ? 1 : 0;
    slotOfRow[i] = pos ? 2 * m + 1 : 2 * (i - m);
    m += pos;
  }
  if (nan !== 0) throw nanScore(scores.findIndex((s) => s !== s));
  const n = N - m;
  let sorted: Float64Array, slot: Int32Array;
  if (N > INSERTION_MAX && min < max && Number.isFinite(max - min)) {
    // The first bucketing reads the scores where they are: no copy to sort in place.
    sorted = new Float64Array(N);
    slot = new Int32Array(N);
    sortBuckets(sorted, slot, 0, bucketScatter(scores, slotOfRow, 0, sorted, slot, N, min, max), 1);
  } else {
    sorted = scores.slice();
    slot = slotOfRow;
    sortWithPayload(sorted, slot, 0, N, 0);
  }
  const v10 = new Float64Array(m);
  const v01 = new Float64Array(n);
  let posBelow = 0, negBelow = 0;
  // u2 (twice the Mann-Whitney U, beyond 2^31 on large inputs) is kept in a typed array: as a
  // local double updated only for positives it would be boxed once per row until V8's top tier
  // takes over this one-pass loop.
  const u2 = new Float64Array(1);
  for (let i = 0; i < N;) {
    const s = sorted[i];
    if (i + 1 === N || sorted[i + 1] !== s) {
      // A score of its own (most scores): the general step below with p + q = 1, written out so
      // that only the one division needed is made; the same expressions, so the same values.
      const at = slot[i];
      if (at & 1) {
        v10[at >> 1] = (2 * negBelow) / (2 * n);
        u2[0] += 2 * negBelow;
        posBelow++;
      } else {
        v01[at >> 1] = (2 * (m - posBelow)) / (2 * m);
        negBelow++;
      }
      i++;
      continue;
    }
    let end = i, p = 0;
    while (end < N && sorted[end] === s) {
      p += slot[end] & 1;
      end++;
    }
    const q = end - i - p;
    // The same integer numerators as counting by binary search, so the components are unchanged.
    const ofPositive = (2 * negBelow + q) / (2 * n);
    const ofNegative = (2 * (m - posBelow - p) + p) / (2 * m);
    for (let t = i; t < end; t++) {
      const at = slot[t];
      if (at & 1) v10[at >> 1] = ofPositive;
      else v01[at >> 1] = ofNegative;
    }
    u2[0] += p * (2 * negBelow + q);
    posBelow += p;
    negBelow += q;
    i = end;
  }
  const auc = m > 0 && n > 0 ? u2[0] / (2 * m * n) : NaN;
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
  return delongFromVariance(a.auc, b.auc, varianceOfDifference(a.v10, b.v10) / m + varianceOfDifference(a.v01, b.v01) / n, confidence);
}

/**
 * The paired DeLong result from both AUCs and Var(AUC_B − AUC_A) = Var(V10_B − V10_A)/m +
 * Var(V01_B − V01_A)/n (sample variances, ddof 1). A SQL engine computes the structural components
 * per row and returns only their sums (src/pushdown), so both paths share this.
 */
export function delongFromVariance(aucA: number, aucB: number, variance: number, confidence: number): DelongResult {
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
  const diff = aucB - aucA;
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
  return { aucA, aucB, diff, se, pValue, lo, hi };
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
