import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aucWithInterval, domainClassifier, sampleRows, stratifiedFolds } from '../../src/multivariate/classifier.js';
import { planEncoding, rowEncoder } from '../../src/multivariate/encode.js';
import { fitLogistic, HESSIAN_ROWS } from '../../src/multivariate/logistic.js';
import { rocAuc } from '../../src/stats/auc.js';
import { createRng } from '../../src/stats/random.js';
import { makeContext, makeTable, rng } from '../helpers/tables.js';

const fx = JSON.parse(readFileSync(new URL('../fixtures/multivariate.json', import.meta.url), 'utf8')) as {
  reference: Record<string, (number | null)[]>;
  current: Record<string, (number | null)[]>;
  logistic: { coef: number[]; intercept: number };
};

describe('fitLogistic', () => {
  it('finds scikit-learn\'s LogisticRegression(C=1) coefficients (reference 0 vs current 1) to 1e-9', () => {
    const ctx = makeContext(makeTable('ref.csv', fx.reference), makeTable('cur.csv', fx.current));
    const features = ['a', 'b', 'c', 'd', 'cat'];
    const plan = planEncoding(ctx, features);
    const F = features.length;
    const X = new Float64Array(700 * F);
    rowEncoder(plan, ctx.reference)(Int32Array.from({ length: 400 }, (_, i) => i), 400, X, 700);
    rowEncoder(plan, ctx.current)(Int32Array.from({ length: 300 }, (_, i) => i), 300, X.subarray(400), 700);
    const y = new Uint8Array(700).fill(1, 400);
    const fit = fitLogistic(X, F, 700, y, null, 1);
    // A mask that keeps every row fits the same model; one that drops rows fits another.
    expect(Array.from(fitLogistic(X, F, 700, y, new Uint8Array(700).fill(1), 1).beta)).toEqual(Array.from(fit.beta));
    const half = new Uint8Array(700);
    for (let i = 0; i < 700; i += 2) half[i] = 1;
    expect(fitLogistic(X, F, 700, y, half, 1).beta[0]).not.toBeCloseTo(fit.beta[0], 3);
    for (let j = 0; j < F; j++) expect(Math.abs(fit.beta[j] - fx.logistic.coef[j])).toBeLessThan(1e-9);
    expect(Math.abs(fit.beta[F] - fx.logistic.intercept)).toBeLessThan(1e-9);
    expect(fit.iterations).toBeLessThan(15);
  });

  it('above HESSIAN_ROWS, fits the same optimum (exact gradient, sampled Hessian), whatever the held-out pattern', () => {
    const n = 5 * HESSIAN_ROWS, F = 3;
    const g = rng(9);
    const X = new Float64Array(n * F);
    const y = new Uint8Array(n);
    for (let r = 0; r < n; r++) {
      for (let j = 0; j < F; j++) X[j * n + r] = g.normal();
      y[r] = g.uniform() < 1 / (1 + Math.exp(-(0.5 * X[r] - 0.25 * X[n + r]))) ? 1 : 0;
    }
    // Held out: every 5th row, the pattern a naive every-s-th-row Hessian sample would miss entirely.
    const train = Uint8Array.from({ length: n }, (_, r) => (r % 5 === 0 ? 0 : 1));
    const kept = Array.from({ length: n }, (_, r) => r).filter((r) => r % 5 !== 0);
    const Xk = new Float64Array(kept.length * F);
    for (let j = 0; j < F; j++) kept.forEach((r, t) => { Xk[j * kept.length + t] = X[j * n + r]; });
    const masked = fitLogistic(X, F, n, y, train, 1);
    const compact = fitLogistic(Xk, F, kept.length, Uint8Array.from(kept, (r) => y[r]), null, 1);
    for (let j = 0; j <= F; j++) expect(Math.abs(masked.beta[j] - compact.beta[j])).toBeLessThan(1e-8);
    expect(masked.beta[0]).toBeGreaterThan(0.4);
  });

  it('stays finite on perfectly separable data (the penalty bounds the coefficients)', () => {
    const X = Float64Array.of(-2, -1, 1, 2);
    const fit = fitLogistic(X, 1, 4, Uint8Array.of(0, 0, 1, 1), null, 1);
    expect(Number.isFinite(fit.beta[0])).toBe(true);
    expect(fit.beta[0]).toBeGreaterThan(0);
  });
});

