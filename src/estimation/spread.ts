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

export interface Totals {
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

/**
 * Per row, side by side (one memory access per row in the sweep's random order, not four): L_i and
 * G_i within the whole, then, with groups, within its group: stride 4 with groups, else 2.
 */
export type AucParts = Float64Array;

/** Expected value of one row: matrix (tn, fp, fn, tp) by predicted class, for a label probability p. */
function rowValue(matrix: readonly number[], y1: number, p: number): number {
  return y1 === 1 ? matrix[1] * (1 - p) + matrix[3] * p : matrix[0] * (1 - p) + matrix[2] * p;
}

export function totals(m: BinaryRows, groups: Groups | null, G: number, matrix: readonly number[] | null): Totals {
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
export function aucParts(m: BinaryRows, groups: Groups | null, G: number, t: Totals, ro: RankOrder | null): AucParts {
  const n = m.prob.length;
  const { order, tieStart } = ro ?? rankOrder(m.score);
  const whole = G - 1;
  const of = groups ? groups.of : null;
  const S = of ? 4 : 2;
  const parts = new Float64Array(S * n);
  const negBelow = new Float64Array(G);
  const posBelow = new Float64Array(G);
  const tieNeg = new Float64Array(G);
  const tiePos = new Float64Array(G);
  const pairs = new Float64Array(G);
  // The groups a tie holds, so that closing it touches only those.
  const touched = new Int32Array(G);
  const prob = m.prob;
  const P = t.p[whole];
  let j = 0;
  while (j < n) {
    const start = j;
    let wNeg = 0;
    let wPos = 0;
    let nt = 0;
    do {
      const i = order[j++];
      const p = prob[i];
      wNeg += 1 - p;
      wPos += p;
      if (of) {
        const c = of[i];
        if (tieNeg[c] === 0 && tiePos[c] === 0) touched[nt++] = c;
        tieNeg[c] += 1 - p;
        tiePos[c] += p;
      }
    } while (j < n && tieStart[j] === 0);
    const lAll = negBelow[whole] + wNeg / 2;
    const gAll = P - posBelow[whole] - wPos / 2;
    for (let k = start; k < j; k++) {
      const i = order[k];
      const at = S * i;
      parts[at] = lAll;
      parts[at + 1] = gAll;
      if (of) {
        const c = of[i];
        parts[at + 2] = negBelow[c] + tieNeg[c] / 2;
        parts[at + 3] = t.p[c] - posBelow[c] - tiePos[c] / 2;
      }
    }
    // Close the tie group: its pairs, then its weight moves below.
    if (wNeg !== 0 || wPos !== 0) {
      pairs[whole] += wPos * (negBelow[whole] + wNeg / 2);
      negBelow[whole] += wNeg;
      posBelow[whole] += wPos;
    }
    for (let q = 0; q < nt; q++) {
      const c = touched[q];
      pairs[c] += tiePos[c] * (negBelow[c] + tieNeg[c] / 2);
      negBelow[c] += tieNeg[c];
      posBelow[c] += tiePos[c];
      tieNeg[c] = 0;
      tiePos[c] = 0;
    }
  }
  for (let c = 0; c < G; c++) {
    const Pc = t.p[c];
    const N = t.n[c] - Pc;
    t.auc[c] = Pc > 0 && N > 0 ? pairs[c] / (Pc * N) : NaN;
  }
  return parts;
}

/** Per group, the constants of every row's influences (reciprocals taken once, not per row). */
const C_INV_N = 0, C_ACC = 1, C_INV_N1 = 2, C_PREC = 3, C_INV_P = 4, C_REC = 5, C_INV_D = 6, C_F1 = 7, C_INV_PN = 8, C_AUC = 9, C_N_MINUS_P = 10, C_INV_NEG = 11, C_VALUE = 12;
export const C_STRIDE = 13;

export function constants(t: Totals, G: number): Float64Array {
  const k = new Float64Array(C_STRIDE * G);
  for (let c = 0; c < G; c++) {
    const o = C_STRIDE * c;
    const n = t.n[c];
    const N1 = t.n1[c];
    const P = t.p[c];
    const D = N1 + P;
    const N = n - P;
    const T = t.auc[c];
    k[o + C_INV_N] = 1 / n;
    k[o + C_ACC] = t.correct[c] / n;
    // A zero denominator makes the metric's influences 0 (the metric is read as 0 there).
    k[o + C_INV_N1] = N1 > 0 ? 1 / N1 : 0;
    k[o + C_PREC] = N1 > 0 ? t.a[c] / N1 : 0;
    k[o + C_INV_P] = P > 0 ? 1 / P : 0;
    k[o + C_REC] = P > 0 ? t.a[c] / P : 0;
    k[o + C_INV_D] = D > 0 ? 1 / D : 0;
    k[o + C_F1] = D > 0 ? (2 * t.a[c]) / D : 0;
    // ROC AUC undefined (no positive or negative weight): NaN carries through both influences.
    k[o + C_INV_PN] = P > 0 && N > 0 && T === T ? 1 / (P * N) : NaN;
    k[o + C_AUC] = T;
    k[o + C_N_MINUS_P] = N - P;
    k[o + C_INV_NEG] = N > 0 ? 1 / N : 0;
    k[o + C_VALUE] = t.value[c] / n;
  }
  return k;
}

/** g (label) and h (row) influences of every metric for one row in one group (`o`: its constants). */
export function influences(k: Float64Array, o: number, p: number, y1: number, L: number, Gi: number, g: Float64Array, h: Float64Array, matrix: readonly number[] | null): void {
  const invN = k[o + C_INV_N];
  // Accuracy: correct_i = y_i when ŷ = 1, 1 − y_i when ŷ = 0.
  g[0] = (y1 === 1 ? invN : -invN);
  h[0] = ((y1 === 1 ? p : 1 - p) - k[o + C_ACC]) * invN;
  // Precision: A / N1.
  const invN1 = k[o + C_INV_N1];
  g[1] = y1 * invN1;
  h[1] = y1 * (p - k[o + C_PREC]) * invN1;
  // Recall: A / P.
  const invP = k[o + C_INV_P];
  const dr = y1 - k[o + C_REC];
  g[2] = dr * invP;
  h[2] = p * dr * invP;
  // F1: 2A / (N1 + P).
  const invD = k[o + C_INV_D];
  const f1 = k[o + C_F1];
  g[3] = (2 * y1 - f1) * invD;
  h[3] = (2 * y1 * p - f1 * (y1 + p)) * invD;
  // ROC AUC: U / (P·N).
  const invPN = k[o + C_INV_PN];
  const T = k[o + C_AUC];
  g[4] = (L - Gi - T * k[o + C_N_MINUS_P]) * invPN;
  h[4] = (p * L + (1 - p) * Gi) * invPN - T * (p * invP + (1 - p) * k[o + C_INV_NEG]);
  // Business value per row: the mean of each row's value.
  if (matrix) {
    g[5] = (y1 === 1 ? matrix[3] - matrix[1] : matrix[2] - matrix[0]) * invN;
    h[5] = (rowValue(matrix, y1, p) - k[o + C_VALUE]) * invN;
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
  const consts = t.map((tk) => constants(tk, G));
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
  const S = of ? 4 : 2;
  const [g0, g1] = g;
  const [h0, h1] = h;
  const prob0 = models[0]?.prob;
  const prob1 = K === 2 ? models[1].prob : null;
  const pred0 = models[0]?.pred;
  const pred1 = K === 2 ? models[1].pred : null;
  const [parts0, parts1] = parts;
  const [k0, k1] = consts;
  const [var0, var1] = varModel;
  const [row0, row1] = rowModel;
  for (let i = 0; i < n; i++) {
    const p0 = prob0[i];
    const v0 = p0 * (1 - p0);
    const p1 = prob1 ? prob1[i] : 0;
    const v1 = p1 * (1 - p1);
    const cov = Math.min(p0, p1) - p0 * p1;
    for (let pass = 0; pass < (of ? 2 : 1); pass++) {
      const c = pass === 0 ? whole : (of as Int32Array)[i];
      // Sums of metric m in group c at m * G + c (toSpread's layout).
      const at = S * i + 2 * pass;
      influences(k0, C_STRIDE * c, p0, pred0[i], parts0[at], parts0[at + 1], g0, h0, matrix);
      if (!prob1) {
        for (let m = 0; m < M; m++) {
          const a = m * G + c;
          var0[a] += g0[m] * g0[m] * v0;
          row0[a] += h0[m] * h0[m];
        }
        continue;
      }
      influences(k1, C_STRIDE * c, p1, (pred1 as Uint8Array)[i], parts1[at], parts1[at + 1], g1, h1, matrix);
      for (let m = 0; m < M; m++) {
        const a = m * G + c;
        const gg0 = g0[m] * g0[m] * v0;
        const gg1 = g1[m] * g1[m] * v1;
        var0[a] += gg0;
        row0[a] += h0[m] * h0[m];
        var1[a] += gg1;
        row1[a] += h1[m] * h1[m];
        const dh = h0[m] - h1[m];
        varDiff[a] += gg0 + gg1 - 2 * g0[m] * g1[m] * cov;
        rowDiff[a] += dh * dh;
      }
    }
  }
  return spreadsFromVariances(names, G, varModel, rowModel, varDiff, rowDiff);
}

/**
 * The spreads from per-name, per-group variances (name-major, G per name): the labels' part alone,
 * and with the rows' own part added (population); a difference only for two models.
 */
export function spreadsFromVariances(
  names: readonly SpreadName[],
  G: number,
  varModel: readonly Float64Array[],
  rowModel: readonly Float64Array[],
  varDiff: Float64Array,
  rowDiff: Float64Array,
): { labels: Spreads; population: Spreads } {
  const toSpread = (v: Float64Array): Spread => {
    const out = {} as Spread;
    names.forEach((m, j) => (out[m] = Float64Array.from(v.subarray(j * G, j * G + G), (x) => Math.sqrt(Math.max(x, 0)))));
    return out;
  };
  const plus = (a: Float64Array, b: Float64Array): Float64Array => a.map((x, j) => x + b[j]);
  const two = varModel.length === 2;
  return {
    labels: { models: varModel.map(toSpread), difference: two ? toSpread(varDiff) : null },
    population: { models: varModel.map((v, k) => toSpread(plus(v, rowModel[k]))), difference: two ? toSpread(plus(varDiff, rowDiff)) : null },
  };
}
