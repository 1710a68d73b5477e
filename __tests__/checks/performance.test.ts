import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { performanceChecks } from '../../src/checks/performance.js';
import { runGate } from '../../src/engine.js';
import type { GateConfig, MetricBounds, MetricName } from '../../src/config/types.js';
import type { TestResult } from '../../src/results/types.js';
import { formatNumber as fmtNum } from '../../src/report/format.js';
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
    // A record with no bound: information, never a pass.
    expect(cm.status).toBe('info');
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

  it('a credibly worse candidate not credibly beyond the allowance is inconclusive, not a fail', () => {
    // 2,000 rows: the candidate breaks 50 of the baseline's right answers and fixes 20; Δ = -0.015.
    const n = 2000;
    const y = Array.from({ length: n }, (_, i) => i % 2);
    const pb = y.map((v, i) => (i >= 100 && i < 120 ? 1 - v : v));
    const pc = y.map((v, i) => (i < 50 ? 1 - v : v));
    const t = makeTable('cur.csv', { y, pb, pc });
    const only = (c: GateConfig): void => {
      cfg(c);
      for (const m of Object.keys(c.tests.performance.metrics)) setBounds(c, m as MetricName, { enabled: m === 'accuracy' });
    };
    const r = byId(performanceChecks(makeContext(t, t, { task: 'classification', config: only })), 'performance.accuracy.change');
    const ci = r.details?.ci as { lo: number; hi: number };
    expect(r.details?.delta).toBeCloseTo(-0.015, 12);
    // The interval excludes 0 (credibly worse) and holds worsenings beyond the allowed 0.01.
    expect(ci.hi).toBeLessThan(0);
    expect(-ci.lo).toBeGreaterThan(0.01);
    expect(r.status).toBe('warn');
    expect(r.details?.inconclusive).toBe(true);
    expect(r.message).toContain('credibly worse');
    // A team that requires a decision: inconclusive: fail, per family or per metric.
    const strictFamily = performanceChecks(makeContext(t, t, { task: 'classification', config: (c) => { only(c); c.tests.performance.inconclusive = 'fail'; } }));
    expect(byId(strictFamily, 'performance.accuracy.change').status).toBe('fail');
    const strictMetric = performanceChecks(makeContext(t, t, { task: 'classification', config: (c) => { only(c); setBounds(c, 'accuracy', { inconclusive: 'fail' }); } }));
    expect(byId(strictMetric, 'performance.accuracy.change').status).toBe('fail');
    expect(byId(strictMetric, 'performance.accuracy.change').message).toContain('inconclusive is fail');
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
    const few = (c: GateConfig): void => {
      cfg(c);
      c.tests.performance.min_labelled_rows = 0;
    };
    const rs = performanceChecks(makeContext(t, t, { task: 'classification', config: few }));
    const w = byId(rs, 'performance.identical_predictions');
    expect(w.status).toBe('warn');
    expect(w.message).toContain('vacuous');
    const acc = byId(rs, 'performance.accuracy.change');
    expect(acc.details?.delta).toBe(0);
    // Every replicate gives Δ = 0: an interval with no spread decides nothing.
    expect(acc.status).toBe('warn');
    expect(acc.message).toContain('no spread');
    // Different predictions: no such warning.
    const t2 = makeTable('cur.csv', { y, pb: p, pc: y });
    expect(performanceChecks(makeContext(t2, t2, { task: 'classification', config: cfg })).find((r) => r.id === 'performance.identical_predictions')).toBeUndefined();
  });

  it('a zero baseline makes a relative bound allow no worsening', () => {
    const y = [1, 2, 3, 4, 5, 6];
    const worse = makeTable('cur.csv', { y, pb: y, pc: [1, 2, 3, 4, 5, 6.5] });
    const onlyRelative = (c: GateConfig): void => {
      cfg(c);
      c.tests.performance.min_labelled_rows = 0;
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
    // Too few labelled rows (none) fails the evidence test; the default metrics skip, none passes.
    expect(byId(rs, 'performance.labelled_rows').status).toBe('fail');
    expect(byId(rs, 'performance.metrics').status).toBe('skip');
    expect(byId(rs, 'performance.metrics').message).toContain('no labelled rows');
    expect(rs.filter((x) => x.status === 'pass')).toEqual([]);
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
      c.tests.performance.min_labelled_rows = 0;
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

  it('ROC AUC with one class among the labelled rows: an error when configured, a skip as a default, never a pass', () => {
    // A binary problem (the predictions hold both classes) whose labelled rows are all positive.
    const one = makeTable('cur.csv', { y: [1, 1, 1], p: [0, 1, 1], s: [0.2, 0.6, 0.9] });
    const ref = makeTable('ref.csv', { y: [0, 1, 1], p: [0, 1, 1], s: [0.2, 0.6, 0.9] });
    const run1 = (explicit: string[]): TestResult[] =>
      performanceChecks(
        makeContext(ref, one, {
          task: 'classification',
          config: (c) => {
            c.columns.target = 'y';
            c.columns.candidate_prediction = 'p';
            c.columns.candidate_scores = 's';
            c.tests.performance.min_labelled_rows = 0;
            c.explicit = new Set(explicit);
          },
        }),
      );
    expect(byId(run1(['tests.performance.metrics.roc_auc']), 'performance.roc_auc').status).toBe('error');
    expect(byId(run1(['tests.performance.metrics.roc_auc']), 'performance.roc_auc').message).toContain('only one class');
    expect(byId(run1([]), 'performance.roc_auc').status).toBe('skip');
  });
});

/** Binary data: each model's score is the calibrated probability from a signal of separation d. */
function scoredPair(n: number, seed: number, o: { dB: number; dC: number; shiftB?: number; shiftC?: number; labelShare?: number }) {
  const g = rng(seed);
  const sig = (x: number): number => 1 / (1 + Math.exp(-x));
  const prior = Math.log(0.3 / 0.7);
  const y: (number | null)[] = [];
  const sb: number[] = [];
  const sc: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = g.uniform() < 0.3 ? 1 : 0;
    const xb = o.dB * t + g.normal();
    const xc = o.dC * t + g.normal();
    sb.push(sig(o.dB * xb - (o.dB * o.dB) / 2 + prior + (o.shiftB ?? 0)));
    sc.push(sig(o.dC * xc - (o.dC * o.dC) / 2 + prior + (o.shiftC ?? 0)));
    y.push(o.labelShare === undefined || g.uniform() < o.labelShare ? t : null);
  }
  return makeTable('cur.csv', { y, sb, sc }, { kinds: { y: 'numeric' } });
}

