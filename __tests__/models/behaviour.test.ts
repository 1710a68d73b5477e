import { describe, expect, it } from 'vitest';
import { behaviourCheck, behaviourConfigProblems } from '../../src/checks/models/behaviour.js';
import type { GateConfig, InvarianceSettings, MonotonicSettings } from '../../src/config/types.js';
import type { Column, Table } from '../../src/data/table.js';
import type { FeatureBatch, ModelOutputs, Predictor } from '../../src/models/types.js';
import type { TestResult } from '../../src/results/types.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { wilsonInterval } from '../../src/stats/proportion.js';
import { report } from '../report/fixture.js';
import { fakePredictor } from '../helpers/fake-predictor.js';
import { byId, makeContext, makeTable, rng } from '../helpers/tables.js';

const N = 200;

/** id 1..N, a and income normal (income missing on every 10th row), color red/green/blue, y 0/1. */
function data(): { reference: Table; current: Table; a: number[]; income: (number | null)[]; color: string[] } {
  const r = rng(3);
  const a: number[] = [];
  const income: (number | null)[] = [];
  const color: string[] = [];
  const y: number[] = [];
  for (let i = 0; i < N; i++) {
    a.push(r.normal());
    income.push(i % 10 === 9 ? null : 50 + 10 * r.normal());
    color.push(['red', 'green', 'blue'][Math.floor(r.uniform() * 3)]);
    y.push(r.uniform() < 0.5 ? 1 : 0);
  }
  const cols = { id: a.map((_, i) => i + 1), a, income, color, y };
  return { reference: makeTable('ref.csv', cols), current: makeTable('cur.csv', cols), a, income, color };
}

function values(batch: FeatureBatch, name: string): Float64Array {
  const c = batch.columns.get(name) as Column;
  if (c.kind !== 'numeric') throw new Error(`${name} is not numeric`);
  return c.values;
}

function labelOf(batch: FeatureBatch, name: string, i: number): string | null {
  const c = batch.columns.get(name) as Column;
  if (c.kind !== 'categorical') throw new Error(`${name} is not categorical`);
  return c.codes[i] < 0 ? null : c.dictionary[c.codes[i]];
}

function regressor(role: 'baseline' | 'candidate', features: string[], f: (batch: FeatureBatch, i: number) => number): Predictor {
  return fakePredictor(role, features, (batch): ModelOutputs => ({ kind: 'regression', values: Float64Array.from({ length: batch.rows }, (_, i) => f(batch, i)) }));
}

/** Binary classifier over classes ["no", "yes"] from P(yes); label = P(yes) ≥ 0.5. */
function classifier(role: 'baseline' | 'candidate', features: string[], pYes: (batch: FeatureBatch, i: number) => number, withProbabilities = true): Predictor {
  return fakePredictor(role, features, (batch): ModelOutputs => {
    const probabilities = new Float64Array(batch.rows * 2);
    const labels = new Int32Array(batch.rows);
    for (let i = 0; i < batch.rows; i++) {
      const p = pYes(batch, i);
      probabilities[2 * i] = 1 - p;
      probabilities[2 * i + 1] = p;
      labels[i] = p >= 0.5 ? 1 : 0;
    }
    return { kind: 'classification', classes: ['no', 'yes'], labels, probabilities: withProbabilities ? probabilities : null };
  });
}

const inv = (o: Partial<InvarianceSettings> = {}): InvarianceSettings => ({ range: null, values: null, max_flip_rate: 0, max_abs_change: 0, ...o });
const mono = (o: Partial<MonotonicSettings> = {}): MonotonicSettings => ({ direction: 'increasing', step: null, tolerance: 0, max_violation_rate: 0, ...o });

