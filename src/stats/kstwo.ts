/**
 * Survival functions of the Kolmogorov–Smirnov statistics for one sample of size n:
 * the one-sided D+ (Smirnov) and the two-sided D (Kolmogorov, finite n).
 *
 * scipy's two-sample KS test takes its asymptotic p-value from the two-sided finite-n distribution
 * (`scipy.stats.kstwo.sf(d, round(m·n/(m+n)))`), which scipy evaluates with the region-by-region
 * algorithm of Simard & L'Ecuyer (2011): Ruben–Gambino closed forms at the ends, the Durbin matrix
 * (Marsaglia–Tsang–Wang), the Pomeranz recursion, the Pelz–Good series, and 2·Smirnov where the
 * two one-sided tails no longer overlap. The same regions and cut-offs are used here so that our
 * p-values match scipy's wherever scipy itself switches to an approximation.
 */
import { twoProductError } from './float.js';

const E128 = 2 ** 128;
const EM128 = 2 ** -128;
const LOG_2PI = Math.log(2 * Math.PI);
const SQRT2PI = Math.sqrt(2 * Math.PI);
const SQRT3 = Math.sqrt(3);
const PI2 = Math.PI ** 2;
const PI4 = Math.PI ** 4;
const PI6 = Math.PI ** 6;
const MIN_LOG = -708;
/** Below this, exp() underflows even to a subnormal: cephes MINLOG = log(2^-1075). */
const CEPHES_MINLOG = -745.1332191019412;
const EPS = 2 ** -52;
/** scipy's smirnov switches to an approximation beyond this n, so must we. */
const SMIRNOV_MAX_COMPUTE_N = 1_000_000;

/** Bernoulli-number coefficients B_2j/(2j(2j-1)), j = 8 … 1, for Stirling's series. */
const STIRLING = [
  -2.955065359477124183e-2, 6.4102564102564102564e-3, -1.9175269175269175269e-3,
  8.4175084175084175084e-4, -5.952380952380952381e-4, 7.9365079365079365079e-4,
  -2.7777777777777777778e-3, 8.3333333333333333333e-2,
];

function clip01(p: number): number {
  return p < 0 ? 0 : p > 1 ? 1 : p;
}

/** x · 2^e without overflowing the intermediate power of two. */
function ldexp(x: number, e: number): number {
  while (e > 1000) { x *= 2 ** 1000; e -= 1000; }
  while (e < -1000) { x *= 2 ** -1000; e += 1000; }
  return x * 2 ** e;
}

/** log(n!/n^n) by Stirling's series with n·log(n) cancelled analytically (no subtraction). */
function logFactorialOverPower(n: number): number {
  const rn = 1 / n;
  const y = rn / n;
  let poly = 0;
  for (const c of STIRLING) poly = poly * y + c;
  return Math.log(n) / 2 - n + LOG_2PI / 2 + rn * poly;
}

function matmul(a: Float64Array, b: Float64Array, m: number): Float64Array {
  const out = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    const row = i * m;
    for (let k = 0; k < m; k++) {
      const aik = a[row + k];
      if (aik === 0) continue;
      const brow = k * m;
      for (let j = 0; j < m; j++) out[row + j] += aik * b[brow + j];
    }
  }
  return out;
}

/** P(D_n ≤ d) by Durbin's matrix method, in the Marsaglia–Tsang–Wang form. Cost O(m³ log n), m = 2⌈nd⌉−1. */
function kolmogorovCdfDurbin(n: number, d: number): number {
  if (d >= 1) return 1;
  const nd = n * d;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;
  const v = new Float64Array(m);
  const w = new Float64Array(m);
  let fac = 1;
  for (let j = 1; j <= m; j++) {
    w[j - 1] = fac;
    fac /= j;
    v[j - 1] = (1 - h ** j) * fac;
  }
  const tt = Math.max(2 * h - 1, 0) ** m - 2 * h ** m;
  v[m - 1] = (1 + tt) * fac;

  let H: Float64Array = new Float64Array(m * m);
  for (let i = 1; i < m; i++) {
    for (let r = i - 1; r < m; r++) H[r * m + i] = w[r - (i - 1)];
  }
  for (let r = 0; r < m; r++) H[r * m] = v[r];
  for (let j = 0; j < m; j++) H[(m - 1) * m + j] = v[m - 1 - j];

  let P: Float64Array = new Float64Array(m * m);
  for (let i = 0; i < m; i++) P[i * m + i] = 1;
  let nn = n;
  let expnt = 0;
  let hExpnt = 0;
  const kk = (k - 1) * m + (k - 1);
  while (nn > 0) {
    if (nn % 2) {
      P = matmul(P, H, m);
      expnt += hExpnt;
    }
    H = matmul(H, H, m);
    hExpnt *= 2;
    // Powers of H grow without bound; keep a separate binary exponent.
    if (Math.abs(H[kk]) > E128) {
      for (let i = 0; i < H.length; i++) H[i] /= E128;
      hExpnt += 128;
    }
    nn = Math.floor(nn / 2);
  }
  let p = P[kk];
  for (let i = 1; i <= n; i++) {
    p = (i * p) / n;
    if (Math.abs(p) < EM128) {
      p *= E128;
      expnt -= 128;
    }
  }
  if (expnt !== 0) p = ldexp(p, expnt);
  return clip01(p);
}

