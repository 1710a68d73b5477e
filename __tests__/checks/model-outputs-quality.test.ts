import { describe, expect, it } from 'vitest';
import { modelOutputQualityChecks } from '../../src/checks/model-outputs-quality.js';
import { resolveOutputs, leftOutText, type ClassificationOutputs } from '../../src/checks/outputs.js';
import { probabilityRowSums } from '../../src/stats/logloss.js';
import { byId, makeContext, makeTable, type ColumnInput } from '../helpers/tables.js';
import type { GateConfig } from '../../src/config/types.js';

function run(ref: Record<string, ColumnInput>, cur: Record<string, ColumnInput>, edit: (c: GateConfig) => void) {
  const ctx = makeContext(makeTable('ref.csv', ref), makeTable('cur.csv', cur), {
    config: (c) => {
      c.task = 'classification';
      edit(c);
    },
  });
  return { ctx, results: modelOutputQualityChecks(ctx) };
}

const cols = (c: GateConfig, extra: Partial<GateConfig['columns']> = {}): void => {
  Object.assign(c.columns, { target: 'y', candidate_prediction: 'p', ...extra });
};

describe('quality.labels', () => {
  it('counts unexpected labels per column, most frequent first, with the file row of the first one', () => {
    const ref = { y: ['a', 'b', 'a', 'b'], p: ['a', 'a', 'b', 'b'] };
    const cur = {
      y: ['a', 'B', 'b', 'c', 'a', 'c', null, 'b'],
      p: ['a', 'b', 'x', 'b', 'a', 'a', 'b', 'b'],
    };
    const { results } = run(ref, cur, (c) => cols(c));
    const t = byId(results, 'quality.labels');
    expect(t).toMatchObject({ family: 'quality', status: 'fail', severity: 'fail', value: 4 });
    expect(t.message).toBe(
      '4 labels outside the known classes ("a", "b"; from the "y" column of ref.csv): ' +
        'cur.csv column "y": 3 values (42.9%): "c" × 2 (first at row 5), "B" × 1 (first at row 3); ' +
        'cur.csv column "p": 1 value (12.5%): "x" × 1 (first at row 4); the performance tests leave those rows out',
    );
    const details = t.details as { columns: { column: string; unexpected: number; values: number; labels: unknown[] }[] };
    expect(details.columns[0]).toMatchObject({ column: 'y', unexpected: 3, values: 7, labels: [{ label: 'c', count: 2, row: 5 }, { label: 'B', count: 1, row: 3 }] });
  });

  it('lists at most 10 labels per column and says how many more', () => {
    const cur = { y: ['a', 'b', ...Array.from({ length: 12 }, (_, i) => `n${i}`)] };
    const { results } = run({ y: ['a', 'b'] }, cur, (c) => (c.columns.target = 'y'));
    const t = byId(results, 'quality.labels');
    expect(t.value).toBe(12);
    expect(t.message).toContain('"n9" × 1 (first at row 13) and 2 other labels;');
    expect((t.details as { columns: { labels: unknown[] }[] }).columns[0]!.labels).toHaveLength(10);
  });

  it('has a configurable severity, can be turned off, and passes when every label is known', () => {
    const ref = { y: [0, 1, 0, 1] };
    const stray = { y: [0, 1, 2, 1] };
    expect(byId(run(ref, stray, (c) => { cols(c, { candidate_prediction: null }); c.tests.quality.labels.severity = 'warn'; }).results, 'quality.labels').status).toBe('warn');
    expect(run(ref, stray, (c) => { cols(c, { candidate_prediction: null }); c.tests.quality.labels.enabled = false; }).results.some((t) => t.id === 'quality.labels')).toBe(false);
    expect(byId(run(ref, { y: [1, 1, 0, 0] }, (c) => cols(c, { candidate_prediction: null })).results, 'quality.labels')).toMatchObject({ status: 'pass', value: 0 });
  });

  it('skips when nothing says what the classes are, and is an error when the config asked for it', () => {
    const cur = { y: ['a', 'b', 'c'], p: ['a', 'b', 'c'] };
    const skip = byId(run({ x: [1, 2, 3] }, cur, (c) => cols(c)).results, 'quality.labels');
    expect(skip.status).toBe('skip');
    expect(skip.message).toContain('no known classes to check cur.csv\'s labels against');
    const asked = byId(run({ x: [1, 2, 3] }, cur, (c) => { cols(c); c.explicit = new Set(['tests.quality.labels', 'tests.quality.labels.severity']); }).results, 'quality.labels');
    expect(asked.status).toBe('error');
    expect(asked.message).toContain('config key tests.quality.labels asks for this test');
  });

  it('does not run on a regression task', () => {
    const ctx = makeContext(makeTable('ref.csv', { y: [1.5, 2] }), makeTable('cur.csv', { y: [7, 8] }), { config: (c) => { c.columns.target = 'y'; c.task = 'regression'; } });
    expect(modelOutputQualityChecks(ctx)).toEqual([]);
  });
});

