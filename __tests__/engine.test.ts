import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inferTask, runGate } from '../src/engine.js';
import type { NumericColumn, CategoricalColumn } from '../src/data/table.js';
import { ROOT } from './helpers/node-binaries.js';
import { mulberry32 } from './helpers/random.js';

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'mg-engine-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const num = (values: number[]): NumericColumn => ({ kind: 'numeric', name: 'y', values: Float64Array.from(values), missing: values.filter(Number.isNaN).length });

describe('inferTask', () => {
  it('reads few integer values and categories as classification, the rest as regression', () => {
    expect(inferTask(num([0, 1, 1, 0, NaN]))).toBe('classification');
    expect(inferTask(num([0.5, 1, 2]))).toBe('regression');
    expect(inferTask(num(Array.from({ length: 30 }, (_, i) => i)))).toBe('regression');
    const cat: CategoricalColumn = { kind: 'categorical', name: 'y', codes: Int32Array.from([0, 1]), dictionary: ['a', 'b'], missing: 0 };
    expect(inferTask(cat)).toBe('classification');
    expect(inferTask(num([NaN, NaN]))).toBeNull();
    expect(inferTask(undefined)).toBeNull();
  });
});

describe('runGate', () => {
  it('gives the bundled example a fail verdict with every family present', async () => {
    const report = await runGate({ configPath: 'examples/model-gate.yml', cwd: ROOT });
    expect(report.verdict).toBe('fail');
    expect(report.task).toBe('classification');
    expect(report.data.reference?.rows).toBe(6000);
    expect(report.data.current).toMatchObject({ rows: 4000, labelled_rows: 4000 });
    const families = new Set(report.tests.map((t) => t.family));
    expect([...families].sort()).toEqual(['differential', 'drift', 'performance', 'quality']);
    const byId = new Map(report.tests.map((t) => [t.id, t]));
    expect(byId.get('performance.accuracy.change')?.status).toBe('fail');
    expect(byId.get('performance.roc_auc.change')?.status).toBe('fail');
    // Incomes rose 18% and a region appeared: both must be seen.
    expect(byId.get('drift.income')?.status).toBe('warn');
    expect(report.tests.some((t) => t.column === 'region' && t.family === 'quality' && t.status !== 'pass')).toBe(true);
    expect(new Set(report.tests.map((t) => t.id)).size).toBe(report.tests.length);
  });

  it('runs the tests the columns allow when only the files and the target are named', async () => {
    const ref = ['x,c,y', ...Array.from({ length: 50 }, (_, i) => `${i},${i % 3 ? 'a' : 'b'},${i % 2}`)].join('\n');
    const dir = workspace({ 'model-gate.yml': 'reference: ref.csv\ncurrent: cur.csv\nmin_rows: 50\ncolumns: { target: y }\n', 'ref.csv': ref, 'cur.csv': ref });
    const report = await runGate({ configPath: 'model-gate.yml', cwd: dir });
    expect(report.verdict).toBe('pass');
    expect(report.tests.some((t) => t.id === 'drift.x' && t.status === 'pass')).toBe(true);
    const perf = report.tests.filter((t) => t.family === 'performance');
    expect(perf.length).toBeGreaterThan(0);
    expect(perf.every((t) => t.status === 'skip')).toBe(true);
    expect(perf[0]!.message).toMatch(/prediction/);
  });

  it('turns a configured column missing from the current file into an input error', async () => {
    const dir = workspace({
      'model-gate.yml': 'reference: ref.csv\ncurrent: cur.csv\ncolumns: { target: y, candidate_prediction: pred }\n',
      'ref.csv': 'x,y\n1,0\n2,1\n',
      'cur.csv': 'x,y\n1,0\n2,1\n',
    });
    const report = await runGate({ configPath: 'model-gate.yml', cwd: dir });
    expect(report.verdict).toBe('error');
    expect(report.tests).toHaveLength(1);
    expect(report.tests[0]!.message).toContain('cur.csv: column "pred" named by config key columns.candidate_prediction is not in the file');
  });

  it('reports a YAML alias bomb as a config error in the report, not an internal error', async () => {
    const lines = ['reference: ref.csv', 'current: cur.csv', 'a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 10; i++) lines.push(`l${i}: &l${i} [${Array(10).fill(i === 1 ? '*a' : `*l${i - 1}`).join(', ')}]`);
    const dir = workspace({ 'model-gate.yml': `${lines.join('\n')}\n` });
    const report = await runGate({ configPath: 'model-gate.yml', cwd: dir });
    expect(report.verdict).toBe('error');
    expect(report.tests).toHaveLength(1);
    expect(report.tests[0]).toMatchObject({ id: 'input.config', status: 'error' });
    expect(report.tests[0]!.message).toMatch(/^model-gate\.yml: invalid YAML: its aliases .* alias bomb/);
  });

  it('reports a config error as an error verdict, not an exception', async () => {
    const report = await runGate({ configPath: 'missing.yml', cwd: tmpdir() });
    expect(report.verdict).toBe('error');
    expect(report.tests[0]).toMatchObject({ id: 'input.config', family: 'input', status: 'error' });
    expect(report.tests[0]!.message).toBe('missing.yml: file not found');
  });

  describe('with a workspace root (as the action runs it)', () => {
    it('refuses data paths that leave the workspace', async () => {
      const dir = workspace({ 'model-gate.yml': 'reference: ../../../../../../etc/passwd\ncurrent: /proc/self/environ\n' });
      const report = await runGate({ configPath: 'model-gate.yml', cwd: dir, root: dir });
      expect(report.verdict).toBe('error');
      expect(report.tests[0]!.message).toMatch(/config key reference .* must be inside the workspace/);
      expect(JSON.stringify(report)).not.toContain('root:');
    });

    it('refuses a link inside the workspace that points outside', async () => {
      const dir = workspace({ 'model-gate.yml': 'reference: ref.csv\ncurrent: data/cur.csv\n', 'ref.csv': 'x\n1\n' });
      mkdirSync(join(dir, 'data'));
      symlinkSync('/proc/self/environ', join(dir, 'data', 'cur.csv'));
      const report = await runGate({ configPath: 'model-gate.yml', cwd: dir, root: dir });
      expect(report.tests[0]!.message).toMatch(/config key current \(data\/cur\.csv\) must be inside the workspace/);
    });

    it('refuses a config file outside the workspace', async () => {
      const dir = workspace({});
      const report = await runGate({ configPath: '/etc/hostname', cwd: dir, root: dir });
      expect(report.tests[0]!.message).toMatch(/the config file \/etc\/hostname must be inside the workspace/);
    });

    it('accepts paths inside', async () => {
      const report = await runGate({ configPath: 'examples/model-gate.yml', cwd: ROOT, root: ROOT });
      expect(report.verdict).toBe('fail');
    });
  });
});

/** `rows` rows of a feature x, a category, a target and both models' predictions (seeded). */
function csv(rows: number, seed: number, task: 'classification' | 'regression'): string {
  const r = mulberry32(seed);
  const lines = ['income,region,y,base_pred,cand_pred'];
  for (let i = 0; i < rows; i++) {
    const x = r() * 10;
    const region = ['north', 'south', 'east'][i % 3]!;
    if (task === 'classification') {
      const y = x + r() * 4 > 7 ? 1 : 0;
      lines.push(`${x.toFixed(3)},${region},${y},${x > 5 ? 1 : 0},${x > 5.2 ? 1 : 0}`);
    } else {
      const y = 2 * x + r();
      lines.push(`${x.toFixed(3)},${region},${y.toFixed(3)},${(2 * x + 0.4).toFixed(3)},${(2 * x + 0.6).toFixed(3)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

const ROLES = 'columns: { target: y, baseline_prediction: base_pred, candidate_prediction: cand_pred }\n';

async function gate(config: string, ref: string, cur: string) {
  const dir = workspace({ 'model-gate.yml': `reference: ref.csv\ncurrent: cur.csv\n${config}`, 'ref.csv': ref, 'cur.csv': cur });
  return runGate({ configPath: 'model-gate.yml', cwd: dir });
}

describe('settings that do not fit the inferred task', () => {
  const reg = [csv(300, 1, 'regression'), csv(300, 2, 'regression')] as const;
  const cls = [csv(300, 3, 'classification'), csv(300, 4, 'classification')] as const;

  it('turns roc_auc on a regression target into an input error, with the message of the load-time check', async () => {
    const report = await gate(`${ROLES}tests:\n  performance:\n    metrics:\n      roc_auc: { min: 0.8 }\n`, ...reg);
    expect(report.task).toBe('regression');
    expect(report.verdict).toBe('error');
    const errors = report.tests.filter((t) => t.status === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ id: 'input.task', family: 'input' });
    expect(errors[0]!.message).toBe(
      'config key tests.performance.metrics.roc_auc: the metric ROC AUC applies to classification only, but the task is regression (inferred from the target column "y"): remove the key, or set task if the inference is wrong',
    );
    // The rest of the run is still reported.
    expect(report.tests.some((t) => t.id === 'performance.mae.change')).toBe(true);
  });

  it('turns mae and r2 on a classification target into one input error each', async () => {
    const report = await gate(`${ROLES}tests:\n  performance:\n    metrics: { mae: { max: 1 }, r2: { min: 0.5 }, accuracy: { min: 0.5 } }\n`, ...cls);
    expect(report.task).toBe('classification');
    expect(report.verdict).toBe('error');
    const errors = report.tests.filter((t) => t.status === 'error').map((t) => [t.id, t.message.split(':')[0]]);
    expect(errors).toEqual([
      ['input.task.1', 'config key tests.performance.metrics.mae'],
      ['input.task.2', 'config key tests.performance.metrics.r2'],
    ]);
  });

  it('turns min_agreement on a regression target into an input error', async () => {
    const report = await gate(`${ROLES}tests:\n  differential: { min_agreement: 0.9 }\n`, ...reg);
    expect(report.verdict).toBe('error');
    expect(report.tests.find((t) => t.id === 'input.task')?.message).toMatch(/^config key tests\.differential\.min_agreement: .* but the task is regression \(inferred/);
  });

  it('turns max_abs_diff on a classification target into an input error', async () => {
    const report = await gate(`${ROLES}tests:\n  differential: { max_abs_diff: 1 }\n`, ...cls);
    expect(report.verdict).toBe('error');
    expect(report.tests.find((t) => t.id === 'input.task')?.message).toMatch(/^config key tests\.differential\.max_abs_diff: .* but the task is classification \(inferred/);
  });

  it('says nothing about keys that fit, nor about the defaults of the other task', async () => {
    const report = await gate(`${ROLES}tests:\n  performance:\n    metrics: { mae: { max: 100 }, roc_auc: false }\n`, ...reg);
    expect(report.tests.filter((t) => t.family === 'input')).toEqual([]);
    expect(report.verdict).not.toBe('error');
  });
});

describe('names that match no column', () => {
  const ref = csv(150, 5, 'classification');
  const cur = csv(150, 6, 'classification');
  const errorsOf = async (config: string) => {
    const report = await gate(config, ref, cur);
    expect(report.verdict).toBe('error');
    return report.tests.filter((t) => t.status === 'error').map((t) => t.message);
  };

  it('refuses tests.drift.columns.<column not in the data>, suggesting the real name', async () => {
    expect(await errorsOf(`${ROLES}tests:\n  drift:\n    columns:\n      incme: { method: psi }\n`)).toEqual([
      'config key tests.drift.columns.incme: no column of that name in ref.csv or cur.csv (did you mean "income"?)',
    ]);
  });

  it('refuses columns.exclude: [typo], suggesting the real name (case first)', async () => {
    expect(await errorsOf(`columns: { target: y, exclude: [Region] }\n`)).toEqual([
      'config key columns.exclude: "Region" is not a column of ref.csv or cur.csv (did you mean "region"?)',
    ]);
  });

  it('lists the columns when no name is close', async () => {
    expect(await errorsOf(`columns: { target: y, exclude: [timestamp] }\n`)).toEqual([
      'config key columns.exclude: "timestamp" is not a column of ref.csv or cur.csv (their columns: "income", "region", "y", "base_pred", "cand_pred")',
    ]);
  });

  it('suggests names for role columns, features and type overrides', async () => {
    const messages = await errorsOf(
      'columns: { target: Y, candidate_prediction: cand_prd, features: [incomes], types: { regoin: categorical } }\n',
    );
    expect(messages).toEqual([
      'cur.csv: column "Y" named by config key columns.target is not in the file (did you mean "y"?)',
      'cur.csv: column "cand_prd" named by config key columns.candidate_prediction is not in the file (did you mean "cand_pred"?)',
      'ref.csv: feature column "incomes" named by config key columns.features is not in the file (did you mean "income"?)',
      'cur.csv: feature column "incomes" named by config key columns.features is not in the file (did you mean "income"?)',
      'config key columns.types.regoin: no column of that name in ref.csv or cur.csv (did you mean "region"?)',
    ]);
  });

  it('shows at most 20 unmatched names, then how many more', async () => {
    const many = Array.from({ length: 30 }, (_, i) => `missing_${i}`);
    const messages = await errorsOf(`columns: { target: y, exclude: [${many.join(', ')}] }\n`);
    expect(messages).toHaveLength(21);
    expect(messages[19]).toContain('"missing_19"');
    expect(messages[20]).toBe('… and 10 more names in the config that match no column');
  });

  it('never writes a control character of a name raw', async () => {
    const withEscape = '"inc\u001b[2Jome",x\n1,2\n';
    const report = await gate('min_rows: 1\ntests:\n  drift:\n    columns:\n      "inc\\nome": { method: psi }\n', withEscape, withEscape);
    const message = report.tests.find((t) => t.status === 'error')!.message;
    expect(message).toBe('config key tests.drift.columns."inc\\nome": no column of that name in ref.csv or cur.csv (their columns: "inc\\u001b[2Jome", "x")');
    expect(message).not.toMatch(/[\u0000-\u001f]/u);
  });
});

describe('min_rows', () => {
  it('fails one current row against many reference rows, and still runs the other tests', async () => {
    const ref = csv(2000, 7, 'classification');
    const cur = csv(1, 8, 'classification');
    const report = await gate(ROLES, ref, cur);
    expect(report.verdict).toBe('fail');
    const rows = report.tests.find((t) => t.id === 'input.rows')!;
    expect(rows).toMatchObject({ family: 'input', status: 'fail', severity: 'fail', value: 1, threshold: { bad: 'below', fail: 100 } });
    expect(rows.message).toBe('cur.csv: 1 row, fewer than the minimum of 100 rows for the current file (config key min_rows): too few for any comparison to mean something');
    expect(report.tests.some((t) => t.id === 'input.reference_rows')).toBe(false);
    expect(report.tests.some((t) => t.family === 'performance')).toBe(true);
    expect(report.tests.some((t) => t.family === 'drift')).toBe(true);
  });

  it('fails a reference file below the minimum, at the limit written', async () => {
    const report = await gate(`min_rows: 200\n${ROLES}`, csv(199, 9, 'classification'), csv(200, 10, 'classification'));
    expect(report.tests.filter((t) => t.family === 'input').map((t) => [t.id, t.status, t.value])).toEqual([['input.reference_rows', 'fail', 199]]);
    expect(report.verdict).toBe('fail');
  });

  it('adds nothing when both files have enough rows, and min_rows: 0 turns the check off', async () => {
    const enough = await gate(ROLES, csv(100, 11, 'classification'), csv(100, 12, 'classification'));
    expect(enough.tests.filter((t) => t.family === 'input')).toEqual([]);
    const off = await gate(`min_rows: 0\n${ROLES}`, csv(3, 13, 'classification'), csv(2, 14, 'classification'));
    expect(off.tests.filter((t) => t.family === 'input')).toEqual([]);
  });
});