function pomeranzRange(i: number, n: number, ll: number, ceilf: number, roundf: number): [number, number] {
  let j1: number;
  let j2: number;
  if (i === 0) {
    j1 = -ll - ceilf - 1;
    j2 = ll + ceilf - 1;
  } else {
    const half = Math.floor((i + 1) / 2);
    if ((i + 1) % 2 === 0) {
      if (half === n + 1) {
        j1 = n - ll - ceilf - 1;
        j2 = n + ll + ceilf - 1;
      } else {
        j1 = half - 1 - ll - roundf - 1;
        j2 = half + ll - 1 + ceilf - 1;
      }
    } else {
      j1 = half - 1 - ll - 1;
      j2 = half + ll + roundf - 1;
    }
  }
  return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}

/** P(D_n ≤ x) by the Pomeranz (1974) recursion, with two rolling rows and binary rescaling. */
function kolmogorovCdfPomeranz(n: number, x: number): number {
  const t = n * x;
  const ll = Math.floor(t);
  const f = t - ll;
  const g = Math.min(f, 1 - f);
  const ceilf = f > 0 ? 1 : 0;
  const roundf = f > 0.5 ? 1 : 0;
  const npwrs = 2 * (ll + 1);
  // (g/n)^m/m!, (2g/n)^m/m!, ((1-2g)/n)^m/m!: Poisson weights without their normalising factor.
  const gpower = new Float64Array(npwrs);
  const twogpower = new Float64Array(npwrs);
  const onem2gpower = new Float64Array(npwrs);
  gpower[0] = twogpower[0] = onem2gpower[0] = 1;
  const a1 = g / n;
  const a2 = (2 * g) / n;
  const a3 = (1 - 2 * g) / n;
  for (let m = 1; m < npwrs; m++) {
    gpower[m] = (gpower[m - 1] * a1) / m;
    twogpower[m] = (twogpower[m - 1] * a2) / m;
    onem2gpower[m] = (onem2gpower[m - 1] * a3) / m;
  }
  let V0 = new Float64Array(npwrs);
  let V1 = new Float64Array(npwrs);
  V1[0] = 1;
  let V0s = 0;
  let V1s = 0;
  let expnt = 0;
  let [j1, j2] = pomeranzRange(0, n, ll, ceilf, roundf);
  for (let i = 1; i < 2 * n + 2; i++) {
    const k1 = j1;
    [V0, V1] = [V1, V0];
    [V0s, V1s] = [V1s, V0s];
    V1.fill(0);
    [j1, j2] = pomeranzRange(i, n, ll, ceilf, roundf);
    const pwrs = i === 1 || i === 2 * n + 1 ? gpower : i % 2 ? twogpower : onem2gpower;
    const ln2 = j2 - k1 + 1;
    if (ln2 > 0) {
      const src = k1 - V0s;
      const lenA = Math.min(ln2, npwrs - src);
      const lenP = Math.min(ln2, npwrs);
      const convStart = j1 - k1;
      const convLen = j2 - j1 + 1;
      let max = 0;
      for (let c = 0; c < convLen; c++) {
        const tt = convStart + c;
        let s = 0;
        const lo = Math.max(0, tt - lenP + 1);
        const hi = Math.min(tt, lenA - 1);
        for (let a = lo; a <= hi; a++) s += V0[src + a] * pwrs[tt - a];
        V1[c] = s;
        if (s > max) max = s;
      }
      if (max > 0 && max < EM128) {
        for (let c = 0; c < npwrs; c++) V1[c] *= E128;
        expnt -= 128;
      }
      V1s = V0s + j1 - k1;
    }
  }
  let ans = V1[n - V1s];
  for (let m = 1; m <= n; m++) {
    if (Math.abs(ans) > E128) {
      ans *= EM128;
      expnt += 128;
    }
    ans *= m;
  }
  if (expnt !== 0) ans = ldexp(ans, expnt);
  return clip01(ans);
}

