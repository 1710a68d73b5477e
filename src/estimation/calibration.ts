/**
 * Calibration of a binary model's scores on the labelled reference, so that CBPE can read them as
 * probabilities: isotonic regression (pool adjacent violators, as scikit-learn's
 * IsotonicRegression(increasing=True, out_of_bounds='clip')) or Platt scaling (a logistic fit of
 * the label on logit(score), by Newton's method, as LogisticRegression with no penalty).
 *
 * `auto` picks isotonic when the labelled reference holds at least AUTO_ISOTONIC_MIN rows of each
 * class, else Platt: isotonic is what NannyML uses and makes no assumption on the shape of the
 * miscalibration, but with few rows its step function is noisy (each step is the mean of a handful
 * of labels); Platt's two parameters are steady on a few hundred rows.
 */
import { radixSort } from '../data/sort.js';

export type CalibrationMethod = 'auto' | 'isotonic' | 'platt';

/** Rows of each class from which `auto` trusts isotonic regression. */
export const AUTO_ISOTONIC_MIN = 1000;

/** Why the scores cannot be calibrated; callers turn it into an `error` result. */
export class CalibrationError extends Error {}

export interface Calibrator {
  readonly method: 'isotonic' | 'platt';
  /** For people: "isotonic, 37 steps" or "Platt: p = σ(1.02·logit(s) − 0.11)". */
  readonly text: string;
  /** Calibrated probability of the positive class for each score (NaN stays NaN). */
  apply(scores: Float64Array): Float64Array;
  /** Platt's coefficients (a refit starts from them), or null for isotonic. */
  readonly platt: PlattFit | null;
}

export interface IsotonicFit {
  /**
   * Knots, ascending: the first and last distinct score of each step, and the fitted
   * (non-decreasing) value at each; between knots the fit is linear (as over every distinct score).
   */
  readonly x: Float64Array;
  readonly y: Float64Array;
  /**
   * Where to search for a score: knotBucket(t) is a monotone bucket of the knots' range, and the
   * knot at or below t lies from first[b] − 1 to first[b + 1] − 1 (first[b]: the first knot in
   * bucket b or above), a step or two instead of a binary search over all knots for every row.
   */
  readonly first: Int32Array;
  readonly scale: number;
}

/** The bucket of t among the knots' range (equal widths, as many buckets as knots). */
function knotBucket(fit: Pick<IsotonicFit, 'x' | 'scale'>, t: number): number {
  const m = fit.x.length;
  const v = Math.floor((t - fit.x[0]) * fit.scale);
  return v >= m ? m - 1 : v > 0 ? v : 0;
}

function isotonicFit(x: Float64Array, y: Float64Array): IsotonicFit {
  const m = x.length;
  const range = x[m - 1] - x[0];
  // A range too wide or too narrow for a finite scale: one bucket (a linear search).
  const scale = m > 1 && Number.isFinite(m / range) ? m / range : 0;
  const first = new Int32Array(m + 1);
  for (let b = 0, d = 0; b <= m; b++) {
    while (d < m && knotBucket({ x, scale }, x[d]) < b) d++;
    first[b] = d;
  }
  return { x, y, first, scale };
}

/**
 * The distinct values of the scores, ascending, and each row's index among them: computed once
 * (one radix sort), so that a refit on new row weights only sums weights per distinct score, a
 * pass without a sort, and pools over the distinct scores (scores often have few distinct values).
 */
export interface ScoreLevels {
  readonly x: Float64Array;
  readonly of: Uint32Array;
}

export function scoreLevels(x: Float64Array): ScoreLevels {
  const n = x.length;
  const sorted = radixSort(Float64Array.from(x));
  let m = 0;
  for (let j = 0; j < n; j++) if (m === 0 || sorted[j] !== sorted[m - 1]) sorted[m++] = sorted[j];
  const ux = sorted.slice(0, m);
  const of = new Uint32Array(n);
  if (m === 0) return { x: ux, of };
  // Each row's value is found among the distinct values of its bucket (m equal-width buckets over
  // the range): a search of a few entries instead of log2(m) steps through the whole array. The
  // bucket of a value is a monotone function of it, computed alike for rows and distinct values,
  // so a row's value lies in its bucket's range [first[b], first[b + 1]).
  const lo0 = ux[0];
  const range = ux[m - 1] - lo0;
  // A range too wide or too narrow for a finite scale: one bucket (the plain binary search).
  const scale = m > 1 && Number.isFinite(m / range) ? m / range : 0;
  const bucket = (t: number): number => {
    const v = Math.floor((t - lo0) * scale);
    return v >= m ? m - 1 : v > 0 ? v : 0;
  };
  // first[b]: the first distinct value in bucket b or above.
  const first = new Int32Array(m + 1);
  for (let b = 0, d = 0; b <= m; b++) {
    while (d < m && bucket(ux[d]) < b) d++;
    first[b] = d;
  }
  for (let i = 0; i < n; i++) {
    const t = x[i];
    const b = bucket(t);
    let lo = first[b];
    let hi = first[b + 1] - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ux[mid] < t) lo = mid + 1;
      else hi = mid;
    }
    of[i] = lo;
  }
  return { x: ux, of };
}

