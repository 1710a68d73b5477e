/**
 * DuckDB from a bundle with no node_modules anywhere (as the action runs dist/ on GitHub's node24
 * runtime): bundled with the options scripts/build.mjs uses, the binding copied beside the bundle,
 * run under node 24 from a directory outside the repository. The native library is loaded only
 * when the first SQL source opens, from the bundle's own copy, and the process exits by itself.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, expect, it } from 'vitest';
import { copyDuckdbBinding, duckdbBindingShim, withDuckdb } from '../../scripts/duckdb-bundle.mjs';
import { NODE24, ROOT } from '../helpers/node-binaries.js';
import { PG_URL_ENV, pgUrlOrSkip } from '../helpers/postgres.js';

const dir = mkdtempSync(join(tmpdir(), 'mg-duckdb-bundle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PROBE = `
import { readFileSync } from 'node:fs';
import { openRelations } from ${JSON.stringify(join(ROOT, 'src', 'sql', 'index.ts'))};
const duckLibs = () => [...new Set(readFileSync('/proc/self/maps', 'utf8').split('\\n').filter((l) => l.includes('libduckdb')).map((l) => l.slice(l.indexOf('/'))))];
const before = duckLibs();
const ws = process.cwd();
const rels = await openRelations(
  { sql: "SELECT * FROM read_csv('data/ref.csv')", engine: 'duckdb' },
  { sql: "SELECT * FROM read_csv('/etc/passwd')", engine: 'duckdb' },
  process.env, { dir: ws, root: ws },
).catch((e) => ({ error: e.message }));
let refused = 'error' in rels ? rels.error : null;
const rel = await openRelations(
  { sql: "SELECT * FROM read_csv('data/ref.csv')", engine: 'duckdb' },
  { sql: 'SELECT 2.5 AS x', engine: 'duckdb' },
  process.env, { dir: ws, root: ws },
);
const [row] = await rel.reference.connection.query('SELECT sum(a) AS s, count(*) AS n FROM ' + rel.reference.from, 'sum');
await rel.close();
let pgRow = null;
if (process.env.MODEL_GATE_PG_URL) {
  const pg = await openRelations(
    { sql: 'SELECT generate_series(1, 10) AS a', engine: 'postgres', url_env: 'MODEL_GATE_PG_URL' },
    { sql: 'SELECT 1 AS a', engine: 'postgres', url_env: 'MODEL_GATE_PG_URL' },
  );
  [pgRow] = await pg.reference.connection.query('SELECT sum(a) AS s FROM ' + pg.reference.from, 'sum');
  await pg.close();
}
console.log(JSON.stringify({ before, after: duckLibs(), refused, row, shared: rel.shared, pgRow }));
`;

it('loads DuckDB from the copy beside the bundle, lazily, without node_modules', async () => {
  for (let d = dir; d !== dirname(d); d = dirname(d)) expect(existsSync(join(d, 'node_modules')), `${d}/node_modules`).toBe(false);
  writeFileSync(join(dir, 'probe.ts'), PROBE);
  const out = join(dir, 'out');
  await build({
    entryPoints: [join(dir, 'probe.ts')],
    outfile: join(out, 'probe.js'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
    banner: { js: `import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url); ${duckdbBindingShim}` },
    ...withDuckdb,
  });
  copyDuckdbBinding(out);
  const ws = join(dir, 'ws');
  mkdirSync(join(ws, 'data'), { recursive: true });
  writeFileSync(join(ws, 'data', 'ref.csv'), 'a\n1\n2\n4\n');
  // With a PostgreSQL server at hand (always under CI=true), pg's connection must close too: the
  // process has to exit by itself, with nothing left open.
  const pgUrl = pgUrlOrSkip();
  const env: Record<string, string> = { PATH: '/usr/bin:/bin', ...(pgUrl ? { [PG_URL_ENV]: pgUrl } : {}) };
  const r = spawnSync(NODE24, [join(out, 'probe.js')], { cwd: ws, env, encoding: 'utf8', timeout: 60_000 });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  const got = JSON.parse(r.stdout) as { before: string[]; after: string[]; refused: string | null; row: unknown; shared: boolean; pgRow: unknown };
  expect(got.before).toEqual([]);
  expect(got.after).toEqual([join(out, 'duckdb', 'linux-x64', 'libduckdb.so')]);
  expect(got.refused).toMatch(/^current query \(duckdb\): the query: Permission Error: Cannot access file "\/etc\/passwd"/);
  expect(got.row).toEqual({ s: 7, n: 3 });
  expect(got.shared).toBe(true);
  if (pgUrl || process.env.CI === 'true') expect(got.pgRow).toEqual({ s: 55 });
});
