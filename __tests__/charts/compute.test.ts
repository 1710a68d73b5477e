import { describe, expect, it } from 'vitest';
import { computeCharts, currentCurves, EXACT_CURVE_MAX_ROWS, MAX_DISTRIBUTIONS } from '../../src/charts/compute.js';
import { MAX_MATRIX_LABELS } from '../../src/charts/matrices.js';
import { differentialChecks } from '../../src/checks/differential.js';
import { driftChecks } from '../../src/checks/drift.js';
import { performanceChecks } from '../../src/checks/performance.js';
import type { CheckContext } from '../../src/checks/context.js';
import { renderJson } from '../../src/report/json.js';
import type { ColumnDistribution, Side } from '../../src/results/charts.js';
import { REPORT_SCHEMA_VERSION, type Report, type TestResult } from '../../src/results/types.js';
import { calibrationCurve } from '../../src/charts/calibration.js';
import { rocAuc } from '../../src/stats/auc.js';
import { byId, makeContext, makeTable, rng } from '../helpers/tables.js';

function runAll(ctx: CheckContext): TestResult[] {
  return [...driftChecks(ctx), ...performanceChecks(ctx), ...differentialChecks(ctx)];
}

function total(d: ColumnDistribution, s: Side): number {
  const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
  return sum(d.counts[s]) + (d.below?.[s] ?? 0) + (d.above?.[s] ?? 0) + (d.other?.[s] ?? 0) + d.missing[s];
}

/**
 * A binary problem with gaps: unlabelled rows, a missing candidate score, a missing baseline
 * prediction, so the performance tests' rows are not every row. The reference has the baseline's
 * scores and the target; its `shift` feature drifts.
 */
function binary(n: number, seed: number) {
  const r = rng(seed);
  const make = (rows: number, drift: number, gaps: boolean) => {
    const y: (number | null)[] = [];
    const sb: (number | null)[] = [];
    const sc: (number | null)[] = [];
    const pb: (number | null)[] = [];
    const pc: (number | null)[] = [];
    const steady: number[] = [];
    const shift: number[] = [];
    const region: string[] = [];
    for (let i = 0; i < rows; i++) {
      const label = r.uniform() < 0.4 ? 1 : 0;
      const b = 1 / (1 + Math.exp(-(r.normal() + 1.2 * label - 0.5)));
      const c = 1 / (1 + Math.exp(-(r.normal() + 0.8 * label - 0.3)));
      y.push(gaps && i % 11 === 0 ? null : label);
      sb.push(b);
      sc.push(gaps && i % 17 === 0 ? null : c);
      pb.push(gaps && i % 23 === 0 ? null : b >= 0.5 ? 1 : 0);
      pc.push(c >= 0.5 ? 1 : 0);
      steady.push(r.normal());
      shift.push(r.normal() + drift);
      region.push(['n', 's', 'e', 'w'][Math.floor(r.uniform() * 4)]!);
    }
    return { y, sb, sc, pb, pc, steady, shift, region };
  };
  const refCols = make(n, 0, false);
  const curCols = make(n, 1.5, true);
  const reference = makeTable('ref.csv', { steady: refCols.steady, shift: refCols.shift, region: refCols.region, y: refCols.y, sb: refCols.sb, pb: refCols.pb });
  const current = makeTable('cur.csv', curCols);
  return makeContext(reference, current, {
    task: 'classification',
    config: (c) => {
      c.columns.target = 'y';
      c.columns.positive_class = '1';
      c.columns.baseline_prediction = 'pb';
      c.columns.candidate_prediction = 'pc';
      c.columns.baseline_scores = 'sb';
      c.columns.candidate_scores = 'sc';
    },
  });
}

