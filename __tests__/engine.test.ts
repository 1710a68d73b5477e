import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inferTask, runGate } from '../src/engine.js';
import type { NumericColumn, CategoricalColumn } from '../src/data/table.js';
import { ROOT } from './helpers/node-binaries.js';

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
    const dir = workspace({ 'model-gate.yml': 'reference: ref.csv\ncurrent: cur.csv\ncolumns: { target: y }\n', 'ref.csv': ref, 'cur.csv': ref });
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
