import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fitCalibrator } from '../../src/estimation/calibration.js';
import { ESTIMATED_METRICS, spreadOf, type Groups, type MetricValues, type RankOrder } from '../../src/estimation/cbpe.js';
import { cbpeMulticlass, classOrders, normalise, rocAucPerClass, type MulticlassRows } from '../../src/estimation/multiclass.js';
import { analyticSpreadMulticlass } from '../../src/estimation/spread-multiclass.js';
import { rocAucOvr } from '../../src/stats/auc.js';
import { rng } from '../helpers/tables.js';

interface Estimate extends MetricValues {
  roc_auc_per_class: number[];
  business_value: number;
  confusion: number[][];
}

const fx = JSON.parse(readFileSync(new URL('../fixtures/estimation-multiclass.json', import.meta.url), 'utf8')) as {
  classes: number;
  reference: { scores: number[][]; target: number[] };
  current: { scores: number[][]; pred: number[]; groups: number[] };
  matrix: number[][];
  probabilities: number[][];
  overall: Estimate;
  chunks: Estimate[];
};

const column = (rows: number[][], c: number): Float64Array => Float64Array.from(rows, (r) => r[c]);

describe('multiclass CBPE against a direct implementation (scikit-learn isotonic, NannyML formulas)', () => {
  const k = fx.classes;
  const calibrated = Array.from({ length: k }, (_, c) => {
    const isC = Uint8Array.from(fx.reference.target, (y) => (y === c ? 1 : 0));
    return fitCalibrator('isotonic', column(fx.reference.scores, c), isC).apply(column(fx.current.scores, c));
  });
  const prob = normalise(calibrated);
  const rows: MulticlassRows = { k, prob, pred: Int32Array.from(fx.current.pred), score: Array.from({ length: k }, (_, c) => column(fx.current.scores, c)) };
  const groups: Groups = { of: Int32Array.from(fx.current.groups), count: 3 };
  const est = cbpeMulticlass(rows, groups);
  const close = (a: number, b: number, what: string): void => expect(Math.abs(a - b), what).toBeLessThanOrEqual(1e-9);

  it('calibrates each class and normalises the rows to 1e-9', () => {
    fx.probabilities.forEach((row, i) => row.forEach((p, c) => close(prob[i * k + c], p, `row ${i} class ${c}`)));
  });

  it('estimates accuracy, macro precision, recall, F1 and macro ROC AUC per chunk and overall to 1e-9', () => {
    const want = [...fx.chunks, fx.overall];
    want.forEach((w, g) => {
      for (const m of ESTIMATED_METRICS) close(est.metrics[g][m], w[m], `${m} group ${g}`);
      const per = rocAucPerClass(rows, groups).perClass;
      w.roc_auc_per_class.forEach((v, c) => close(per[c * 4 + g], v, `AUC of class ${c} group ${g}`));
    });
  });

  it('gives the expected confusion matrix and the business value per row to 1e-9', () => {
    const matrix = fx.matrix.flat();
    [...fx.chunks, fx.overall].forEach((w, g) => {
      let v = 0, n = 0;
      w.confusion.flat().forEach((x, cell) => {
        close(est.cm[g * k * k + cell], x, `cell ${cell} group ${g}`);
        v += matrix[cell] * est.cm[g * k * k + cell];
        n += est.cm[g * k * k + cell];
      });
      close(v / n, w.business_value, `business value group ${g}`);
    });
  });

  it('with one-hot labels is the realized macro ROC AUC (rocAucOvr)', () => {
    const actual = Int32Array.from(fx.current.pred, (_, i) => (i * 7) % k);
    const oneHot = new Float64Array(actual.length * k);
    actual.forEach((a, i) => (oneHot[i * k + a] = 1));
    const got = cbpeMulticlass({ ...rows, prob: oneHot }, null).metrics[0].roc_auc;
    close(got, rocAucOvr(actual, rows.score), 'realized macro AUC');
  });
});

