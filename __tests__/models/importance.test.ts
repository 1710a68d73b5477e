import { describe, expect, it } from 'vitest';
import { importanceCheck } from '../../src/checks/models/importance.js';
import { permutation, sampleRows } from '../../src/checks/models/sample.js';
import type { GateConfig } from '../../src/config/types.js';
import type { Column, Table } from '../../src/data/table.js';
import type { FeatureBatch, ModelOutputs, Predictor } from '../../src/models/types.js';
import type { TestResult } from '../../src/results/types.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { createRng } from '../../src/stats/random.js';
import { report } from '../report/fixture.js';
import { fakePredictor } from '../helpers/fake-predictor.js';
import { makeContext, makeTable, rng } from '../helpers/tables.js';

type Row = { a: number; b: number; color: string | null };

function num(batch: FeatureBatch, name: string): Float64Array {
  const c = batch.columns.get(name) as Column;
  if (c.kind !== 'numeric') throw new Error(`${name} is not numeric`);
  return c.values;
}

function text(batch: FeatureBatch, name: string, i: number): string | null {
  const c = batch.columns.get(name) as Column;
  if (c.kind !== 'categorical') throw new Error(`${name} is not categorical`);
  return c.codes[i] < 0 ? null : c.dictionary[c.codes[i]];
}

/** A classifier given as a function of one row; the Predictor applies it to every row of a batch. */
function rowClassifier(role: 'baseline' | 'candidate', features: string[], f: (r: Row) => 0 | 1): Predictor & { calls: number } {
  return fakePredictor(role, features, (batch): ModelOutputs => {
    const labels = new Int32Array(batch.rows);
    const a = features.includes('a') ? num(batch, 'a') : null;
    const b = features.includes('b') ? num(batch, 'b') : null;
    for (let i = 0; i < batch.rows; i++) {
      labels[i] = f({ a: a ? a[i] : NaN, b: b ? b[i] : NaN, color: features.includes('color') ? text(batch, 'color', i) : null });
    }
    return { kind: 'classification', classes: ['0', '1'], labels, probabilities: null };
  });
}

function rowRegressor(role: 'baseline' | 'candidate', features: string[], f: (r: Row) => number): Predictor & { calls: number } {
  return fakePredictor(role, features, (batch): ModelOutputs => {
    const values = new Float64Array(batch.rows);
    const a = features.includes('a') ? num(batch, 'a') : null;
    const b = features.includes('b') ? num(batch, 'b') : null;
    for (let i = 0; i < batch.rows; i++) values[i] = f({ a: a ? a[i] : NaN, b: b ? b[i] : NaN, color: features.includes('color') ? text(batch, 'color', i) : null });
    return { kind: 'regression', values };
  });
}

/** 300 rows: a, b normal; color red/green/blue; y = 1 when a + b/2 + (color = red) > 0.5, with 10 % label noise. */
function data(opts: { regression?: boolean; missingTargets?: number } = {}): { reference: Table; current: Table; rows: Row[]; y: (number | null)[] } {
  const r = rng(7);
  const rows: Row[] = [];
  const y: (number | null)[] = [];
  const colors = ['red', 'green', 'blue'];
  for (let i = 0; i < 300; i++) {
    const row = { a: r.normal(), b: r.normal(), color: colors[Math.floor(r.uniform() * 3)] };
    rows.push(row);
    if (opts.regression) y.push(2 * row.a - row.b + 0.3 * r.normal());
    else {
      const clean = row.a + row.b / 2 + (row.color === 'red' ? 1 : 0) > 0.5 ? 1 : 0;
      y.push(r.uniform() < 0.1 ? 1 - clean : clean);
    }
  }
  for (let i = 0; i < (opts.missingTargets ?? 0); i++) y[i * 3] = null;
  const cols = { a: rows.map((x) => x.a), b: rows.map((x) => x.b), color: rows.map((x) => x.color), y };
  return { reference: makeTable('ref.csv', cols), current: makeTable('cur.csv', cols), rows, y };
}

