import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { differentialChecks } from '../../src/checks/differential.js';
import { defaultConfig } from '../../src/config/defaults.js';
import { taskMismatches } from '../../src/config/metrics.js';
import type { GateConfig } from '../../src/config/types.js';
import { byId, makeContext, makeTable } from '../helpers/tables.js';

const fx = JSON.parse(readFileSync(new URL('../fixtures/performance-checks.json', import.meta.url), 'utf8')) as {
  binary: {
    target: (number | null)[];
    baseline: number[];
    candidate: number[];
    baseline_score: number[];
    candidate_score: number[];
    agreement: number;
    fixed: number;
    broken: number;
    flips: number[][];
    top_rows: number[];
  };
  regression: { target: (number | null)[]; baseline: number[]; candidate: number[]; mean_abs_diff: number; max_abs_diff: number; top_rows: number[] };
};

describe('differential: classification', () => {
  const b = fx.binary;
  const ids = b.target.map((_, i) => `r${i}`);
  const t = makeTable('cur.csv', { id: ids, y: b.target, pb: b.baseline, pc: b.candidate, sb: b.baseline_score, sc: b.candidate_score });
  const cfg = (edit?: (c: GateConfig) => void) => (c: GateConfig) => {
    c.columns.id = 'id';
    c.columns.target = 'y';
    c.columns.baseline_prediction = 'pb';
    c.columns.candidate_prediction = 'pc';
    c.columns.baseline_scores = 'sb';
    c.columns.candidate_scores = 'sc';
    c.tests.differential.top = 5;
    edit?.(c);
  };

  it('agreement, flips, fixed and broken on all rows (targets only where labelled)', () => {
    const r = byId(differentialChecks(makeContext(t, t, { task: 'classification', config: cfg() })), 'differential.agreement');
    expect(Math.abs((r.value as number) - b.agreement)).toBeLessThanOrEqual(1e-12);
    // No min_agreement: a measurement, shown as information, never a pass.
    expect(r.status).toBe('info');
    expect(r.threshold).toBeNull();
    expect(r.threshold).toBeNull();
    expect(r.details?.flips).toEqual(b.flips);
    expect(r.details?.fixed).toBe(b.fixed);
    expect(r.details?.broken).toBe(b.broken);
    expect(r.details?.n).toBe(300);
    expect(r.message).toContain(`fixed ${b.fixed} and broke ${b.broken}`);
  });

  it('lists the disagreeing rows with the largest score difference, with line and id', () => {
    const r = byId(differentialChecks(makeContext(t, t, { task: 'classification', config: cfg() })), 'differential.agreement');
    const top = r.details?.top as { row: number; line: number; id: string; baseline: string; candidate: string; target: string | null; score_diff: number }[];
    expect(top.map((x) => x.row)).toEqual(b.top_rows);
    const first = top[0];
    expect(first.line).toBe(first.row + 2);
    expect(first.id).toBe(`r${first.row}`);
    expect(first.baseline).toBe(String(b.baseline[first.row]));
    expect(first.candidate).toBe(String(b.candidate[first.row]));
    expect(first.target).toBe(b.target[first.row] === null ? null : String(b.target[first.row]));
    expect(Math.abs(first.score_diff - Math.abs(b.candidate_score[first.row] - b.baseline_score[first.row]))).toBeLessThanOrEqual(1e-15);
  });

  it('without scores lists the first disagreeing rows in file order', () => {
    const r = byId(
      differentialChecks(
        makeContext(t, t, {
          task: 'classification',
          config: cfg((c) => {
            c.columns.baseline_scores = null;
            c.columns.candidate_scores = null;
          }),
        }),
      ),
      'differential.agreement',
    );
    const expected = b.baseline.map((x, i) => (x !== b.candidate[i] ? i : -1)).filter((i) => i >= 0).slice(0, 5);
    expect((r.details?.top as { row: number }[]).map((x) => x.row)).toEqual(expected);
  });

  it('fails below min_agreement with the configured severity', () => {
    const r = byId(
      differentialChecks(makeContext(t, t, { task: 'classification', config: cfg((c) => {
        c.tests.differential.min_agreement = 0.9;
        c.tests.differential.severity = 'fail';
      }) })),
      'differential.agreement',
    );
    expect(r.status).toBe('fail');
    expect(r.threshold).toMatchObject({ bad: 'below', fail: 0.9 });
    const ok = byId(
      differentialChecks(makeContext(t, t, { task: 'classification', config: cfg((c) => (c.tests.differential.min_agreement = 0.7)) })),
      'differential.agreement',
    );
    expect(ok.status).toBe('pass');
  });
});

