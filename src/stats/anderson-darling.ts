/**
 * Anderson–Darling k-sample test for two samples, = scipy.stats.anderson_ksamp([a, b]) with its
 * default midrank=True (Scholz & Stephens 1987, A²akN, eq. 7, for ties): the statistic is the
 * standardised (A²kN − (k − 1)) / σ_N, and the p-value is scipy's interpolation of Scholz and
 * Stephens' table of critical values (a quadratic in log p fitted to the levels 0.25 … 0.001), so
 * it is capped at 0.25 and floored at 0.001: beyond the table the test only says "at least" or
 * "at most". One merge of the sorted samples, O(n1 + n2).
 */
import { assertSorted } from './descriptive.js';

export interface AndersonDarlingResult {
  statistic: number;
  pValue: number;
  /** 'capped' (p ≥ 0.25), 'floored' (p ≤ 0.001) or 'interpolated'. */
  pValueKind: 'capped' | 'floored' | 'interpolated';
}

const LEVELS = [0.25, 0.1, 0.05, 0.025, 0.01, 0.005, 0.001];
// Scholz & Stephens' Table 2 interpolation coefficients (as scipy), for m = k − 1 = 1.
const B0 = [0.675, 1.281, 1.645, 1.96, 2.326, 2.573, 3.085];
const B1 = [-0.245, 0.25, 0.678, 1.149, 1.822, 2.364, 3.615];
const B2 = [-0.105, -0.305, -0.362, -0.391, -0.396, -0.345, -0.154];
const CRITICAL = B0.map((b0, i) => b0 + B1[i] / Math.sqrt(1) + B2[i] / 1);

/** Least-squares quadratic through (x_i, y_i), highest power first (numpy.polyfit(x, y, 2)). */
function quadraticFit(x: readonly number[], y: readonly number[]): [number, number, number] {
  // Normal equations of a 7-point, well-spread fit: a 3×3 system solved by Gaussian elimination.
  const s = [0, 0, 0, 0, 0];
  const t = [0, 0, 0];
  for (let i = 0; i < x.length; i++) {
    let p = 1;
    for (let e = 0; e <= 4; e++) {
      s[e] += p;
      if (e <= 2) t[e] += p * y[i];
      p *= x[i];
    }
  }
  // Rows for c0 + c1·x + c2·x².
  const m = [
    [s[0], s[1], s[2], t[0]],
    [s[1], s[2], s[3], t[1]],
    [s[2], s[3], s[4], t[2]],
  ];
  for (let col = 0; col < 3; col++) {
    let piv = col;
    for (let r = col + 1; r < 3; r++) if (Math.abs(m[r][col]) > Math.abs(m[piv][col])) piv = r;
    [m[col], m[piv]] = [m[piv], m[col]];
    for (let r = col + 1; r < 3; r++) {
      const f = m[r][col] / m[col][col];
      for (let c = col; c < 4; c++) m[r][c] -= f * m[col][c];
    }
  }
  const c = [0, 0, 0];
  for (let r = 2; r >= 0; r--) {
    let v = m[r][3];
    for (let k = r + 1; k < 3; k++) v -= m[r][k] * c[k];
    c[r] = v / m[r][r];
  }
  return [c[2], c[1], c[0]];
}

const FIT = quadraticFit(CRITICAL, LEVELS.map(Math.log));
const CRIT_MIN = Math.min(...CRITICAL);
const CRIT_MAX = Math.max(...CRITICAL);

export function andersonDarling2(sortedA: Float64Array, sortedB: Float64Array): AndersonDarlingResult {
  assertSorted(sortedA, 'Anderson-Darling: first sample', true);
  assertSorted(sortedB, 'Anderson-Darling: second sample', true);
  const n1 = sortedA.length;
  const n2 = sortedB.length;
  const N = n1 + n2;
  if (N < 4) throw new Error(`the Anderson-Darling test needs at least 4 values in the two samples together (got ${N})`);
  let sum1 = 0;
  let sum2 = 0;
  let i = 0;
  let j = 0;
  let distinct = 0;
  while (i < n1 || j < n2) {
    const v = j >= n2 || (i < n1 && sortedA[i] <= sortedB[j]) ? sortedA[i] : sortedB[j];
    const below = i + j;
    const i0 = i;
    const j0 = j;
    while (i < n1 && sortedA[i] === v) i++;
    while (j < n2 && sortedB[j] === v) j++;
    distinct++;
    const f1 = i - i0;
    const f2 = j - j0;
    const l = f1 + f2;
    const bj = below + l / 2;
    const denom = bj * (N - bj) - (N * l) / 4;
    // With a single value in both samples together the term is 0/0: nothing differs (see anderson below).
    if (denom === 0) continue;
    const m1 = i - f1 / 2;
    const m2 = j - f2 / 2;
    const d1 = N * m1 - bj * n1;
    const d2 = N * m2 - bj * n2;
    sum1 += ((l / N) * d1 * d1) / denom;
    sum2 += ((l / N) * d2 * d2) / denom;
  }
  // scipy refuses a single distinct value; here both samples are the same constant, so A² = 0.
  const a2kn = distinct < 2 ? 0 : ((sum1 / n1 + sum2 / n2) * (N - 1)) / N;
  const k = 2;
  const H = 1 / n1 + 1 / n2;
  // hs_cs = cumsum(1/(N−1), 1/(N−2), …, 1/2); h = its last + 1; g = Σ hs_cs[t] / (t + 2).
  let hs = 0;
  let g = 0;
  for (let t = 0; t < N - 2; t++) {
    hs += 1 / (N - 1 - t);
    g += hs / (t + 2);
  }
  const h = hs + 1;
  const a = (4 * g - 6) * (k - 1) + (10 - 6 * g) * H;
  const b = (2 * g - 4) * k * k + 8 * h * k + (2 * g - 14 * h - 4) * H - 8 * h + 4 * g - 6;
  const c = (6 * h + 2 * g - 2) * k * k + (4 * h - 4 * g + 6) * k + (2 * h - 6) * H + 4 * h;
  const d = (2 * h + 6) * k * k - 4 * h * k;
  const sigmasq = (a * N ** 3 + b * N ** 2 + c * N + d) / ((N - 1) * (N - 2) * (N - 3));
  const statistic = (a2kn - (k - 1)) / Math.sqrt(sigmasq);
  if (statistic < CRIT_MIN) return { statistic, pValue: 0.25, pValueKind: 'capped' };
  if (statistic > CRIT_MAX) return { statistic, pValue: 0.001, pValueKind: 'floored' };
  const [p2, p1, p0] = FIT;
  return { statistic, pValue: Math.exp((p2 * statistic + p1) * statistic + p0), pValueKind: 'interpolated' };
}