/** Weighted label sums and weights per distinct score, and the rows of each class that weigh (w ≠ 0). */
interface LevelSums {
  readonly sy: Float64Array;
  readonly sw: Float64Array;
  readonly pos: number;
  readonly neg: number;
}

function levelSums(y: ArrayLike<number>, w: ArrayLike<number> | null, lv: ScoreLevels): LevelSums {
  const L = lv.x.length;
  const of = lv.of;
  const sy = new Float64Array(L);
  const sw = new Float64Array(L);
  let pos = 0;
  let rows = 0;
  for (let i = 0; i < of.length; i++) {
    const wi = w ? w[i] : 1;
    if (wi === 0) continue;
    const d = of[i];
    const yi = y[i];
    sy[d] += wi * yi;
    sw[d] += wi;
    rows++;
    if (yi === 1) pos++;
  }
  return { sy, sw, pos, neg: rows - pos };
}

/**
 * Isotonic regression of y on x (no NaN) with optional weights: equal x first pooled into their
 * weighted mean (scikit-learn's _make_unique), then pool adjacent violators over the distinct x.
 * `levels`: scoreLevels(x), when many fits share the scores.
 */
export function fitIsotonic(x: Float64Array, y: ArrayLike<number>, w: ArrayLike<number> | null = null, levels: ScoreLevels | null = null): IsotonicFit {
  if (x.length === 0) throw new CalibrationError('no rows to fit');
  const lv = levels ?? scoreLevels(x);
  return poolLevels(lv, levelSums(y, w, lv));
}

function poolLevels(lv: ScoreLevels, sums: LevelSums): IsotonicFit {
  const { sy, sw } = sums;
  const L = lv.x.length;
  // A distinct x whose rows all weigh 0 (left out of a bootstrap replicate) is no distinct x.
  const ux = new Float64Array(L);
  const uy = new Float64Array(L);
  const uw = new Float64Array(L);
  let m = 0;
  for (let d = 0; d < L; d++) {
    if (!(sw[d] > 0)) continue;
    ux[m] = lv.x[d];
    uy[m] = sy[d] / sw[d];
    uw[m++] = sw[d];
  }
  if (m === 0) throw new CalibrationError('no rows to fit');
  // Pool adjacent violators with a stack of blocks: value, weight and the last distinct x of each.
  const bv = new Float64Array(m);
  const bw = new Float64Array(m);
  const bEnd = new Int32Array(m);
  let top = -1;
  for (let j = 0; j < m; j++) {
    top++;
    bv[top] = uy[j];
    bw[top] = uw[j];
    bEnd[top] = j;
    while (top > 0 && bv[top - 1] >= bv[top]) {
      const wsum = bw[top - 1] + bw[top];
      bv[top - 1] = (bv[top - 1] * bw[top - 1] + bv[top] * bw[top]) / wsum;
      bw[top - 1] = wsum;
      bEnd[top - 1] = bEnd[top];
      top--;
    }
  }
  // Each block's first and last distinct x: interpolating between them gives the block's value,
  // so the fit predicts exactly as on every distinct x, from a few knots per step (a short search).
  const kx = new Float64Array(2 * (top + 1));
  const ky = new Float64Array(2 * (top + 1));
  let k = 0;
  let start = 0;
  for (let b = 0; b <= top; b++) {
    kx[k] = ux[start];
    ky[k++] = bv[b];
    if (bEnd[b] > start) {
      kx[k] = ux[bEnd[b]];
      ky[k++] = bv[b];
    }
    start = bEnd[b] + 1;
  }
  return isotonicFit(kx.slice(0, k), ky.slice(0, k));
}

