import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { performanceChecks } from '../../src/checks/performance.js';
import type { GateConfig, MetricBounds, MetricName } from '../../src/config/types.js';
import type { TestResult } from '../../src/report/model.js';
import { byId, makeContext, makeTable, rng } from '../helpers/tables.js';

type Metrics = Record<string, number>;
const fx = JSON.parse(readFileSync(new URL('../fixtures/performance-checks.json', import.meta.url), 'utf8')) as {
  binary: {
    target: (number | null)[];
    baseline: number[];
    candidate: number[];
    baseline_score: number[];
    candidate_score: number[];
    n_labelled: number;
    metrics: { baseline: Metrics; candidate: Metrics };
    delong: { diff: number; lo: number; hi: number };
    log_loss_ci: { lo: number; hi: number };
    confusion_candidate: number[][];
  };
  multiclass: { classes: string[]; target: string[]; baseline_scores: number[][]; candidate_scores: number[][]; metrics: { baseline: Metrics; candidate: Metrics } };
  regression: { target: (number | null)[]; baseline: number[]; candidate: number[]; n_labelled: number; metrics: { baseline: Metrics; candidate: Metrics } };
};

/** Overrides some bounds of one metric (the config's metric map is read-only by type). */
function setBounds(c: GateConfig, metric: MetricName, bounds: Partial<MetricBounds>): void {
  c.tests.performance.metrics = { ...c.tests.performance.metrics, [metric]: { ...c.tests.performance.metrics[metric]!, ...bounds } };
}

const close = (a: unknown, b: number): void => expect(Math.abs((a as number) - b)).toBeLessThanOrEqual(1e-9);

function binaryContext(edit?: (c: GateConfig) => void, withPredictions = true) {
  const b = fx.binary;
  const cols: Record<string, (number | null)[]> = { x: b.target.map((_, i) => i), y: b.target, sb: b.baseline_score, sc: b.candidate_score };
  if (withPredictions) Object.assign(cols, { pb: b.baseline, pc: b.candidate });
  const t = makeTable('cur.csv', cols);
  return makeContext(t, t, {
    task: 'classification',
    config: (c) => {
      c.columns.target = 'y';
      if (withPredictions) {
        c.columns.baseline_prediction = 'pb';
        c.columns.candidate_prediction = 'pc';
      }
      c.columns.baseline_scores = 'sb';
      c.columns.candidate_scores = 'sc';
      edit?.(c);
    },
  });
}