const scoredConfig =
  (edit?: (c: GateConfig) => void) =>
  (c: GateConfig): void => {
    c.columns.target = 'y';
    c.columns.baseline_scores = 'sb';
    c.columns.candidate_scores = 'sc';
    edit?.(c);
  };

describe('performance: minimum evidence (issue 11, "too little data passes")', () => {
  const t = scoredPair(400, 21, { dB: 1.2, dC: 1.2 });

  it('0 labelled rows: a configured accuracy { min: 0.6 } is an error, not silently dropped', () => {
    const none = makeTable('cur.csv', { y: Array<number | null>(50).fill(null), p: Array.from({ length: 50 }, (_, i) => i % 2) }, { kinds: { y: 'numeric' } });
    const ref = makeTable('ref.csv', { y: [0, 1], p: [0, 1] });
    const rs = performanceChecks(
      makeContext(ref, none, {
        task: 'classification',
        config: (c) => {
          c.columns.target = 'y';
          c.columns.candidate_prediction = 'p';
          setBounds(c, 'accuracy', { min: 0.6, max_degradation: null });
          c.explicit = new Set(['tests', 'tests.performance', 'tests.performance.metrics', 'tests.performance.metrics.accuracy', 'tests.performance.metrics.accuracy.min']);
        },
      }),
    );
    const acc = byId(rs, 'performance.accuracy');
    expect(acc.status).toBe('error');
    expect(acc.message).toContain('tests.performance.metrics.accuracy');
    expect(acc.message).toContain('no labelled rows');
    expect(byId(rs, 'performance.labelled_rows').status).toBe('fail');
    expect(rs.some((r) => r.status === 'pass')).toBe(false);
  });

  it('one labelled row: no "accuracy pass, CI [0, 0]"', () => {
    const one = makeTable('cur.csv', { y: [1], pb: [1], pc: [1] });
    const ref = makeTable('ref.csv', { y: [0, 1], pb: [0, 1], pc: [0, 1] });
    const cfg = (edit?: (c: GateConfig) => void) => (c: GateConfig) => {
      c.columns.target = 'y';
      c.columns.baseline_prediction = 'pb';
      c.columns.candidate_prediction = 'pc';
      edit?.(c);
    };
    const rs = performanceChecks(makeContext(ref, one, { task: 'classification', config: cfg() }));
    expect(byId(rs, 'performance.labelled_rows')).toMatchObject({ status: 'fail', value: 1 });
    expect(rs.filter((r) => r.status === 'pass')).toEqual([]);
    // Even with the minimum turned off, an interval collapsed to a point decides nothing.
    const off = performanceChecks(makeContext(ref, one, { task: 'classification', config: cfg((c) => (c.tests.performance.min_labelled_rows = 0)) }));
    expect(byId(off, 'performance.labelled_rows').status).toBe('info');
    const acc = byId(off, 'performance.accuracy.change');
    expect(acc.status).toBe('warn');
    expect(acc.details?.inconclusive).toBe(true);
    expect(off.filter((r) => r.status === 'pass')).toEqual([]);
  });

  it('fewer labelled rows than min_labelled_rows: configured metrics error, defaults skip, none passes', () => {
    const rs = performanceChecks(
      makeContext(t, t, {
        task: 'classification',
        config: scoredConfig((c) => {
          c.tests.performance.min_labelled_rows = 1000;
          c.explicit = new Set(['tests.performance.metrics.roc_auc']);
        }),
      }),
    );
    expect(byId(rs, 'performance.labelled_rows')).toMatchObject({ status: 'fail', value: 400 });
    expect(byId(rs, 'performance.labelled_rows').message).toContain('min_labelled_rows = 1,000');
    expect(byId(rs, 'performance.roc_auc').status).toBe('error');
    expect(byId(rs, 'performance.metrics').status).toBe('skip');
    expect(rs.filter((r) => r.id.endsWith('.change') || r.id.endsWith('.value'))).toEqual([]);
  });

  it('a shadow log with 70 % of labels missing: a real regression cannot hide as "inconclusive"', () => {
    // The candidate is much worse (AUC about 0.66 against 0.80): with every label that fails.
    const full = scoredPair(3000, 31, { dB: 1.2, dC: 0.6 });
    const full_rs = performanceChecks(makeContext(full, full, { task: 'classification', config: scoredConfig() }));
    expect(byId(full_rs, 'performance.roc_auc.change').status).toBe('fail');
    const shadow = scoredPair(400, 32, { dB: 1.2, dC: 1.0, labelShare: 0.3 });
    const defaults = performanceChecks(makeContext(shadow, shadow, { task: 'classification', config: scoredConfig() }));
    expect(byId(defaults, 'performance.labelled_rows').status).toBe('pass');
    // Requiring half of the rows labelled fails the family; no metric is decided on the rest.
    const share = performanceChecks(makeContext(shadow, shadow, { task: 'classification', config: scoredConfig((c) => (c.tests.performance.min_labelled_share = 0.5)) }));
    const lr = byId(share, 'performance.labelled_rows');
    expect(lr.status).toBe('fail');
    expect(lr.message).toContain('min_labelled_share = 50%');
    expect((lr.details?.share as number) < 0.5).toBe(true);
    expect(share.filter((r) => r.status === 'pass')).toEqual([]);
  });
});

