import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cbpe, estimatedRocAuc, ESTIMATED_METRICS, expectedConfusion, rankOrder, realizedRocAuc, replicateMetrics, simulate, spreadOf, subsetOrder, type BinaryRows, type Groups } from '../../src/estimation/cbpe.js';
import { rocAuc } from '../../src/stats/auc.js';
import { rng } from '../helpers/tables.js';

const fx = JSON.parse(readFileSync(new URL('../fixtures/estimation.json', import.meta.url), 'utf8')) as { cbpe_auc: { p: number[]; auc: number } };

/** Σ over ordered pairs p_i(1 − p_j) for s_i > s_j, half for ties (i = j included), over ΣpΣ(1 − p). */
function pairwiseAuc(p: ArrayLike<number>, key: ArrayLike<number>): number {
  let num = 0, P = 0, N = 0;
  for (let i = 0; i < p.length; i++) {
    P += p[i];
    N += 1 - p[i];
    for (let j = 0; j < p.length; j++) {
      if (key[i] > key[j]) num += p[i] * (1 - p[j]);
      else if (key[i] === key[j]) num += (p[i] * (1 - p[j])) / 2;
    }
  }
  return num / (P * N);
}

function rowsFrom(p: Float64Array, threshold = 0.5): BinaryRows {
  const pred = new Uint8Array(p.length);
  for (let i = 0; i < p.length; i++) pred[i] = p[i] >= threshold ? 1 : 0;
  return { prob: p, calibrated: p, pred, score: p };
}

describe('CBPE ROC AUC (NannyML)', () => {
  it("matches NannyML's algorithm written the direct way (every cut-off, sums over every row) to 1e-12", () => {
    const p = Float64Array.from(fx.cbpe_auc.p);
    const got = estimatedRocAuc({ prob: p, calibrated: p }, null)[0];
    expect(Math.abs(got - fx.cbpe_auc.auc)).toBeLessThanOrEqual(1e-12);
  });

  it('equals the pairwise form, per group and overall', () => {
    const r = rng(7);
    const n = 300;
    const p = Float64Array.from({ length: n }, () => Math.round(r.uniform() * 50) / 50);
    const of = Int32Array.from({ length: n }, (_, i) => i % 3);
    const got = estimatedRocAuc({ prob: p, calibrated: p }, { of, count: 3 });
    expect(Math.abs(got[3] - pairwiseAuc(p, p))).toBeLessThan(1e-12);
    for (let c = 0; c < 3; c++) {
      const sub = p.filter((_, i) => of[i] === c);
      expect(Math.abs(got[c] - pairwiseAuc(sub, sub))).toBeLessThan(1e-12);
    }
  });

  it('with 0/1 weights and raw scores is the realized (Mann–Whitney) ROC AUC', () => {
    const r = rng(8);
    const n = 500;
    const s = Float64Array.from({ length: n }, () => Math.round(r.uniform() * 40) / 40);
    const y = Uint8Array.from({ length: n }, (_, i) => (r.uniform() < s[i] ? 1 : 0));
    expect(Math.abs(realizedRocAuc(y, s, null)[0] - rocAuc(y, s))).toBeLessThan(1e-12);
  });

  it('is NaN when every row is certainly of one class', () => {
    const p = new Float64Array([1, 1, 1]);
    expect(Number.isNaN(estimatedRocAuc({ prob: p, calibrated: p }, null)[0])).toBe(true);
  });
});

describe('expected confusion matrix', () => {
  it('sums p and 1 − p by prediction, per group and overall', () => {
    const p = Float64Array.from([0.9, 0.2, 0.6, 0.4, 0.7]);
    const pred = Uint8Array.from([1, 0, 1, 0, 0]);
    const groups: Groups = { of: Int32Array.from([0, 0, 1, 1, 1]), count: 2 };
    const cm = expectedConfusion({ prob: p, calibrated: p, pred, score: p }, groups);
    const close = (a: number, b: number): void => expect(Math.abs(a - b)).toBeLessThan(1e-12);
    // Overall: tn = Σ(1−p)[ŷ=0] = 0.8 + 0.6 + 0.3; fp = 0.1 + 0.4; fn = 0.2 + 0.4 + 0.7; tp = 0.9 + 0.6.
    [1.7, 0.5, 1.3, 1.5].forEach((v, k) => close(cm[8 + k], v));
    [0.8, 0.1, 0.2, 0.9].forEach((v, k) => close(cm[k], v));
    const m = cbpe({ prob: p, calibrated: p, pred, score: p }, null).metrics[0];
    close(m.accuracy, (1.7 + 1.5) / 5);
    close(m.precision, 1.5 / 2);
    close(m.recall, 1.5 / 2.8);
    close(m.f1, (2 * 1.5) / (2 * 1.5 + 0.5 + 1.3));
  });
});