describe('performance: binary classification against numpy', () => {
  const rs = performanceChecks(binaryContext());

  it('computes every metric for both models on the labelled rows', () => {
    for (const metric of ['accuracy', 'precision', 'recall', 'f1', 'macro_precision', 'macro_recall', 'macro_f1', 'roc_auc', 'log_loss']) {
      const r = byId(rs, `performance.${metric}.change`);
      close(r.details?.baseline, fx.binary.metrics.baseline[metric]);
      close(r.details?.candidate, fx.binary.metrics.candidate[metric]);
      close(r.details?.delta, fx.binary.metrics.candidate[metric] - fx.binary.metrics.baseline[metric]);
      expect(r.details?.n).toBe(fx.binary.n_labelled);
      expect(r.message).toContain(`on ${fx.binary.n_labelled} labelled rows of 300`);
    }
  });

  it('a clear regression fails on the interval, with DeLong for AUC and a normal interval for log loss', () => {
    for (const metric of ['accuracy', 'f1', 'roc_auc', 'log_loss']) expect(byId(rs, `performance.${metric}.change`).status).toBe('fail');
    const auc = byId(rs, 'performance.roc_auc.change');
    close((auc.details?.ci as { lo: number }).lo, fx.binary.delong.lo);
    close((auc.details?.ci as { hi: number }).hi, fx.binary.delong.hi);
    expect(auc.details?.interval).toContain('DeLong');
    const ll = byId(rs, 'performance.log_loss.change');
    close((ll.details?.ci as { lo: number }).lo, fx.binary.log_loss_ci.lo);
    close((ll.details?.ci as { hi: number }).hi, fx.binary.log_loss_ci.hi);
    // Log loss: lower is better; allowed = 5% of the baseline.
    close(ll.details?.allowed, 0.05 * fx.binary.metrics.baseline.log_loss);
    expect(ll.threshold).toMatchObject({ bad: 'above' });
    const acc = byId(rs, 'performance.accuracy.change');
    expect(acc.threshold).toMatchObject({ on: 'value', bad: 'below', fail: -0.01 });
    expect(acc.value).toBe(acc.details?.delta);
    expect(acc.message).toContain('worse by more than the allowed 0.01');
    const ci = acc.details?.ci as { lo: number; hi: number };
    expect(ci.lo).toBeLessThan(acc.details?.delta as number);
    expect(ci.hi).toBeGreaterThan(acc.details?.delta as number);
  });

  it('reports both confusion matrices with the classes', () => {
    const cm = byId(rs, 'performance.confusion_matrix');
    expect(cm.status).toBe('pass');
    expect(cm.value).toBeNull();
    expect(cm.details?.classes).toEqual(['0', '1']);
    expect(cm.details?.positive).toBe('1');
    expect(cm.details?.candidate).toEqual(fx.binary.confusion_candidate);
  });

  it('derives predictions from scores at the decision threshold when there are no prediction columns', () => {
    const derived = performanceChecks(binaryContext(undefined, false));
    for (const metric of ['accuracy', 'f1']) {
      close(byId(derived, `performance.${metric}.change`).details?.candidate, fx.binary.metrics.candidate[metric]);
    }
    // A higher threshold predicts fewer positives: recall cannot rise.
    const strict = performanceChecks(binaryContext((c) => (c.columns.decision_threshold = 0.8), false));
    expect(byId(strict, 'performance.recall.change').details?.candidate as number).toBeLessThan(fx.binary.metrics.candidate.recall);
  });

  it('value bounds: bad below min, above max', () => {
    const ctx = binaryContext((c) => {
      setBounds(c, 'accuracy', { min: 0.8 });
      setBounds(c, 'roc_auc', { min: 0.8, severity: 'warn' });
      setBounds(c, 'log_loss', { max: 0.4 });
    });
    const r = performanceChecks(ctx);
    expect(byId(r, 'performance.accuracy.value').status).toBe('fail'); // 0.748 < 0.8
    expect(byId(r, 'performance.accuracy.value').threshold).toMatchObject({ bad: 'below', fail: 0.8 });
    expect(byId(r, 'performance.roc_auc.value').status).toBe('pass'); // 0.825 ≥ 0.8
    expect(byId(r, 'performance.log_loss.value').status).toBe('fail'); // 0.508 > 0.4
    expect(byId(r, 'performance.log_loss.value').message).toContain('above the maximum 0.4');
  });

  it('bootstrap 0 gates on the point estimate', () => {
    const r = performanceChecks(binaryContext((c) => (c.tests.performance.bootstrap = 0)));
    const acc = byId(r, 'performance.accuracy.change');
    expect(acc.status).toBe('fail');
    expect(acc.details?.ci).toBeNull();
    expect(byId(r, 'performance.roc_auc.change').details?.ci).toBeNull();
  });
});

