import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fairnessChecks } from '../../src/checks/fairness.js';
import { perClassChecks } from '../../src/checks/per-class.js';
import { performanceChecks } from '../../src/checks/performance.js';
import { resolveConfig } from '../../src/config/load.js';
import type { GateConfig } from '../../src/config/types.js';
import { runGate } from '../../src/engine.js';
import { byId, makeContext, makeTable } from '../helpers/tables.js';

/**
 * Five classes: a–d with 500 labelled rows each, rare e with 100. The baseline gets the first 80 %
 * of each class right (the rest predicted as the next class); the candidate the first 85 % of a–d
 * and `rareRecall` of e. `moved`: the candidate's right rows are the LAST ones instead (the same
 * counts, other rows: no change in any metric, but the models differ).
 */
function classRows(rareRecall: number, moved = false): { y: string[]; pb: string[]; pc: string[] } {
  const classes = ['a', 'b', 'c', 'd', 'e'];
  const y: string[] = [], pb: string[] = [], pc: string[] = [];
  classes.forEach((cls, ci) => {
    const n = cls === 'e' ? 100 : 500;
    const recall = cls === 'e' ? rareRecall : moved ? 0.8 : 0.85;
    const wrong = classes[(ci + 1) % classes.length];
    for (let j = 0; j < n; j++) {
      y.push(cls);
      pb.push(j < 0.8 * n ? cls : wrong);
      const right = Math.round(recall * n);
      pc.push((moved ? j >= n - right : j < right) ? cls : wrong);
    }
  });
  return { y, pb, pc };
}

function perClassContext(rows: ReturnType<typeof classRows>, edit?: (c: GateConfig) => void) {
  const t = makeTable('cur.csv', { x: rows.y.map((_, i) => i), y: rows.y, pb: rows.pb, pc: rows.pc });
  return makeContext(t, t, {
    task: 'classification',
    config: (c) => {
      c.columns.target = 'y';
      c.columns.baseline_prediction = 'pb';
      c.columns.candidate_prediction = 'pc';
      const ps = c.tests.performance;
      ps.metrics = { ...ps.metrics, macro_recall: { ...ps.metrics.macro_recall!, max_degradation: 0.05 } };
      ps.per_class = { ...ps.per_class, recall: { ...ps.per_class.recall, max_degradation: 0.05 } };
      c.explicit = new Set(['tests.performance.per_class', 'tests.performance.per_class.recall', 'tests.performance.metrics.macro_recall']);
      edit?.(c);
    },
  });
}

