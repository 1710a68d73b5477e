/**
 * Distances between two discrete distributions given as counts or fractions over the same bins
 * (normalised here): Jensen–Shannon distance (natural log, as scipy.spatial.distance.jensenshannon),
 * Population Stability Index (as Evidently computes it) and Hellinger distance.
 */

function normalise(v: ArrayLike<number>, what: string, fn: string): Float64Array {
  if (v.length === 0) throw new Error(`${fn}: ${what} distribution is empty`);
  let total = 0;
  for (let i = 0; i < v.length; i++) {
    const x = v[i];
    if (!(x >= 0) || x === Infinity) throw new Error(`${fn}: ${what} value ${x} at index ${i} is not a finite non-negative number`);
    total += x;
  }
  if (total === 0) throw new Error(`${fn}: ${what} distribution has total 0`);
  const out = new Float64Array(v.length);
  for (let i = 0; i < v.length; i++) out[i] = v[i] / total;
  return out;
}

/** Both distributions checked and normalised to shares; `fn` names the statistic in messages. */
export function pair(p: ArrayLike<number>, q: ArrayLike<number>, fn: string, names: [string, string]): [Float64Array, Float64Array] {
  if (p.length !== q.length) throw new Error(`${fn}: distributions differ in length (${p.length} vs ${q.length})`);
  return [normalise(p, names[0], fn), normalise(q, names[1], fn)];
}

/** x·ln(x/y) with scipy.special.rel_entr's convention 0·ln(0/y) = 0. */
function relEntr(x: number, y: number): number {
  return x > 0 ? x * Math.log(x / y) : 0;
}

/** sqrt(JS divergence), natural log, so 0 ≤ value ≤ sqrt(ln 2). */
export function jensenShannonDistance(p: ArrayLike<number>, q: ArrayLike<number>): number {
  const [P, Q] = pair(p, q, 'Jensen-Shannon distance', ['first', 'second']);
  let left = 0;
  let right = 0;
  for (let i = 0; i < P.length; i++) {
    const m = (P[i] + Q[i]) / 2;
    left += relEntr(P[i], m);
    right += relEntr(Q[i], m);
  }
  // Rounding can leave an exactly-zero divergence a hair below 0, where sqrt would give NaN.
  return Math.sqrt(Math.max(0, (left + right) / 2));
}

/** Evidently's replacement for an empty bin, which would otherwise make the log infinite. */
const PSI_EMPTY_BIN = 0.0001;

/** PSI = Σ (cur − ref)·ln(cur/ref) over bin fractions, empty bins counted as 0.0001 (Evidently). */
export function populationStabilityIndex(ref: ArrayLike<number>, cur: ArrayLike<number>): number {
  const [R, C] = pair(ref, cur, 'PSI', ['reference', 'current']);
  let psi = 0;
  for (let i = 0; i < R.length; i++) {
    const r = R[i] === 0 ? PSI_EMPTY_BIN : R[i];
    const c = C[i] === 0 ? PSI_EMPTY_BIN : C[i];
    psi += (r - c) * Math.log(r / c);
  }
  return psi;
}

/**
 * Hellinger distance sqrt(1 − Σ sqrt(p·q)), computed as (1/√2)‖√p − √q‖₂: the same value
 * without the cancellation of 1 − Σ that loses half the digits for near-identical distributions.
 */
export function hellingerDistance(p: ArrayLike<number>, q: ArrayLike<number>): number {
  const [P, Q] = pair(p, q, 'Hellinger distance', ['first', 'second']);
  let s = 0;
  for (let i = 0; i < P.length; i++) {
    const d = Math.sqrt(P[i]) - Math.sqrt(Q[i]);
    s += d * d;
  }
  return Math.min(1, Math.sqrt(s / 2));
}
