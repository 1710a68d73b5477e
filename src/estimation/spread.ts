/**
 * The sampling spread of CBPE's estimates in closed form, in one pass over the rows (no replicates):
 * the first-order (delta-method) variance of each metric when the labels are drawn y_i ~
 * Bernoulli(p_i) independently, plus, with `resample`, the variance from drawing the rows
 * themselves (the Poisson bootstrap's limit). It is what `simulate` (cbpe.ts) measures by Monte
 * Carlo, at the cost of one pass instead of rows × replicates (the tests compare the two). Unlike
 * `simulate` with bootstrap weights, which counts the label noise twice (E[w²] = 2), the population
 * variance counts it once: Var = Σ g_i² p_i(1 − p_i) + Σ h_i², the variance of the realized metric
 * over samples of rows and their labels.
 *
 * Each metric T is linearised in the labels and the row weights: T ≈ T₀ + Σ g_i (y_i − p_i) +
 * Σ h_i (w_i − 1). Then Var T = Σ g_i² p_i(1 − p_i) [+ Σ h_i²]. For the paired difference of two
 * models the labels are coupled as in `simulate` (one uniform per row: Cov(y_i, y'_i) = min(p, p′) −
 * p·p′) and the row weights are shared. Every metric is a ratio invariant to scaling the weights,
 * so Σ h_i = 0 and h_i is its influence without centring.
 *
 * ROC AUC = U / (P·N), U = Σ_ij y_i (1 − y_j) K_ij with K_ij = [s_i > s_j] + ½[s_i = s_j] on the raw
 * scores: ∂U/∂y_i = L_i − G_i, where L_i = Σ_j (1 − p_j) K_ij is the negative weight below row i and
 * G_i = Σ_j p_j K_ji the positive weight above it; ∂U/∂w_i = p_i L_i + (1 − p_i) G_i.
 */
import { rankOrder, type BinaryRows, type RankOrder, type EstimatedMetric, type Groups, ESTIMATED_METRICS } from './cbpe.js';

export type SpreadName = EstimatedMetric | 'business_value';

/** Standard deviations per metric (business_value only with a matrix), per group then the whole (index `groups`). */
export type Spread = Partial<Record<SpreadName, Float64Array>> & Record<EstimatedMetric, Float64Array>;

interface Totals {
  n: Float64Array;
  /** Σ ŷ, Σ ŷ·p, Σ p, Σ (ŷ==y) expected. */
  n1: Float64Array;
  a: Float64Array;
  p: Float64Array;
  correct: Float64Array;
  auc: Float64Array;
  /** Σ expected business value (when a matrix is given). */
  value: Float64Array;
}

/** Per row: L_i and G_i within its group and within the whole (see the module comment). */
interface AucParts {
  lGroup: Float64Array | null;
  gGroup: Float64Array | null;
  lAll: Float64Array;
  gAll: Float64Array;
}

/** Expected value of one row: matrix (tn, fp, fn, tp) by predicted class, for a label probability p. */
function rowValue(matrix: readonly number[], y1: number, p: number): number {
  return y1 === 1 ? matrix[1] * (1 - p) + matrix[3] * p : matrix[0] * (1 - p) + matrix[2] * p;
}

function totals(m: BinaryRows, groups: Groups | null, G: number, matrix: readonly number[] | null): Totals {
  const t: Totals = {
    n: new Float64Array(G),
    n1: new Float64Array(G),
    a: new Float64Array(G),
    p: new Float64Array(G),
    correct: new Float64Array(G),
    auc: new Float64Array(G),
    value: new Float64Array(G),
  };
  const whole = G - 1;
  const { prob, pred } = m;
  for (let i = 0; i < prob.length; i++) {
    const p = prob[i];
    const y1 = pred[i];
    const q = y1 === 1 ? p : 1 - p;
    for (let pass = 0; pass < (groups ? 2 : 1); pass++) {
      const c = pass === 0 ? whole : (groups as Groups).of[i];
      t.n[c]++;
      t.n1[c] += y1;
      t.a[c] += y1 * p;
      t.p[c] += p;
      t.correct[c] += q;
      if (matrix) t.value[c] += rowValue(matrix, y1, p);
    }
  }
  return t;
}