describe('simulated labels', () => {
  it('keep known labels (p exactly 0 or 1): one draw is the realized confusion matrix and ROC AUC', () => {
    const y = Float64Array.from([1, 0, 1, 1, 0, 0]);
    const score = Float64Array.from([0.9, 0.8, 0.7, 0.3, 0.2, 0.6]);
    const rows: BinaryRows = { prob: y, calibrated: score, pred: Uint8Array.from([1, 1, 1, 0, 0, 1]), score };
    const s = simulate([rows], null, 3, 1);
    for (let r = 0; r < 3; r++) {
      const m = replicateMetrics(s, 0, r, 0);
      expect(m.accuracy).toBeCloseTo(3 / 6, 12);
      expect(m.roc_auc).toBeCloseTo(rocAuc(Uint8Array.from(y), score), 12);
    }
  });

  it('pair the models: identical models have a difference with no spread', () => {
    const r = rng(3);
    const p = Float64Array.from({ length: 400 }, () => r.uniform());
    const rows = rowsFrom(p);
    const s = simulate([rows, rows], null, 50, 9, true);
    const diffs = Float64Array.from({ length: 50 }, (_, k) => replicateMetrics(s, 0, k, 0).f1 - replicateMetrics(s, 1, k, 0).f1);
    expect(spreadOf(diffs)).toBe(0);
    expect(spreadOf(Float64Array.from({ length: 50 }, (_, k) => replicateMetrics(s, 0, k, 0).f1))).toBeGreaterThan(0);
  });

  it('the estimate meets the realized metric within its 95% interval in ≥ 90% of seeds (known P(y|x))', () => {
    const seeds = 40;
    const n = 1500;
    const hits = Object.fromEntries(ESTIMATED_METRICS.map((m) => [m, 0])) as Record<(typeof ESTIMATED_METRICS)[number], number>;
    for (let seed = 1; seed <= seeds; seed++) {
      const r = rng(1000 + seed);
      // P(y = 1 | x) = σ(1.5x), x ~ N(0.3, 1); the model outputs exactly that probability.
      const p = Float64Array.from({ length: n }, () => 1 / (1 + Math.exp(-1.5 * (0.3 + r.normal()))));
      const rows = rowsFrom(p);
      const y = Float64Array.from(p, (v) => (r.uniform() < v ? 1 : 0));
      const realized = cbpe({ ...rows, prob: y }, null).metrics[0];
      realized.roc_auc = rocAuc(Uint8Array.from(y), p);
      const est = cbpe(rows, null).metrics[0];
      const s = simulate([rows], null, 200, seed);
      for (const m of ESTIMATED_METRICS) {
        const sd = spreadOf(Float64Array.from({ length: 200 }, (_, k) => replicateMetrics(s, 0, k, 0)[m]));
        if (Math.abs(realized[m] - est[m]) <= 1.96 * sd) hits[m]++;
      }
    }
    for (const m of ESTIMATED_METRICS) expect(hits[m] / seeds, m).toBeGreaterThanOrEqual(0.9);
  });

  it('a model whose probabilities are wrong (concept drift) is caught: coverage collapses', () => {
    let hits = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const r = rng(2000 + seed);
      const p = Float64Array.from({ length: 1500 }, () => 1 / (1 + Math.exp(-1.5 * r.normal())));
      // The truth moved: y no longer depends on x (P(y = 1 | x) = 0.5); the model still says p.
      const y = Float64Array.from(p, () => (r.uniform() < 0.5 ? 1 : 0));
      const rows = rowsFrom(p);
      const realized = cbpe({ ...rows, prob: y }, null).metrics[0].accuracy;
      const est = cbpe(rows, null).metrics[0].accuracy;
      const s = simulate([rows], null, 200, seed);
      const sd = spreadOf(Float64Array.from({ length: 200 }, (_, k) => replicateMetrics(s, 0, k, 0).accuracy));
      if (Math.abs(realized - est) <= 1.96 * sd) hits++;
    }
    expect(hits).toBeLessThanOrEqual(2);
  });
});

describe('subsetOrder', () => {
  it("gives a subset the same sweep as sorting it afresh (ties kept together)", () => {
    const r = rng(21);
    const n = 1000;
    const score = Float64Array.from({ length: n }, () => Math.round(r.uniform() * 30) / 30);
    const all = Int32Array.from({ length: n }, (_, i) => i);
    const sel = all.filter((i) => i % 3 !== 0);
    const sub = Float64Array.from(sel, (i) => score[i]);
    const p = Float64Array.from(sel, () => r.uniform());
    const fresh = estimatedRocAuc({ prob: p, calibrated: sub }, null, rankOrder(sub))[0];
    const derived = estimatedRocAuc({ prob: p, calibrated: sub }, null, subsetOrder(rankOrder(score), all, sel))[0];
    expect(derived).toBe(fresh);
  });

  it('derives a subset of a subset (within not every row), ties kept together', () => {
    const r = rng(22);
    const n = 2000;
    const score = Float64Array.from({ length: n }, () => Math.round(r.uniform() * 40) / 40);
    const within = Int32Array.from({ length: n }, (_, i) => i).filter((i) => i % 5 !== 1);
    const sel = within.filter((i) => i % 7 < 4);
    const p = Float64Array.from(sel, () => r.uniform());
    const sub = Float64Array.from(sel, (i) => score[i]);
    const fresh = estimatedRocAuc({ prob: p, calibrated: sub }, null, rankOrder(sub))[0];
    const whole = rankOrder(Float64Array.from(within, (i) => score[i]));
    const derived = estimatedRocAuc({ prob: p, calibrated: sub }, null, subsetOrder(whole, within, sel))[0];
    expect(derived).toBeCloseTo(fresh, 12);
  });
});
