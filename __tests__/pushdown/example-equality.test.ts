/**
 * The bundled example through SQL sources against the CSV path on the same data:
 * - DuckDB reading the same two CSV files on one connection: the same verdict and, for every test
 *   both paths run, the same status and value (and p-value) to 1e-9 (chi-squared, PSI, z, KS and
 *   Wasserstein exact, confusion-matrix metrics and their bootstrap, DeLong, McNemar, agreement);
 * - PostgreSQL (MODEL_GATE_PG_URL) holding the same rows in tables: the same;
 * - the two sides on different connections (no query sees both): KS and Wasserstein bracketed,
 *   each bracket containing the CSV path's exact value, every other value as above.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runGate } from '../../src/engine.js';
import type { Report, TestResult } from '../../src/results/types.js';
import { PG_URL_ENV, requirePgUrl, skipWithoutPg } from '../helpers/postgres.js';

const EXAMPLE = resolve(__dirname, '../../examples/model-gate.yml');
const DATA = resolve(__dirname, '../../examples/data');
const dir = mkdtempSync(join(tmpdir(), 'mg-pushdown-'));
const DUCK_ENV = 'MG_PUSHDOWN_TEST_DUCKDB';

/** Drift methods set per column on top of the example, so that KS and chi-squared run too. */
const EXTRA_DRIFT = `    columns:
      income: { method: psi }
      debt_ratio: { method: ks }
      credit_lines: { method: chi_squared }
      months_employed: { method: wasserstein }
      employment: { method: hellinger }
`;

/** The example's config with each side replaced, and the extra drift methods. */
function configWith(name: string, side: (which: 'reference' | 'current') => string, extra: boolean): string {
  let text = readFileSync(EXAMPLE, 'utf8')
    .replace(/^reference: .*$/m, `reference: ${side('reference')}`)
    .replace(/^current: .*$/m, `current: ${side('current')}`);
  if (extra) text = text.replace(/    columns:\n      income: \{ method: psi \}\n/, EXTRA_DRIFT);
  const path = join(dir, `${name}.yml`);
  writeFileSync(path, text);
  return path;
}

const csvOf = (which: 'reference' | 'current'): string => join(DATA, `${which}.csv`);
const duck = (which: 'reference' | 'current'): string => `{ sql: "select * from read_csv('${csvOf(which)}')", engine: duckdb }`;

const reports = new Map<string, Promise<Report>>();
function run(name: string, side: (which: 'reference' | 'current') => string, extra = false): Promise<Report> {
  let r = reports.get(name);
  if (!r) reports.set(name, (r = runGate({ configPath: configWith(name, side, extra) })));
  return r;
}
function csv(extra = false): Promise<Report> {
  return run(extra ? 'csv-extra' : 'csv', (w) => csvOf(w), extra);
}

function byId(r: Report): Map<string, TestResult> {
  return new Map(r.tests.map((t) => [t.id, t]));
}

const NOT_HERE = 'not available for SQL sources';

/**
 * Every test of the CSV report with a value: the same status, value and p-value in `sql`, except
 * the ones `sql` skips as needing rows, and `bracketed` ones, returned for the caller to check.
 */
