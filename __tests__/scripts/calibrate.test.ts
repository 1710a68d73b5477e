/**
 * The pieces of `npm run calibrate` (scripts/calibrate/*.mjs): the simulated data has the
 * properties the calibration table claims for it, the counting is right, and the gate meets the
 * calibration targets on a sample of the runs.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLUMNS, CONFIG_YAML, generateCsv, SHIFT_COLUMN, SHIFT_COLUMN_SD } from '../../scripts/calibrate/data.mjs';
import { causesOf, causeText, driftStatus, markdownTable, percent, share, tally, topCauses } from '../../scripts/calibrate/tally.mjs';
import { runGate } from '../../src/engine.js';

function parse(csv: string): { header: string[]; column: (name: string) => string[] } {
  const lines = csv.trimEnd().split('\n');
  const header = lines[0]!.split(',');
  const cells = lines.slice(1).map((l) => l.split(','));
  return { header, column: (name) => cells.map((c) => c[header.indexOf(name)]!) };
}

const mean = (xs: string[]) => {
  const v = xs.filter((x) => x !== '').map(Number);
  return v.reduce((s, x) => s + x, 0) / v.length;
};
const shareOf = (xs: string[], pred: (x: string) => boolean) => xs.filter(pred).length / xs.length;

describe('calibration data', () => {
  const N = 50_000;
  const base = parse(generateCsv({ n: N, seed: 11 }));

  it('is seeded: the same seed gives the same file, another seed another file', () => {
    const a = generateCsv({ n: 300, seed: 5 });
    expect(generateCsv({ n: 300, seed: 5 })).toBe(a);
    expect(generateCsv({ n: 300, seed: 6 })).not.toBe(a);
    expect(a.trimEnd().split('\n')).toHaveLength(301);
  });

  it('has the shapes it claims: missing values, rare categories, unique ids, a binary target', () => {
    expect(base.header).toEqual(COLUMNS);
    // Missing shares as generated (3 %, 1 %, 5 %, 2 %), within 5 standard errors at 50,000 rows.
    for (const [name, p] of [['income', 0.03], ['temperature', 0.01], ['tenure_months', 0.05], ['product', 0.02]] as const) {
      expect(Math.abs(shareOf(base.column(name), (x) => x === '') - p), name).toBeLessThan(5 * Math.sqrt((p * (1 - p)) / N));
    }
    // The two rarest regions have weights 0.2 and 0.1 in 100.
    expect(shareOf(base.column('region'), (x) => x === 'desert')).toBeGreaterThan(0);
    expect(shareOf(base.column('region'), (x) => x === 'desert')).toBeLessThan(0.003);
    expect(new Set(base.column('product')).size).toBe(41);
    expect(new Set(base.column('customer_id')).size).toBe(N);
    expect(new Set(base.column('churned'))).toEqual(new Set(['0', '1']));
    expect(shareOf(base.column('balance'), (x) => x === '0.00')).toBeCloseTo(0.3, 1);
  });

  it('makes baseline and candidate the same model: equal accuracy, a few percent of predictions differ', () => {
    const y = base.column('churned');
    const b = base.column('baseline_prediction');
    const c = base.column('candidate_prediction');
    const accB = shareOf(y.map((v, i) => (v === b[i] ? '1' : '0')), (x) => x === '1');
    const accC = shareOf(y.map((v, i) => (v === c[i] ? '1' : '0')), (x) => x === '1');
    expect(Math.abs(accC - accB)).toBeLessThan(0.005);
    const flips = shareOf(b.map((v, i) => (v === c[i] ? '0' : '1')), (x) => x === '1');
    expect(flips).toBeGreaterThan(0.01);
    expect(flips).toBeLessThan(0.1);
  });

  it('regression scenario: the candidate is about 3 points of accuracy worse', () => {
    const r = parse(generateCsv({ n: N, seed: 11, regression: true }));
    const y = r.column('churned');
    const acc = (col: string) => shareOf(r.column(col).map((v, i) => (v === y[i] ? '1' : '0')), (x) => x === '1');
    const delta = acc('candidate_prediction') - acc('baseline_prediction');
    expect(delta).toBeGreaterThan(-0.04);
    expect(delta).toBeLessThan(-0.02);
  });

  it('shift scenario: moves only the shift column, by the asked number of standard deviations', () => {
    const s = parse(generateCsv({ n: N, seed: 12, shiftSd: 0.3 }));
    // Two independent means of 50,000 values with sd 8: the difference has sd 0.05 (0.25 is 5 of them).
    expect(Math.abs(mean(s.column(SHIFT_COLUMN)) - mean(base.column(SHIFT_COLUMN)) - 0.3 * SHIFT_COLUMN_SD)).toBeLessThan(0.25);
    // Other columns keep their distribution (within 5 standard errors of the difference).
    expect(Math.abs(mean(s.column('age')) - mean(base.column('age')))).toBeLessThan(5 * 12 * Math.sqrt(2 / N));
  });
});

describe('calibration tally', () => {
  const report = (verdict: string, tests: [string, string][]) => ({ verdict, tests: tests.map(([id, status]) => ({ id, status })) });

  it('charges a verdict to the tests with that status only', () => {
    expect(causesOf(report('pass', [['a', 'pass']]))).toEqual([]);
    expect(causesOf(report('fail', [['a', 'warn'], ['b', 'fail'], ['c', 'pass']]))).toEqual([{ id: 'b', status: 'fail' }]);
    expect(causesOf(report('warn', [['a', 'warn'], ['d', 'info']]))).toEqual([{ id: 'a', status: 'warn' }]);
    expect(causesOf(null, '\nmodel-gate: config key x: unknown\nmore')).toEqual([{ id: 'input: model-gate: config key x: unknown', status: 'error' }]);
  });

  it('finds a column\'s own drift test, not the dataset one', () => {
    const r = {
      verdict: 'warn',
      tests: [
        { id: 'drift.dataset', family: 'drift', status: 'fail' },
        { id: 'quality.range.t', family: 'quality', column: 't', status: 'pass' },
        { id: 'drift.t', family: 'drift', column: 't', status: 'warn' },
      ],
    };
    expect(driftStatus(r, 't')).toBe('warn');
    expect(driftStatus(r, 'u')).toBe('absent');
    expect(driftStatus(null, 't')).toBe('absent');
  });

  it('counts verdicts, and each test once per run, by status', () => {
    const t = tally([
      { verdict: 'pass', causes: [] },
      { verdict: 'warn', causes: [{ id: 'a', status: 'warn' }, { id: 'a', status: 'warn' }] },
      { verdict: 'fail', causes: [{ id: 'a', status: 'fail' }, { id: 'b', status: 'fail' }] },
      { verdict: 'warn', causes: [{ id: 'b', status: 'warn' }] },
    ]);
    expect(t.runs).toBe(4);
    expect(t.counts).toEqual({ pass: 1, warn: 2, fail: 1, error: 0 });
    expect(t.causes.get('a')).toEqual({ runs: 2, warn: 1, fail: 1, error: 0 });
    expect(topCauses(t.causes).map(([id]) => id)).toEqual(['a', 'b']);
    expect(causeText(topCauses(t.causes)[0]!, 4)).toBe('`a` 2/4 (FAIL 1, WARN 1)');
  });

  it('writes the table, with a dash where a scenario did not run', () => {
    const noChange = tally([
      { verdict: 'pass', causes: [] },
      { verdict: 'pass', causes: [] },
      { verdict: 'pass', causes: [] },
      { verdict: 'warn', causes: [{ id: 'a', status: 'warn' }] },
    ]);
    const table = markdownTable([
      { n: 200, noChange, shift: { runs: 0, drift: 0, notPass: 0 }, regression: null },
      { n: 20_000, noChange, shift: { runs: 5, drift: 5, notPass: 4 }, regression: { runs: 5, fail: 5 } },
    ]).split('\n');
    expect(table).toHaveLength(4);
    expect(table[2]).toBe('| 200 | 4 | 75.0 % | 25.0 % | 0 % | 0 % | — | — | — |');
    expect(table[3]).toBe('| 20,000 | 4 | 75.0 % | 25.0 % | 0 % | 0 % | 100 % (5/5) | 80.0 % (4/5) | 100 % (5/5) |');
    expect(percent(0.9)).toBe('90.0 %');
    expect(share(0, 0)).toBe('—');
  });
});

/**
 * The gate itself on calibration data, in process and small enough for the test suite (the full
 * table comes from `npm run calibrate`). Issue 11: on no-change data with 200 rows per side, 19 of
 * 20 runs warned.
 */