describe('per-class metrics: a rare class', () => {
  it('fails when its recall drops beyond the bound while macro recall holds', () => {
    const ctx = perClassContext(classRows(0.55));
    const perf = performanceChecks(ctx);
    const macro = byId(perf, 'performance.macro_recall.change');
    // Macro recall 0.8 → (4 · 0.85 + 0.55) / 5 = 0.79: within its allowance of 0.05.
    expect(macro.details?.delta).toBeCloseTo(-0.01, 12);
    expect(macro.status).toBe('pass');
    const rs = perClassChecks(ctx);
    const e = byId(rs, 'performance.per_class.e.recall.change');
    expect(e.status).toBe('fail');
    expect(e.value).toBeCloseTo(0.55 - 0.8, 12);
    expect(e.message).toContain('class "e"');
    expect(e.message).toMatch(/worse by more than the allowed 0\.05/);
    expect(byId(rs, 'performance.per_class.a.recall.change').status).toBe('pass');
    const table = byId(rs, 'performance.per_class');
    expect(table.status).toBe('info');
    const rowsOfTable = table.details?.classes as { class: string; support: number; candidate: { recall: { value: number; lo: number; hi: number } } }[];
    expect(rowsOfTable.map((r) => [r.class, r.support])).toEqual([['a', 500], ['b', 500], ['c', 500], ['d', 500], ['e', 100]]);
    expect(rowsOfTable[4].candidate.recall.value).toBeCloseTo(0.55, 12);
    expect(rowsOfTable[4].candidate.recall.lo).toBeLessThan(0.55);
  });

  it('passes when nothing changed but which rows are right', () => {
    const rs = perClassChecks(perClassContext(classRows(0.8, true)));
    for (const cls of ['a', 'b', 'c', 'd', 'e']) {
      const r = byId(rs, `performance.per_class.${cls}.recall.change`);
      expect(r.status).toBe('pass');
      expect(r.value).toBeCloseTo(0, 12);
    }
  });

  it('applies a class\'s own bounds over the shared ones, and a minimum value', () => {
    const rs = perClassChecks(
      perClassContext(classRows(0.75, true), (c) => {
        c.tests.performance.per_class = { ...c.tests.performance.per_class, classes: { e: { recall: { max_degradation: null, min: 0.9 } }, a: { recall: false } } };
        c.explicit = new Set([...c.explicit, 'tests.performance.per_class.classes', 'tests.performance.per_class.classes.e']);
      }),
    );
    expect(byId(rs, 'performance.per_class.e.recall.value').status).toBe('fail');
    expect(rs.some((r) => r.id === 'performance.per_class.e.recall.change')).toBe(false);
    expect(rs.some((r) => r.id.startsWith('performance.per_class.a.'))).toBe(false);
    expect(byId(rs, 'performance.per_class.b.recall.change').status).toBe('pass');
  });

  it('reports a class below min_support (skip), an error when the config names it, and an unknown class', () => {
    const base = (edit?: (c: GateConfig) => void) =>
      perClassChecks(
        perClassContext(classRows(0.55), (c) => {
          c.tests.performance.per_class = { ...c.tests.performance.per_class, min_support: 101 };
          edit?.(c);
        }),
      );
    const skipped = byId(base(), 'performance.per_class.e');
    expect(skipped.status).toBe('skip');
    expect(skipped.message).toContain('100 labelled rows of class "e"');
    const named = base((c) => {
      c.tests.performance.per_class = { ...c.tests.performance.per_class, classes: { e: { recall: { max_degradation: 0.1 } }, z: { recall: { min: 0.5 } } } };
      c.explicit = new Set([...c.explicit, 'tests.performance.per_class.classes.e', 'tests.performance.per_class.classes.z']);
    });
    expect(byId(named, 'performance.per_class.e').status).toBe('error');
    const unknown = byId(named, 'performance.per_class.z');
    expect(unknown.status).toBe('error');
    expect(unknown.message).toContain('not one of the known classes');
  });

  it('reports a known class with no labelled row in the current file', () => {
    const rows = classRows(0.55);
    const cur = makeTable('cur.csv', { x: rows.y.map((_, i) => i), y: rows.y, pb: rows.pb, pc: rows.pc });
    const ref = makeTable('ref.csv', { x: [1, 2], y: ['a', 'f'], pb: ['a', 'f'], pc: ['a', 'f'] });
    const ctx = makeContext(ref, cur, {
      task: 'classification',
      config: (c) => {
        Object.assign(c.columns, { target: 'y', baseline_prediction: 'pb', candidate_prediction: 'pc' });
        c.tests.performance.per_class = { ...c.tests.performance.per_class, recall: { ...c.tests.performance.per_class.recall, max_degradation: 0.05 } };
      },
    });
    const rs = perClassChecks(ctx);
    const f = byId(rs, 'performance.per_class.f');
    expect(f.status).toBe('skip');
    expect(f.message).toContain('no labelled row of class "f"');
  });

  it('decides nothing on too few labelled rows: an error when the config names per_class, else nothing', () => {
    const short = (c: GateConfig) => (c.tests.performance = { ...c.tests.performance, min_labelled_rows: 5000 });
    const named = perClassChecks(perClassContext(classRows(0.55), short));
    expect(named.map((r) => [r.id, r.status])).toEqual([['performance.per_class', 'error']]);
    expect(named[0].message).toContain('2,100 labelled rows of 2,100 rows of cur.csv usable for the metrics: too few to decide');
    const unnamed = perClassChecks(perClassContext(classRows(0.55), (c) => {
      short(c);
      c.explicit = new Set();
    }));
    expect(unnamed).toEqual([]);
  });

  it('reports only the table without bounds, and nothing for regression', () => {
    const rows = classRows(0.55);
    const t = makeTable('cur.csv', { y: rows.y, pb: rows.pb, pc: rows.pc });
    const ctx = makeContext(t, t, { task: 'classification', config: (c) => Object.assign(c.columns, { target: 'y', baseline_prediction: 'pb', candidate_prediction: 'pc' }) });
    expect(perClassChecks(ctx).map((r) => [r.id, r.status])).toEqual([['performance.per_class', 'info']]);
    const num = makeTable('cur.csv', { y: [1.5, 2.5], p: [1, 2] });
    expect(perClassChecks(makeContext(num, num, { task: 'regression' }))).toEqual([]);
  });
});