const contextOf = context;

function context(t: { reference: Table; current: Table }, models: { baseline?: Predictor; candidate?: Predictor }, edit?: (c: GateConfig) => void) {
  const data = makeContext(t.reference, t.current, {
    config: (c) => {
      c.columns.target = 'y';
      c.tests.importance.rows = 120;
      c.tests.importance.repeats = 4;
      c.tests.importance.seed = 11;
      edit?.(c);
    },
  });
  return { data, models: { baseline: models.baseline ?? null, candidate: models.candidate ?? null, threads: 1 } };
}

interface FeatureRow {
  feature: string;
  baseline: number | null;
  baseline_std: number | null;
  baseline_rank: number | null;
  candidate: number | null;
  candidate_std: number | null;
  candidate_rank: number | null;
}

function features(r: TestResult): Map<string, FeatureRow> {
  return new Map((r.details?.features as FeatureRow[]).map((f) => [f.feature, f]));
}

/**
 * Permutation importance by the plain definition, one row at a time on row objects: the same
 * seeded sample and permutations (same generator, same order: sample, then feature by feature in
 * file order, repeat by repeat), the score recomputed by hand.
 */
function bruteForce(
  rows: Row[],
  pool: number[],
  k: number,
  seed: number,
  repeats: number,
  featureOrder: (keyof Row)[],
  predict: (r: Row) => number,
  score: (pred: number[], sampleRows: number[]) => number,
): Map<string, { mean: number; std: number }> {
  const g = createRng(seed);
  const sample = Array.from(sampleRows(Int32Array.from(pool), k, g));
  const original = sample.map((i) => rows[i]);
  const base = score(original.map(predict), sample);
  const out = new Map<string, { mean: number; std: number }>();
  for (const f of featureOrder) {
    const drops: number[] = [];
    for (let r = 0; r < repeats; r++) {
      const perm = Array.from(permutation(k, g));
      const permuted = original.map((row, i) => ({ ...row, [f]: original[perm[i]][f] }));
      drops.push(base - score(permuted.map(predict), sample));
    }
    const mean = drops.reduce((x, y) => x + y, 0) / repeats;
    const std = Math.sqrt(drops.reduce((x, d) => x + (d - mean) ** 2, 0) / repeats);
    out.set(f, { mean, std });
  }
  return out;
}

const classifierB = (r: Row): 0 | 1 => (r.a + r.b / 2 > 0.5 ? 1 : 0);
const classifierC = (r: Row): 0 | 1 => (r.a + r.b / 2 + (r.color === 'red' ? 1 : 0) > 0.5 ? 1 : 0);

