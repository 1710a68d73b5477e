/**
 * Distances between the category (or bin) shares of two samples, given as counts over the same
 * categories: total variation distance ½·Σ|p − q|, L-infinity distance max|p − q| (NannyML's
 * `l_infinity`), and the Kullback–Leibler divergence KL(reference ‖ current) with Evidently's
 * treatment of empty categories (get_binned_data's fill_zeroes, then scipy.stats.entropy).
 */
import { pair } from './divergence.js';

export function totalVariationDistance(p: ArrayLike<number>, q: ArrayLike<number>): number {
  const [P, Q] = pair(p, q, 'total variation distance', ['first', 'second']);
  let s = 0;
  for (let i = 0; i < P.length; i++) s += Math.abs(P[i] - Q[i]);
  return Math.min(1, s / 2);
}

export function lInfinityDistance(p: ArrayLike<number>, q: ArrayLike<number>): number {
  const [P, Q] = pair(p, q, 'L-infinity distance', ['first', 'second']);
  let m = 0;
  for (let i = 0; i < P.length; i++) m = Math.max(m, Math.abs(P[i] - Q[i]));
  return m;
}

/** Evidently's share for an empty category: 0.0001, or a millionth of the smallest share when that is ≤ 0.0001. */
const EMPTY_SHARE = 0.0001;

function fillEmpty(shares: Float64Array): Float64Array {
  let min = Infinity;
  for (const s of shares) if (s > 0 && s < min) min = s;
  const fill = min <= EMPTY_SHARE ? min / 1e6 : EMPTY_SHARE;
  return shares.map((s) => (s === 0 ? fill : s));
}

/**
 * KL(ref ‖ cur) = Σ r·ln(r/c), natural log, after each side's empty categories get Evidently's small
 * share and both are renormalised (scipy.stats.entropy normalises its inputs).
 */
export function klDivergence(ref: ArrayLike<number>, cur: ArrayLike<number>): number {
  const [R0, C0] = pair(ref, cur, 'Kullback-Leibler divergence', ['reference', 'current']);
  const R = fillEmpty(R0);
  const C = fillEmpty(C0);
  let sr = 0;
  let sc = 0;
  for (let i = 0; i < R.length; i++) {
    sr += R[i];
    sc += C[i];
  }
  let kl = 0;
  for (let i = 0; i < R.length; i++) {
    const r = R[i] / sr;
    kl += r * Math.log(r / (C[i] / sc));
  }
  return Math.max(0, kl);
}