/**
 * Two groups of `sex`, 1,000 rows each, 400 positives: the baseline finds 80 % of the positives of
 * both (TPR 0.8) and flags 10 % of the negatives; the candidate finds 90 % in F and 70 % in M (the
 * same TPR overall, the same accuracy) or, `fair`, 80 % of both on other rows.
 */
type GroupCols = { x: number[]; sex: string[]; y: number[]; pb: number[]; pc: number[] } & Record<string, number[] | string[]>;

function groupRows(fair: boolean, extraGroup = 0): GroupCols {
  const sex: string[] = [], y: number[] = [], pb: number[] = [], pc: number[] = [], x: number[] = [];
  const add = (g: string, n: number, tprC: number) => {
    const pos = Math.round(0.4 * n);
    for (let j = 0; j < n; j++) {
      const positive = j < pos;
      sex.push(g);
      y.push(positive ? 1 : 0);
      x.push(j);
      if (positive) {
        pb.push(j < 0.8 * pos ? 1 : 0);
        pc.push((fair ? j >= 0.2 * pos : j < tprC * pos) ? 1 : 0);
      } else {
        const k = j - pos;
        pb.push(k < 0.1 * (n - pos) ? 1 : 0);
        pc.push(k < 0.1 * (n - pos) ? 1 : 0);
      }
    }
  };
  add('F', 1000, 0.9);
  add('M', 1000, 0.7);
  if (extraGroup > 0) add('X', extraGroup, 0.8);
  return { x, sex, y, pb, pc } as GroupCols;
}

function fairnessContext(cols: Record<string, number[] | string[]>, edit?: (c: GateConfig) => void, reference?: Record<string, number[] | string[]>) {
  const cur = makeTable('cur.csv', cols);
  const ref = reference ? makeTable('ref.csv', reference) : cur;
  return makeContext(ref, cur, {
    task: 'classification',
    config: (c) => {
      Object.assign(c.columns, { target: 'y', baseline_prediction: 'pb', candidate_prediction: 'pc', positive_class: '1', exclude: ['sex'] });
      c.fairness = { ...c.fairness, groups: ['sex'], metrics: ['selection_rate', 'tpr', 'fpr'] };
      c.explicit = new Set(['fairness', 'fairness.groups']);
      edit?.(c);
    },
  });
}