describe('performance: inconclusive, identical, zero baseline', () => {
  function pair(n: number, seed: number, accB: number, accC: number) {
    const g = rng(seed);
    const y: number[] = [];
    const pb: number[] = [];
    const pc: number[] = [];
    for (let i = 0; i < n; i++) {
      const t = g.uniform() < 0.5 ? 1 : 0;
      y.push(t);
      pb.push(g.uniform() < accB ? t : 1 - t);
      pc.push(g.uniform() < accC ? t : 1 - t);
    }
    return makeTable('cur.csv', { y, pb, pc });
  }
  const cfg = (c: GateConfig): void => {
    c.columns.target = 'y';
    c.columns.baseline_prediction = 'pb';
    c.columns.candidate_prediction = 'pc';
  };

  it('a noisy small sample with a slightly worse candidate is inconclusive, not a fail', () => {
    const t = pair(80, 11, 0.8, 0.78);
    const r = byId(performanceChecks(makeContext(t, t, { task: 'classification', config: cfg })), 'performance.accuracy.change');
    const ci = r.details?.ci as { lo: number; hi: number };
    // The interval straddles the allowed worsening of 0.01 on both sides.
    expect(-ci.hi).toBeLessThan(0.01);
    expect(-ci.lo).toBeGreaterThan(0.01);
    expect(r.status).toBe('warn');
    expect(r.details?.inconclusive).toBe(true);
    expect(r.message).toContain('inconclusive');
  });

  it('the same candidate on many rows passes', () => {
    const t = pair(20000, 12, 0.8, 0.8);
    const r = byId(performanceChecks(makeContext(t, t, { task: 'classification', config: cfg })), 'performance.accuracy.change');
    expect(r.status).toBe('pass');
  });

  it('identical predictions warn that the comparison is vacuous', () => {
    const y = [0, 1, 1, 0, 1, 0, 1, 1];
    const p = [0, 1, 0, 0, 1, 1, 1, 1];
    const t = makeTable('cur.csv', { y, pb: p, pc: [...p] });
    const rs = performanceChecks(makeContext(t, t, { task: 'classification', config: cfg }));
    const w = byId(rs, 'performance.identical_predictions');
    expect(w.status).toBe('warn');
    expect(w.message).toContain('vacuous');
    const acc = byId(rs, 'performance.accuracy.change');
    expect(acc.details?.delta).toBe(0);
    expect(acc.status).toBe('pass');
    // Different predictions: no such warning.
    const t2 = makeTable('cur.csv', { y, pb: p, pc: y });
    expect(performanceChecks(makeContext(t2, t2, { task: 'classification', config: cfg })).find((r) => r.id === 'performance.identical_predictions')).toBeUndefined();
  });

  it('a zero baseline makes a relative bound allow no worsening', () => {
    const y = [1, 2, 3, 4, 5, 6];
    const worse = makeTable('cur.csv', { y, pb: y, pc: [1, 2, 3, 4, 5, 6.5] });
    const onlyRelative = (c: GateConfig): void => {
      cfg(c);
      c.tests.performance.bootstrap = 0;
    };
    const r = byId(performanceChecks(makeContext(worse, worse, { task: 'regression', config: onlyRelative })), 'performance.mae.change');
    expect(r.details?.baseline).toBe(0);
    expect(r.details?.allowed).toBe(0);
    expect(r.details?.relative_delta).toBe(Infinity);
    expect(r.status).toBe('fail');
    const same = makeTable('cur.csv', { y, pb: y, pc: [...y] });
    expect(byId(performanceChecks(makeContext(same, same, { task: 'regression', config: onlyRelative })), 'performance.mae.change').status).toBe('pass');
  });
});

describe('performance: multiclass with score maps', () => {
  const m = fx.multiclass;
  const cols: Record<string, (string | number)[]> = { y: m.target };
  m.classes.forEach((c, k) => {
    cols[`b_${c}`] = m.baseline_scores[k];
    cols[`c_${c}`] = m.candidate_scores[k];
  });
  const t = makeTable('cur.csv', cols as never);
  const rs = performanceChecks(
    makeContext(t, t, {
      task: 'classification',
      config: (c) => {
        c.columns.target = 'y';
        c.columns.baseline_scores = Object.fromEntries(m.classes.map((k) => [k, `b_${k}`]));
        c.columns.candidate_scores = Object.fromEntries(m.classes.map((k) => [k, `c_${k}`]));
      },
    }),
  );

  it('derives predictions by argmax and matches numpy', () => {
    for (const metric of ['accuracy', 'macro_precision', 'macro_recall', 'macro_f1', 'roc_auc', 'log_loss']) {
      const r = byId(rs, `performance.${metric}.change`);
      close(r.details?.baseline, m.metrics.baseline[metric]);
      close(r.details?.candidate, m.metrics.candidate[metric]);
    }
  });

  it('gates multiclass AUC on the point estimate and says so; binary-only metrics skip', () => {
    const auc = byId(rs, 'performance.roc_auc.change');
    expect(auc.details?.ci).toBeNull();
    expect(auc.message).toContain('point estimate');
    expect(auc.status).toBe('fail');
    for (const metric of ['precision', 'recall', 'f1']) {
      const r = byId(rs, `performance.${metric}`);
      expect(r.status).toBe('skip');
      expect(r.message).toContain('3 classes');
    }
    expect(byId(rs, 'performance.confusion_matrix').details?.classes).toEqual(m.classes);
  });
});

