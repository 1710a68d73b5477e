/**
 * The gate with its defaults on data no one here wrote: Seattle's daily weather (NOAA, shipped by
 * the npm package vega-datasets; see __tests__/fixtures/real/README.md) and a rain-tomorrow model.
 * A random split of the same days with the model retrained under another seed must PASS; the same
 * days with four data faults must FAIL, each fault caught by the test named for it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runGate } from '../src/engine.js';
import type { TestResult } from '../src/results/types.js';
import { ROOT } from './helpers/node-binaries.js';

const DIR = join(ROOT, '__tests__', 'fixtures', 'real');

/** Every result that is neither pass nor a bare measurement, as one line each: a failing test shows them all. */
const attention = (tests: readonly TestResult[]) =>
  tests.filter((t) => t.status !== 'pass' && t.status !== 'info').map((t) => `${t.status} ${t.id}: ${t.message}`);

describe('real data: Seattle weather and a rain-tomorrow model', () => {
  it('passes a random split of the same days whose candidate is the same model with another seed', async () => {
    const report = await runGate({ configPath: 'no-change.yml', cwd: DIR });
    // Issue 11 saw eight warnings here: six inconclusive performance changes, a range warning for
    // 4 values, and 365 "unseen categories" in the excluded date column.
    expect(attention(report.tests)).toEqual([]);
    expect(report.verdict).toBe('pass');
    expect(report.data.current).toMatchObject({ rows: 365, labelled_rows: 365 });
    // `columns.exclude` removes a column from every test, not only from the features.
    expect(report.tests.filter((t) => t.column === 'date').map((t) => t.id)).toEqual([]);
  });

  it('fails the same days with four data faults, each caught by its own test', async () => {
    const report = await runGate({ configPath: 'faults.yml', cwd: DIR });
    const status = (id: string) => report.tests.find((t) => t.id === id)?.status ?? 'absent';
    expect({
      renamed_category: status('quality.categories.weather'),
      new_missing_values: status('quality.missing.wind'),
      fahrenheit_in_celsius: status('quality.range.temp_max'),
      sentinel: status('quality.range.temp_min'),
    }).toEqual({ renamed_category: 'fail', new_missing_values: 'fail', fahrenheit_in_celsius: 'fail', sentinel: 'fail' });
    expect(report.verdict).toBe('fail');
  });

  it('holds exactly what scripts/make-real-fixtures.mjs writes', () => {
    const out = mkdtempSync(join(tmpdir(), 'mg-real-'));
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'make-real-fixtures.mjs'), out], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const written = readdirSync(out).sort();
    expect(written).toEqual(['current-faults.csv', 'current.csv', 'faults.yml', 'no-change.yml', 'reference.csv']);
    for (const name of written) expect(readFileSync(join(out, name), 'utf8'), name).toBe(readFileSync(join(DIR, name), 'utf8'));
  });
});