describe('importanceCheck: against a brute-force loop', () => {
  it('classification with labels: accuracy drops, the same sample and permutations for both models', async () => {
    const t = data();
    const base = rowClassifier('baseline', ['a', 'b'], classifierB);
    const cand = rowClassifier('candidate', ['a', 'b', 'color'], classifierC);
    const [r] = await importanceCheck(context(t, { baseline: base, candidate: cand }));
    expect(r.status).toBe('info');
    expect(r.details?.score).toBe('accuracy');
    expect(r.details?.labelled).toBe(true);
    const accuracy = (pred: number[], sample: number[]) => pred.filter((p, i) => p === t.y[sample[i]]).length / pred.length;
    const all = t.rows.map((_, i) => i);
    const bfB = bruteForce(t.rows, all, 120, 11, 4, ['a', 'b', 'color'], classifierB, accuracy);
    const bfC = bruteForce(t.rows, all, 120, 11, 4, ['a', 'b', 'color'], classifierC, accuracy);
    const got = features(r);
    for (const f of ['a', 'b']) {
      expect(got.get(f)?.baseline).toBeCloseTo(bfB.get(f)!.mean, 14);
      expect(got.get(f)?.baseline_std).toBeCloseTo(bfB.get(f)!.std, 14);
    }
    for (const f of ['a', 'b', 'color']) {
      expect(got.get(f)?.candidate).toBeCloseTo(bfC.get(f)!.mean, 14);
      expect(got.get(f)?.candidate_std).toBeCloseTo(bfC.get(f)!.std, 14);
    }
    // The baseline does not read color: exactly 0, and it was never asked about it.
    expect(got.get('color')?.baseline).toBe(0);
    expect(base.calls).toBe(1 + 2 * 4);
    expect(cand.calls).toBe(1 + 3 * 4);
    // Real signal: a matters to both.
    expect(got.get('a')!.candidate!).toBeGreaterThan(0.05);
  });

  it('samples only labelled rows when the target has gaps', async () => {
    const t = data({ missingTargets: 60 });
    const cand = rowClassifier('candidate', ['a', 'b', 'color'], classifierC);
    const [r] = await importanceCheck(context(t, { candidate: cand }, (c) => (c.tests.performance.min_labelled_rows = 100)));
    const pool = t.y.map((v, i) => (v === null ? -1 : i)).filter((i) => i >= 0);
    const accuracy = (pred: number[], sample: number[]) => pred.filter((p, i) => p === t.y[sample[i]]).length / pred.length;
    const bf = bruteForce(t.rows, pool, 120, 11, 4, ['a', 'b', 'color'], classifierC, accuracy);
    const got = features(r);
    for (const f of ['a', 'b', 'color']) expect(got.get(f)?.candidate).toBeCloseTo(bf.get(f)!.mean, 14);
    expect(r.message).toContain('120 labelled rows sampled from cur.csv');
  });

  it('without enough labels: agreement with the model’s own predictions', async () => {
    const t = data({ missingTargets: 60 });
    const cand = rowClassifier('candidate', ['a', 'b', 'color'], classifierC);
    const [r] = await importanceCheck(context(t, { candidate: cand }, (c) => (c.tests.performance.min_labelled_rows = 250)));
    expect(r.details?.score).toBe('agreement');
    expect(r.details?.labelled).toBe(false);
    const all = t.rows.map((_, i) => i);
    const own = (pred: number[], sample: number[]) => pred.filter((p, i) => p === classifierC(t.rows[sample[i]])).length / pred.length;
    const bf = bruteForce(t.rows, all, 120, 11, 4, ['a', 'b', 'color'], classifierC, own);
    const got = features(r);
    for (const f of ['a', 'b', 'color']) expect(got.get(f)?.candidate).toBeCloseTo(bf.get(f)!.mean, 14);
  });

  it('regression with labels: rise in MAE', async () => {
    const t = data({ regression: true });
    const f = (r: Row) => 2 * r.a - r.b;
    const cand = rowRegressor('candidate', ['a', 'b'], f);
    const [r] = await importanceCheck(context(t, { candidate: cand }));
    expect(r.details?.score).toBe('neg_mae');
    const negMae = (pred: number[], sample: number[]) => -pred.reduce((s, p, i) => s + Math.abs(p - (t.y[sample[i]] as number)), 0) / pred.length;
    const bf = bruteForce(t.rows, t.rows.map((_, i) => i), 120, 11, 4, ['a', 'b', 'color'], f, negMae);
    const got = features(r);
    expect(got.get('a')?.candidate).toBeCloseTo(bf.get('a')!.mean, 12);
    expect(got.get('b')?.candidate).toBeCloseTo(bf.get('b')!.mean, 12);
    expect(got.get('a')!.candidate!).toBeGreaterThan(got.get('b')!.candidate!);
  });
});