describe('fairness across groups', () => {
  it('fails when the candidate widens the TPR gap while the overall metrics hold', () => {
    const ctx = fairnessContext(groupRows(false));
    expect(ctx.features).not.toContain('sex');
    // A feature list without the group column: the same results.
    const listed = fairnessContext(groupRows(false), (c) => (c.columns = { ...c.columns, exclude: [], features: ['x'] }));
    expect(listed.features).toEqual(['x']);
    expect(fairnessChecks(listed).map((r) => [r.id, r.status, r.value])).toEqual(fairnessChecks(ctx).map((r) => [r.id, r.status, r.value]));
    const perf = performanceChecks(ctx);
    expect(byId(perf, 'performance.accuracy.change').value).toBe(0);
    expect(byId(perf, 'performance.recall.change').value).toBe(0);
    expect(perf.filter((r) => r.status === 'fail')).toEqual([]);
    const rs = fairnessChecks(ctx);
    const tpr = byId(rs, 'performance.fairness.sex.tpr');
    expect(tpr.status).toBe('info');
    expect(tpr.value).toBeCloseTo(0.2, 12);
    expect(tpr.message).toContain('Equal opportunity difference');
    const widened = byId(rs, 'performance.fairness.sex.tpr.change');
    expect(widened.status).toBe('fail');
    expect(widened.value).toBeCloseTo(0.2, 12);
    expect(byId(rs, 'performance.fairness.sex.equalized_odds.change').status).toBe('fail');
    // The selection rate moves by ±0.04 in each group: demographic parity widens by 0.08.
    expect(byId(rs, 'performance.fairness.sex.selection_rate').value).toBeCloseTo(0.08, 12);
    // The FPR is the same in both groups for both models.
    const fpr = byId(rs, 'performance.fairness.sex.fpr.change');
    expect(fpr.value).toBe(0);
    // Both models flag the same negatives: no resample can widen the FPR gap, a certain pass.
    expect(fpr.status).toBe('pass');
    expect(fpr.message).toContain('predict alike on every row it counts');
    const groups = (tpr.details?.groups as Record<string, { group: string; candidate: { value: number; lo: number; hi: number } }[]>).tpr;
    expect(groups.map((g) => [g.group, g.candidate.value])).toEqual([['F', 0.9], ['M', 0.7]]);
    // Wilson 95 % interval of 360/400: scipy 1.10 binomtest(360, 400).proportion_ci(0.95, 'wilson').
    expect(groups[0].candidate.lo).toBeCloseTo(0.8666894236725972, 12);
    expect(groups[0].candidate.hi).toBeCloseTo(0.9257007408599657, 12);
  });

  it('per class: a class both models predict alike on every row passes, not inconclusive', () => {
    const ctx = fairnessContext(groupRows(false), (c) => {
      c.tests.performance.per_class = { ...c.tests.performance.per_class, recall: { ...c.tests.performance.per_class.recall, max_degradation: 0.05 } };
    });
    const negatives = byId(perClassChecks(ctx), 'performance.per_class.0.recall.change');
    expect(negatives.status).toBe('pass');
    expect(negatives.message).toContain('predict alike on every row it counts');
  });

  it('passes when the gap stays the same, and gates max_gap on the candidate', () => {
    const rs = fairnessChecks(fairnessContext(groupRows(true), (c) => (c.fairness = { ...c.fairness, max_gap: 0.05 })));
    expect(byId(rs, 'performance.fairness.sex.tpr.change').status).toBe('pass');
    expect(byId(rs, 'performance.fairness.sex.tpr').status).toBe('pass');
    const bounded = fairnessChecks(fairnessContext(groupRows(false), (c) => (c.fairness = { ...c.fairness, max_gap: 0.1, max_widening: null })));
    expect(byId(bounded, 'performance.fairness.sex.tpr').status).toBe('fail');
    expect(byId(bounded, 'performance.fairness.sex.selection_rate').status).toBe('pass');
    expect(bounded.some((r) => r.id.endsWith('.change'))).toBe(false);
  });

  it('leaves a small group out of the gap and names it', () => {
    const rs = fairnessChecks(fairnessContext(groupRows(false, 50)));
    const tpr = byId(rs, 'performance.fairness.sex.tpr');
    // X has 20 labelled positives, below the default 30: TPR gap over F and M only.
    expect(tpr.value).toBeCloseTo(0.2, 12);
    expect(tpr.message).toContain('"X" (20 labelled positives)');
    // Its 50 rows count for the selection rate.
    const sel = byId(rs, 'performance.fairness.sex.selection_rate');
    expect((sel.details?.groups as Record<string, { group: string; in_gap: boolean }[]>).selection_rate.map((g) => g.in_gap)).toEqual([true, true, true]);
  });

  it('errors naming the column and the file when a group column is missing from one file', () => {
    const cols = groupRows(false);
    const { sex: _, ...noSex } = cols;
    const rs = fairnessChecks(fairnessContext(cols, undefined, noSex));
    const r = byId(rs, 'performance.fairness.sex');
    expect(r.status).toBe('error');
    expect(r.message).toContain('ref.csv: group column "sex" named by config key fairness.groups is not in the file');
    const typo = byId(fairnessChecks(fairnessContext(cols, (c) => (c.fairness = { ...c.fairness, groups: ['sexx'] }))), 'performance.fairness.sexx');
    expect(typo.message).toContain('cur.csv: group column "sexx"');
    expect(typo.message).toContain('did you mean "sex"?');
  });

  it('errors when too few groups are left, for a multiclass task without a positive class, and without a baseline only when max_widening is written', () => {
    // A default metric the data cannot measure, beside one that runs: skipped, saying how to require it.
    const few = fairnessChecks(fairnessContext(groupRows(false), (c) => (c.fairness = { ...c.fairness, min_group_rows: 500 })));
    expect(byId(few, 'performance.fairness.sex.tpr').status).toBe('skip');
    expect(byId(few, 'performance.fairness.sex.tpr').message).toContain('set fairness.metrics to require it');
    expect(byId(few, 'performance.fairness.sex.selection_rate').status).toBe('info');
    // Listed in fairness.metrics: an error.
    const listed = fairnessChecks(fairnessContext(groupRows(false), (c) => {
      c.fairness = { ...c.fairness, min_group_rows: 500 };
      c.explicit = new Set([...c.explicit, 'fairness.metrics']);
    }));
    expect(byId(listed, 'performance.fairness.sex.tpr').status).toBe('error');
    // Nothing measurable at all: an error, since fairness was asked for.
    const none = fairnessChecks(fairnessContext(groupRows(false), (c) => (c.fairness = { ...c.fairness, min_group_rows: 5000 })));
    for (const m of ['selection_rate', 'tpr', 'fpr']) expect(byId(none, `performance.fairness.sex.${m}`).status).toBe('error');
    const multi = groupRows(false);
    multi.y = multi.y.map((v, i) => (i % 7 === 0 ? 2 : v));
    const m = fairnessChecks(fairnessContext(multi, (c) => (c.columns.positive_class = null)));
    expect(byId(m, 'performance.fairness').status).toBe('error');
    expect(byId(m, 'performance.fairness').message).toContain('fairness.positive_class');
    // One-vs-rest with a named positive class: class 2 rows count as negatives of class 1.
    const ovr = fairnessChecks(fairnessContext(multi, (c) => (c.fairness = { ...c.fairness, positive_class: '1' })));
    const tpr = byId(ovr, 'performance.fairness.sex.tpr');
    const table = (tpr.details?.groups as Record<string, { candidate: { num: number; den: number } }[]>).tpr;
    const positives = (g: string) => multi.y.filter((v, i) => v === 1 && multi.sex[i] === g).length;
    expect(table.map((r) => r.candidate.den)).toEqual([positives('F'), positives('M')]);
    expect(byId(fairnessChecks(fairnessContext(multi, (c) => (c.fairness = { ...c.fairness, positive_class: '7' }))), 'performance.fairness').message).toContain('"7" is not one of the known classes');
    const noBaseline = (explicit: boolean) =>
      fairnessChecks(
        fairnessContext(groupRows(false), (c) => {
          c.columns.baseline_prediction = null;
          if (explicit) c.explicit = new Set([...c.explicit, 'fairness.max_widening']);
        }),
      );
    expect(byId(noBaseline(false), 'performance.fairness.sex.tpr.change').status).toBe('skip');
    expect(byId(noBaseline(true), 'performance.fairness.sex.tpr.change').status).toBe('error');
  });

  it('groups by a crossing of two columns', () => {
    const cols = groupRows(false);
    cols.band = cols.x.map((v) => (v % 2 === 0 ? 'even' : 'odd'));
    const rs = fairnessChecks(fairnessContext(cols, (c) => (c.fairness = { ...c.fairness, groups: [['sex', 'band']], metrics: ['selection_rate'] })));
    const r = byId(rs, 'performance.fairness.sex × band.selection_rate');
    expect((r.details?.groups as Record<string, { group: string }[]>).selection_rate.map((g) => g.group)).toEqual(['F × even', 'F × odd', 'M × even', 'M × odd']);
  });
});

