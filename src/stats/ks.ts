/**
 * Two-sample Kolmogorov–Smirnov test, two-sided, equal to
 * `scipy.stats.ks_2samp(a, b, alternative='two-sided', method=...)` including scipy's choices:
 * 'auto' is exact when max(n1, n2) ≤ 10000 and asymptotic otherwise; 'exact' falls back to
 * asymptotic when lcm(n1, n2) would not fit an int32 or the exact computation does not give a
 * probability; the exact path reports the statistic as h/lcm(n1, n2) like scipy.
 */
import { kolmogorovSf } from './kstwo.js';
import { assertSorted } from './descriptive.js';

export interface KsResult {
  statistic: number;
  pValue: number;
  method: 'exact' | 'asymp';
}

const MAX_AUTO_N = 10000;
const INT32_MAX = 2147483647;

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** numpy's round: half to even. */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/**
 * The largest ECDF differences max(F1−F2) and max(F2−F1), evaluated at every observed value
 * with the same floating-point operations as scipy (count/n1 − count/n2), by one merge.
 */
function ecdfExtremes(a: Float64Array, b: Float64Array): { maxS: number; minS: number } {
  const n1 = a.length;
  const n2 = b.length;
  let i = 0;
  let j = 0;
  let max = -Infinity;
  let min = Infinity;
  while (i < n1 || j < n2) {
    const v = j >= n2 || (i < n1 && a[i] <= b[j]) ? a[i] : b[j];
    while (i < n1 && a[i] === v) i++;
    while (j < n2 && b[j] === v) j++;
    const diff = i / n1 - j / n2;
    if (diff > max) max = diff;
    if (diff < min) min = diff;
  }
  return { maxS: max, minS: Math.min(Math.max(-min, 0), 1) };
}

/**
 * P(D ≥ h/n) for two samples of equal size n: 2·Σ_k (−1)^(k+1) C(2n, n−kh)/C(2n, n), evaluated as
 * nested products of ratios so no binomial is ever formed and nothing cancels.
 */
function probOutsideSquare(n: number, h: number): number {
  let P = 0;
  for (let k = Math.floor(n / h); k >= 0; k--) {
    let p1 = 1;
    for (let j = 0; j < h; j++) p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
    P = p1 * (1 - P);
  }
  return 2 * P;
}

/**
 * P(D ≥ h/lcm) for unequal sizes: the share of lattice paths from (0,0) to (m,n) that leave the
 * band |x/m − y/n| < h/lcm, computed directly (Viehmann 2021) column by column on a sliding
 * window; every entry is a weighted mean of neighbours, so it stays in [0, 1] and never overflows.
 */
function probOutsideBand(m: number, n: number, g: number, h: number): number {
  if (m < n) [m, n] = [n, m];
  const mg = m / g;
  const ng = n / g;
  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let curlen = maxj - minj;
  const lenA = Math.min(2 * maxj + 2, n + 1);
  const A = new Float64Array(lenA).fill(1);
  for (let j = minj; j < maxj; j++) A[j] = 0;
  for (let i = 1; i <= m; i++) {
    const lastminj = minj;
    const lastlen = curlen;
    minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1;
    let val = minj === 0 ? 0 : 1;
    const shift = minj - lastminj;
    const width = maxj - minj;
    // Multiplying by the reciprocal takes the division off the loop-carried chain (twice as fast
    // here); it adds one rounding per step, ~m·ε relative in all, far inside 1e-6.
    for (let jj = 0; jj < width; jj++) {
      const j = jj + minj;
      val = (A[jj + shift] * i + val * j) * (1 / (i + j));
      A[jj] = val;
    }
    curlen = maxj - minj;
    if (lastlen > curlen) A.fill(1, curlen, Math.min(curlen + (lastlen - curlen), lenA));
  }
  return A[maxj - minj - 1];
}

/**
 * Two-sided two-sample KS test on samples already sorted ascending (no NaN).
 * Throws on empty or unsorted input.
 */
export function ksTwoSample(
  sortedA: Float64Array,
  sortedB: Float64Array,
  method: 'auto' | 'exact' | 'asymp' = 'auto',
): KsResult {
  assertSorted(sortedA, 'KS test: first sample', true);
  assertSorted(sortedB, 'KS test: second sample', true);
  const { maxS, minS } = ecdfExtremes(sortedA, sortedB);
  return ksFromExtremes(sortedA.length, sortedB.length, maxS, minS, method);
}

/**
 * The test from the sample sizes and the ECDF extremes alone: maxS = max(F1 − F2) and
 * minS = max(F2 − F1) clipped to [0, 1], each computed as count/n1 − count/n2 like scipy. A SQL
 * engine returns the counts behind them (src/pushdown), so both paths share this.
 */
export function ksFromExtremes(n1: number, n2: number, maxS: number, minS: number,
  method: 'auto' | 'exact' | 'asymp' = 'auto'): KsResult {
  if (!(Number.isInteger(n1) && n1 > 0 && Number.isInteger(n2) && n2 > 0)) throw new Error(`KS test: sample sizes ${n1} and ${n2} must be positive integers`);
  let d = minS > maxS ? minS : maxS;

  const g = gcd(n1, n2);
  const n1g = n1 / g;
  const n2g = n2 / g;
  let mode: 'exact' | 'asymp';
  if (method === 'auto') mode = Math.max(n1, n2) <= MAX_AUTO_N ? 'exact' : 'asymp';
  else if (method === 'exact') mode = n1g >= INT32_MAX / n2g ? 'asymp' : 'exact';
  else if (method === 'asymp') mode = 'asymp';
  else throw new Error(`KS test: unknown method ${JSON.stringify(method)}`);

  let prob = NaN;
  if (mode === 'exact') {
    const lcm = n1g * n2;
    const h = roundHalfEven(d * lcm);
    d = h / lcm;
    if (h === 0) prob = 1;
    else prob = n1 === n2 ? probOutsideSquare(n1, h) : probOutsideBand(n1, n2, g, h);
    // scipy abandons the exact answer when it is not a probability; d keeps its lattice value.
    if (!(prob >= 0 && prob <= 1)) mode = 'asymp';
  }
  if (mode === 'asymp') {
    const m = Math.max(n1, n2);
    const n = Math.min(n1, n2);
    const en = roundHalfEven((m * n) / (m + n));
    if (en < 1) {
      throw new Error(`KS test: the asymptotic p-value needs larger samples (sizes ${n1} and ${n2})`);
    }
    prob = kolmogorovSf(en, d);
  }
  return { statistic: d, pValue: Math.min(Math.max(prob, 0), 1), method: mode };
}
