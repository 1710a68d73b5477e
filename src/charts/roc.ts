/**
 * A model's ROC curve for the report's charts, from the sorted scores of each class that give its
 * AUC (aucOfSorted in src/stats/auc.ts, the count the performance tests' rocAuc makes), so the area
 * printed under the curve is the one they report. The classes are sorted by rocAucSorted, or, when
 * the context already holds every score sorted, only the smaller class is sorted and the other is
 * what remains of every score.
 *
 * The full curve has a vertex per distinct score (sweeping the threshold down, ties move both
 * rates at once). Points collinear with their neighbours are dropped first: that changes no area
 * (scikit-learn's drop_intermediate drops a subset of them). A curve still longer than
 * MAX_ROC_POINTS is thinned by Visvalingam–Whyatt, which removes the vertex whose triangle with its
 * neighbours is smallest, that triangle being exactly the area the removal changes. Beyond
 * PRESAMPLE vertices (large files with distinct scores) it runs on PRESAMPLE vertices taken at even
 * steps of fpr + tpr. The area error of the drawn curve is then computed and stated
 * (`area_error`); `auc` stays exact. Large files are drawn from score bins instead (rocFromBins),
 * their exact AUC given.
 */
import type { RocCurve } from '../results/charts.js';
import { aucOfSorted, rocAucSorted, sortScores } from '../stats/auc.js';
import { calibrationBin, type CalibrationCounts } from './calibration.js';

export const MAX_ROC_POINTS = 200;
const PRESAMPLE = 4096;

/** Vertices (false positives, true positives) as counts, from (0, 0) to (negatives, positives). */
interface Vertices {
  fp: Int32Array;
  tp: Int32Array;
  length: number;
}

/** The curve's vertices from ascending positive and negative scores, collinear ones dropped. */
export function rocVertices(pos: Float64Array, neg: Float64Array): Vertices {
  const P = pos.length;
  const N = neg.length;
  const fp = new Int32Array(P + N + 1);
  const tp = new Int32Array(P + N + 1);
  let m = 1; // (0, 0)
  // Counts come from the indices (integers): no double is updated per row, which V8's first
  // optimising tier, running most of a one-pass loop over a million rows, would box each time.
  let i = P - 1;
  let j = N - 1;
  while (i >= 0 || j >= 0) {
    const s = i < 0 ? neg[j] : j < 0 ? pos[i] : Math.max(pos[i], neg[j]);
    while (i >= 0 && pos[i] === s) i--;
    while (j >= 0 && neg[j] === s) j--;
    const tps = P - 1 - i;
    const fps = N - 1 - j;
    // The previous vertex is dropped when it lies on the segment from the one before to this one.
    // Counts stay below 2^26.5 on any file this tool reads, so the products are exact.
    while (m >= 2 && (fp[m - 1] - fp[m - 2]) * (tps - tp[m - 2]) === (tp[m - 1] - tp[m - 2]) * (fps - fp[m - 2])) m--;
    fp[m] = fps;
    tp[m] = tps;
    m++;
  }
  return { fp, tp, length: m };
}

/** PRESAMPLE vertices at even steps of fp/N + tp/P along the curve, ends kept. */
function presample(v: Vertices, negatives: number, positives: number): number[] {
  const keep: number[] = [0];
  const total = 2;
  let next = 1;
  for (let k = 1; k < v.length - 1; k++) {
    const at = v.fp[k] / negatives + v.tp[k] / positives;
    if (at >= (next * total) / (PRESAMPLE - 1)) {
      keep.push(k);
      while ((next * total) / (PRESAMPLE - 1) <= at) next++;
    }
  }
  keep.push(v.length - 1);
  return keep;
}

/**
 * Indices of the vertices Visvalingam–Whyatt keeps, at most `limit`, ends kept. A binary heap of
 * (area, vertex, version): a vertex whose area changed since it was pushed is skipped when popped.
 */
