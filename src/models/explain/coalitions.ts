/**
 * Which coalitions of features a Shapley explanation evaluates, and with what weight.
 *
 * Exact: every coalition, so the Shapley values follow from the classical formula. Sampled
 * (KernelSHAP, Lundberg & Lee 2017): the coalitions shap's KernelExplainer would pick, with the
 * Shapley kernel weights — whole subset sizes enumerated while the budget covers them (smallest
 * and largest sizes first, a size and its complement size together), the rest drawn by size with
 * probability proportional to the kernel, each draw paired with its complement; repeated draws add
 * weight instead of rows. The empty and the full coalition are never listed: their values are
 * E[f(b)] and f(x), which the solver takes as constraints.
 *
 * A coalition is a row of `masks` (F bytes, 1 = the feature takes the explained row's value).
 */
import type { Rng } from '../../stats/random.js';

/** Up to this many features every coalition is evaluated (2^12 = 4,096 per explained row). */
export const EXACT_MAX_FEATURES = 12;

export interface CoalitionPlan {
  readonly features: number;
  /** Coalitions listed (rows of `masks`). */
  readonly count: number;
  /** count × features, row-major; 1 = from the explained row, 0 = from the background row. */
  readonly masks: Uint8Array;
  /** Exact: `masks` holds every coalition but the empty and the full one. */
  readonly exact: boolean;
  /** Kernel weight of each listed coalition (sampled plans; exact plans weigh by the formula). */
  readonly weights: Float64Array;
}

/**
 * Every coalition but ∅ and the full set, in increasing bit-mask order (feature j is bit j), so
 * row m of `masks` is the coalition with bit mask m + 1.
 */
export function exactPlan(features: number): CoalitionPlan {
  if (!Number.isInteger(features) || features < 0 || features > 24) throw new RangeError(`exact enumeration needs 0–24 features, got ${features}`);
  const total = features === 0 ? 0 : 2 ** features - 2;
  const masks = new Uint8Array(total * features);
  for (let m = 0; m < total; m++) {
    const bits = m + 1;
    for (let j = 0; j < features; j++) masks[m * features + j] = (bits >>> j) & 1;
  }
  return { features, count: total, masks, exact: true, weights: new Float64Array(total) };
}

/** Binomial coefficient as a double (exact below 2^53, as the sizes that get enumerated are). */
export function binomial(n: number, k: number): number {
  if (k < 0 || k > n) return 0;
  let r = 1;
  const kk = Math.min(k, n - k);
  // After step i, r = C(n − kk + i, i): an integer, so rounding only removes division error.
  for (let i = 1; i <= kk; i++) r = (r * (n - kk + i)) / i;
  return r < 2 ** 53 ? Math.round(r) : r;
}

/** A growable mask list with weights; duplicates are found through a string key of the mask. */
class PlanBuilder {
  masks: Uint8Array;
  weights: Float64Array;
  count = 0;
  constructor(readonly features: number, capacity: number) {
    this.masks = new Uint8Array(Math.max(1, capacity) * features);
    this.weights = new Float64Array(Math.max(1, capacity));
  }
  add(mask: Uint8Array, weight: number): number {
    if (this.count === this.weights.length) {
      const m = new Uint8Array(this.masks.length * 2);
      m.set(this.masks);
      this.masks = m;
      const w = new Float64Array(this.weights.length * 2);
      w.set(this.weights);
      this.weights = w;
    }
    this.masks.set(mask, this.count * this.features);
    this.weights[this.count] = weight;
    return this.count++;
  }
  plan(): CoalitionPlan {
    return {
      features: this.features,
      count: this.count,
      masks: this.masks.slice(0, this.count * this.features),
      exact: false,
      weights: this.weights.slice(0, this.count),
    };
  }
}

/** Calls `visit` with every k-subset of 0..n−1 (as an index array, ascending, lexicographic). */
function combinations(n: number, k: number, visit: (idx: Int32Array) => void): void {
  const idx = new Int32Array(k);
  for (let i = 0; i < k; i++) idx[i] = i;
  for (;;) {
    visit(idx);
    let i = k - 1;
    while (i >= 0 && idx[i] === n - k + i) i--;
    if (i < 0) return;
    idx[i]++;
    for (let j = i + 1; j < k; j++) idx[j] = idx[j - 1] + 1;
  }
}

/** A coalition as a string of 16-bit characters, 16 features each: a compact Map key. */
function maskKey(mask: Uint8Array): string {
  let key = '';
  for (let j = 0; j < mask.length; j += 16) {
    let bits = 0;
    const end = Math.min(mask.length, j + 16);
    for (let k = j; k < end; k++) bits |= mask[k] << (k - j);
    key += String.fromCharCode(bits);
  }
  return key;
}