describe('charts of a binary classification run', () => {
  const ctx = binary(1500, 11);
  const tests = runAll(ctx);
  const charts = computeCharts(ctx, tests);

  it('draws the drifted column first, then the role columns in both files, then the other features', () => {
    expect(charts.distributions.map((d) => [d.column, d.role])).toEqual([
      ['shift', 'feature'],
      ['y', 'target'],
      ['pb', 'baseline_prediction'],
      ['sb', 'baseline_score'],
      ['steady', 'feature'],
      ['region', 'feature'],
    ]);
    expect(charts.truncated).toBeUndefined();
    for (const d of charts.distributions) {
      expect(total(d, 'reference'), d.column).toBe(ctx.reference.rowCount);
      expect(total(d, 'current'), d.column).toBe(ctx.current.rowCount);
    }
    expect(charts.distributions.find((d) => d.column === 'region')!.kind).toBe('categorical');
    // 0/1 columns get a bar per integer.
    expect(charts.distributions.find((d) => d.column === 'y')!.edges).toEqual([-0.5, 0.5, 1.5]);
  });

  it('gives each model\'s ROC AUC on the current file exactly as the performance tests report it', () => {
    const change = byId(tests, 'performance.roc_auc.change');
    const cur = charts.curves.filter((c) => c.side === 'current');
    expect(cur.map((c) => c.model)).toEqual(['baseline', 'candidate']);
    expect(cur[1]!.roc.auc).toBe(change.details?.candidate);
    expect(cur[0]!.roc.auc).toBe(change.details?.baseline);
    // The performance tests' rows: labelled, both predictions, both scores.
    let rows = 0;
    for (let i = 0; i < 1500; i++) if (i % 11 !== 0 && i % 17 !== 0 && i % 23 !== 0) rows++;
    expect(cur.map((c) => c.rows)).toEqual([rows, rows]);
    expect(cur[0]!.positive).toBe('1');
    expect(cur[0]!.calibration.count.reduce((a, b) => a + b, 0)).toBe(rows);
  });

  it('draws the baseline on the reference too, where it has the scores and the target', () => {
    const ref = charts.curves.filter((c) => c.side === 'reference');
    expect(ref.map((c) => [c.model, c.rows])).toEqual([['baseline', 1500]]);
  });

  it('takes the confusion and flip matrices from the results that counted them', () => {
    const cm = byId(tests, 'performance.confusion_matrix').details!;
    const flips = byId(tests, 'differential.agreement').details!;
    expect(charts.matrices).toEqual([
      { kind: 'confusion', model: 'baseline', side: 'current', labels: cm.classes, counts: cm.baseline },
      { kind: 'confusion', model: 'candidate', side: 'current', labels: cm.classes, counts: cm.candidate },
      { kind: 'flip', side: 'current', labels: flips.classes, counts: flips.flips },
    ]);
  });

  it('serialises into the report', () => {
    const report: Report = {
      schema_version: REPORT_SCHEMA_VERSION, tool: { name: 'model-gate', version: '0' }, generated_at: '2026-12-04T00:00:00Z', config: 'c.yml',
      task: 'classification', verdict: 'pass', counts: { pass: 1, warn: 0, fail: 0, error: 0, info: 0, skip: 0 },
      data: { reference: null, current: null }, tests: [], charts, duration_ms: 1,
    };
    const json = JSON.parse(renderJson(report));
    expect(json.charts.distributions[0].column).toBe('shift');
    expect(Object.keys(json.charts.distributions[0])).toEqual(['column', 'kind', 'role', 'edges', 'counts', 'below', 'above', 'missing', 'quantiles']);
    expect(json.charts.curves[0].roc.auc).toBe(charts.curves[0]!.roc.auc);
  });
});

describe('charts of a large current file', () => {
  it(`above ${EXACT_CURVE_MAX_ROWS} rows, draws from score bins with the AUC the performance tests computed`, () => {
    const n = EXACT_CURVE_MAX_ROWS + 10_000;
    const r = rng(21);
    const y = new Float64Array(n);
    const s = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      y[i] = r.uniform() < 0.3 ? 1 : 0;
      s[i] = 1 / (1 + Math.exp(-(r.normal() + 1.5 * y[i] - 0.5)));
    }
    const t = makeTable('cur.csv', { y, s }, { duplicateRows: 0 });
    const ctx = makeContext(t, t, { task: 'classification', config: (c) => { c.columns.target = 'y'; c.columns.positive_class = '1'; c.columns.candidate_scores = 's'; } });
    const auc = rocAuc(Uint8Array.from(y), s);
    const reported: TestResult = {
      id: 'performance.roc_auc.value', family: 'performance', name: 'ROC AUC', method: 'roc_auc', status: 'info', severity: 'fail',
      value: auc, threshold: null, message: '', details: { candidate: auc, baseline: null, n },
    };
    const [binned] = currentCurves(ctx, [reported]);
    expect(binned!.roc.auc).toBe(auc);
    expect(binned!.roc.points).toBeLessThanOrEqual(4097);
    expect(binned!.roc.area_error!).toBeLessThan(1e-4);
    // Made in the binning pass: the same as the calibration curve's own pass.
    expect(binned!.calibration).toEqual(calibrationCurve(Uint8Array.from(y), s));
    // Without a reported AUC (or one on other rows) it sorts the scores for the AUC: the same curve.
    const [sorted] = currentCurves(ctx, [{ ...reported, details: { candidate: 0.5, baseline: null, n: n - 1 } }]);
    expect(sorted).toEqual(binned);
  });
});