function visvalingam(x: Float64Array, y: Float64Array, limit: number): number[] {
  const n = x.length;
  const prev = new Int32Array(n);
  const next = new Int32Array(n);
  const version = new Int32Array(n);
  const removed = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    prev[i] = i - 1;
    next[i] = i + 1;
  }
  const triangle = (i: number): number => {
    const a = prev[i];
    const c = next[i];
    return Math.abs((x[i] - x[a]) * (y[c] - y[a]) - (y[i] - y[a]) * (x[c] - x[a])) / 2;
  };
  // Each removal pushes at most two entries: n − 2 initial plus 2 per removal.
  const cap = 3 * n;
  const hArea = new Float64Array(cap);
  const hVertex = new Int32Array(cap);
  const hVersion = new Int32Array(cap);
  let size = 0;
  const less = (p: number, q: number): boolean => hArea[p] < hArea[q] || (hArea[p] === hArea[q] && hVertex[p] < hVertex[q]);
  const swap = (p: number, q: number): void => {
    const a = hArea[p];
    hArea[p] = hArea[q];
    hArea[q] = a;
    const v = hVertex[p];
    hVertex[p] = hVertex[q];
    hVertex[q] = v;
    const w = hVersion[p];
    hVersion[p] = hVersion[q];
    hVersion[q] = w;
  };
  const push = (v: number): void => {
    let k = size++;
    hArea[k] = triangle(v);
    hVertex[k] = v;
    hVersion[k] = version[v];
    while (k > 0 && less(k, (k - 1) >> 1)) {
      swap(k, (k - 1) >> 1);
      k = (k - 1) >> 1;
    }
  };
  const pop = (): void => {
    swap(0, --size);
    let k = 0;
    for (;;) {
      const l = 2 * k + 1;
      const r = l + 1;
      let m = k;
      if (l < size && less(l, m)) m = l;
      if (r < size && less(r, m)) m = r;
      if (m === k) return;
      swap(k, m);
      k = m;
    }
  };
  for (let i = 1; i < n - 1; i++) push(i);
  for (let left = n; left > limit && size > 0; ) {
    const v = hVertex[0];
    const stale = hVersion[0] !== version[v] || removed[v] === 1;
    pop();
    if (stale) continue;
    removed[v] = 1;
    left--;
    const a = prev[v];
    const c = next[v];
    next[a] = c;
    prev[c] = a;
    for (const w of [a, c]) {
      if (w === 0 || w === n - 1) continue;
      version[w]++;
      push(w);
    }
  }
  const out: number[] = [];
  for (let i = 0; i !== n; i = next[i]) out.push(i);
  return out;
}

/** Trapezoidal area under a polyline. */
export function trapezoid(x: readonly number[], y: readonly number[]): number {
  let a = 0;
  for (let i = 1; i < x.length; i++) a += ((x[i] - x[i - 1]) * (y[i] + y[i - 1])) / 2;
  return a;
}

/**
 * The rows of the smaller class sorted, the other class's as the rest of `all` (every score,
 * ascending): a sort of at most half the rows plus one merge, instead of sorting both. Null when
 * `all` does not hold exactly the scores given. `positives`: how many labels are 1.
 */
function splitBySorted(isPositive: Uint8Array, scores: Float64Array, positives: number, all: Float64Array): { pos: Float64Array; neg: Float64Array } | null {
  const n = scores.length;
  if (all.length !== n) return null;
  const want = positives <= n - positives ? 1 : 0;
  const few = new Float64Array(want === 1 ? positives : n - positives);
  for (let i = 0, j = 0; i < n; i++) if (isPositive[i] === want) few[j++] = scores[i];
  const sortedFew = sortScores(few);
  const rest = new Float64Array(n - sortedFew.length);
  let j = 0;
  let r = 0;
  for (let i = 0; i < n; i++) {
    const v = all[i];
    if (j < sortedFew.length && sortedFew[j] === v) j++;
    else if (r < rest.length) rest[r++] = v;
    else return null;
  }
  if (j !== sortedFew.length) return null;
  return want === 1 ? { pos: sortedFew, neg: rest } : { pos: rest, neg: sortedFew };
}

/**
 * Each class's scores ascending and the AUC from them (NaN when a class is absent). `sorted`, when
 * given, is every score ascending (the context's sorted column, made for the drift tests and the
 * distributions anyway): only the smaller class is then sorted.
 */
export function sortedClasses(isPositive: Uint8Array, scores: Float64Array, sorted: Float64Array | null = null): { auc: number; pos: Float64Array; neg: Float64Array } {
  let positives = 0;
  if (sorted) for (let i = 0; i < isPositive.length; i++) positives += isPositive[i];
  const split = sorted ? splitBySorted(isPositive, scores, positives, sorted) : null;
  return split ? { ...split, auc: aucOfSorted(split.pos, split.neg) } : rocAucSorted(isPositive, scores);
}

/** The ROC curve from each class's scores ascending and their AUC (see sortedClasses). */
export function rocFromSorted(pos: Float64Array, neg: Float64Array, auc: number, maxPoints = MAX_ROC_POINTS): RocCurve {
  const v = rocVertices(pos, neg);
  const P = pos.length;
  const N = neg.length;
  if (v.length <= maxPoints) {
    const idx = Array.from({ length: v.length }, (_, k) => k);
    return { fpr: idx.map((k) => v.fp[k] / N), tpr: idx.map((k) => v.tp[k] / P), auc };
  }
  return thinned(v, N, P, auc, maxPoints, v.length);
}