function expectSameValues(a: Report, b: Report): { compared: string[]; bracketed: [TestResult, TestResult][] } {
  const other = byId(b);
  const compared: string[] = [];
  const bracketed: [TestResult, TestResult][] = [];
  for (const t of a.tests) {
    const u = other.get(t.id);
    if (t.value === null) continue;
    if (!u) {
      // One skip stands for a family of per-model or per-segment tests that need rows.
      const cover = b.tests.find((x) => x.message.includes(NOT_HERE) && (t.id.startsWith(`${x.id}.`) || t.id.startsWith(x.id.replace(/_segments$/, ''))));
      expect(cover, `${t.id}: not in the SQL report`).toBeDefined();
      continue;
    }
    if (u.status === 'skip' && u.message.includes(NOT_HERE)) continue;
    if (u.details?.bracket) {
      bracketed.push([t, u]);
      continue;
    }
    compared.push(t.id);
    if (!u.details?.inconclusive) expect(u.status, `${t.id}: ${u.message}`).toBe(t.status);
    expect(Math.abs((u.value as number) - t.value), `${t.id}: ${u.value} vs ${t.value}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(t.value)));
    const adjusted = u.details?.p_value_adjusted_bracket as [number, number] | undefined;
    if (typeof t.p_value === 'number' && adjusted) {
      // Adjusted (Holm) together with bracketed p-values: the exact one lies in its bracket.
      expect(t.p_value, t.id).toBeGreaterThanOrEqual(adjusted[0] - 1e-12);
      expect(t.p_value, t.id).toBeLessThanOrEqual(adjusted[1] + 1e-12);
    } else if (typeof t.p_value === 'number') expect(Math.abs((u.p_value as number) - t.p_value), `${t.id} p-value`).toBeLessThanOrEqual(1e-9);
  }
  // Every test the CSV path skipped or had no value for is there too, and nothing else is new
  // except the tests that need rows, said so.
  for (const u of b.tests) if (!a.tests.some((t) => t.id === u.id)) expect(u.message, u.id).toContain(NOT_HERE);
  return { compared, bracketed };
}

/** The exact tests the issue names, among those compared. */
const EXACT = [
  'drift.income', 'drift.region', 'drift.employment', 'drift.debt_ratio', 'drift.credit_lines', 'drift.age', 'drift.months_employed',
  'quality.missing.income', 'quality.range.income', 'quality.categories.region',
  'performance.accuracy.value', 'performance.accuracy.change', 'performance.roc_auc.change', 'performance.log_loss.change', 'performance.f1.change',
  'differential.agreement',
];

afterAll(() => {
  delete process.env[DUCK_ENV];
});

describe('the bundled example on DuckDB, one connection (read_csv of the same files)', () => {
  it('gives the same verdict, row counts and values as the CSV path', async () => {
    const [a, b] = await Promise.all([csv(true), run('duck-extra', duck, true)]);
    expect(b.tests.filter((t) => t.status === 'error')).toEqual([]);
    expect(b.verdict).toBe(a.verdict);
    expect(b.data.reference?.rows).toBe(a.data.reference?.rows);
    expect(b.data.current?.rows).toBe(a.data.current?.rows);
    expect(b.data.current?.labelled_rows).toBe(a.data.current?.labelled_rows);
    const { compared, bracketed } = expectSameValues(a, b);
    expect(bracketed).toEqual([]);
    for (const id of EXACT) expect(compared).toContain(id);
    const byMethod = new Set(b.tests.filter((t) => compared.includes(t.id) && t.family === 'drift').map((t) => t.method));
    for (const m of ['ks', 'chi_squared', 'psi', 'jensen_shannon', 'hellinger', 'wasserstein_norm']) expect(byMethod).toContain(m);
  }, 120_000);

  it('names each side as its query (escaped by the renderers), never a path or URL', async () => {
    const b = await run('duck-extra', duck, true);
    expect(b.data.reference?.path).toBe(`reference query (duckdb): select * from read_csv('${csvOf('reference')}')`);
    const mixed = b.tests.find((t) => t.id === 'drift.prediction');
    expect(mixed?.message).toContain('reference query (duckdb)');
  }, 120_000);

  it('the example as written (auto methods) gives the CSV verdict and values', async () => {
    const [a, b] = await Promise.all([csv(), run('duck', duck)]);
    expect(b.verdict).toBe(a.verdict);
    expectSameValues(a, b);
  }, 120_000);
});

describe('the two sides on different connections', () => {
  beforeAll(async () => {
    const file = join(dir, 'current.duckdb');
    const inst = await DuckDBInstance.create(file);
    inst.closeSync();
    process.env[DUCK_ENV] = file;
  });

  it('brackets KS and Wasserstein around the exact values and keeps every other value', async () => {
    const side = (w: 'reference' | 'current'): string =>
      w === 'reference' ? duck(w) : `{ sql: "select * from read_csv('${csvOf(w)}')", engine: duckdb, url_env: ${DUCK_ENV} }`;
    const [a, b] = await Promise.all([csv(true), run('two-engines', side, true)]);
    const { compared, bracketed } = expectSameValues(a, b);
    expect(compared).toContain('drift.income');
    const ids = bracketed.map(([t]) => t.id);
    expect(ids).toEqual(expect.arrayContaining(['drift.debt_ratio', 'drift.age', 'drift.months_employed']));
    for (const [t, u] of bracketed) {
      const br = u.details?.bracket as { lower: number; upper: number; p_value?: [number, number] };
      const exact = t.details?.statistic as number;
      expect(br.lower, t.id).toBeLessThanOrEqual(exact + 1e-12);
      expect(br.upper, t.id).toBeGreaterThanOrEqual(exact - 1e-12);
      // Narrow: 4,096 bins over the joint range.
      expect(br.upper - br.lower, t.id).toBeLessThan(t.method === 'ks' ? 0.01 : 0.02);
      if (t.method === 'ks') {
        const raw = t.details?.p_value_raw as number;
        expect((br.p_value as [number, number])[0], t.id).toBeLessThanOrEqual(raw);
        expect((br.p_value as [number, number])[1], t.id).toBeGreaterThanOrEqual(raw);
      }
      // Judged on both ends: the same status when both agree, else inconclusive (warn).
      if (u.details?.inconclusive) expect(u.status).toBe('warn');
      else expect(u.status, `${t.id}: ${u.message}`).toBe(t.status);
      expect(u.message).toContain('bracketed (the sources are on different engines)');
    }
  }, 120_000);
});

describe.skipIf(skipWithoutPg())('the bundled example on PostgreSQL', () => {
  const SCHEMA = `mg_pushdown_${process.pid}`;
  let admin: pg.Client;

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: requirePgUrl() });
    await admin.connect();
    await admin.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE; CREATE SCHEMA ${SCHEMA}`);
    // The same rows, typed as DuckDB's read_csv types them (integers, doubles, text).
    const inst = await DuckDBInstance.create(':memory:');
    const con = await inst.connect();
    const PG_TYPE: Record<string, string> = { BIGINT: 'bigint', DOUBLE: 'double precision', VARCHAR: 'text' };
    for (const which of ['reference', 'current'] as const) {
      const reader = await con.runAndReadAll(`select * from read_csv('${csvOf(which)}')`);
      const names = reader.columnNames();
      const types = reader.columnTypes().map((t) => PG_TYPE[t.toString()] ?? 'text');
      await admin.query(`CREATE TABLE ${SCHEMA}.${which} (${names.map((n, i) => `"${n}" ${types[i]}`).join(', ')})`);
      const rows = reader.getRowsJS();
      for (let start = 0; start < rows.length; start += 500) {
        const chunk = rows.slice(start, start + 500);
        const params: unknown[] = [];
        const tuples = chunk.map((r) => `(${r.map((v) => { params.push(typeof v === 'bigint' ? Number(v) : v); return `$${params.length}`; }).join(', ')})`);
        await admin.query(`INSERT INTO ${SCHEMA}.${which} VALUES ${tuples.join(', ')}`, params);
      }
    }
    inst.closeSync();
  }, 120_000);

  afterAll(async () => {
    await admin?.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
    await admin?.end();
  });

  it('gives the same verdict and values as the CSV path', async () => {
    const side = (w: 'reference' | 'current'): string => `{ sql: "select * from ${SCHEMA}.${w}", engine: postgres, url_env: ${PG_URL_ENV} }`;
    const [a, b] = await Promise.all([csv(true), run('pg-extra', side, true)]);
    expect(b.tests.filter((t) => t.status === 'error')).toEqual([]);
    expect(b.verdict).toBe(a.verdict);
    const { compared, bracketed } = expectSameValues(a, b);
    expect(bracketed).toEqual([]);
    for (const id of EXACT) expect(compared).toContain(id);
  }, 120_000);
});
