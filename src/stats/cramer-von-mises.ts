/**
 * Two-sample Cramér–von Mises test, = scipy.stats.cramervonmises_2samp(a, b) with method 'auto':
 * the exact p-value (all C(n1 + n2, n1) arrangements, Xiao, Gordon & Yakovlev 2006) when both
 * samples have at most 20 values, else the limiting distribution of the standardised statistic
 * (Anderson 1962; Csörgő & Faraway 1996), summed until a term is below 1e-7 as scipy does. Ties
 * get midranks. The statistic T is Anderson's (eq. 9).
 */
import gammaln from '@stdlib/math-base-special-gammaln';
import { assertSorted } from './descriptive.js';

export interface CramerVonMisesResult {
  statistic: number;
  pValue: number;
  method: 'exact' | 'asymptotic';
}

const EXACT_MAX = 20;

export function cramerVonMises2(sortedA: Float64Array, sortedB: Float64Array): CramerVonMisesResult {
  assertSorted(sortedA, 'Cramér-von Mises: first sample', true);
  assertSorted(sortedB, 'Cramér-von Mises: second sample', true);
  const nx = sortedA.length;
  const ny = sortedB.length;
  if (nx < 2 || ny < 2) throw new Error(`the Cramér-von Mises test needs at least 2 values on each side (got ${nx} and ${ny})`);
  // U = nx·Σ(r_i − i)² + ny·Σ(s_j − j)², r and s the midranks in the pooled sample.
  let sx = 0;
  let sy = 0;
  let i = 0;
  let j = 0;
  while (i < nx || j < ny) {
    const v = j >= ny || (i < nx && sortedA[i] <= sortedB[j]) ? sortedA[i] : sortedB[j];
    const start = i + j;
    const i0 = i;
    const j0 = j;
    while (i < nx && sortedA[i] === v) i++;
    while (j < ny && sortedB[j] === v) j++;
    const rank = start + (i - i0 + (j - j0) + 1) / 2;
    for (let a = i0 + 1; a <= i; a++) sx += (rank - a) * (rank - a);
    for (let b = j0 + 1; b <= j; b++) sy += (rank - b) * (rank - b);
  }
  const u = nx * sx + ny * sy;
  const k = nx * ny;
  const N = nx + ny;
  const t = u / (k * N) - (4 * k - 1) / (6 * N);
  if (Math.max(nx, ny) <= EXACT_MAX) return { statistic: t, pValue: exactPValue(u, nx, ny), method: 'exact' };
  const et = (1 + 1 / N) / 6;
  const vt = ((N + 1) * (4 * k * N - 3 * (nx * nx + ny * ny) - 2 * k)) / (45 * N * N * 4 * k);
  const tn = 1 / 6 + (t - et) / Math.sqrt(45 * vt);
  // scipy: below 0.003 the limiting cdf is under 1.3e-18, so p is 1.
  const p = tn < 0.003 ? 1 : Math.max(0, 1 - cdfCvmInf(tn));
  return { statistic: t, pValue: p, method: 'asymptotic' };
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/** Number of ways to choose m of m + n, exact while below 2^53 (m, n ≤ 20 here). */
function binomial(total: number, m: number): number {
  let r = 1;
  for (let i = 1; i <= m; i++) r = (r * (total - m + i)) / i;
  return Math.round(r);
}

/**
 * P(U ≥ u) by counting lattice paths (Xiao et al., Algorithm 1, as scipy's _pval_cvm_2samp_exact):
 * each cell (i, j) of the m × n grid holds the frequency table of the partial sums
 * Σ (a·v − b·w)² over the paths reaching it, a = lcm/m and b = lcm/n.
 */
function exactPValue(u: number, m: number, n: number): number {
  const lcm = (m * n) / gcd(m, n);
  const a = lcm / m;
  const b = lcm / n;
  const mn = m * n;
  const zeta = Math.floor((lcm * lcm * (m + n) * (6 * u - mn * (4 * mn - 1))) / (6 * mn * mn));
  let gs: Map<number, number>[] = [new Map([[0, 1]])];
  for (let v = 1; v <= m; v++) gs.push(new Map());
  for (let w = 0; w <= n; w++) {
    const next: Map<number, number>[] = [];
    let tmp = new Map<number, number>();
    for (let v = 0; v <= m; v++) {
      const merged = new Map(tmp);
      for (const [value, freq] of gs[v]) merged.set(value, (merged.get(value) ?? 0) + freq);
      const step = (a * v - b * w) ** 2;
      tmp = new Map();
      for (const [value, freq] of merged) tmp.set(value + step, freq);
      next.push(tmp);
    }
    gs = next;
  }
  let atLeast = 0;
  for (const [value, freq] of gs[m]) if (value >= zeta) atLeast += freq;
  return atLeast / binomial(m + n, m);
}

/**
 * e^q·K_{1/4}(q) = ∫₀^∞ exp(−q(cosh t − 1))·cosh(t/4) dt, by the trapezoidal rule: the integrand is
 * analytic in a strip of half-width π/2, so step 0.1 leaves an error near e^(−π²/0.1); for large q
 * the integrand is a bump of width ~1/√q, which a step of 0.5/√q still resolves to e^(−2π²/0.25).
 */
export function besselK14Scaled(q: number): number {
  if (!(q > 0)) throw new Error(`K_1/4 needs q > 0, got ${q}`);
  const h = Math.min(0.1, 0.5 / Math.sqrt(q));
  let sum = 0.5;
  for (let s = 1; ; s++) {
    const x = s * h;
    const e = q * (Math.cosh(x) - 1);
    const f = Math.exp(-e) * Math.cosh(x / 4);
    sum += f;
    if (e > 45) break;
  }
  return sum * h;
}

/** Limiting cdf of the Cramér–von Mises statistic (scipy's _cdf_cvm_inf, same stopping rule). */
export function cdfCvmInf(x: number): number {
  let total = 0;
  for (let k = 0; ; k++) {
    const u = Math.exp(gammaln(k + 0.5) - gammaln(k + 1)) / (Math.PI ** 1.5 * Math.sqrt(x));
    const y = 4 * k + 1;
    const q = (y * y) / (16 * x);
    // scipy's term has e^(−q)·K(q); the scaled Bessel function is e^(q)·K(q).
    const z = u * Math.sqrt(y) * Math.exp(-2 * q) * besselK14Scaled(q);
    total += z;
    if (!(Math.abs(z) >= 1e-7)) return total;
  }
}