describe('importanceCheck: closed forms', () => {
  it('a model reading one feature: without labels its importance is mean |a − a[perm]| and every other feature exactly 0', async () => {
    const t = data();
    const cand = rowRegressor('candidate', ['a', 'b'], (r) => r.a);
    const [r] = await importanceCheck(context(t, { candidate: cand }, (c) => (c.columns.target = null)));
    expect(r.details?.score).toBe('neg_mean_abs_change');
    // Feature-major order: the sample, then a's four permutations (b's come after).
    const g = createRng(11);
    const sample = sampleRows(Int32Array.from({ length: 300 }, (_, i) => i), 120, g);
    const a = Array.from(sample, (i) => t.rows[i].a);
    const exact: number[] = [];
    for (let rep = 0; rep < 4; rep++) {
      const p = permutation(120, g);
      exact.push(a.reduce((s, v, i) => s + Math.abs(v - a[p[i]]), 0) / 120);
    }
    const got = features(r);
    expect(got.get('a')?.candidate).toBeCloseTo(exact.reduce((x, y) => x + y) / 4, 14);
    expect(got.get('b')?.candidate).toBe(0);
    expect(got.get('b')?.candidate_std).toBe(0);
    expect(got.get('a')?.candidate_rank).toBe(1);
    expect(got.get('b')?.candidate_rank).toBe(2);
  });
});

describe('importanceCheck: the rank-correlation bound', () => {
  const t = data({ regression: true });
  // Weights on a, b; color unread by both. Without labels a feature's importance is the mean
  // |change| its permutation causes, which grows with its weight: same ordering → ρ = 1.
  const model = (role: 'baseline' | 'candidate', wa: number, wb: number) => rowRegressor(role, ['a', 'b', 'color'], (r) => wa * r.a + wb * r.b);
  const context = (tt: typeof t, models: { baseline?: Predictor; candidate?: Predictor }, edit?: (c: GateConfig) => void) =>
    contextOf(tt, models, (c) => {
      c.columns.target = null;
      edit?.(c);
    });

  it('passes when the ranking holds and fails (severity) when it is reversed', async () => {
    const edit = (c: GateConfig) => (c.tests.importance.min_rank_correlation = 0.6);
    const [same] = await importanceCheck(context(t, { baseline: model('baseline', 3, 1), candidate: model('candidate', 2.5, 1) }, edit));
    expect(same.status).toBe('pass');
    expect(same.value).toBeCloseTo(1, 12);
    expect(same.threshold?.fail).toBe(0.6);
    const [reversed] = await importanceCheck(context(t, { baseline: model('baseline', 3, 1), candidate: model('candidate', 0.2, 3) }, edit));
    expect(reversed.status).toBe('fail');
    // Ranks (a, b, color) = (1, 2, 3) and (2, 1, 3): ρ = 1 − 6·2/(3·8) = 0.5.
    expect(reversed.value).toBeCloseTo(0.5, 14);
    const [warned] = await importanceCheck(
      context(t, { baseline: model('baseline', 3, 1), candidate: model('candidate', 0.2, 3) }, (c) => {
        edit(c);
        c.tests.importance.severity = 'warn';
      }),
    );
    expect(warned.status).toBe('warn');
  });

  it('names a feature that becomes dominant', async () => {
    const [r] = await importanceCheck(context(t, { baseline: model('baseline', 1, 1), candidate: model('candidate', 0.1, 4) }));
    const d = r.details?.dominant as { feature: string; candidate_share: number; baseline_share: number };
    expect(d.feature).toBe('b');
    expect(d.candidate_share).toBeGreaterThanOrEqual(0.5);
    expect(d.candidate_share).toBeGreaterThanOrEqual(2 * d.baseline_share);
    expect(r.message).toContain('"b" becomes dominant');
    // The same model twice: nothing becomes dominant.
    const [same] = await importanceCheck(context(t, { baseline: model('baseline', 0.1, 4), candidate: model('candidate', 0.1, 4) }));
    expect(same.details?.dominant).toBeNull();
    expect(same.message).not.toContain('dominant');
  });

  it('lists features by the candidate’s importance, the first `top` in the message', async () => {
    const [r] = await importanceCheck(context(t, { baseline: model('baseline', 3, 1), candidate: model('candidate', 1, 3) }, (c) => (c.tests.importance.top = 1)));
    const list = r.details?.features as FeatureRow[];
    expect(list.map((f) => f.feature)).toEqual(['b', 'a', 'color']);
    expect(r.details?.listed).toBe(1);
    expect(r.message).toContain('most important: "b"');
    expect(r.message).not.toContain('"a" ');
  });
});