/** The fit at `t`: linear between the distinct x (np.interp), clipped to the end values outside. */
export function predictIsotonic(fit: IsotonicFit, t: number): number {
  const { x, y, first } = fit;
  const m = x.length;
  if (t !== t) return NaN;
  if (t <= x[0]) return y[0];
  if (t >= x[m - 1]) return y[m - 1];
  // The last knot at or below t (x[0] < t < x[m − 1], so 0 ≤ lo < m − 1), within t's bucket.
  const b = knotBucket(fit, t);
  let lo = first[b] > 0 ? first[b] - 1 : 0;
  const end = first[b + 1];
  while (lo + 1 < end && x[lo + 1] <= t) lo++;
  const hi = lo + 1;
  if (t === x[lo]) return y[lo];
  return y[lo] + ((t - x[lo]) * (y[hi] - y[lo])) / (x[hi] - x[lo]);
}

/** Probabilities are clipped this far from 0 and 1 before their logit, so 0 and 1 stay finite. */
const LOGIT_EPS = 1e-12;

export function logit(s: number): number {
  const p = s < LOGIT_EPS ? LOGIT_EPS : s > 1 - LOGIT_EPS ? 1 - LOGIT_EPS : s;
  return Math.log(p / (1 - p));
}

function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

export interface PlattFit {
  /** P(y = 1 | s) = σ(a·logit(s) + b). */
  readonly a: number;
  readonly b: number;
}

/**
 * Maximum-likelihood logistic fit of y on logit(s), by Newton's method (the log-likelihood is
 * concave, so Newton from (1, 0), the identity, converges when the maximum exists). Scores that
 * separate the classes have no maximum (the slope grows without bound): a CalibrationError.
 */
export function fitPlatt(s: Float64Array, y: Uint8Array, w: ArrayLike<number> | null = null, start: PlattFit | null = null): PlattFit {
  const n = s.length;
  const z = new Float64Array(n);
  // One feature: the classes are separated (the maximum lies at infinity) exactly when every score
  // of one class is ≤ every score of the other, ties at the boundary included (quasi-separation).
  let minPos = Infinity, maxPos = -Infinity, minNeg = Infinity, maxNeg = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = (z[i] = logit(s[i]));
    if (w && w[i] === 0) continue;
    if (y[i] === 1) {
      if (v < minPos) minPos = v;
      if (v > maxPos) maxPos = v;
    } else {
      if (v < minNeg) minNeg = v;
      if (v > maxNeg) maxNeg = v;
    }
  }
  if (maxNeg <= minPos || maxPos <= minNeg) {
    throw new CalibrationError('the scores separate the classes of the labelled reference, so no logistic (Platt) fit exists');
  }
  // From the full fit, a bootstrap refit takes a Newton step or two.
  let a = start ? start.a : 1;
  let b = start ? start.b : 0;
  const loss = (a1: number, b1: number): number => {
    let l = 0;
    for (let i = 0; i < n; i++) {
      const t = a1 * z[i] + b1;
      // −log σ(t) for y = 1, −log(1 − σ(t)) = −log σ(−t) for y = 0, without overflow.
      const u = y[i] === 1 ? -t : t;
      l += (w ? w[i] : 1) * (u > 0 ? u + Math.log1p(Math.exp(-u)) : Math.log1p(Math.exp(u)));
    }
    return l;
  };
  let current = loss(a, b);
  for (let iter = 0; iter < 200; iter++) {
    let ga = 0, gb = 0, haa = 0, hab = 0, hbb = 0;
    for (let i = 0; i < n; i++) {
      const wi = w ? w[i] : 1;
      const p = sigmoid(a * z[i] + b);
      const r = wi * (p - y[i]);
      const v = wi * p * (1 - p);
      ga += r * z[i];
      gb += r;
      haa += v * z[i] * z[i];
      hab += v * z[i];
      hbb += v;
    }
    const det = haa * hbb - hab * hab;
    if (!(det > 0) || !Number.isFinite(det)) break;
    let da = (hbb * ga - hab * gb) / det;
    let db = (haa * gb - hab * ga) / det;
    // Step halving keeps every step downhill (the pure Newton step can overshoot far from the optimum).
    let next = loss(a - da, b - db);
    for (let h = 0; h < 40 && !(next <= current); h++) {
      da /= 2;
      db /= 2;
      next = loss(a - da, b - db);
    }
    if (!(next <= current)) break;
    a -= da;
    b -= db;
    const done = Math.abs(da) < 1e-12 * (1 + Math.abs(a)) && Math.abs(db) < 1e-12 * (1 + Math.abs(b));
    current = next;
    if (done) return { a, b };
  }
  // Without separation the maximum exists and Newton has reached it to rounding (the step was not downhill).
  if (!Number.isFinite(a) || !Number.isFinite(b)) throw new CalibrationError('the logistic (Platt) fit did not converge');
  return { a, b };
}

