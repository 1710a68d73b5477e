/**
 * The sampling spread of multiclass CBPE (multiclass.ts) in closed form, as spread.ts gives it for a
 * binary model: each metric T linearised in the one-hot labels and the row weights,
 * T ≈ T₀ + Σ_i Σ_a g_ia (y_ia − P_i(a)) + Σ_i h_i (w_i − 1), and with the label of row i drawn
 * from its categorical distribution P_i, Var = Σ_i (Σ_a g_ia² P_i(a) − (Σ_a g_ia P_i(a))²)
 * [+ Σ_i h_i² for the population].
 *
 * The macro metrics are means of one-vs-rest metrics of class c, each a function of the labels
 * y_·c alone; so g_ia of macro precision, recall, F1 and ROC AUC is the binary influence of class
 * a's one-vs-rest metric (spread.ts `influences`, with P_i(a) as the row's positive probability and
 * [ŷ_i = a] as its prediction) over the number of classes averaged, and h_i is the sum of the
 * classes' row influences over that number. Accuracy (Σ_i y_{i,ŷ_i} / n) and business value
 * (Σ_i Σ_a M[a][ŷ_i] y_ia / n) are linear in the labels.
 *
 * Two models' labels are coupled as in the binary case, by one uniform u_i per row: each model's
 * label is the class whose interval of the cumulative probabilities (in class order) holds u_i,
 * so Cov(y_ia, y′_ib) = |I_a ∩ I′_b| − P_i(a)·P′_i(b); the row weights are shared.
 */
import { ESTIMATED_METRICS, type Groups, type RankOrder } from './cbpe.js';
import { classColumn, type MulticlassRows } from './multiclass.js';
import { aucParts, constants, C_STRIDE, influences, spreadsFromVariances, totals, type SpreadName, type Spreads } from './spread.js';

/** Index of each metric in the per-row arrays; business value last, when a matrix is given. */
const ACC = 0, AUC = 4, VALUE = 5;

/** Per model: each class's one-vs-rest constants and AUC parts, and the multiclass totals. */
interface Prepared {
  consts: Float64Array[];
  parts: Float64Array[];
  /** Per group: classes averaged by macro precision, recall and F1 (present), and by ROC AUC (defined). */
  present: Float64Array;
  defined: Float64Array;
  /** Per group × class: 1 when class c's AUC is defined there. */
  aucOk: Uint8Array;
  n: Float64Array;
  accuracy: Float64Array;
  value: Float64Array;
}

function prepare(m: MulticlassRows, groups: Groups | null, G: number, matrix: readonly number[] | null, orders: readonly RankOrder[] | null): Prepared {
  const { k, prob, pred } = m;
  const n = pred.length;
  const consts: Float64Array[] = [];
  const parts: Float64Array[] = [];
  const present = new Float64Array(G);
  const defined = new Float64Array(G);
  const aucOk = new Uint8Array(G * k);
  let count: Float64Array | null = null;
  for (let c = 0; c < k; c++) {
    const col = classColumn(m, c);
    const predC = new Uint8Array(n);
    for (let i = 0; i < n; i++) predC[i] = pred[i] === c ? 1 : 0;
    const view = { prob: col, calibrated: col, pred: predC, score: m.score[c] };
    const t = totals(view, groups, G, null);
    parts.push(aucParts(view, groups, G, t, orders ? orders[c] : null));
    consts.push(constants(t, G));
    count ??= t.n;
    for (let gr = 0; gr < G; gr++) {
      // metricsFromConfusion averages over the classes with an actual or a predicted row.
      if (t.p[gr] > 0 || t.n1[gr] > 0) present[gr]++;
      if (t.auc[gr] === t.auc[gr]) {
        defined[gr]++;
        aucOk[gr * k + c] = 1;
      }
    }
  }
  const accuracy = new Float64Array(G);
  const value = new Float64Array(G);
  const whole = G - 1;
  for (let i = 0; i < n; i++) {
    const y1 = pred[i];
    const q = prob[i * k + y1];
    let v = 0;
    if (matrix) for (let a = 0; a < k; a++) v += matrix[a * k + y1] * prob[i * k + a];
    accuracy[whole] += q;
    value[whole] += v;
    if (groups) {
      accuracy[groups.of[i]] += q;
      value[groups.of[i]] += v;
    }
  }
  const nn = count ?? new Float64Array(G);
  for (let gr = 0; gr < G; gr++) {
    accuracy[gr] /= nn[gr];
    value[gr] /= nn[gr];
  }
  return { consts, parts, present, defined, aucOk, n: nn, accuracy, value };
}

/**
 * Row i's influences in group `gr` (`pass` 0 = the whole, 1 = its group): g[a·M + j] for the label
 * of class a and metric j, h[j] for the row's weight.
 */
