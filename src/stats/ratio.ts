/**
 * The interval for a ratio of typical latencies from paired timing rounds, and the Student t
 * distribution it needs.
 *
 * Round i times both models on the same batch, back to back, so r_i = candidate_i / baseline_i
 * cancels the machine's speed at that moment. Latencies are skewed and a ratio's natural scale is
 * multiplicative, so the interval is built on log r_i: the one-sample t-interval of their mean,
 * exponentiated. Its centre exp(mean log r_i) is the geometric mean of the ratios; the interval
 * covers the ratio of the two models' typical (geometric-mean) latencies when the log-ratios are
 * roughly normal and independent across rounds, which interleaving (ABBA…) makes plausible.
 *
 * @stdlib has no t quantile among the project's dependencies, so the distribution is computed
 * here from the regularised incomplete beta function (continued fraction, modified Lentz).
 */
import gammaln from '@stdlib/math-base-special-gammaln';
import dmeanpn from '@stdlib/stats-base-dmeanpn';
import dvariancepn from '@stdlib/stats-base-dvariancepn';

const EPS = 1e-16;
const TINY = 1e-300;
const MAX_TERMS = 1000;

/** Continued fraction of I_x(a, b) (Numerical Recipes `betacf`), with 1 − x passed exactly. */
function betaContinuedFraction(a: number, b: number, x: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= MAX_TERMS; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) return h;
  }
  throw new RangeError(`incomplete beta: no convergence for a=${a}, b=${b}, x=${x}`);
}

/**
 * Regularised incomplete beta I_x(a, b) for x in [0, 1], given x and y = 1 − x separately so a
 * caller that knows y exactly (the t tail, where y = t²/(ν + t²)) loses nothing to 1 − x.
 */
export function regularizedBeta(x: number, y: number, a: number, b: number): number {
  if (!(a > 0 && b > 0)) throw new RangeError(`incomplete beta needs a, b > 0, got ${a}, ${b}`);
  if (!(x >= 0 && y >= 0) || Math.abs(x + y - 1) > 1e-12) throw new RangeError(`incomplete beta needs x in [0, 1] and y = 1 − x, got ${x}, ${y}`);
  if (x === 0) return 0;
  if (y === 0) return 1;
  const front = Math.exp(gammaln(a + b) - gammaln(a) - gammaln(b) + a * Math.log(x) + b * Math.log(y));
  // The fraction converges fast only below the mean a/(a+b); above it use I_x(a,b) = 1 − I_y(b,a).
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(a, b, x)) / a;
  return 1 - (front * betaContinuedFraction(b, a, y)) / b;
}

/** P(T > t) for t ≥ 0, T ~ Student t with ν degrees of freedom: ½ I_{ν/(ν+t²)}(ν/2, ½). */
function upperTail(t: number, df: number): number {
  const t2 = t * t;
  return 0.5 * regularizedBeta(df / (df + t2), t2 / (df + t2), df / 2, 0.5);
}

function logDensityConstant(df: number): number {
  return gammaln((df + 1) / 2) - gammaln(df / 2) - 0.5 * Math.log(df * Math.PI);
}

/** Student t cumulative distribution function, ν > 0 (not necessarily an integer). */
export function studentTCdf(t: number, df: number): number {
  if (!(df > 0)) throw new RangeError(`t distribution needs ν > 0, got ${df}`);
  if (Number.isNaN(t)) return NaN;
  if (t === Infinity) return 1;
  if (t === -Infinity) return 0;
  return t >= 0 ? 1 - upperTail(t, df) : upperTail(-t, df);
}

/**
 * Student t quantile: the t with P(T ≤ t) = p. Closed forms for ν = 1 and 2; otherwise Newton's
 * method on the upper tail, kept inside a bracket (bisection when a step would leave it). Within
 * 1e-12 relative of 40-digit values up to ν = 10⁴; beyond, lnΓ(ν/2 + ½) − lnΓ(ν/2) cancels about
 * log10(ν) digits (1e-10 at ν = 10⁵). scipy 1.10's t.ppf is itself only good to about 1e-10.
 */
export function studentTQuantile(p: number, df: number): number {
  if (!(df > 0)) throw new RangeError(`t distribution needs ν > 0, got ${df}`);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`t quantile: probability ${p} is outside [0, 1]`);
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p === 0.5) return 0;
  const sign = p > 0.5 ? 1 : -1;
  const q = p > 0.5 ? 1 - p : p; // upper-tail probability of |t|
  if (df === 1) return sign * Math.tan(Math.PI * (0.5 - q));
  if (df === 2) return (sign * (1 - 2 * q)) / Math.sqrt(2 * q * (1 - q));
  const logC = logDensityConstant(df);
  const density = (t: number): number => Math.exp(logC - ((df + 1) / 2) * Math.log1p((t * t) / df));
  let lo = 0;
  let hi = 1;
  while (upperTail(hi, df) > q) {
    lo = hi;
    hi *= 2;
    if (!Number.isFinite(hi)) throw new RangeError(`t quantile: no finite quantile for p=${p}, ν=${df}`);
  }
  let t = (lo + hi) / 2;
  for (let i = 0; i < 200; i++) {
    const f = upperTail(t, df) - q;
    if (f === 0) break;
    if (f > 0) lo = t;
    else hi = t;
    // f decreases in t with slope −density(t).
    let next = t + f / density(t);
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    if (Math.abs(next - t) <= 4 * Number.EPSILON * next) {
      t = next;
      break;
    }
    t = next;
  }
  return sign * t;
}

export interface RatioInterval {
  /** exp(mean of log r_i): the geometric mean of the paired ratios. */
  ratio: number;
  lo: number;
  hi: number;
  /** Number of paired rounds. */
  n: number;
  /** Sample standard deviation (ddof 1) of log r_i. */
  log_sd: number;
  /** t quantile used, with n − 1 degrees of freedom. */
  t: number;
  confidence: number;
}

/**
 * Interval for the ratio of typical candidate and baseline latencies from paired rounds:
 * exp(m ± t_{1−α/2, n−1} · s/√n), m and s the mean and sample sd of log(candidate_i / baseline_i).
 * Every duration must be finite and positive (a zero has no logarithm).
 */
export function pairedRatioInterval(candidate: Float64Array, baseline: Float64Array, confidence: number): RatioInterval {
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
  const n = candidate.length;
  if (baseline.length !== n) throw new RangeError(`paired ratio needs as many baseline as candidate values, got ${baseline.length} and ${n}`);
  if (n < 2) throw new RangeError(`paired ratio needs at least 2 rounds, got ${n}`);
  const logs = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const c = candidate[i];
    const b = baseline[i];
    if (!(c > 0 && b > 0 && Number.isFinite(c) && Number.isFinite(b))) {
      throw new RangeError(`round ${i + 1} has a duration that is not finite and positive (candidate ${c}, baseline ${b})`);
    }
    logs[i] = Math.log(c) - Math.log(b);
  }
  const m = dmeanpn(n, logs, 1);
  const sd = Math.sqrt(dvariancepn(n, 1, logs, 1));
  const t = studentTQuantile(1 - (1 - confidence) / 2, n - 1);
  const half = (t * sd) / Math.sqrt(n);
  return { ratio: Math.exp(m), lo: Math.exp(m - half), hi: Math.exp(m + half), n, log_sd: sd, t, confidence };
}