/**
 * A calibrated multiclass model: P(y | x) = softmax(x·W), its scores are exactly those
 * probabilities (rounded: ties), its prediction the highest score. `drawn`: the label of each row
 * for a uniform u (the class whose cumulative interval holds u, the coupling the spread assumes).
 */
function calibratedModel(r: ReturnType<typeof rng>, n: number, k: number, noise: number): MulticlassRows {
  const prob = new Float64Array(n * k);
  const score = Array.from({ length: k }, () => new Float64Array(n));
  const pred = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const x = r.normal();
    const z = Array.from({ length: k }, (_, c) => (c - (k - 1) / 2) * 1.4 * x + noise * r.normal());
    const mx = Math.max(...z);
    const e = z.map((v) => Math.exp(v - mx));
    const s = e.reduce((a, b) => a + b, 0);
    let best = 0;
    for (let c = 0; c < k; c++) {
      prob[i * k + c] = e[c] / s;
      score[c][i] = Math.round((e[c] / s) * 500) / 500;
      if (score[c][i] > score[best][i]) best = c;
    }
    pred[i] = best;
  }
  return { k, prob, pred, score };
}

function draw(m: MulticlassRows, u: Float64Array, out: Float64Array): void {
  const { k, prob } = m;
  out.fill(0);
  for (let i = 0; i < u.length; i++) {
    let f = 0;
    let c = 0;
    for (; c < k - 1; c++) {
      f += prob[i * k + c];
      if (u[i] < f) break;
    }
    out[i * k + c] = 1;
  }
}

