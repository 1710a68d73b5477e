/**
 * The built CLI on SQL sources, as the action's runtime runs it: dist/ copied where no
 * node_modules is above it, node 24, DuckDB from dist/duckdb. With PostgreSQL, neither the URL nor
 * its password may appear in what the run writes: stdout, stderr, report.md, report.json,
 * report.html — also when the password is wrong. Needs `npm run build` (npm test does it).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NODE24, ROOT } from '../helpers/node-binaries.js';
import { requirePgUrl, skipWithoutPg } from '../helpers/postgres.js';

const work = mkdtempSync(join(tmpdir(), 'mg-sql-dist-'));
const ws = join(work, 'ws');
afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'cli.js'))) throw new Error('dist/cli.js is missing: run npm run build first');
  cpSync(join(ROOT, 'dist'), join(work, 'dist'), { recursive: true });
  // 300 rows per side, a numeric and a categorical feature, labels and predictions (no randomness).
  const rows = (shift: number) =>
    ['age,city,target,pred', ...Array.from({ length: 300 }, (_, i) => `${20 + ((i * 7 + shift) % 40)},${['a', 'b', 'c'][i % 3]},${i % 2},${(i + (i % 10 === 0 ? 1 : 0)) % 2}`)].join('\n');
  writeFileSync(join(work, 'ref.csv'), `${rows(0)}\n`);
  writeFileSync(join(work, 'cur.csv'), `${rows(3)}\n`);
  cpSync(join(work, 'ref.csv'), join(ws, 'data', 'ref.csv'));
  cpSync(join(work, 'cur.csv'), join(ws, 'data', 'cur.csv'));
});

function run(config: string, env: Record<string, string> = {}) {
  writeFileSync(join(ws, 'model-gate.yml'), config);
  rmSync(join(ws, 'model-gate-report'), { recursive: true, force: true });
  const r = spawnSync(NODE24, [join(work, 'dist', 'cli.js'), '--config', 'model-gate.yml'], { cwd: ws, env: { PATH: '/usr/bin:/bin', ...env }, encoding: 'utf8', timeout: 120_000 });
  const report = (f: string) => (existsSync(join(ws, 'model-gate-report', f)) ? readFileSync(join(ws, 'model-gate-report', f), 'utf8') : '');
  return { code: r.status, everything: [r.stdout, r.stderr, report('report.md'), report('report.json'), report('report.html')].join('\n'), md: report('report.md') };
}

it('DuckDB sources from the bundle alone: the gate runs and names each side by its query', () => {
  for (let d = work; d !== dirname(d); d = dirname(d)) expect(existsSync(join(d, 'node_modules')), `${d}/node_modules`).toBe(false);
  const r = run(
    [
      `reference: { sql: "select * from read_csv('data/ref.csv')" }`,
      `current: { sql: "select * from read_csv('data/cur.csv')", engine: duckdb }`,
      'columns: { target: target, candidate_prediction: pred }',
      '',
    ].join('\n'),
  );
  expect(r.code, r.everything).not.toBe(2);
  expect(r.md).toContain("reference query (duckdb): select &#42; from read_csv('data/ref.csv')");
  expect(r.md).toContain('Current: 300 rows');
});

describe.skipIf(skipWithoutPg())('PostgreSQL sources', () => {
  const table = `mg_sql_dist_${process.pid}`;
  let url: string;
  let admin: pg.Client;
  beforeAll(async () => {
    url = requirePgUrl();
    admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`DROP TABLE IF EXISTS ${table}; CREATE TABLE ${table} (side text, age float8, city text, target int, pred int)`);
    for (const side of ['ref', 'cur']) {
      const lines = readFileSync(join(work, `${side}.csv`), 'utf8').trim().split('\n').slice(1);
      const values = lines.map((l) => `('${side}', ${l.split(',').map((v, i) => (i === 1 ? `'${v}'` : v)).join(', ')})`);
      await admin.query(`INSERT INTO ${table} VALUES ${values.join(', ')}`);
    }
  });
  afterAll(async () => {
    await admin?.query(`DROP TABLE IF EXISTS ${table}`);
    await admin?.end();
  });

  const config = [
    `reference: { sql: "select age, city, target, pred from ${table} where side = 'ref'", engine: postgres, url_env: PGU }`,
    `current: { sql: "select age, city, target, pred from ${table} where side = 'cur'", engine: postgres, url_env: PGU }`,
    'columns: { target: target, candidate_prediction: pred }',
    '',
  ].join('\n');

  it('runs, and nothing it writes holds the URL or the password', () => {
    const r = run(config, { PGU: url });
    expect(r.code, r.everything).not.toBe(2);
    expect(r.md).toContain('reference query (postgres)');
    expect(r.md).toContain('Current: 300 rows');
    const u = new URL(url);
    expect(r.everything).not.toContain(url);
    expect(r.everything).not.toContain(`:${decodeURIComponent(u.password)}@`);
    expect(r.everything).not.toContain(`//${u.username}:`);
  });

  it('a wrong password is an error that shows neither it nor the user', () => {
    const u = new URL(url);
    u.password = 'Wr0ng-pass-Xy';
    const r = run(config, { PGU: u.toString() });
    expect(r.code).toBe(2);
    expect(r.md).toContain('reference query (postgres): connecting: password authentication failed for user');
    expect(r.everything).not.toContain('Wr0ng-pass-Xy');
    expect(r.everything).not.toContain(`"${u.username}"`);
  });
});