describe('fairness and per-class config', () => {
  const base = { reference: 'r.csv', current: 'c.csv' };
  it('refuses fairness settings without groups, and fairness on a regression', () => {
    expect(() => resolveConfig({ ...base, fairness: { max_gap: 0.1 } }, 'x.yml')).toThrow(/fairness\.groups/);
    expect(() => resolveConfig({ ...base, task: 'regression', fairness: { groups: ['sex'] } }, 'x.yml')).toThrow(/config key fairness: fairness across groups applies to classification only/);
    expect(() => resolveConfig({ ...base, task: 'regression', tests: { performance: { per_class: { recall: { max_degradation: 0.05 } } } } }, 'x.yml')).toThrow(/per_class/);
    expect(() => resolveConfig({ ...base, fairness: { groups: ['sex'], metrics: ['accuracy'] } }, 'x.yml')).toThrow(/fairness\.metrics/);
  });

  it('overlays the user\'s values on the defaults', () => {
    expect(resolveConfig({ ...base, fairness: { groups: ['sex'], positive_class: 1 } }, 'x.yml').fairness.positive_class).toBe('1');
    const cfg = resolveConfig({ ...base, fairness: { groups: ['sex', ['sex', 'age']], max_gap: 0.1 }, tests: { performance: { per_class: { min_support: 50, recall: { max_degradation: 0.05 }, classes: { fraud: { recall: { min: 0.5 } } } } } } }, 'x.yml');
    expect(cfg.fairness).toMatchObject({ groups: ['sex', ['sex', 'age']], max_gap: 0.1, max_widening: 0.02, min_group_rows: 30, metrics: ['selection_rate', 'tpr', 'fpr'] });
    const pc = cfg.tests.performance.per_class;
    expect(pc.min_support).toBe(50);
    expect(pc.recall).toMatchObject({ enabled: true, max_degradation: 0.05, min: null });
    expect(pc.precision.max_degradation).toBeNull();
    expect(pc.classes).toEqual({ fraud: { recall: { min: 0.5 } } });
  });
});