export function predictPlatt(fit: PlattFit, s: number): number {
  return s !== s ? NaN : sigmoid(fit.a * logit(s) + fit.b);
}

function mapScores(scores: Float64Array, f: (s: number) => number): Float64Array {
  const out = new Float64Array(scores.length);
  for (let i = 0; i < scores.length; i++) out[i] = f(scores[i]);
  return out;
}

function formatCoef(x: number): string {
  return Number(x.toPrecision(4)).toString();
}

/**
 * Fits a calibrator on the labelled reference rows (`isPositive` 1 for the positive class). Throws a
 * CalibrationError saying why when the scores cannot be calibrated: no rows, a class absent, or
 * every score equal (a constant score carries no information to map to a probability). `refit`:
 * row weights (a bootstrap replicate of the reference; weight 0 leaves a row out; null: every row
 * once), for isotonic the scores' scoreLevels, so that refits do not sort again, and for Platt the
 * full fit to start from.
 */
export function fitCalibrator(
  method: CalibrationMethod,
  scores: Float64Array,
  isPositive: Uint8Array,
  refit: { weights: ArrayLike<number> | null; levels: ScoreLevels | null; start?: PlattFit | null } | null = null,
): Calibrator {
  const n = scores.length;
  if (n === 0) throw new CalibrationError('no labelled reference row has a score');
  const weights = refit ? refit.weights : null;
  // The class counts and the score range of the rows that count: with the scores' levels (isotonic
  // or auto), from the per-score sums the isotonic fit pools, in the same pass over the rows.
  const levels = method === 'platt' ? null : (refit?.levels ?? null);
  const sums = levels ? levelSums(isPositive, weights, levels) : null;
  let pos = 0;
  let neg = 0;
  let min = Infinity, max = -Infinity;
  if (levels && sums) {
    pos = sums.pos;
    neg = sums.neg;
    const { sw } = sums;
    let lo = 0;
    let hi = sw.length - 1;
    while (lo <= hi && !(sw[lo] > 0)) lo++;
    while (hi >= lo && !(sw[hi] > 0)) hi--;
    if (lo <= hi) {
      min = levels.x[lo];
      max = levels.x[hi];
    }
  } else {
    for (let i = 0; i < n; i++) {
      if (weights && weights[i] === 0) continue;
      if (isPositive[i] === 1) pos++;
      else neg++;
      const s = scores[i];
      if (s < min) min = s;
      if (s > max) max = s;
    }
  }
  if (pos === 0 || neg === 0) {
    throw new CalibrationError(`the ${pos === 0 ? 'positive' : 'negative'} class is absent from the ${n} labelled reference rows with a score`);
  }
  if (min === max) throw new CalibrationError(`every score of the ${n} labelled reference rows is ${min}: a constant score cannot be calibrated`);
  const chosen = method === 'auto' ? (Math.min(pos, neg) >= AUTO_ISOTONIC_MIN ? 'isotonic' : 'platt') : method;
  if (chosen === 'platt') {
    try {
      const fit = fitPlatt(scores, isPositive, weights, refit?.start ?? null);
      const sign = fit.b < 0 ? '−' : '+';
      return {
        method: 'platt',
        text: `Platt: p = σ(${formatCoef(fit.a)}·logit(s) ${sign} ${formatCoef(Math.abs(fit.b))})`,
        apply: (s) => mapScores(s, (v) => predictPlatt(fit, v)),
        platt: fit,
      };
    } catch (e) {
      // Separable scores have no logistic fit; isotonic fits them (a step from 0 to 1), so `auto` uses it.
      if (method !== 'auto') throw e;
    }
  }
  const fit = levels && sums ? poolLevels(levels, sums) : fitIsotonic(scores, isPositive, weights);
  let steps = 1;
  for (let j = 1; j < fit.y.length; j++) if (fit.y[j] !== fit.y[j - 1]) steps++;
  return {
    method: 'isotonic',
    text: `isotonic, ${steps} step${steps === 1 ? '' : 's'}${method === 'auto' && chosen === 'platt' ? ' (Platt has no fit: the scores separate the classes)' : ''}`,
    apply: (s) => mapScores(s, (v) => predictIsotonic(fit, v)),
    platt: null,
  };
}