describe('the gate with its defaults on calibration data', () => {
  /** As scripts/calibrate.mjs runs it: the shift is in the current file only, the regressed candidate in both. */
  async function verdictOn(n: number, run: number, { shiftSd = 0, regression = false } = {}) {
    const dir = mkdtempSync(join(tmpdir(), 'mg-calibrate-'));
    writeFileSync(join(dir, 'model-gate.yml'), CONFIG_YAML);
    writeFileSync(join(dir, 'reference.csv'), generateCsv({ n, seed: 1000 + 2 * run, regression }));
    writeFileSync(join(dir, 'current.csv'), generateCsv({ n, seed: 1001 + 2 * run, idStart: n, shiftSd, regression }));
    return runGate({ configPath: 'model-gate.yml', cwd: dir });
  }

  it('passes at least 17 of 20 no-change runs at 200 rows per side', async () => {
    const reports = [];
    for (let run = 0; run < 20; run++) reports.push(await verdictOn(200, run));
    const notPass = reports.filter((r) => r.verdict !== 'pass').map((r) => causesOf(r).map((c) => `${c.status} ${c.id}`).join(', '));
    expect(notPass.length, notPass.join('\n')).toBeLessThanOrEqual(3);
  });

  it('reports a 0.3σ shift of one column, and fails a 3-point accuracy regression, at 2,000 rows', async () => {
    const shifted = await verdictOn(2_000, 0, { shiftSd: 0.3 });
    expect(['warn', 'fail']).toContain(driftStatus(shifted, SHIFT_COLUMN));
    const regressed = await verdictOn(2_000, 0, { regression: true });
    expect(regressed.verdict).toBe('fail');
    // Failed by the performance comparison, not by something else in the files.
    expect(causesOf(regressed).every((c) => c.id.startsWith('performance.'))).toBe(true);
  });
});