describe('charts of other runs', () => {
  it('regression: distributions only', () => {
    const r = rng(5);
    const col = (k: number) => Array.from({ length: 300 }, () => r.normal() * 3 + k);
    const t = makeTable('ref.csv', { x: col(0), y: col(10), pb: col(10), pc: col(10) });
    const u = makeTable('cur.csv', { x: col(0), y: col(10), pb: col(10), pc: col(10) });
    const ctx = makeContext(t, u, {
      task: 'regression',
      config: (c) => {
        c.columns.target = 'y';
        c.columns.baseline_prediction = 'pb';
        c.columns.candidate_prediction = 'pc';
      },
    });
    const charts = computeCharts(ctx, runAll(ctx));
    expect(charts.curves).toEqual([]);
    expect(charts.matrices).toEqual([]);
    expect(charts.distributions.map((d) => d.column)).toEqual(['y', 'pb', 'pc', 'x']);
  });

  it('multiclass: confusion and flip matrices, no curves', () => {
    const r = rng(8);
    const labels = ['a', 'b', 'c'];
    const pick = () => labels[Math.floor(r.uniform() * 3)]!;
    const cols = () => ({ y: Array.from({ length: 200 }, pick), pb: Array.from({ length: 200 }, pick), pc: Array.from({ length: 200 }, pick) });
    const ctx = makeContext(makeTable('ref.csv', cols()), makeTable('cur.csv', cols()), {
      task: 'classification',
      config: (c) => {
        c.columns.target = 'y';
        c.columns.baseline_prediction = 'pb';
        c.columns.candidate_prediction = 'pc';
      },
    });
    const charts = computeCharts(ctx, runAll(ctx));
    expect(charts.curves).toEqual([]);
    expect(charts.matrices.map((m) => [m.kind, m.model, m.labels])).toEqual([
      ['confusion', 'baseline', labels],
      ['confusion', 'candidate', labels],
      ['flip', undefined, labels],
    ]);
    const flip = charts.matrices[2]!;
    expect(flip.counts.flat().reduce((a, b) => a + b, 0)).toBe(200);
  });

  it(`many columns: at most ${MAX_DISTRIBUTIONS} distributions, the rest counted, and report.json stays small`, () => {
    const r = rng(9);
    const cols = (drift: number) => {
      const out: Record<string, number[]> = {};
      for (let k = 0; k < 500; k++) out[`f${k}`] = Array.from({ length: 400 }, () => r.normal() + (k === 499 ? drift : 0));
      return out;
    };
    const ctx = makeContext(makeTable('ref.csv', cols(0)), makeTable('cur.csv', cols(3)));
    const tests = driftChecks(ctx);
    const charts = computeCharts(ctx, tests);
    expect(charts.distributions).toHaveLength(MAX_DISTRIBUTIONS);
    expect(charts.truncated).toEqual({ distributions: 500 - MAX_DISTRIBUTIONS, matrices: 0 });
    // The drifted last column is drawn first.
    expect(charts.distributions[0]!.column).toBe('f499');
    const report: Report = {
      schema_version: REPORT_SCHEMA_VERSION, tool: { name: 'model-gate', version: '0' }, generated_at: '2026-12-04T00:00:00Z', config: 'c.yml',
      task: null, verdict: 'pass', counts: { pass: 1, warn: 0, fail: 0, error: 0, info: 0, skip: 0 },
      data: { reference: null, current: null }, tests: [], charts, duration_ms: 1,
    };
    expect(Buffer.byteLength(renderJson(report))).toBeLessThan(3_000_000);
  });

  it(`leaves out matrices over more than ${MAX_MATRIX_LABELS} classes, and counts them`, () => {
    const labels = Array.from({ length: 60 }, (_, i) => `c${i}`);
    const square = labels.map(() => labels.map(() => 1));
    const tests: TestResult[] = [
      { id: 'differential.agreement', family: 'differential', name: 'a', method: 'agreement_rate', status: 'info', severity: 'fail', value: 1, threshold: null, message: '', details: { classes: labels, flips: square } },
    ];
    const ctx = makeContext(makeTable('ref.csv', { x: [1, 2] }), makeTable('cur.csv', { x: [1, 2] }));
    const charts = computeCharts(ctx, tests);
    expect(charts.matrices).toEqual([]);
    expect(charts.truncated).toEqual({ distributions: 0, matrices: 1 });
  });

  it('an all-missing feature is still drawn (its drift test ran, as an error)', () => {
    const ctx = makeContext(makeTable('ref.csv', { x: [1, 2, 3], e: [null, null, null] }), makeTable('cur.csv', { x: [1, 2, 2], e: [null, null, null] }));
    const tests = driftChecks(ctx);
    expect(byId(tests, 'drift.e').status).toBe('error');
    const d = computeCharts(ctx, tests).distributions.find((x) => x.column === 'e')!;
    expect(d.missing).toEqual({ reference: 3, current: 3 });
    expect(total(d, 'current')).toBe(3);
  });
});