/** Pelz–Good (1976) approximation of P(D_n ≤ x), for large n and small x. */
function kolmogorovCdfPelzGood(n: number, x: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const z = Math.sqrt(n) * x;
  const z2 = z * z;
  const z3 = z2 * z;
  const z4 = z2 * z2;
  const z6 = z4 * z2;
  const qlog = -PI2 / 8 / z2;
  if (qlog < MIN_LOG) return 0;
  let q = Math.exp(qlog);
  const k1a = -z2;
  const k1b = PI2 / 4;
  const k2a = 6 * z6 + 2 * z4;
  const k2b = ((2 * z4 - 5 * z2) * PI2) / 4;
  const k2c = (PI4 * (1 - 2 * z2)) / 16;
  const k3d = (PI6 * (5 - 30 * z2)) / 64;
  const k3c = (PI4 * (-60 * z2 + 212 * z4)) / 16;
  const k3b = (PI2 * (135 * z4 - 96 * z6)) / 4;
  const k3a = -30 * z6 - 90 * z ** 8;
  const K = [0, 0, 0, 0];
  const maxk = Math.ceil((16 * z) / Math.PI);
  // Horner in q^8k over odd m = 2k-1, as scipy does.
  for (let k = maxk; k >= 1; k--) {
    const m = 2 * k - 1;
    const m2 = m * m;
    const m4 = m2 * m2;
    const m6 = m4 * m2;
    const qp = q ** (8 * k);
    K[0] = K[0] * qp + 1;
    K[1] = K[1] * qp + (k1a + k1b * m2);
    K[2] = K[2] * qp + (k2a + k2b * m2 + k2c * m4);
    K[3] = K[3] * qp + (k3a + k3b * m2 + k3c * m4 + k3d * m6);
  }
  const div = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
  for (let i = 0; i < 4; i++) K[i] = (K[i] * q * SQRT2PI) / div[i];
  q = Math.exp(-PI2 / 2 / z2);
  const sqrt3z = SQRT3 * z;
  let k2extra = 0;
  let k3extra = 0;
  for (let k = maxk; k >= 1; k--) {
    const k2 = k * k;
    const qk = q ** k2;
    const kpi = Math.PI * k;
    k2extra += k2 * qk;
    k3extra += (sqrt3z + kpi) * (sqrt3z - kpi) * k2 * qk;
  }
  K[2] += (k2extra * PI2 * SQRT2PI) / (-36 * z3);
  K[3] += (k3extra * PI2 * SQRT2PI) / (216 * z6);
  let sum = 0;
  for (let i = 0; i < 4; i++) sum += K[i] / n ** (i / 2);
  return sum;
}

/**
 * P(D+_n ≥ x), the one-sided Smirnov survival function, by the Birnbaum–Tingey sum of positive
 * terms (no cancellation), each term in log space so that binomials and powers never overflow.
 */