/** L_i, G_i and each group's AUC (written into t.auc), ordered by the raw scores. */
function aucParts(m: BinaryRows, groups: Groups | null, G: number, t: Totals, ro: RankOrder | null): AucParts {
  const n = m.prob.length;
  const { rank, order } = ro ?? rankOrder(m.score);
  const whole = G - 1;
  const parts: AucParts = {
    lGroup: groups ? new Float64Array(n) : null,
    gGroup: groups ? new Float64Array(n) : null,
    lAll: new Float64Array(n),
    gAll: new Float64Array(n),
  };
  const negBelow = new Float64Array(G);
  const posBelow = new Float64Array(G);
  const tieNeg = new Float64Array(G);
  const tiePos = new Float64Array(G);
  const pairs = new Float64Array(G);
  const prob = m.prob;
  const of = groups ? groups.of : null;
  let j = 0;
  while (j < n) {
    const start = j;
    const rk = rank[order[j]];
    while (j < n && rank[order[j]] === rk) {
      const i = order[j++];
      tieNeg[whole] += 1 - prob[i];
      tiePos[whole] += prob[i];
      if (of) {
        tieNeg[of[i]] += 1 - prob[i];
        tiePos[of[i]] += prob[i];
      }
    }
    for (let k = start; k < j; k++) {
      const i = order[k];
      parts.lAll[i] = negBelow[whole] + tieNeg[whole] / 2;
      parts.gAll[i] = t.p[whole] - posBelow[whole] - tiePos[whole] / 2;
      if (of) {
        const c = of[i];
        (parts.lGroup as Float64Array)[i] = negBelow[c] + tieNeg[c] / 2;
        (parts.gGroup as Float64Array)[i] = t.p[c] - posBelow[c] - tiePos[c] / 2;
      }
    }
    // Close the tie group: its pairs, then its weight moves below.
    for (let k = start; k < j; k++) {
      const i = order[k];
      for (let pass = 0; pass < (of ? 2 : 1); pass++) {
        const c = pass === 0 ? whole : (of as Int32Array)[i];
        if (tieNeg[c] === 0 && tiePos[c] === 0) continue;
        pairs[c] += tiePos[c] * (negBelow[c] + tieNeg[c] / 2);
        negBelow[c] += tieNeg[c];
        posBelow[c] += tiePos[c];
        tieNeg[c] = 0;
        tiePos[c] = 0;
      }
    }
  }
  for (let c = 0; c < G; c++) {
    const P = t.p[c];
    const N = t.n[c] - P;
    t.auc[c] = P > 0 && N > 0 ? pairs[c] / (P * N) : NaN;
  }
  return parts;
}

/** g (label) and h (row) influences of every metric for one row in one group. */
function influences(t: Totals, c: number, p: number, y1: number, L: number, Gi: number, g: Float64Array, h: Float64Array, matrix: readonly number[] | null): void {
  const n = t.n[c];
  const acc = t.correct[c] / n;
  // Accuracy: correct_i = y_i when ŷ = 1, 1 − y_i when ŷ = 0.
  g[0] = (y1 === 1 ? 1 : -1) / n;
  h[0] = ((y1 === 1 ? p : 1 - p) - acc) / n;
  // Precision: A / N1.
  const N1 = t.n1[c];
  const prec = N1 > 0 ? t.a[c] / N1 : 0;
  g[1] = N1 > 0 ? y1 / N1 : 0;
  h[1] = N1 > 0 ? (y1 * (p - prec)) / N1 : 0;
  // Recall: A / P.
  const P = t.p[c];
  const rec = P > 0 ? t.a[c] / P : 0;
  g[2] = P > 0 ? (y1 - rec) / P : 0;
  h[2] = P > 0 ? (p * (y1 - rec)) / P : 0;
  // F1: 2A / (N1 + P).
  const D = N1 + P;
  const f1 = D > 0 ? (2 * t.a[c]) / D : 0;
  g[3] = D > 0 ? (2 * y1 - f1) / D : 0;
  h[3] = D > 0 ? (2 * y1 * p - f1 * (y1 + p)) / D : 0;
  // ROC AUC: U / (P·N).
  const N = n - P;
  const T = t.auc[c];
  if (P > 0 && N > 0 && T === T) {
    g[4] = (L - Gi - T * (N - P)) / (P * N);
    h[4] = (p * L + (1 - p) * Gi) / (P * N) - T * (p / P + (1 - p) / N);
  } else {
    g[4] = NaN;
    h[4] = NaN;
  }
  // Business value per row: the mean of each row's value.
  if (matrix) {
    g[5] = (y1 === 1 ? matrix[3] - matrix[1] : matrix[2] - matrix[0]) / n;
    h[5] = (rowValue(matrix, y1, p) - t.value[c] / n) / n;
  }
}

