import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { differentialChecks } from '../../src/checks/differential.js';
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