describe('performance: no-change data decides pass (issue 11, "small samples always warn")', () => {
  it('200 labelled rows, two equally good models: the family passes in at least 18 of 20 seeded runs', () => {
    let clean = 0;
    for (let s = 0; s < 20; s++) {
      const t = scoredPair(200, 500 + s, { dB: 1.2, dC: 1.2 });
      const rs = performanceChecks(makeContext(t, t, { task: 'classification', config: scoredConfig() }));
      expect(rs.filter((r) => r.id.endsWith('.change'))).toHaveLength(9);
      if (rs.every((r) => r.status === 'pass' || r.status === 'info')) clean++;
    }
    expect(clean).toBeGreaterThanOrEqual(18);
  });

  it('the pass says how wide the interval still is', () => {
    const t = scoredPair(200, 500, { dB: 1.2, dC: 1.2 });
    const acc = byId(performanceChecks(makeContext(t, t, { task: 'classification', config: scoredConfig() })), 'performance.accuracy.change');
    expect(acc.status).toBe('pass');
    expect(acc.message).toMatch(/could not rule out a worsening of up to [0-9.]+, more labelled rows would narrow it/);
    expect(acc.details?.p_values).toMatchObject({ adjusted: 'Holm over 9 change tests' });
  });
});

describe('performance: trade-off at the cut-off (issue 11, "verdicts that mislead")', () => {
  // ROC AUC 0.77 → 0.90, log loss and accuracy better; the candidate predicts many more positives,
  // so its precision at 0.5 falls.
  const t = scoredPair(4000, 7, { dB: 1.05, dC: 1.8, shiftB: -1, shiftC: 1 });

  it('a default precision change becomes a warning that shows the trade-off', () => {
    const rs = performanceChecks(makeContext(t, t, { task: 'classification', config: scoredConfig() }));
    const auc = byId(rs, 'performance.roc_auc.change');
    expect(auc.details?.baseline as number).toBeCloseTo(0.77, 1);
    expect(auc.details?.candidate as number).toBeCloseTo(0.9, 1);
    expect(byId(rs, 'performance.log_loss.change').status).toBe('pass');
    expect(byId(rs, 'performance.accuracy.change').status).toBe('pass');
    const p = byId(rs, 'performance.precision.change');
    expect(p.status).toBe('warn');
    expect(p.message).toMatch(/^trade-off at the cut-off: /);
    const tr = p.details?.tradeoff as {
      baseline: { precision: number; recall: number };
      candidate: { precision: number; recall: number };
      candidate_at_baseline_recall: { precision: number; recall: number; threshold: number };
      decision_without_tradeoff: string;
    };
    expect(tr.decision_without_tradeoff).toBe('fail');
    expect(tr.candidate.precision).toBeLessThan(tr.baseline.precision);
    expect(tr.candidate.recall).toBeGreaterThan(tr.baseline.recall);
    // At the baseline's recall, the candidate's own scores are more precise than the baseline.
    expect(tr.candidate_at_baseline_recall.recall).toBeGreaterThanOrEqual(tr.baseline.recall);
    expect(tr.candidate_at_baseline_recall.precision).toBeGreaterThan(tr.baseline.precision);
    expect(p.message).toContain(`at the baseline's recall ${fmtNum(tr.baseline.recall)}`);
    expect(p.message).toContain('ROC AUC');
    expect(rs.some((r) => r.status === 'fail')).toBe(false);
  });

  it('an explicitly configured precision bound still fails as configured', () => {
    const rs = performanceChecks(
      makeContext(t, t, { task: 'classification', config: scoredConfig((c) => (c.explicit = new Set(['tests.performance.metrics.precision']))) }),
    );
    expect(byId(rs, 'performance.precision.change').status).toBe('fail');
  });

  it('no trade-off without scores to show credible gains on the threshold-free metrics', () => {
    const col = (name: string): Float64Array => (t.columns.get(name) as { values: Float64Array }).values;
    const cut = (s: Float64Array): number[] => Array.from(s, (v) => (v >= 0.5 ? 1 : 0));
    const labels = makeTable('cur.csv', { y: Array.from(col('y')), pb: cut(col('sb')), pc: cut(col('sc')) });
    const rs = performanceChecks(
      makeContext(labels, labels, {
        task: 'classification',
        config: (c) => {
          c.columns.target = 'y';
          c.columns.baseline_prediction = 'pb';
          c.columns.candidate_prediction = 'pc';
        },
      }),
    );
    expect(byId(rs, 'performance.precision.change').status).toBe('fail');
  });
});