function context(t: { reference: Table; current: Table }, models: { baseline?: Predictor; candidate?: Predictor }, edit: (c: GateConfig) => void) {
  const data = makeContext(t.reference, t.current, {
    config: (c) => {
      c.columns.id = 'id';
      c.columns.target = 'y';
      // Every row: the counts below are then exact.
      c.tests.behaviour.rows = 1000;
      edit(c);
    },
  });
  return { data, models: { baseline: models.baseline ?? null, candidate: models.candidate ?? null, threads: 1 } };
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

describe('behaviour: invariance', () => {
  const t = data();
  const reds = t.color.filter((c) => c === 'red').length;

  it('classification: the class flips exactly on the rows whose colour stops being red; fails at max_flip_rate 0, passes above the rate', async () => {
    const cand = classifier('candidate', ['a', 'color'], (b, i) => (labelOf(b, 'color', i) === 'red' ? 0.9 : 0.1));
    const only = (max: number) => (c: GateConfig) => (c.tests.behaviour.invariance = { color: inv({ values: ['green'], max_flip_rate: max }) });
    const [r] = await behaviourCheck(context(t, { candidate: cand }, only(0)));
    expect(r.id).toBe('model.behaviour.invariance.color');
    expect(r.method).toBe('flip_rate');
    expect(r.details?.flips).toBe(reds);
    expect(r.value).toBe(reds / N);
    expect(r.status).toBe('fail');
    expect(r.details?.ci).toEqual(wilsonInterval(reds, N, 0.95));
    const worst = r.details?.worst as { line: number; id: number; before: string; after: string; before_prediction: string; after_prediction: string }[];
    expect(worst).toHaveLength(10);
    const firstRed = t.color.indexOf('red');
    expect(worst[0]).toEqual({ line: firstRed + 2, id: firstRed + 1, before: 'red', after: 'green', before_prediction: 'yes', after_prediction: 'no', });
    expect(r.message).toContain(`the class changed on ${reds} rows of 200 rows sampled from cur.csv`);
    const [ok] = await behaviourCheck(context(t, { candidate: cand }, only(reds / N)));
    expect(ok.status).toBe('pass');
  });

  it('a model that does not read the column is invariant (pass), and the message says it does not read it', async () => {
    const cand = classifier('candidate', ['a'], (b, i) => sigmoid(values(b, 'a')[i]));
    const [r] = await behaviourCheck(context(t, { candidate: cand }, (c) => (c.tests.behaviour.invariance = { color: inv() })));
    expect(r.status).toBe('pass');
    expect(r.value).toBe(0);
    expect(r.message).toContain('does not read "color"');
    expect(r.message).toContain('3 categories (the categories of ref.csv)');
  });

  it('regression: the largest |change| in closed form, against max_abs_change', async () => {
    // value = a + 0.01·id; every id replaced by 5 → change 0.01·|5 − id|, largest at id = 200: 1.95.
    const cand = regressor('candidate', ['a', 'id'], (b, i) => values(b, 'a')[i] + 0.01 * values(b, 'id')[i]);
    const cfg = (max: number) => (c: GateConfig) => (c.tests.behaviour.invariance = { id: inv({ range: [5, 5], max_abs_change: max }) });
    const [r] = await behaviourCheck(context(t, { candidate: cand }, cfg(0)));
    expect(r.method).toBe('max_abs_change');
    expect(r.value).toBeCloseTo(1.95, 12);
    expect(r.status).toBe('fail');
    const mean = Array.from({ length: N }, (_, i) => 0.01 * Math.abs(5 - (i + 1))).reduce((x, y) => x + y) / N;
    expect(r.details?.mean_abs_change).toBeCloseTo(mean, 12);
    expect((r.details?.worst as { id: number }[])[0].id).toBe(200);
    const [ok] = await behaviourCheck(context(t, { candidate: cand }, cfg(2)));
    expect(ok.status).toBe('pass');
  });

  it('numeric default range: values drawn inside the reference’s [min, max], seeded', async () => {
    const cand = regressor('candidate', ['a'], (b, i) => values(b, 'a')[i]);
    const edit = (c: GateConfig) => (c.tests.behaviour.invariance = { a: inv({ max_abs_change: 100 }) });
    const [r] = await behaviourCheck(context(t, { candidate: cand }, edit));
    const [lo, hi] = r.details?.range as [number, number];
    expect(lo).toBe(Math.min(...t.a));
    expect(hi).toBe(Math.max(...t.a));
    for (const w of r.details?.worst as { after: number }[]) {
      expect(w.after).toBeGreaterThanOrEqual(lo);
      expect(w.after).toBeLessThanOrEqual(hi);
    }
    const [again] = await behaviourCheck(context(t, { candidate: cand }, edit));
    expect(again).toEqual(r);
  });
});

describe('behaviour: monotonic', () => {
  const t = data();
  const present = t.income.filter((v) => v !== null) as number[];
  const m = present.reduce((x, y) => x + y) / present.length;
  const std = Math.sqrt(present.reduce((x, v) => x + (v - m) ** 2, 0) / present.length);

  it('regression: counts the rows moving the wrong way (missing values left out), default step = reference std', async () => {
    // Wrong way exactly where a > 0.
    const cand = regressor('candidate', ['a', 'income'], (b, i) => (values(b, 'a')[i] > 0 ? -1 : 1) * values(b, 'income')[i]);
    const wrong = t.a.filter((a, i) => a > 0 && t.income[i] !== null).length;
    const edit = (max: number) => (c: GateConfig) => (c.tests.behaviour.monotonic = { income: mono({ max_violation_rate: max }) });
    const [r] = await behaviourCheck(context(t, { candidate: cand }, edit(0)));
    expect(r.id).toBe('model.behaviour.monotonic.income');
    expect(r.details?.step).toBeCloseTo(std, 12);
    expect(r.details?.rows).toBe(present.length);
    expect(r.details?.violations).toBe(wrong);
    expect(r.value).toBe(wrong / present.length);
    expect(r.status).toBe('fail');
    const worst = r.details?.worst as { line: number; id: number; value: number; before: number; after: number; wrong_way: number }[];
    expect(worst[0].wrong_way).toBeCloseTo(std, 9);
    expect(worst[0].after).toBeCloseTo(worst[0].before - std, 9);
    expect(t.a[worst[0].id - 1]).toBeGreaterThan(0);
    const [ok] = await behaviourCheck(context(t, { candidate: cand }, edit(wrong / present.length)));
    expect(ok.status).toBe('pass');
    const md = renderMarkdown(report([r]));
    expect(md).toContain('<summary>Worst rows: Monotonic (increasing): income</summary>');
    expect(md).toContain('| line | id | value | before | after | wrong_way |');
    expect(md).toContain(`| ${worst[0].line} | ${worst[0].id} |`);
  });

  it('tolerance: a fall of exactly 0.1·step counts only when the tolerance is below it', async () => {
    const cand = regressor('candidate', ['income'], (b, i) => -0.1 * values(b, 'income')[i]);
    const edit = (tolerance: number) => (c: GateConfig) => (c.tests.behaviour.monotonic = { income: mono({ step: 2, tolerance }) });
    const [none] = await behaviourCheck(context(t, { candidate: cand }, edit(0.2 + 1e-9)));
    expect(none.details?.violations).toBe(0);
    expect(none.status).toBe('pass');
    const [all] = await behaviourCheck(context(t, { candidate: cand }, edit(0.2 - 1e-9)));
    expect(all.details?.violations).toBe(present.length);
    expect(all.status).toBe('fail');
  });

  it('classification: follows the positive class’s probability, in the direction configured', async () => {
    const cand = classifier('candidate', ['income'], (b, i) => sigmoid((values(b, 'income')[i] - 50) / 10));
    const up = await behaviourCheck(context(t, { candidate: cand }, (c) => (c.tests.behaviour.monotonic = { income: mono() })));
    expect(up[0].status).toBe('pass');
    expect(up[0].details?.output).toBe('probability of class "yes"');
    const down = await behaviourCheck(context(t, { candidate: cand }, (c) => (c.tests.behaviour.monotonic = { income: mono({ direction: 'decreasing' }) })));
    expect(down[0].status).toBe('fail');
    expect(down[0].value).toBe(1);
    // The positive class named in the config: P(no) falls as income rises.
    const no = await behaviourCheck(
      context(t, { candidate: cand }, (c) => {
        c.columns.positive_class = 'no';
        c.tests.behaviour.monotonic = { income: mono({ direction: 'decreasing' }) };
      }),
    );
    expect(no[0].status).toBe('pass');
    const typo = await behaviourCheck(
      context(t, { candidate: cand }, (c) => {
        c.columns.positive_class = 'Yes';
        c.tests.behaviour.monotonic = { income: mono() };
      }),
    );
    expect(typo[0].status).toBe('error');
    expect(typo[0].message).toContain('did you mean "yes"?');
  });

  it('a classifier with labels only cannot be followed: error', async () => {
    const cand = classifier('candidate', ['income'], (b, i) => sigmoid(values(b, 'income')[i] - 50), false);
    const [r] = await behaviourCheck(context(t, { candidate: cand }, (c) => (c.tests.behaviour.monotonic = { income: mono() })));
    expect(r.status).toBe('error');
    expect(r.message).toContain('class labels only');
  });
});

describe('behaviour: which models, and what cannot run', () => {
  const t = data();
  const good = (role: 'baseline' | 'candidate') => classifier(role, ['a'], (b, i) => sigmoid(values(b, 'a')[i]));
  const bad = (role: 'baseline' | 'candidate') => classifier(role, ['a', 'color'], (b, i) => (labelOf(b, 'color', i) === 'red' ? 0.9 : 0.1));
  const color = (c: GateConfig) => (c.tests.behaviour.invariance = { color: inv() });

  it('the candidate decides; the baseline is info and says whether the bound held before', async () => {
    const out = await behaviourCheck(context(t, { baseline: bad('baseline'), candidate: good('candidate') }, color));
    const c = byId(out, 'model.behaviour.invariance.color');
    const b = byId(out, 'model.behaviour.invariance.color.baseline');
    expect(c.status).toBe('pass');
    expect(b.status).toBe('info');
    expect(b.value).toBeGreaterThan(0);
    expect(b.message).toContain('did not hold for the baseline');
    const swapped = await behaviourCheck(context(t, { baseline: good('baseline'), candidate: bad('candidate') }, color));
    expect(byId(swapped, 'model.behaviour.invariance.color').status).toBe('fail');
    expect(byId(swapped, 'model.behaviour.invariance.color.baseline').message).toContain('held for the baseline');
  });

  it('no model, or only the baseline, run by the gate: an error for the candidate', async () => {
    const none = await behaviourCheck(context(t, {}, color));
    expect(none.map((r: TestResult) => [r.id, r.status])).toEqual([['model.behaviour.invariance.color', 'error']]);
    const onlyBaseline = await behaviourCheck(context(t, { baseline: good('baseline') }, color));
    expect(byId(onlyBaseline, 'model.behaviour.invariance.color').status).toBe('error');
    expect(byId(onlyBaseline, 'model.behaviour.invariance.color.baseline').status).toBe('info');
  });

  it('nothing configured, or disabled: no result', async () => {
    expect(await behaviourCheck(context(t, { candidate: good('candidate') }, () => {}))).toEqual([]);
    expect(await behaviourCheck(context(t, { candidate: good('candidate') }, (c) => { color(c); c.tests.behaviour.enabled = false; }))).toEqual([]);
  });

  it('a model that cannot answer is an error naming it', async () => {
    const failing = fakePredictor('candidate', ['a'], () => {
      throw new Error('models/candidate.onnx: the model process ended');
    });
    const [r] = await behaviourCheck(context(t, { candidate: failing }, color));
    expect(r.status).toBe('error');
    expect(r.message).toContain('models/candidate.onnx: the model process ended');
  });

  it('a column named wrongly reaches the check as an error, not a crash', async () => {
    const [r] = await behaviourCheck(context(t, { candidate: good('candidate') }, (c) => (c.tests.behaviour.monotonic = { colour: mono() })));
    expect(r.status).toBe('error');
    expect(r.message).toContain('did you mean "color"?');
  });
});

describe('behaviourConfigProblems', () => {
  const t = data();
  const problems = (edit: (c: GateConfig) => void) => {
    const ctx = context(t, {}, edit);
    return behaviourConfigProblems(ctx.data.config, t.reference);
  };

  it('accepts columns that fit', () => {
    expect(problems((c) => {
      c.tests.behaviour.invariance = { color: inv({ values: ['red'] }), a: inv({ range: [0, 1] }), id: inv() };
      c.tests.behaviour.monotonic = { income: mono() };
    })).toEqual([]);
  });

  it('names a missing column with did-you-mean', () => {
    expect(problems((c) => (c.tests.behaviour.invariance = { incme: inv() }))).toEqual([
      'config key tests.behaviour.invariance.incme: no column of that name in ref.csv (did you mean "income"?)',
    ]);
  });

  it('refuses the target, numeric settings on categorical columns and the reverse, and an empty range', () => {
    expect(problems((c) => (c.tests.behaviour.monotonic = { y: mono() }))).toEqual(['config key tests.behaviour.monotonic.y: "y" is the column of columns.target, not a feature the models read']);
    expect(problems((c) => (c.tests.behaviour.monotonic = { color: mono() }))[0]).toContain('"color" is categorical in ref.csv; a direction needs a numeric column');
    expect(problems((c) => (c.tests.behaviour.invariance = { color: inv({ range: [0, 1] }) }))[0]).toContain('tests.behaviour.invariance.color.range: "color" is categorical');
    expect(problems((c) => (c.tests.behaviour.invariance = { a: inv({ values: ['1'] }) }))[0]).toContain('tests.behaviour.invariance.a.values: "a" is numeric');
    expect(problems((c) => (c.tests.behaviour.invariance = { a: inv({ range: [2, 1] }) }))[0]).toContain('the low end 2 is above the high end 1');
  });
});