describe('performance: regression and shadow mode', () => {
  const r = fx.regression;
  const t = makeTable('cur.csv', { y: r.target, pb: r.baseline, pc: r.candidate });
  const ctx = (edit?: (c: GateConfig) => void) =>
    makeContext(t, t, {
      task: 'regression',
      config: (c) => {
        c.columns.target = 'y';
        c.columns.baseline_prediction = 'pb';
        c.columns.candidate_prediction = 'pc';
        edit?.(c);
      },
    });

  it('computes MAE, RMSE, MAPE and R² on the labelled rows and says how many', () => {
    const rs = performanceChecks(ctx());
    for (const metric of ['mae', 'rmse', 'mape', 'r2']) {
      const x = byId(rs, `performance.${metric}.change`);
      close(x.details?.baseline, r.metrics.baseline[metric]);
      close(x.details?.candidate, r.metrics.candidate[metric]);
      expect(x.message).toContain(`on ${r.n_labelled} labelled rows of 200`);
    }
    expect(rs.find((x) => x.id === 'performance.confusion_matrix')).toBeUndefined();
  });

  it('without a baseline: value tests run, change tests skip and say why', () => {
    const rs = performanceChecks(
      ctx((c) => {
        c.columns.baseline_prediction = null;
        setBounds(c, 'r2', { min: 0.9 });
      }),
    );
    expect(byId(rs, 'performance.r2.value').status).toBe('fail');
    const skip = byId(rs, 'performance.mae.change');
    expect(skip.status).toBe('skip');
    expect(skip.message).toContain('columns.baseline_prediction');
  });

  it('shadow log with no labels yet: skip, never pass', () => {
    const unl = makeTable('cur.csv', { y: r.target.map(() => null), pb: r.baseline, pc: r.candidate }, { kinds: { y: 'numeric' } });
    const rs = performanceChecks(
      makeContext(unl, unl, {
        task: 'regression',
        config: (c) => {
          c.columns.target = 'y';
          c.columns.baseline_prediction = 'pb';
          c.columns.candidate_prediction = 'pc';
        },
      }),
    );
    expect(rs).toHaveLength(1);
    expect(rs[0].status).toBe('skip');
    expect(rs[0].message).toContain('no labelled rows');
  });
});

describe('performance: skips and errors', () => {
  const t = makeTable('cur.csv', { y: [0, 1, 0, 1], p: [0, 1, 1, 1], txt: ['a', 'b', 'c', 'd'] });
  const run = (task: 'classification' | 'regression' | null, edit: (c: GateConfig) => void): TestResult[] =>
    performanceChecks(makeContext(t, t, { task, config: edit }));

  it('skips with a message when there is no task, target or candidate', () => {
    expect(run(null, () => {})[0]).toMatchObject({ status: 'skip', id: 'performance.metrics' });
    expect(run(null, () => {})[0].message).toContain('no task');
    const noTarget = run('classification', (c) => (c.columns.candidate_prediction = 'p'));
    expect(noTarget[0].status).toBe('skip');
    expect(noTarget[0].message).toContain('columns.target');
    const noCand = run('classification', (c) => (c.columns.target = 'y'));
    expect(noCand[0].status).toBe('skip');
    expect(noCand[0].message).toContain('columns.candidate_prediction');
  });

  it('errors when no enabled metric can be computed', () => {
    const rs = run('classification', (c) => {
      c.columns.target = 'y';
      c.columns.candidate_prediction = 'p';
      for (const m of Object.keys(c.tests.performance.metrics)) c.tests.performance.metrics[m as 'accuracy']!.enabled = m === 'roc_auc';
    });
    expect(byId(rs, 'performance.roc_auc').status).toBe('skip');
    expect(byId(rs, 'performance.metrics').status).toBe('error');
  });

  it('errors on a text prediction column in a regression, naming file and column', () => {
    const rs = run('regression', (c) => {
      c.columns.target = 'y';
      c.columns.candidate_prediction = 'txt';
    });
    expect(rs[0].status).toBe('error');
    expect(rs[0].message).toContain('cur.csv column "txt"');
  });

  it('ROC AUC with one class among the labelled rows is an error, not a pass', () => {
    // A binary problem (the predictions hold both classes) whose labelled rows are all positive.
    const one = makeTable('cur.csv', { y: [1, 1, 1], p: [0, 1, 1], s: [0.2, 0.6, 0.9] });
    const rs = performanceChecks(
      makeContext(one, one, {
        task: 'classification',
        config: (c) => {
          c.columns.target = 'y';
          c.columns.candidate_prediction = 'p';
          c.columns.candidate_scores = 's';
        },
      }),
    );
    expect(byId(rs, 'performance.roc_auc').status).toBe('error');
    expect(byId(rs, 'performance.roc_auc').message).toContain('only one class');
  });
});