function rowInfluences(m: MulticlassRows, pr: Prepared, i: number, gr: number, pass: number, S: number, M: number, matrix: readonly number[] | null, g: Float64Array, h: Float64Array, gb: Float64Array, hb: Float64Array): void {
  const { k, prob } = m;
  const y1 = m.pred[i];
  const o = i * k;
  g.fill(0);
  h.fill(0);
  const invN = 1 / pr.n[gr];
  g[y1 * M + ACC] = invN;
  h[ACC] = (prob[o + y1] - pr.accuracy[gr]) * invN;
  const kp = pr.present[gr] > 0 ? 1 / pr.present[gr] : 0;
  const ka = pr.defined[gr] > 0 ? 1 / pr.defined[gr] : 0;
  const at = S * i + 2 * pass;
  for (let c = 0; c < k; c++) {
    const parts = pr.parts[c];
    influences(pr.consts[c], C_STRIDE * gr, prob[o + c], y1 === c ? 1 : 0, parts[at], parts[at + 1], gb, hb, null);
    for (let j = 1; j < AUC; j++) {
      g[c * M + j] = gb[j] * kp;
      h[j] += hb[j] * kp;
    }
    if (pr.aucOk[gr * k + c] === 1) {
      g[c * M + AUC] = gb[AUC] * ka;
      h[AUC] += hb[AUC] * ka;
    }
  }
  if (matrix) {
    let v = 0;
    for (let a = 0; a < k; a++) {
      g[a * M + VALUE] = matrix[a * k + y1] * invN;
      v += matrix[a * k + y1] * prob[o + a];
    }
    h[VALUE] = (v - pr.value[gr]) * invN;
  }
}

/**
 * Standard deviations of each model's metrics (macro precision, recall and F1 under their binary
 * names) and, with two models, of model 0 − model 1 on the same rows, per group and for the whole:
 * `labels` from the unknown labels alone, `population` with the rows' own sampling too.
 */
export function analyticSpreadMulticlass(
  models: readonly MulticlassRows[],
  groups: Groups | null,
  matrix: readonly number[] | null = null,
  orders: readonly (readonly RankOrder[])[] | null = null,
): { labels: Spreads; population: Spreads } {
  const G = (groups ? groups.count : 0) + 1;
  const whole = G - 1;
  const K = models.length;
  const k = K ? models[0].k : 0;
  const n = K ? models[0].pred.length : 0;
  const names: SpreadName[] = matrix ? [...ESTIMATED_METRICS, 'business_value'] : [...ESTIMATED_METRICS];
  const M = names.length;
  const prepared = models.map((m, q) => prepare(m, groups, G, matrix, orders ? orders[q] : null));
  const S = groups ? 4 : 2;
  const varModel = models.map(() => new Float64Array(M * G));
  const rowModel = models.map(() => new Float64Array(M * G));
  const varDiff = new Float64Array(M * G);
  const rowDiff = new Float64Array(M * G);
  const g = models.map(() => new Float64Array(k * M));
  const h = models.map(() => new Float64Array(M));
  const gb = new Float64Array(6);
  const hb = new Float64Array(6);
  const mean = models.map(() => new Float64Array(M));
  // The overlaps of the two models' class intervals on [0, 1): up to 2k pieces (a, b, length).
  const ovA = new Int32Array(2 * k + 1);
  const ovB = new Int32Array(2 * k + 1);
  const ovLen = new Float64Array(2 * k + 1);
  for (let i = 0; i < n; i++) {
    let pieces = 0;
    if (K === 2) {
      const p0 = models[0].prob;
      const p1 = models[1].prob;
      let a = 0, b = 0, lo = 0;
      let fa = p0[i * k], fb = p1[i * k];
      while (a < k && b < k) {
        const hi = Math.min(fa, fb);
        if (hi > lo) {
          ovA[pieces] = a;
          ovB[pieces] = b;
          ovLen[pieces++] = hi - lo;
          lo = hi;
        }
        if (fa <= fb) {
          a++;
          if (a < k) fa += p0[i * k + a];
        } else {
          b++;
          if (b < k) fb += p1[i * k + b];
        }
      }
    }
    for (let pass = 0; pass < (groups ? 2 : 1); pass++) {
      const gr = pass === 0 ? whole : (groups as Groups).of[i];
      for (let q = 0; q < K; q++) {
        const m = models[q];
        rowInfluences(m, prepared[q], i, gr, pass, S, M, matrix, g[q], h[q], gb, hb);
        const gq = g[q];
        const mq = mean[q];
        for (let j = 0; j < M; j++) {
          let s1 = 0, s2 = 0;
          for (let a = 0; a < k; a++) {
            const p = m.prob[i * k + a];
            const v = gq[a * M + j];
            s1 += v * p;
            s2 += v * v * p;
          }
          mq[j] = s1;
          const idx = j * G + gr;
          varModel[q][idx] += s2 - s1 * s1;
          rowModel[q][idx] += h[q][j] * h[q][j];
        }
      }
      if (K !== 2) continue;
      const [g0, g1] = g;
      for (let j = 0; j < M; j++) {
        let joint = 0;
        for (let t = 0; t < pieces; t++) joint += g0[ovA[t] * M + j] * g1[ovB[t] * M + j] * ovLen[t];
        const idx = j * G + gr;
        const cov = joint - mean[0][j] * mean[1][j];
        // Var(model 0) + Var(model 1) − 2·Cov, the two variances as just added for this row.
        let v0 = 0, v1 = 0;
        for (let a = 0; a < k; a++) {
          const pa = models[0].prob[i * k + a];
          const pb = models[1].prob[i * k + a];
          v0 += g0[a * M + j] * g0[a * M + j] * pa;
          v1 += g1[a * M + j] * g1[a * M + j] * pb;
        }
        v0 -= mean[0][j] * mean[0][j];
        v1 -= mean[1][j] * mean[1][j];
        varDiff[idx] += v0 + v1 - 2 * cov;
        const dh = h[0][j] - h[1][j];
        rowDiff[idx] += dh * dh;
      }
    }
  }
  return spreadsFromVariances(names, G, varModel, rowModel, varDiff, rowDiff);
}