/**
 * Standard deviations of each model's metrics, and (with two models) of model 0 − model 1 on the
 * same rows, per group and for the whole.
 */
export interface Spreads {
  models: Spread[];
  difference: Spread | null;
}

/**
 * `labels`: the spread from the unknown labels alone (how far the realized metric on these rows
 * strays from the estimate); `population`: with the rows' own sampling too (a statement about the
 * population the rows come from, as the change tests make). One pass gives both.
 */
export function analyticSpread(
  models: readonly BinaryRows[],
  groups: Groups | null,
  matrix: readonly number[] | null = null,
  scoreOrders: readonly RankOrder[] | null = null,
): { labels: Spreads; population: Spreads } {
  const G = (groups ? groups.count : 0) + 1;
  const whole = G - 1;
  const K = models.length;
  const n = K ? models[0].prob.length : 0;
  const t = models.map((m) => totals(m, groups, G, matrix));
  const parts = models.map((m, k) => aucParts(m, groups, G, t[k], scoreOrders ? scoreOrders[k] : null));
  const names: SpreadName[] = matrix ? [...ESTIMATED_METRICS, 'business_value'] : [...ESTIMATED_METRICS];
  const M = names.length;
  const varModel = models.map(() => new Float64Array(M * G));
  const varDiff = new Float64Array(M * G);
  // The rows' part, added to the labels' part for `population`.
  const rowModel = models.map(() => new Float64Array(M * G));
  const rowDiff = new Float64Array(M * G);
  const g = models.map(() => new Float64Array(M));
  const h = models.map(() => new Float64Array(M));
  const of = groups ? groups.of : null;
  for (let i = 0; i < n; i++) {
    for (let pass = 0; pass < (of ? 2 : 1); pass++) {
      const c = pass === 0 ? whole : (of as Int32Array)[i];
      for (let k = 0; k < K; k++) {
        const pk = parts[k];
        const L = pass === 0 ? pk.lAll[i] : (pk.lGroup as Float64Array)[i];
        const Gi = pass === 0 ? pk.gAll[i] : (pk.gGroup as Float64Array)[i];
        influences(t[k], c, models[k].prob[i], models[k].pred[i], L, Gi, g[k], h[k], matrix);
      }
      const p0 = models[0].prob[i];
      const v0 = p0 * (1 - p0);
      for (let m = 0; m < M; m++) {
        const at = m * G + c;
        varModel[0][at] += g[0][m] * g[0][m] * v0;
        rowModel[0][at] += h[0][m] * h[0][m];
      }
      if (K === 2) {
        const p1 = models[1].prob[i];
        const v1 = p1 * (1 - p1);
        const cov = Math.min(p0, p1) - p0 * p1;
        for (let m = 0; m < M; m++) {
          const at = m * G + c;
          varModel[1][at] += g[1][m] * g[1][m] * v1;
          rowModel[1][at] += h[1][m] * h[1][m];
          const dh = h[0][m] - h[1][m];
          varDiff[at] += g[0][m] * g[0][m] * v0 + g[1][m] * g[1][m] * v1 - 2 * g[0][m] * g[1][m] * cov;
          rowDiff[at] += dh * dh;
        }
      }
    }
  }
  const toSpread = (v: Float64Array): Spread => {
    const out = {} as Spread;
    names.forEach((m, j) => (out[m] = Float64Array.from(v.subarray(j * G, j * G + G), (x) => Math.sqrt(Math.max(x, 0)))));
    return out;
  };
  const plus = (a: Float64Array, b: Float64Array): Float64Array => a.map((x, j) => x + b[j]);
  return {
    labels: { models: varModel.map(toSpread), difference: K === 2 ? toSpread(varDiff) : null },
    population: { models: varModel.map((v, k) => toSpread(plus(v, rowModel[k]))), difference: K === 2 ? toSpread(plus(varDiff, rowDiff)) : null },
  };
}
