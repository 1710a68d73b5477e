/**
 * Pooled two-proportion z-test, two-sided, with statsmodels' proportions_ztest formula:
 * z = (pA − pB) / sqrt(p̂(1 − p̂)(1/nA + 1/nB)), p̂ = (sA + sB)/(nA + nB).
 */
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';

export interface ZTestResult {
  statistic: number;
  pValue: number;
}

function checkCount(successes: number, n: number, what: string): void {
  if (!(Number.isInteger(n) && n > 0)) throw new Error(`z-test: ${what} size ${n} is not a positive integer`);
  if (!(successes >= 0 && successes <= n)) throw new Error(`z-test: ${what} successes ${successes} is outside [0, ${n}]`);
}

export function twoProportionZTest(successA: number, nA: number, successB: number, nB: number): ZTestResult {
  checkCount(successA, nA, 'first sample');
  checkCount(successB, nB, 'second sample');
  const pA = successA / nA;
  const pB = successB / nB;
  const pooled = (successA + successB) / (nA + nB);
  const variance = pooled * (1 - pooled) * (1 / nA + 1 / nB);
  // Both proportions 0 or both 1: statsmodels gives 0/0 = NaN; the samples agree exactly, so no
  // evidence of a difference is the honest answer.
  if (variance === 0) return { statistic: 0, pValue: 1 };
  const z = (pA - pB) / Math.sqrt(variance);
  // 2·Φ(−|z|) rather than 2·(1 − Φ(|z|)): the lower tail keeps its precision for large |z|.
  return { statistic: z, pValue: Math.min(1, 2 * normalCdf(-Math.abs(z), 0, 1)) };
}