describe('differential: regression', () => {
  const r = fx.regression;
  const t = makeTable('cur.csv', { y: r.target, pb: r.baseline, pc: r.candidate });
  const cfg = (edit?: (c: GateConfig) => void) => (c: GateConfig) => {
    c.columns.target = 'y';
    c.columns.baseline_prediction = 'pb';
    c.columns.candidate_prediction = 'pc';
    c.tests.differential.top = 4;
    edit?.(c);
  };

  it('mean and max |Δ| over every row, top rows by |Δ|', () => {
    const rs = differentialChecks(makeContext(t, t, { task: 'regression', config: cfg() }));
    const mean = byId(rs, 'differential.mean_abs_diff');
    const max = byId(rs, 'differential.max_abs_diff');
    expect(Math.abs((mean.value as number) - r.mean_abs_diff)).toBeLessThanOrEqual(1e-9);
    expect(Math.abs((max.value as number) - r.max_abs_diff)).toBeLessThanOrEqual(1e-9);
    // No bounds: information, not a pass (the mean |Δ| of 38,496 showed as pass).
    expect(mean.status).toBe('info');
    expect(max.status).toBe('info');
    expect(mean.threshold).toBeNull();
    const top = max.details?.top as { row: number; diff: number; target: number | null }[];
    expect(top.map((x) => x.row)).toEqual(r.top_rows);
    expect(Math.abs(Math.abs(top[0].diff) - r.max_abs_diff)).toBeLessThanOrEqual(1e-12);
    expect(max.message).toContain(`at row ${r.top_rows[0] + 2}`);
  });

  it('gates on max_mean_abs_diff and max_abs_diff', () => {
    const rs = differentialChecks(
      makeContext(t, t, {
        task: 'regression',
        config: cfg((c) => {
          c.tests.differential.max_mean_abs_diff = r.mean_abs_diff * 0.9;
          c.tests.differential.max_abs_diff = r.max_abs_diff * 1.1;
        }),
      }),
    );
    expect(byId(rs, 'differential.mean_abs_diff').status).toBe('warn');
    expect(byId(rs, 'differential.max_abs_diff').status).toBe('pass');
  });
});

describe('differential: skips', () => {
  const t = makeTable('cur.csv', { y: [1, 2], pc: [1, 2] });
  it('skips without a task or a baseline, and when disabled emits nothing', () => {
    const noTask = differentialChecks(makeContext(t, t, { task: null }));
    expect(noTask[0]).toMatchObject({ id: 'differential.models', status: 'skip' });
    const noBase = differentialChecks(makeContext(t, t, { task: 'regression', config: (c) => (c.columns.candidate_prediction = 'pc') }));
    expect(noBase[0].status).toBe('skip');
    expect(noBase[0].message).toContain('columns.baseline_prediction');
    expect(differentialChecks(makeContext(t, t, { task: 'regression', config: (c) => (c.tests.differential.enabled = false) }))).toEqual([]);
  });

  it('a bound the config sets but no baseline predictions to check it on is an error, not a skip', () => {
    const cls = makeTable('cur.csv', { y: ['a', 'b'], pc: ['a', 'b'] });
    const rs = differentialChecks(
      makeContext(cls, cls, {
        task: 'classification',
        config: (c) => {
          c.columns.target = 'y';
          c.columns.candidate_prediction = 'pc';
          c.tests.differential.min_agreement = 0.9;
          c.explicit = new Set(['tests.differential', 'tests.differential.min_agreement']);
        },
      }),
    );
    expect(rs).toHaveLength(1);
    expect(rs[0]).toMatchObject({ id: 'differential.models', status: 'error' });
    expect(rs[0].message).toContain('tests.differential.min_agreement');
    const reg = differentialChecks(
      makeContext(t, t, {
        task: 'regression',
        config: (c) => {
          c.columns.candidate_prediction = 'pc';
          c.tests.differential.max_abs_diff = 5;
          c.explicit = new Set(['tests.differential.max_abs_diff']);
        },
      }),
    );
    expect(reg[0]).toMatchObject({ status: 'error' });
  });
});