describe('sampling and folds', () => {
  it('samples without replacement, ascending, uniformly', () => {
    const r = createRng(3);
    const hits = new Float64Array(10);
    for (let t = 0; t < 2000; t++) {
      const s = sampleRows(10, 3, r);
      expect(s.length).toBe(3);
      for (let i = 1; i < 3; i++) expect(s[i]).toBeGreaterThan(s[i - 1]);
      for (const i of s) hits[i]++;
    }
    // Each index is drawn with probability 0.3: 600 of 2,000, sd ≈ 20.5.
    for (const h of hits) expect(Math.abs(h - 600)).toBeLessThan(90);
    expect(Array.from(sampleRows(4, 10, r))).toEqual([0, 1, 2, 3]);
  });

  it('deals each class evenly over the folds', () => {
    const y = new Uint8Array(103).fill(1, 50);
    const fold = stratifiedFolds(y, 5, createRng(1));
    for (const label of [0, 1]) {
      const per = new Array(5).fill(0);
      for (let i = 0; i < y.length; i++) if (y[i] === label) per[fold[i]]++;
      expect(Math.max(...per) - Math.min(...per)).toBeLessThanOrEqual(1);
    }
  });
});

describe('aucWithInterval', () => {
  it('is the Mann–Whitney AUC with DeLong\'s standard error (Hanley & McNeil\'s example gives the same AUC)', () => {
    // Hanley & McNeil (1982) rating data: 58 normal and 51 abnormal, ratings 1–5; AUC 0.893.
    const normal = [33, 6, 6, 11, 2], abnormal = [3, 2, 2, 11, 33];
    const labels: number[] = [], scores: number[] = [];
    normal.forEach((n, r) => { for (let i = 0; i < n; i++) { labels.push(0); scores.push(r + 1); } });
    abnormal.forEach((n, r) => { for (let i = 0; i < n; i++) { labels.push(1); scores.push(r + 1); } });
    const est = aucWithInterval(Uint8Array.from(labels), Float64Array.from(scores), 0.95);
    expect(est.auc).toBeCloseTo(rocAuc(Uint8Array.from(labels), Float64Array.from(scores)), 15);
    expect(est.auc).toBeCloseTo(0.8931710615280596, 14);
    // DeLong's SE from its definition (numpy, V10/V01 by brute force over all pairs): 0.030724408379381122.
    expect(est.se).toBeCloseTo(0.030724408379381122, 13);
    expect(est.lo).toBeCloseTo(est.auc - 1.959963984540054 * est.se, 12);
  });
});

/** Two tables of `n` rows, `F` standard normal features f0..; `shift` is added to f0 of the current one. */
function pair(seed: number, n: number, F: number, shift: number) {
  const g = rng(seed);
  const cols = (delta: number) => {
    const out: Record<string, Float64Array> = {};
    for (let j = 0; j < F; j++) out[`f${j}`] = Float64Array.from({ length: n }, () => g.normal() + (j === 0 ? delta : 0));
    return out;
  };
  return makeContext(makeTable('ref.csv', cols(0), { duplicateRows: 0 }), makeTable('cur.csv', cols(shift), { duplicateRows: 0 }));
}

function run(ctx: ReturnType<typeof pair>, rows = 100000, seed = 1) {
  const features = [...ctx.reference.names];
  const plan = planEncoding(ctx, features);
  return domainClassifier(
    { encode: rowEncoder(plan, ctx.reference), rows: ctx.reference.rowCount },
    { encode: rowEncoder(plan, ctx.current), rows: ctx.current.rowCount },
    features.length,
    { rows, folds: 5, seed, confidence: 0.95, currentChunks: null },
  );
}

describe('domainClassifier', () => {
  it('raises no alarm on identical distributions (8 seeded pairs, n = 2,000 per side, 10 features): lower end ≤ 0.55', () => {
    for (let seed = 1; seed <= 8; seed++) {
      const r = run(pair(seed, 2000, 10, 0));
      expect(r.lo).toBeLessThan(0.55);
      expect(Math.abs(r.auc - 0.5)).toBeLessThan(0.05);
    }
  });

  it('detects a 0.3σ shift in one of 10 features at n = 10,000 and names it first', () => {
    const r = run(pair(11, 10000, 10, 0.3));
    // A 0.3σ mean shift in one normal feature: the best possible AUC is Φ(0.3/√2) = 0.5840.
    expect(r.auc).toBeGreaterThan(0.57);
    expect(r.auc).toBeLessThan(0.6);
    expect(r.lo).toBeGreaterThan(0.55);
    const order = Array.from(r.coefficients, (c, j) => [Math.abs(c), j]).sort((a, b) => b[0] - a[0]);
    expect(order[0][1]).toBe(0);
    // Its coefficient is positive (current values are larger) and near δ for unit-variance features.
    expect(r.coefficients[0]).toBeGreaterThan(0.2);
  });

  it('samples at most `rows` rows per side, reproducibly from the seed', () => {
    const ctx = pair(5, 3000, 3, 0.5);
    const a = run(ctx, 1000, 7), b = run(ctx, 1000, 7), c = run(ctx, 1000, 8);
    expect([a.reference, a.current]).toEqual([1000, 1000]);
    expect(a.auc).toBe(b.auc);
    expect(a.auc).not.toBe(c.auc);
  });
});