describe('importanceCheck: what runs and what cannot', () => {
  const t = data({ regression: true });
  const cand = () => rowRegressor('candidate', ['a', 'b'], (r) => r.a + r.b);

  it('no model run by the gate: skip by default, error when tests.importance is written', async () => {
    const [skip] = await importanceCheck(context(t, {}));
    expect(skip.status).toBe('skip');
    const [err] = await importanceCheck(context(t, {}, (c) => (c.explicit = new Set(['tests', 'tests.importance']))));
    expect(err.status).toBe('error');
    expect(err.message).toContain('tests.importance is set');
    expect(await importanceCheck(context(t, {}, (c) => (c.tests.importance.enabled = false)))).toEqual([]);
  });

  it('one model: its importances as info; an error when a rank-correlation bound is set', async () => {
    const [info] = await importanceCheck(context(t, { candidate: cand() }));
    expect(info.status).toBe('info');
    expect(info.value).toBeNull();
    expect(info.message).toContain('candidate models/candidate.onnx alone');
    const [err] = await importanceCheck(context(t, { candidate: cand() }, (c) => (c.tests.importance.min_rank_correlation = 0.8)));
    expect(err.status).toBe('error');
    expect(err.message).toContain('min_rank_correlation is set');
  });

  it('a model that cannot answer, or reads a column the file lacks, is an error naming it', async () => {
    const failing = fakePredictor('candidate', ['a'], () => {
      throw new Error('models/candidate.onnx: onnxruntime failed');
    });
    const [r] = await importanceCheck(context(t, { candidate: failing }));
    expect(r.status).toBe('error');
    expect(r.message).toContain('models/candidate.onnx: onnxruntime failed');
    const [missing] = await importanceCheck(context(t, { candidate: rowRegressor('candidate', ['a', 'zz'], (x) => x.a) }));
    expect(missing.status).toBe('error');
    expect(missing.message).toContain('cur.csv has no column "zz"');
  });

  it('a regression model returning NaN is an error, not a number', async () => {
    const [r] = await importanceCheck(context(t, { candidate: rowRegressor('candidate', ['a'], () => NaN) }));
    expect(r.status).toBe('error');
    expect(r.message).toContain('not a finite number');
  });

  it('the same seed gives the same report; another seed another sample', async () => {
    const [x] = await importanceCheck(context(t, { candidate: cand() }));
    const [y] = await importanceCheck(context(t, { candidate: cand() }));
    const [z] = await importanceCheck(context(t, { candidate: cand() }, (c) => (c.tests.importance.seed = 12)));
    expect(y.details).toEqual(x.details);
    expect(z.details?.features).not.toEqual(x.details?.features);
  });
});

describe('importance in the markdown report', () => {
  it('a table of the first `top` features with both models’ mean ± std and ranks', async () => {
    const t = data({ regression: true });
    const m = (role: 'baseline' | 'candidate', wa: number, wb: number) => rowRegressor(role, ['a', 'b', 'color'], (r) => wa * r.a + wb * r.b);
    const [r] = await importanceCheck(context(t, { baseline: m('baseline', 3, 1), candidate: m('candidate', 1, 3) }, (c) => {
      c.columns.target = null;
      c.tests.importance.top = 2;
    }));
    const md = renderMarkdown(report([r]));
    const f = features(r);
    const b = f.get('b')!;
    expect(md).toContain('<summary>Feature importance (first 2 of 3)</summary>');
    expect(md).toContain('| Feature | Baseline | Rank | Candidate | Rank |');
    expect(md).toMatch(new RegExp(`\\| b \\| [0-9.]+ ± [0-9.]+ \\| 2 \\| [0-9.]+ ± [0-9.]+ \\| 1 \\|`));
    expect(b.candidate_rank).toBe(1);
    expect(md).not.toContain('| color |');
    expect(md).toContain('Importance: the mean |change| of the model’s own predictions when the feature is permuted, mean ± std over 4 permutations.');
  });
});