describe('differential: negative flip rate (backward compatibility)', () => {
  // A hand-made table of 50 labelled rows where both models predict: 30 both right, 12 negative
  // flips (baseline right, candidate wrong), 3 positive flips, 5 both wrong; then 4 unlabelled
  // rows and 2 labelled rows without a baseline prediction, which must not count.
  const rows: [y: string | null, pb: string | null, pc: string][] = [];
  const push = (count: number, y: string, pb: string, pc: string): void => {
    for (let i = 0; i < count; i++) rows.push([y, pb, pc]);
  };
  push(20, 'a', 'a', 'a');
  push(10, 'b', 'b', 'b');
  push(7, 'a', 'a', 'b');
  push(5, 'b', 'b', 'a');
  push(3, 'a', 'b', 'a');
  push(5, 'b', 'a', 'a');
  for (let i = 0; i < 4; i++) rows.push([null, 'a', 'b']);
  rows.push(['a', null, 'b'], ['b', null, 'b']);
  const t = makeTable('cur.csv', { y: rows.map((r) => r[0]), pb: rows.map((r) => r[1]), pc: rows.map((r) => r[2]) });
  const cfg = (edit?: (c: GateConfig) => void) => (c: GateConfig) => {
    c.columns.target = 'y';
    c.columns.baseline_prediction = 'pb';
    c.columns.candidate_prediction = 'pc';
    edit?.(c);
  };
  const nfrOf = (edit?: (c: GateConfig) => void) =>
    byId(differentialChecks(makeContext(t, t, { task: 'classification', config: cfg(edit) })), 'differential.negative_flip_rate');

  it('NFR, flips, BTC, BEC and McNemar on the labelled rows where both predict; info with no bound', () => {
    const r = nfrOf();
    expect(r.status).toBe('info');
    expect(r.threshold).toBeNull();
    expect(r.value).toBe(12 / 50);
    const d = r.details as Record<string, unknown>;
    expect(d).toMatchObject({ n: 50, negative_flips: 12, positive_flips: 3, both_right: 30, both_wrong: 5, interval: 'Wilson score', confidence: 0.95 });
    expect(d.btc).toBe(30 / 42);
    expect(d.bec).toBe(5 / 8);
    expect(d.baseline_accuracy).toBe(42 / 50);
    expect(d.candidate_accuracy).toBe(33 / 50);
    // Yan et al.'s NFR and Bansal et al.'s BTC are one identity apart: NFR = acc_old × (1 − BTC).
    expect(Math.abs((d.baseline_accuracy as number) * (1 - (d.btc as number)) - (r.value as number))).toBeLessThanOrEqual(1e-15);
    // McNemar: b = 12, c = 3 → 2·Σ_{j ≤ 3} C(15, j)/2¹⁵ = 2·576/32768.
    expect((d.mcnemar as { b: number; c: number; p_value: number })).toMatchObject({ b: 12, c: 3 });
    expect(Math.abs((d.mcnemar as { p_value: number }).p_value - 0.03515625)).toBeLessThanOrEqual(1e-12);
    // scipy 1.17.1: binomtest(12, 50).proportion_ci(method='wilson').
    const ci = d.ci as { lo: number; hi: number };
    expect(Math.abs(ci.lo - 0.1429739139699173)).toBeLessThanOrEqual(1e-12);
    expect(Math.abs(ci.hi - 0.3741268375794292)).toBeLessThanOrEqual(1e-12);
    expect(r.message).toContain('no bound configured');
    expect(r.message).toContain('of 50 labelled rows of cur.csv');
  });

  it('the severity when the interval lies above the bound, pass when below, warn inconclusive when it straddles', () => {
    const above = nfrOf((c) => {
      c.tests.differential.max_negative_flip_rate = 0.1;
      c.tests.differential.severity = 'fail';
    });
    expect(above.status).toBe('fail');
    expect(above.threshold).toMatchObject({ bad: 'above', fail: 0.1 });
    expect(above.message).toContain('credibly above');
    const within = nfrOf((c) => (c.tests.differential.max_negative_flip_rate = 0.4));
    expect(within.status).toBe('pass');
    // 0.24 is above 0.2, but the interval [0.143, 0.374] cannot tell: never a silent pass or fail.
    const open = nfrOf((c) => {
      c.tests.differential.max_negative_flip_rate = 0.2;
      c.tests.differential.severity = 'fail';
    });
    expect(open.status).toBe('warn');
    expect(open.message).toMatch(/^inconclusive: /);
    expect(open.details?.inconclusive).toBe(true);
  });

  it('no negative flip in a small sample is not proof: the Wilson upper end stays above 0', () => {
    const clean = makeTable('cur.csv', { y: Array(40).fill('a'), pb: Array(40).fill('a'), pc: Array(40).fill('a') });
    const r = byId(
      differentialChecks(makeContext(clean, clean, { task: 'classification', config: cfg((c) => (c.tests.differential.max_negative_flip_rate = 0.05)) })),
      'differential.negative_flip_rate',
    );
    expect(r.value).toBe(0);
    // scipy: binomtest(0, 40).proportion_ci(method='wilson').high = 0.0876…, above 5 %.
    expect(Math.abs((r.details?.ci as { hi: number }).hi - 0.08762160119728662)).toBeLessThanOrEqual(1e-12);
    expect(r.status).toBe('warn');
    expect(r.details?.btc).toBe(1);
    expect(r.details?.bec).toBeNull();
  });

  it('set but not measurable (no target, no labelled row, no baseline) is an error saying why', () => {
    const set = (c: GateConfig): void => {
      c.tests.differential.max_negative_flip_rate = 0.05;
      c.explicit = new Set(['tests.differential', 'tests.differential.max_negative_flip_rate']);
    };
    const noTarget = differentialChecks(makeContext(t, t, { task: 'classification', config: cfg((c) => { c.columns.target = null; set(c); }) }));
    expect(byId(noTarget, 'differential.negative_flip_rate')).toMatchObject({ status: 'error' });
    expect(byId(noTarget, 'differential.negative_flip_rate').message).toContain('needs a target');
    const unlabelled = makeTable('cur.csv', { y: [null, null, null, null], pb: ['a', 'b', 'a', 'b'], pc: ['a', 'a', 'a', 'b'] });
    const noLabels = byId(differentialChecks(makeContext(t, unlabelled, { task: 'classification', config: cfg(set) })), 'differential.negative_flip_rate');
    expect(noLabels.status).toBe('error');
    const labelledNoBoth = makeTable('cur.csv', { y: [null, null, 'a', 'b'], pb: ['a', 'b', null, null], pc: ['a', 'a', 'a', 'b'] });
    const none = byId(differentialChecks(makeContext(labelledNoBoth, labelledNoBoth, { task: 'classification', config: cfg(set) })), 'differential.negative_flip_rate');
    expect(none.status).toBe('error');
    expect(none.message).toContain('no labelled row of cur.csv has predictions from both models');
    const noBaseline = differentialChecks(makeContext(t, t, { task: 'classification', config: cfg((c) => { c.columns.baseline_prediction = null; set(c); }) }));
    expect(noBaseline).toHaveLength(1);
    expect(noBaseline[0]).toMatchObject({ id: 'differential.models', status: 'error' });
    expect(noBaseline[0].message).toContain('tests.differential.max_negative_flip_rate');
  });

  it('without a bound and without labels there is nothing to claim: no result', () => {
    const rs = differentialChecks(makeContext(t, t, { task: 'classification', config: cfg((c) => (c.columns.target = null)) }));
    expect(rs.find((r) => r.id === 'differential.negative_flip_rate')).toBeUndefined();
  });

  it('the bound on a regression task is a config error (it would do nothing)', () => {
    const c = defaultConfig('ref.csv', 'cur.csv');
    c.tests.differential.max_negative_flip_rate = 0.05;
    c.explicit = new Set(['tests.differential', 'tests.differential.max_negative_flip_rate']);
    expect(taskMismatches(c, 'regression')).toEqual([
      expect.stringMatching(/^config key tests\.differential\.max_negative_flip_rate: a bound on the negative flip rate applies to classification only, but the task is regression/),
    ]);
    expect(taskMismatches(c, 'classification')).toEqual([]);
  });
});