/** At most `maxPoints` of the vertices (presampled, then Visvalingam–Whyatt), the area error stated. */
function thinned(v: Vertices, N: number, P: number, auc: number, maxPoints: number, points: number): RocCurve {
  const pre = v.length > PRESAMPLE ? presample(v, N, P) : Array.from({ length: v.length }, (_, k) => k);
  const x = Float64Array.from(pre, (k) => v.fp[k] / N);
  const y = Float64Array.from(pre, (k) => v.tp[k] / P);
  const kept = visvalingam(x, y, maxPoints);
  const fpr = kept.map((k) => x[k]);
  const tpr = kept.map((k) => y[k]);
  return { fpr, tpr, auc, points, area_error: Math.abs(trapezoid(fpr, tpr) - auc) };
}

/** Score bins of the large-file curve: its vertices are the operating points at their lowest scores. */
export const FINE_BINS = 4096;

/**
 * The ROC curve of a large file without sorting it, when its exact AUC is known (the performance
 * tests computed it on the same rows): scores counted per class in FINE_BINS equal-width bins
 * between their minimum and maximum, one pass. Each vertex is a true operating point (the threshold
 * at the lowest score in its bin, every score at or above it flagged); ties across a bin's scores
 * are what it cannot show. Thinned like rocFromSorted, `points` counting the non-empty bins and
 * `area_error` the area the drawn curve misses or adds against `auc`. Labels 1/0, scores no NaN,
 * both classes present.
 */
export function rocFromBins(
  isPositive: Uint8Array, scores: Float64Array, auc: number, maxPoints = MAX_ROC_POINTS, range: { min: number; max: number } | null = null,
  calibration: CalibrationCounts | null = null,
): RocCurve {
  const n = scores.length;
  // `range`, when known (a sorted copy's ends), must hold every score; else one pass finds it.
  let min = range ? range.min : Infinity;
  let max = range ? range.max : -Infinity;
  if (!range) {
    for (let i = 0; i < n; i++) {
      min = Math.min(min, scores[i]);
      max = Math.max(max, scores[i]);
    }
  }
  const scale = max > min ? FINE_BINS / (max - min) : 0;
  const pos = new Int32Array(FINE_BINS);
  const all = new Int32Array(FINE_BINS);
  // `calibration`, when given, is filled in the same pass: one read of the rows for both pictures.
  const sums = calibration?.sums;
  const positives = calibration?.positives;
  const counts = calibration?.counts;
  let outside = 0;
  for (let i = 0; i < n; i++) {
    const p = scores[i];
    const y = isPositive[i];
    // NaN (an infinite score, or a range too wide for a double) falls into the first bin.
    const raw = Math.floor((p - min) * scale);
    const b = raw >= 0 ? Math.min(raw, FINE_BINS - 1) : 0;
    pos[b] += y;
    all[b]++;
    if (sums && positives && counts) {
      const c = calibrationBin(p);
      if (c < 0) outside++;
      else {
        sums[c] += p;
        positives[c] += y;
        counts[c]++;
      }
    }
  }
  if (calibration) calibration.outside += outside;
  let P = 0;
  for (let b = 0; b < FINE_BINS; b++) P += pos[b];
  const N = n - P;
  const fp = new Int32Array(FINE_BINS + 1);
  const tp = new Int32Array(FINE_BINS + 1);
  let m = 1;
  let tps = 0;
  let fps = 0;
  for (let b = FINE_BINS - 1; b >= 0; b--) {
    if (all[b] === 0) continue;
    tps += pos[b];
    fps += all[b] - pos[b];
    while (m >= 2 && (fp[m - 1] - fp[m - 2]) * (tps - tp[m - 2]) === (tp[m - 1] - tp[m - 2]) * (fps - fp[m - 2])) m--;
    fp[m] = fps;
    tp[m] = tps;
    m++;
  }
  const v: Vertices = { fp, tp, length: m };
  if (m <= maxPoints) {
    const idx = Array.from({ length: m }, (_, k) => k);
    const fpr = idx.map((k) => fp[k] / N);
    const tpr = idx.map((k) => tp[k] / P);
    return { fpr, tpr, auc, points: m, area_error: Math.abs(trapezoid(fpr, tpr) - auc) };
  }
  return thinned(v, N, P, auc, maxPoints, m);
}

/**
 * The ROC curve of binary labels (1 = positive) and scores, no NaN; null when a class is absent
 * (the curve and the AUC are undefined).
 */
export function rocCurve(isPositive: Uint8Array, scores: Float64Array, maxPoints = MAX_ROC_POINTS, sorted: Float64Array | null = null): RocCurve | null {
  const { auc, pos, neg } = sortedClasses(isPositive, scores, sorted);
  return Number.isNaN(auc) ? null : rocFromSorted(pos, neg, auc, maxPoints);
}