function complement(mask: Uint8Array, out: Uint8Array): Uint8Array {
  for (let j = 0; j < mask.length; j++) out[j] = 1 - mask[j];
  return out;
}

/**
 * shap's KernelExplainer sampling for `features` features and a budget of `samples` coalitions,
 * with `rng` in place of numpy's generator. With a budget of 2^F − 2 or more every coalition is
 * enumerated with its exact kernel weight.
 */
export function kernelPlan(features: number, samples: number, rng: Rng): CoalitionPlan {
  const F = features;
  const budget = Math.max(0, Math.floor(samples));
  const sizes = Math.ceil((F - 1) / 2);
  const paired = Math.floor((F - 1) / 2);
  const builder = new PlanBuilder(F, Math.min(budget, 2 ** Math.min(F, 30)));
  if (sizes <= 0 || budget === 0) return builder.plan();
  // Kernel mass of each subset size s (and, when paired, of size F − s too), normalised.
  const weightVector = new Float64Array(sizes);
  for (let s = 1; s <= sizes; s++) weightVector[s - 1] = ((F - 1) / (s * (F - s))) * (s <= paired ? 2 : 1);
  const total = weightVector.reduce((a, b) => a + b, 0);
  for (let i = 0; i < sizes; i++) weightVector[i] /= total;

  const mask = new Uint8Array(F);
  const comp = new Uint8Array(F);
  let left = budget;
  let full = 0;
  const remaining = Float64Array.from(weightVector);
  for (let s = 1; s <= sizes; s++) {
    const isPaired = s <= paired;
    const nsubsets = binomial(F, s) * (isPaired ? 2 : 1);
    if ((left * remaining[s - 1]) / nsubsets < 1 - 1e-8) break;
    full++;
    left -= nsubsets;
    if (remaining[s - 1] < 1) {
      const scale = 1 - remaining[s - 1];
      for (let i = 0; i < sizes; i++) remaining[i] /= scale;
    }
    const w = weightVector[s - 1] / binomial(F, s) / (isPaired ? 2 : 1);
    combinations(F, s, (idx) => {
      mask.fill(0);
      for (let i = 0; i < idx.length; i++) mask[idx[i]] = 1;
      builder.add(mask, w);
      if (isPaired) builder.add(complement(mask, comp), w);
    });
  }
  if (full === sizes || left <= 0) return builder.plan();

  // The sizes not enumerated, drawn with probability ∝ their kernel mass (halved for paired sizes,
  // since each draw also adds the complement).
  const fixed = builder.count;
  const cdf = new Float64Array(sizes - full);
  let acc = 0;
  for (let i = full; i < sizes; i++) {
    acc += weightVector[i] / (i < paired ? 2 : 1);
    cdf[i - full] = acc;
  }
  const seen = new Map<string, number>();
  const perm = new Int32Array(F);
  let attempts = 4 * left;
  while (left > 0 && attempts-- > 0) {
    const u = rng.next() * acc;
    let ind = 0;
    while (ind < cdf.length - 1 && u >= cdf[ind]) ind++;
    const size = ind + full + 1;
    // The first `size` entries of a seeded partial Fisher–Yates shuffle.
    for (let j = 0; j < F; j++) perm[j] = j;
    mask.fill(0);
    for (let j = 0; j < size; j++) {
      const r = j + Math.floor(rng.next() * (F - j));
      const t = perm[j];
      perm[j] = perm[r];
      perm[r] = t;
      mask[perm[j]] = 1;
    }
    const key = maskKey(mask);
    const at = seen.get(key);
    if (at === undefined) {
      seen.set(key, builder.add(mask, 1));
      left--;
      if (left > 0 && size <= paired) {
        builder.add(complement(mask, comp), 1);
        left--;
      }
    } else {
      builder.weights[at] += 1;
      // The complement was added right after the first draw of this coalition.
      if (size <= paired && at + 1 < builder.count) builder.weights[at + 1] += 1;
    }
  }
  // The drawn coalitions share the kernel mass of the sizes that were not enumerated.
  let weightLeft = 0;
  for (let i = full; i < sizes; i++) weightLeft += weightVector[i];
  let drawn = 0;
  for (let i = fixed; i < builder.count; i++) drawn += builder.weights[i];
  if (drawn > 0) for (let i = fixed; i < builder.count; i++) builder.weights[i] *= weightLeft / drawn;
  return builder.plan();
}