describe('performance through runGate: what the YAML names runs or is an error', () => {
  function workspace(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'mg-perf-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return dir;
  }
  const rows = (labelled: boolean): string =>
    ['x,y,pb,pc', ...Array.from({ length: 150 }, (_, i) => `${i},${labelled ? i % 2 : ''},${i % 2},${(i >> 1) % 2}`)].join('\n');

  it('a shadow log with no labels yet and accuracy: { min: 0.6 } in the config: error verdict, not a pass', async () => {
    const config = 'task: classification\nreference: ref.csv\ncurrent: cur.csv\ncolumns: { target: y, baseline_prediction: pb, candidate_prediction: pc }\ntests:\n  performance:\n    metrics:\n      accuracy: { min: 0.6 }\n';
    const dir = workspace({ 'model-gate.yml': config, 'ref.csv': rows(true), 'cur.csv': rows(false) });
    const report = await runGate({ configPath: 'model-gate.yml', cwd: dir });
    const acc = report.tests.find((t) => t.id === 'performance.accuracy');
    expect(acc?.status).toBe('error');
    expect(report.verdict).toBe('error');
    // Without the metric in the config the defaults only skip, but too few labels still fail.
    const plain = workspace({ 'model-gate.yml': config.split('tests:')[0], 'ref.csv': rows(true), 'cur.csv': rows(false) });
    const r2 = await runGate({ configPath: 'model-gate.yml', cwd: plain });
    expect(r2.tests.find((t) => t.id === 'performance.labelled_rows')?.status).toBe('fail');
    expect(r2.tests.some((t) => t.family === 'performance' && t.status === 'pass')).toBe(false);
    // With no task to infer from the empty target, the configured metric is still an error.
    const noTask = workspace({ 'model-gate.yml': config.replace('task: classification\n', ''), 'ref.csv': rows(true), 'cur.csv': rows(false) });
    const r3 = await runGate({ configPath: 'model-gate.yml', cwd: noTask });
    expect(r3.tests.find((t) => t.id === 'performance.metrics')).toMatchObject({ status: 'error' });
    expect(r3.tests.find((t) => t.id === 'performance.metrics')?.message).toContain('Accuracy');
  });
});