export function smirnovSf(n: number, x: number): number {
  if (!(n > 0 && Number.isInteger(n) && x >= 0 && x <= 1)) return NaN;
  if (n === 1) return 1 - x;
  if (x === 0) return 1;
  if (x === 1) return 0;
  // floor(n·x) and its fractional part, exactly: n·x = nxfl + alpha.
  const nx = n * x;
  const err = twoProductError(n, x, nx);
  let nxfl = Math.floor(nx);
  if (nxfl === nx && err < 0) nxfl -= 1;
  let alpha = nx - nxfl + err;
  if (alpha >= 1) {
    nxfl += 1;
    alpha = 0;
  }
  if (nxfl === 0 || (nxfl === 1 && alpha === 0)) {
    return 1 - x * Math.exp((n - 1) * Math.log1p(x));
  }
  if (-2 * n * x * x < CEPHES_MINLOG) return 0;
  if (nxfl >= n - 1) return Math.exp(n * Math.log1p(-x));
  if (n > SMIRNOV_MAX_COMPUTE_N) {
    const logp = -((6 * n * x + 1) ** 2) / 18 / n;
    // scipy's approximation p ≈ exp(-(6nx+1)²/18n), taken as 1 - cdf near 1 as scipy does.
    return logp < -Math.LN2 ? Math.exp(logp) : 1 - -Math.expm1(logp);
  }
  // Terms v = 0 … n-nxfl-1 of x·Σ C(n,v) (x+v/n)^(v-1) (1-x-v/n)^(n-v); with n·x split exactly,
  // x+v/n = (nxfl+v+alpha)/n and 1-x-v/n = (n-v-nxfl-alpha)/n lose nothing to cancellation.
  const nTerms = n - nxfl;
  const vmid = Math.floor(n / 2);
  const logN = Math.log(n);
  let logC = 0;
  let logCc = 0; // Neumaier compensation: log C(n,v) is a running sum over up to n steps
  // The sum is kept as sum·e^scale: single terms can be far below the smallest double (and the
  // first ones far below the largest) while the result is still representable.
  let sum = 0;
  let scale = NaN;
  for (let v = 0; v < nTerms; v++) {
    if (v > 0) {
      const inc = Math.log((n - v + 1) / v);
      const t = logC + inc;
      logCc += Math.abs(logC) >= Math.abs(inc) ? logC - t + inc : inc - t + logC;
      logC = t;
    }
    const logTerm =
      logC + logCc +
      (v - 1) * (Math.log(nxfl + v + alpha) - logN) +
      (n - v) * (Math.log(n - v - nxfl - alpha) - logN);
    if (Number.isNaN(scale)) scale = logTerm;
    if (logTerm > scale + 300) {
      sum *= Math.exp(scale - logTerm);
      scale = logTerm;
    }
    const a = Math.exp(logTerm - scale);
    sum += a;
    if (a !== 0) {
      if (4 * (nTerms - v) * a < EPS * sum && v !== nTerms - 1) break;
    } else if (v > vmid) {
      break;
    }
  }
  if (sum === 0) return 0;
  return clip01(Math.exp(scale + Math.log(x * sum)));
}

/**
 * P(D_n ≥ x) for the two-sided one-sample statistic, = scipy.stats.kstwo.sf(x, n): the same
 * regions and methods as scipy's `_kolmogn(n, x, cdf=False)`.
 */
export function kolmogorovSf(n: number, x: number): number {
  if (!(n >= 1 && Number.isInteger(n))) throw new Error(`Kolmogorov distribution needs an integer n >= 1, got ${n}`);
  if (Number.isNaN(x)) return NaN;
  if (x >= 1) return 0;
  if (x <= 0) return 1;
  const t = n * x;
  if (t <= 1) {
    // Ruben–Gambino: P(D_n ≤ x) = n!/n^n (2t-1)^n for 1/2n ≤ x ≤ 1/n.
    if (t <= 0.5) return 1;
    let prob: number;
    if (n <= 140) {
      prob = 1;
      const c = (1 / n) * (2 * t - 1);
      for (let i = 1; i <= n; i++) prob *= i * c;
    } else {
      prob = Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
    }
    return clip01(1 - prob);
  }
  if (t >= n - 1) return clip01(2 * (1 - x) ** n);
  if (x >= 0.5) return clip01(2 * smirnovSf(n, x));
  const nx2 = t * x;
  if (n <= 140) {
    if (nx2 <= 0.754693) return clip01(1 - kolmogorovCdfDurbin(n, x));
    if (nx2 <= 4) return clip01(1 - kolmogorovCdfPomeranz(n, x));
    return clip01(2 * smirnovSf(n, x));
  }
  if (nx2 >= 370) return 0;
  if (nx2 >= 2.2) return clip01(2 * smirnovSf(n, x));
  let cdf: number;
  if (nx2 >= 18) cdf = 1;
  else if (n <= 100000 && n * x ** 1.5 <= 1.4) cdf = kolmogorovCdfDurbin(n, x);
  else cdf = clip01(kolmogorovCdfPelzGood(n, x));
  return clip01(1 - cdf);
}