describe('the known classes', () => {
  const known = (ref: Record<string, ColumnInput>, cur: Record<string, ColumnInput>, extra: Partial<GateConfig['columns']>) =>
    run(ref, cur, (c) => cols(c, extra)).ctx.knownLabels();

  it('come from the reference target and baseline predictions, plus the score-map keys', () => {
    const k = known({ y: ['a', 'b'], bp: ['c', 'a'] }, { y: ['a', 'z'], p: ['a', 'b'] }, { baseline_prediction: 'bp', candidate_scores: { a: 'sa', d: 'sd' } });
    expect(k.classes).toEqual(['a', 'b', 'c', 'd']);
    expect(k.checkable).toBe(true);
    expect(k.source).toBe('the "y" and "bp" columns of ref.csv and the score-map keys');
  });

  it('without reference labels: the score-map keys, else the two most frequent current labels for a single score column', () => {
    expect(known({ x: [1] }, { y: ['a', 'b', 'q'], p: ['a', 'b', 'b'] }, { candidate_scores: { a: 'sa', b: 'sb' } }).classes).toEqual(['a', 'b']);
    const single = known({ x: [1] }, { y: [0, 1, 1, 0, 7], p: [0, 1, 1, 1, 0] }, { candidate_scores: 's' });
    expect(single.classes).toEqual(['0', '1']);
    expect(single.checkable).toBe(true);
    expect(single.source).toContain('the two most frequent labels of cur.csv');
    // A configured positive class among the labels is always one of the two.
    expect(known({ x: [1] }, { y: [0, 0, 0, 1, 1, 7], p: [0, 0, 0, 1, 1, 7] }, { candidate_scores: 's', positive_class: '7' }).classes).toEqual(['0', '7']);
    const all = known({ x: [1] }, { y: ['a', 'b', 'c'], p: ['c', 'd', 'a'] }, {});
    expect(all.classes).toEqual(['a', 'b', 'c', 'd']);
    expect(all.checkable).toBe(false);
  });

  it('ignore a reference target column with no value at all', () => {
    const k = known({ y: [null, null] }, { y: ['a', 'b', 'a'], p: ['a', 'b', 'b'] }, { candidate_scores: { a: 'sa', b: 'sb' } });
    expect(k.classes).toEqual(['a', 'b']);
    expect(k.source).toBe('the score-map keys (ref.csv has no target or baseline-prediction values)');
  });

  it('add a configured positive class when the reference holds one class only', () => {
    expect(known({ y: [0, 0] }, { y: [0, 0], p: [0, 1] }, { positive_class: '1' }).classes).toEqual(['0', '1']);
  });
});

describe('performance rows with unexpected labels', () => {
  it('are left out like missing ones, and the messages say so', () => {
    const ref = { y: [0, 1, 0, 1] };
    const cur = { y: [0, 1, 2, 1, 0, null], p: [0, 1, 1, 5, null, 1] };
    const { ctx } = run(ref, cur, (c) => cols(c));
    const res = resolveOutputs(ctx);
    if (!res.ok || res.outputs.task !== 'classification') throw new Error('not resolved');
    const o: ClassificationOutputs = res.outputs;
    expect(o.classes).toEqual(['0', '1']);
    expect([...(o.target as Int32Array)]).toEqual([0, 1, -1, 1, 0, -1]);
    expect(o.unexpected).toEqual({ target: 1, prediction: 1 });
    // Labelled (known target): rows 0, 1, 3, 4; used: 0, 1; lost: row 3 (prediction 5), row 4 (no prediction).
    expect(leftOutText(o, 2, false)).toBe(' (1 labelled row without a prediction; 2 rows whose target or prediction is not one of the known classes (see quality.labels) left out)');
    expect(leftOutText({ ...o, unexpected: { target: 0, prediction: 0 } }, 0, false)).toBe('');
  });
});