describe('per-class and fairness through runGate', () => {
  it('a rare class losing recall fails the gate while macro recall holds', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-class-'));
    const rows = classRows(0.55);
    const csv = ['x,y,pb,pc', ...rows.y.map((y, i) => `${i % 97},${y},${rows.pb[i]},${rows.pc[i]}`)].join('\n');
    writeFileSync(join(dir, 'ref.csv'), csv);
    writeFileSync(join(dir, 'cur.csv'), csv);
    writeFileSync(
      join(dir, 'model-gate.yml'),
      'task: classification\nreference: ref.csv\ncurrent: cur.csv\ncolumns: { target: y, baseline_prediction: pb, candidate_prediction: pc }\ntests:\n  performance:\n    metrics:\n      macro_recall: { max_degradation: 0.05 }\n    per_class: { recall: { max_degradation: 0.05 }, min_support: 30 }\n',
    );
    const report = await runGate({ configPath: 'model-gate.yml', cwd: dir });
    const status = (id: string) => report.tests.find((t) => t.id === id)?.status;
    expect(status('performance.macro_recall.change')).toBe('pass');
    expect(status('performance.per_class.e.recall.change')).toBe('fail');
    expect(status('performance.per_class.a.recall.change')).toBe('pass');
    expect(report.verdict).toBe('fail');
  });

  it('a group column left out of the features still groups, and the widened gap fails the gate', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-fair-'));
    const cols = groupRows(false);
    const names = Object.keys(cols);
    const csv = [names.join(','), ...cols.x.map((_, i) => names.map((n) => cols[n][i]).join(','))].join('\n');
    writeFileSync(join(dir, 'ref.csv'), csv);
    writeFileSync(join(dir, 'cur.csv'), csv);
    writeFileSync(
      join(dir, 'model-gate.yml'),
      'task: classification\nreference: ref.csv\ncurrent: cur.csv\ncolumns: { target: y, baseline_prediction: pb, candidate_prediction: pc, positive_class: 1, exclude: [sex] }\nfairness:\n  groups: [sex]\n  metrics: [tpr]\n',
    );
    const report = await runGate({ configPath: 'model-gate.yml', cwd: dir });
    expect(report.tests.filter((t) => t.status === 'error').map((t) => t.message)).toEqual([]);
    expect(report.tests.find((t) => t.id === 'performance.fairness.sex.tpr.change')?.status).toBe('fail');
    expect(report.tests.some((t) => t.family === 'drift' && t.column === 'sex')).toBe(false);
    expect(report.verdict).toBe('fail');
  });
});
