import { describe, expect, it } from 'vitest';
import { ESTIMATED_METRICS, replicateMetrics, simulate, spreadOf, type BinaryRows } from '../../src/estimation/cbpe.js';
import { analyticSpread } from '../../src/estimation/spread.js';
import { rng } from '../helpers/tables.js';

/** Two correlated models on 3,000 rows in 3 groups, a quarter of the rows labelled (p = 0 or 1). */
function models(seed: number): { rows: BinaryRows[]; groups: { of: Int32Array; count: number } } {
  const r = rng(seed);
  const n = 3000;
  const make = () => ({ prob: new Float64Array(n), calibrated: new Float64Array(n), pred: new Uint8Array(n), score: new Float64Array(n) });
  const a = make();
  const b = make();
  const of = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const x = r.normal();
    of[i] = i % 3;
    const pa = 1 / (1 + Math.exp(-(1.5 * x + 0.3 * r.normal())));
    const pb = 1 / (1 + Math.exp(-(1.2 * x + 0.8 * r.normal())));
    const known = i < n / 4 ? (r.uniform() < pa ? 1 : 0) : null;
    for (const [m, p] of [[a, pa], [b, pb]] as const) {
      m.calibrated[i] = p;
      m.prob[i] = known ?? p;
      m.score[i] = Math.round(p * 200) / 200; // ties, as real scores have
      m.pred[i] = p >= 0.5 ? 1 : 0;
    }
  }
  return { rows: [a, b], groups: { of, count: 3 } };
}

describe('closed-form spread against the Monte Carlo of simulated labels', () => {
  const { rows, groups } = models(11);
  const B = 4000;
  const matrix = [1, -2, -5, 10];
  const labelsOnly = simulate(rows, groups, B, 3, false);
  for (const resample of [false, true]) {
    // With bootstrap weights on simulated labels, the label noise is counted twice (E[w²] = 2),
    // while the population variance of the realized metric counts it once: the closed form with
    // rows is compared with the Monte Carlo variance less one label-only variance.
    // Tolerance: 7% on a Monte Carlo standard deviation of 4,000 draws; 10% on the difference of two variances.
    const tol = resample ? 0.1 : 0.07;
    it(`matches simulate() to ${tol * 100}% per model, group and paired difference (${resample ? 'labels and rows' : 'labels only'})`, () => {
      const sim = resample ? simulate(rows, groups, B, 5, true) : labelsOnly;
      const both = analyticSpread(rows, groups, matrix);
      const an = resample ? both.population : both.labels;
      const valueIn = (s: typeof sim, k: number, r: number, c: number): number => {
        const at = (r * 4 + c) * 4;
        let v = 0, n = 0;
        for (let q = 0; q < 4; q++) {
          v += matrix[q] * s.cm[k][at + q];
          n += s.cm[k][at + q];
        }
        return v / n;
      };
      for (let c = 0; c < 4; c++) {
        for (const m of [...ESTIMATED_METRICS, 'business_value'] as const) {
          const pick = (s: typeof sim, k: number, r: number): number => (m === 'business_value' ? valueIn(s, k, r, c) : replicateMetrics(s, k, r, c)[m]);
          const mcOf = (f: (s: typeof sim, r: number) => number): number => {
            const sd = spreadOf(Float64Array.from({ length: B }, (_, r) => f(sim, r)));
            if (!resample) return sd;
            const labels = spreadOf(Float64Array.from({ length: B }, (_, r) => f(labelsOnly, r)));
            return Math.sqrt(sd * sd - labels * labels);
          };
          for (const k of [0, 1]) {
            const mc = mcOf((s, r) => pick(s, k, r));
            expect(Math.abs((an.models[k][m] as Float64Array)[c] / mc - 1), `${m} model ${k} group ${c}`).toBeLessThan(tol);
          }
          const mcd = mcOf((s, r) => pick(s, 0, r) - pick(s, 1, r));
          expect(Math.abs((an.difference![m] as Float64Array)[c] / mcd - 1), `${m} difference group ${c}`).toBeLessThan(tol);
        }
      }
    }, 60000);
  }
});