describe('quality.scores', () => {
  const ref = { y: [0, 1, 0, 1] };
  const scores = (values: ColumnInput, extra: (c: GateConfig) => void = () => undefined) =>
    byId(
      run(ref, { y: Array.from({ length: values.length }, (_, i) => i % 2), s: values }, (c) => {
        cols(c, { candidate_prediction: null, candidate_scores: 's' });
        extra(c);
      }).results,
      'quality.scores.candidate',
    );

  it('fails binary scores of 1.7 or -0.2, naming them with their rows', () => {
    const values = Array.from({ length: 20 }, (_, i) => (i + 0.5) / 20);
    values[1] = 1.7;
    values[3] = -0.2;
    const t = scores(values);
    expect(t).toMatchObject({ status: 'fail', column: 's', value: 2 / 20 });
    expect(t.message).toBe(
      'the candidate scores ("s") are not probabilities: cur.csv column "s": 2 scores (10%) outside [0, 1] (min -0.2, max 1.7); e.g. 1.7 at row 3, -0.2 at row 5 (2 invalid rows of 20 rows with a score)',
    );
  });

  it('names logits and percentages as such', () => {
    expect(scores([-2.1, 0.3, 1.4, -0.5, 3.2, 0.8]).message).toContain('4 scores (66.7%) outside [0, 1] (min -2.1, max 3.2): looks like logits or raw margins: model-gate needs probabilities');
    expect(scores([12, 87, 55, 0.5, 99, 40]).message).toContain('looks like percentages: model-gate needs probabilities in [0, 1]');
    expect(scores([0.2, 1.5, 0.4, 0.3, 0.9, 0.5]).message).not.toContain('looks like');
  });

  it('fails a constant score column, tolerates float rounding at the ends, and skips missing scores', () => {
    const c = scores([0.5, 0.5, null, 0.5, 0.5, 0.5]);
    expect(c).toMatchObject({ status: 'fail', value: 1 });
    expect(c.message).toBe('the candidate scores ("s") are not probabilities: every row has the same score (0.5): the scores carry no information');
    expect(scores([1 + 1e-7, 0, -1e-7, 0.5, null, 0.25])).toMatchObject({ status: 'pass', value: 0 });
  });

  it('checks per-class rows sum to 1 within sum_tolerance', () => {
    const cur = { y: ['a', 'b', 'c', 'a'], sa: [0.2, 0.5, 0.3, 0.6], sb: [0.3, 0.5, 0.3, 0.2], sc: [0.5, 0.005, 0.4, 0.2] };
    const r = (tol: number) =>
      byId(
        run({ y: ['a', 'b', 'c'] }, cur, (c) => {
          cols(c, { candidate_prediction: null, candidate_scores: { a: 'sa', b: 'sb', c: 'sc' } });
          c.tests.quality.scores.sum_tolerance = tol;
        }).results,
        'quality.scores.candidate',
      );
    expect(r(0.01)).toMatchObject({ status: 'pass' });
    const strict = r(0.001);
    expect(strict).toMatchObject({ status: 'fail', value: 1 / 4 });
    expect(strict.message).toMatch(/1 row \(25%\) whose class scores do not sum to 1 ± 0\.001 \(largest deviation 0\.005\d*\), e\.g\. sum 1\.005 at row 3/);
    expect(r(0.2)).toMatchObject({ status: 'pass' });
  });

  it('fails a model that scores every class the same on every row', () => {
    const cur = { y: ['a', 'b', 'c'], sa: [0.4, 0.2, 0.5], sb: [0.4, 0.2, 0.5], sc: [0.4, 0.2, 0.5] };
    const t = byId(run({ y: ['a', 'b', 'c'] }, cur, (c) => cols(c, { candidate_prediction: null, candidate_scores: { a: 'sa', b: 'sb', c: 'sc' } })).results, 'quality.scores.candidate');
    expect(t.status).toBe('fail');
    expect(t.message).toContain('every row gives the same score to every class: the scores carry no information');
  });

  it('is an error when the config asks for it and there are no scores to check', () => {
    const none = run(ref, { y: [0, 1] }, (c) => { cols(c, { candidate_prediction: null }); c.explicit = new Set(['tests.quality.scores', 'tests.quality.scores.sum_tolerance']); }).results;
    expect(byId(none, 'quality.scores')).toMatchObject({ status: 'error' });
    expect(byId(none, 'quality.scores').message).toBe('no score columns are configured (columns.baseline_scores, columns.candidate_scores), but config key tests.quality.scores asks for this test');
    expect(run(ref, { y: [0, 1] }, (c) => cols(c, { candidate_prediction: null })).results.some((t) => t.id.startsWith('quality.scores'))).toBe(false);
  });

  it('is an error for a text score column, with its own severity; the baseline gets its own result', () => {
    const cur = { y: [0, 1, 0], s: ['x', 'y', 'z'], b: [0.1, 0.7, 0.2] };
    const results = run(ref, cur, (c) => {
      cols(c, { candidate_prediction: null, candidate_scores: 's', baseline_scores: 'b' });
      c.tests.quality.scores.severity = 'warn';
    }).results;
    expect(byId(results, 'quality.scores.candidate')).toMatchObject({ status: 'error', severity: 'warn' });
    expect(byId(results, 'quality.scores.baseline')).toMatchObject({ status: 'pass', severity: 'warn' });
  });
});

describe('probabilityRowSums options', () => {
  it('takes a tolerance, gives examples, marks rows and can leave out rows with a missing score', () => {
    const a = Float64Array.from([0.5, 0.6, NaN, 0.2]);
    const b = Float64Array.from([0.5, 0.5, 0.5, 0.79]);
    expect(probabilityRowSums([a, b])).toMatchObject({ count: 3, first: 1, rows: 4 });
    const mark = new Uint8Array(4);
    const r = probabilityRowSums([a, b], { tolerance: 0.05, examples: 1, skipMissing: true, mark });
    expect(r).toMatchObject({ count: 1, first: 1, rows: 3 });
    expect(r.examples).toEqual([{ row: 1, sum: 1.1 }]);
    expect(r.maxDeviation).toBeCloseTo(0.1, 15);
    expect([...mark]).toEqual([0, 1, 0, 0]);
  });
});
