/**
 * The gate on SQL sources beyond the bundled example: a regression task (sums, the bootstrap from
 * the engine's moments, differences) against the CSV path on the same 120,000 rows; and what
 * cannot run: a failing query, a column the query lacks, tests that need rows (an error when the
 * config names them, a skip when they are defaults; date columns), a file on one side and a query on
 * the other; and the DuckDB limits read from the environment.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { runGate } from '../../src/engine.js';
import type { Report } from '../../src/results/types.js';

const dir = mkdtempSync(join(tmpdir(), 'mg-pushdown-gate-'));
const NOT_HERE = 'not available for SQL sources';

function write(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

const q = (file: string): string => `{ sql: "select * from read_csv('${join(dir, file)}')" }`;

beforeAll(async () => {
  // Deterministic rows (no random generator): three features, a numeric target and two models, and labels.
  const inst = await DuckDBInstance.create(':memory:');
  const con = await inst.connect();
  for (const [file, n, shift] of [['ref.csv', 120_000, 0], ['cur.csv', 110_000, 0.3], ['sref.csv', 3000, 0], ['scur.csv', 2000, 0.3]] as const) {
    await con.run(`COPY (SELECT round(sin(i * 12.9898) * 43758.5453 % 1, 4) + ${shift} AS x1,
        (ARRAY['a', 'b', 'c'])[1 + i % 3] AS x2, i % 7 AS x3,
        round(10 + 3 * sin(i) + 2 * cos(i * 0.37), 3) AS y,
        round(10 + 3 * sin(i) + 0.5 * cos(i * 1.1), 3) AS base,
        round(10 + 3 * sin(i) + 0.7 * cos(i * 1.3) + ${shift} * 0.1, 3) AS cand,
        i % 2 AS t, (i // 3) % 2 AS pb, (i // 5) % 2 AS pc
      FROM range(${n}) t(i)) TO '${join(dir, file)}' (HEADER)`);
  }
  inst.closeSync();
});

const REGRESSION = (ref: string, cur: string): string => `version: 1
task: regression
reference: ${ref}
current: ${cur}
columns: { target: y, baseline_prediction: base, candidate_prediction: cand, exclude: [t, pb, pc] }
tests:
  performance:
    metrics:
      mae: { max: 2, max_degradation: 0.01 }
      rmse: { max_relative_degradation: 0.05 }
      r2: { min: 0.5, max_degradation: 0.02 }
      mape: { max_degradation: 0.005 }
  differential: { max_mean_abs_diff: 0.5, max_abs_diff: 3 }
`;

describe('a regression task on DuckDB against the CSV path (120,000 and 110,000 rows)', () => {
  let csv: Report;
  let sql: Report;
  beforeAll(async () => {
    [csv, sql] = await Promise.all([
      runGate({ configPath: write('reg-csv.yml', REGRESSION(join(dir, 'ref.csv'), join(dir, 'cur.csv'))) }),
      runGate({ configPath: write('reg-sql.yml', REGRESSION(q('ref.csv'), q('cur.csv'))) }),
    ]);
  }, 120_000);

  it('gives the same verdict, and every value and status to 1e-9', () => {
    expect(sql.task).toBe('regression');
    expect(sql.verdict).toBe(csv.verdict);
    const other = new Map(sql.tests.map((t) => [t.id, t]));
    const compared: string[] = [];
    for (const t of csv.tests) {
      const u = other.get(t.id);
      if (t.value === null || !u || u.message.includes(NOT_HERE)) continue;
      compared.push(t.id);
      expect(u.status, `${t.id}: ${u.message}`).toBe(t.status);
      expect(Math.abs((u.value as number) - t.value), t.id).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(t.value)));
    }
    for (const id of ['performance.mae.value', 'performance.mae.change', 'performance.rmse.change', 'performance.r2.change', 'performance.mape.change',
      'differential.mean_abs_diff', 'differential.max_abs_diff', 'drift.x1', 'drift.x2', 'drift.x3', 'quality.range.x1']) {
      expect(compared).toContain(id);
    }
  });

  it('draws the same bootstrap interval from the engine moments as from the rows above 100,000 rows', () => {
    for (const m of ['mae', 'rmse', 'r2', 'mape']) {
      const a = csv.tests.find((t) => t.id === `performance.${m}.change`)?.details as { se: number };
      const b = sql.tests.find((t) => t.id === `performance.${m}.change`)?.details as { se: number };
      expect(b.se, m).toBeGreaterThan(0);
      expect(Math.abs(b.se - a.se), m).toBeLessThanOrEqual(1e-9 * a.se);
    }
  });
});

const CLASSIFY = (ref: string, cur: string, extra = ''): string => `version: 1
task: classification
reference: ${ref}
current: ${cur}
columns: { target: t, baseline_prediction: pb, candidate_prediction: pc, exclude: [y, base, cand] }
${extra}`;

describe('what cannot run on SQL sources', () => {
  it('a failing query is an input error naming the side and the engine, not a crash', async () => {
    const r = await runGate({ configPath: write('bad-query.yml', CLASSIFY(`{ sql: "select * from no_such_table" }`, q('scur.csv'))) });
    expect(r.verdict).toBe('error');
    const e = r.tests.find((t) => t.id === 'input.data');
    expect(e?.message).toContain('reference query (duckdb)');
    expect(e?.message).toMatch(/no_such_table/);
  });

  it('a column the config names but the query lacks is a configured-columns error with a suggestion', async () => {
    const r = await runGate({ configPath: write('bad-column.yml', CLASSIFY(q('sref.csv'), q('scur.csv'), 'tests:\n  drift:\n    columns:\n      x4: { method: psi }\n')) });
    expect(r.verdict).toBe('error');
    expect(r.tests.find((t) => t.id === 'input.columns')?.message).toMatch(/x4.*did you mean/);
  });

  it('a test that needs rows is an error when the config names it and a skip when it is a default', async () => {
    const named = await runGate({ configPath: write('named.yml', CLASSIFY(q('sref.csv'), q('scur.csv'), 'tests:\n  multivariate: { enabled: true }\n  quality:\n    duplicates: { max_share: 0.1 }\n')) });
    for (const id of ['drift.multivariate', 'quality.duplicates']) {
      const t = named.tests.find((x) => x.id === id);
      expect(t?.status, id).toBe('error');
      expect(t?.message).toContain(NOT_HERE);
    }
    // A date column: no category test and no default drift feature, as on files.
    const dated = (file: string): string => `{ sql: "select *, DATE '2026-01-01' + CAST(x3 AS INTEGER) AS day from read_csv('${join(dir, file)}')" }`;
    const defaults = await runGate({ configPath: write('defaults.yml', CLASSIFY(dated('sref.csv'), dated('scur.csv'))) });
    expect(defaults.tests.find((x) => x.id === 'quality.categories.day')?.status).toBe('skip');
    expect(defaults.tests.find((x) => x.id === 'drift.day')).toBeUndefined();
    expect(defaults.tests.find((x) => x.id === 'quality.duplicates')?.status).toBe('skip');
    expect(defaults.tests.find((x) => x.id === 'drift.multivariate')).toBeUndefined();
    expect(defaults.tests.filter((x) => x.status === 'error')).toEqual([]);
  });

  it('a file on one side and a query on the other is an error, not a guess', async () => {
    const r = await runGate({ configPath: write('mixed.yml', CLASSIFY(join(dir, 'sref.csv'), q('scur.csv'))) });
    expect(r.verdict).toBe('error');
    expect(r.tests[0].message).toContain('both sides must be SQL sources');
  });
});

describe('DuckDB limits from the environment', () => {
  it('passes a size and a thread count, and refuses anything else naming the variable', async () => {
    const { duckdbLimits } = await import('../../src/pushdown/gate.js');
    expect(duckdbLimits({})).toEqual({});
    expect(duckdbLimits({ MODEL_GATE_DUCKDB_MEMORY_LIMIT: '2GB', MODEL_GATE_DUCKDB_THREADS: '2' })).toEqual({ duckdb: { memoryLimit: '2GB', threads: 2 } });
    expect(() => duckdbLimits({ MODEL_GATE_DUCKDB_MEMORY_LIMIT: 'lots' })).toThrow(/MODEL_GATE_DUCKDB_MEMORY_LIMIT must be a size/);
    expect(() => duckdbLimits({ MODEL_GATE_DUCKDB_THREADS: '0' })).toThrow(/MODEL_GATE_DUCKDB_THREADS must be a whole number/);
  });
});