describe('multiclass CBPE spread', () => {
  const k = 3;
  const n = 1200;
  const r = rng(31);
  // Two models of the same rows: the second noisier. Scores are the models' own probabilities.
  const a = calibratedModel(r, n, k, 0.2);
  const b: MulticlassRows = (() => {
    const prob = new Float64Array(n * k);
    const score = Array.from({ length: k }, () => new Float64Array(n));
    const pred = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      let s = 0;
      const v = Array.from({ length: k }, (_, c) => a.prob[i * k + c] * Math.exp(0.6 * r.normal()));
      v.forEach((x) => (s += x));
      let best = 0;
      for (let c = 0; c < k; c++) {
        prob[i * k + c] = v[c] / s;
        score[c][i] = Math.round((v[c] / s) * 500) / 500;
        if (score[c][i] > score[best][i]) best = c;
      }
      pred[i] = best;
    }
    return { k, prob, pred, score };
  })();
  const groups: Groups = { of: Int32Array.from({ length: n }, (_, i) => i % 2), count: 2 };
  const matrix = [3, -1, -2, -1, 4, -1, -3, -2, 6];

  const names = [...ESTIMATED_METRICS, 'business_value'] as const;
  const orders = [classOrders(a), classOrders(b)];

  /** Poisson(1) by inversion. */
  const poisson1 = (u: number): number => {
    let k = 0;
    let p = Math.exp(-1);
    let cdf = p;
    while (u > cdf && k < 20) {
      k++;
      p /= k;
      cdf += p;
    }
    return k;
  };

  /**
   * The order of rows repeated by `at` (ascending row indices, row i as many times as drawn), from
   * the order of the rows: each row's copies in place of the row, tied with each other; a tie
   * group starts where one started since the previous row that was drawn (as subsetOrder).
   */
  const repeatOrder = (o: RankOrder, at: Int32Array, rows: number): RankOrder => {
    const first = new Int32Array(rows + 1);
    at.forEach((i) => first[i + 1]++);
    for (let i = 0; i < rows; i++) first[i + 1] += first[i];
    const order = new Int32Array(at.length);
    const tieStart = new Uint8Array(at.length);
    let m = 0;
    let started = 0;
    for (let q = 0; q < o.order.length; q++) {
      started |= o.tieStart[q];
      const i = o.order[q];
      for (let c = first[i]; c < first[i + 1]; c++) {
        tieStart[m] = started;
        started = 0;
        order[m++] = c;
      }
    }
    return { order, tieStart };
  };

  /**
   * B replicates of the realized metrics of both models (values [model][group][rep·6 + metric]):
   * labels drawn with one uniform per row for both models, and with `resample` each row weighed by
   * a Poisson(1) draw (the rows repeated), the same for both.
   */
  function monteCarlo(B: number, seed: number, resample: boolean): Float64Array[][] {
    const sim = Array.from({ length: 2 }, () => Array.from({ length: 3 }, () => new Float64Array(B * 6)));
    const u = new Float64Array(n);
    const ys = [new Float64Array(n * k), new Float64Array(n * k)];
    const ur = rng(seed);
    for (let rep = 0; rep < B; rep++) {
      for (let i = 0; i < n; i++) u[i] = ur.uniform();
      draw(a, u, ys[0]);
      draw(b, u, ys[1]);
      let idx: Int32Array | null = null;
      if (resample) {
        const list: number[] = [];
        for (let i = 0; i < n; i++) for (let w = poisson1(ur.uniform()); w > 0; w--) list.push(i);
        idx = Int32Array.from(list);
      }
      [a, b].forEach((m, q) => {
        let rows: MulticlassRows = { ...m, prob: ys[q] };
        let gr: Groups = groups;
        let ord = orders[q];
        if (idx) {
          const at = idx;
          const len = at.length;
          const prob = new Float64Array(len * k);
          const pred = new Int32Array(len);
          const of = new Int32Array(len);
          const score = m.score.map(() => new Float64Array(len));
          for (let j = 0; j < len; j++) {
            const i = at[j];
            for (let c = 0; c < k; c++) {
              prob[j * k + c] = ys[q][i * k + c];
              score[c][j] = m.score[c][i];
            }
            pred[j] = m.pred[i];
            of[j] = groups.of[i];
          }
          rows = { k, prob, pred, score };
          gr = { of, count: 2 };
          ord = ord.map((o) => repeatOrder(o, at, n));
        }
        const res = cbpeMulticlass(rows, gr, ord);
        res.metrics.forEach((mv, g) => {
          ESTIMATED_METRICS.forEach((name, j) => (sim[q][g][rep * 6 + j] = mv[name]));
          let v = 0, w = 0;
          for (let cell = 0; cell < k * k; cell++) {
            v += matrix[cell] * res.cm[g * k * k + cell];
            w += res.cm[g * k * k + cell];
          }
          sim[q][g][rep * 6 + 5] = v / w;
        });
      });
    }
    return sim;
  }

  const B = 3000;
  const labelsOnly = monteCarlo(B, 77, false);
  for (const resample of [false, true]) {
    // As in spread.test.ts: bootstrap weights on simulated labels count the label noise twice
    // (E[w²] = 2), the population variance once, so with rows the closed form is compared with
    // the Monte Carlo variance less one label-only variance; 10% on that difference of variances.
    const tol = resample ? 0.1 : 0.07;
    it(`matches the Monte Carlo of coupled simulated labels to ${tol * 100}% per model, group and paired difference (${resample ? 'labels and rows' : 'labels only'})`, () => {
      const sim = resample ? monteCarlo(B, 78, true) : labelsOnly;
      // (3,000 replicates each: a 7 % bound on a standard deviation needs about that many.)
      const both = analyticSpreadMulticlass([a, b], groups, matrix, orders);
      const an = resample ? both.population : both.labels;
      for (let g = 0; g < 3; g++) {
        names.forEach((name, j) => {
          const pick = (s: Float64Array[][], q: number): Float64Array => Float64Array.from({ length: B }, (_, rep) => s[q][g][rep * 6 + j]);
          const mcOf = (f: (s: Float64Array[][]) => Float64Array): number => {
            const sd = spreadOf(f(sim));
            if (!resample) return sd;
            const labels = spreadOf(f(labelsOnly));
            return Math.sqrt(sd * sd - labels * labels);
          };
          for (const q of [0, 1]) {
            const mc = mcOf((s) => pick(s, q));
            expect(Math.abs((an.models[q][name] as Float64Array)[g] / mc - 1), `${name} model ${q} group ${g}`).toBeLessThan(tol);
          }
          const mcd = mcOf((s) => {
            const d1 = pick(s, 1);
            return pick(s, 0).map((x, i) => x - d1[i]);
          });
          expect(Math.abs((an.difference![name] as Float64Array)[g] / mcd - 1), `${name} difference group ${g}`).toBeLessThan(tol);
        });
      }
    }, 180000);
  }

  it('is unbiased when the scores are calibrated: the mean error over seeds lies within its sampling interval', () => {
    // 40 seeded files of 1,500 rows from a calibrated model; on each, the estimate and the realized
    // metric on labels drawn from P(y | x). E[realized − estimate] = 0 up to the estimator's
    // second-order terms; the mean of 40 errors must lie within 3 standard errors of 0, where the
    // standard error is the closed-form spread over √40. The interval also covers: ≥ 90 % of the
    // realized values lie within the estimate ± 1.96·spread.
    const seeds = 40;
    const rows = 1500;
    const err = Object.fromEntries(ESTIMATED_METRICS.map((m) => [m, [] as number[]])) as Record<(typeof ESTIMATED_METRICS)[number], number[]>;
    const sds = Object.fromEntries(ESTIMATED_METRICS.map((m) => [m, [] as number[]])) as Record<(typeof ESTIMATED_METRICS)[number], number[]>;
    for (let seed = 1; seed <= seeds; seed++) {
      const rr = rng(500 + seed);
      const m = calibratedModel(rr, rows, 4, 0.3);
      const u = Float64Array.from({ length: rows }, () => rr.uniform());
      const y = new Float64Array(rows * 4);
      draw(m, u, y);
      const est = cbpeMulticlass(m, null).metrics[0];
      const realized = cbpeMulticlass({ ...m, prob: y }, null).metrics[0];
      const sp = analyticSpreadMulticlass([m], null).labels.models[0];
      for (const name of ESTIMATED_METRICS) {
        err[name].push(realized[name] - est[name]);
        sds[name].push(sp[name][0]);
      }
    }
    for (const name of ESTIMATED_METRICS) {
      const mean = err[name].reduce((s, v) => s + v, 0) / seeds;
      const sd = Math.sqrt(sds[name].reduce((s, v) => s + v * v, 0) / seeds);
      expect(Math.abs(mean), `${name}: mean error ${mean}, sampling sd ${sd}`).toBeLessThan((3 * sd) / Math.sqrt(seeds));
      const covered = err[name].filter((e, i) => Math.abs(e) <= 1.96 * sds[name][i]).length;
      expect(covered / seeds, name).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('is biased when the probabilities are wrong: the model says one thing, the labels follow another', () => {
    // Labels drawn uniformly over the classes while the model still reports its probabilities:
    // the estimated accuracy stays high, the realized one falls to 1/k, far outside the interval.
    const rr = rng(900);
    const m = calibratedModel(rr, 1500, 3, 0.3);
    const uniform: MulticlassRows = { ...m, prob: new Float64Array(m.prob.length).fill(1 / 3) };
    const y = new Float64Array(m.prob.length);
    draw(uniform, Float64Array.from({ length: 1500 }, () => rr.uniform()), y);
    const est = cbpeMulticlass(m, null).metrics[0].accuracy;
    const realized = cbpeMulticlass({ ...m, prob: y }, null).metrics[0].accuracy;
    const sd = analyticSpreadMulticlass([m], null).labels.models[0].accuracy[0];
    expect(est - realized).toBeGreaterThan(5 * sd);
  });
});
