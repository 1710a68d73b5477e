/**
 * Wilson's score interval for a proportion k/n (scipy's `binomtest(k, n).proportion_ci(method=
 * 'wilson')`, statsmodels' `proportion_confint(method='wilson')`). Chosen over the normal (Wald)
 * interval because it stays honest at the edges: 0 of n gives [0, upper > 0], never [0, 0], so a
 * small sample with no event cannot look like proof of a zero rate.
 */
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import type { Interval } from './bootstrap.js';

/** Two-sided Wilson interval at `confidence` (e.g. 0.95); n must be > 0. */
export function wilsonInterval(k: number, n: number, confidence: number): Interval {
  if (!(n > 0 && k >= 0 && k <= n)) throw new Error(`Wilson interval: need 0 ≤ k ≤ n and n > 0, got k = ${k}, n = ${n}`);
  if (!(confidence > 0 && confidence < 1)) throw new Error(`Wilson interval: confidence must be in (0, 1), got ${confidence}`);
  const z = normalQuantile(1 - (1 - confidence) / 2, 0, 1);
  const z2 = z * z;
  const p = k / n;
  const denom = 1 + z2 / n;
  const center = (p + z2 / (2 * n)) / denom;
  const half = (z / denom) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // The ends are exact at k = 0 and k = n; clamping only removes rounding past them.
  return { lo: k === 0 ? 0 : Math.max(0, center - half), hi: k === n ? 1 : Math.min(1, center + half) };
}
