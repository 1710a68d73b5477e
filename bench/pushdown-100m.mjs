// The gate on a SQL source past one machine's memory: 100,000,000 rows, rows never leaving DuckDB.
//
//   node bench/pushdown-100m.mjs [--rows N] [--no-build]
//
// Not part of `npm run bench` (it takes minutes). Writes (once; reused when present) a Parquet
// file of N rows (default 100,000,000) with DuckDB into bench/out/: 15 numeric features (values to
// 0.1, the current half shifted on three of them), 5 text features, a binary label and two models'
// scores and predictions, and a `half` column. Then runs the whole CLI (`node dist/cli.js`) with
// the reference `select * from read_parquet(…) where half = 0` and the current `… where half = 1`
// (N/2 rows each, one DuckDB connection, so KS and Wasserstein are exact), DuckDB limited to 2 GB
// of memory and 2 threads (MODEL_GATE_DUCKDB_MEMORY_LIMIT, MODEL_GATE_DUCKDB_THREADS; DuckDB runs
// inside the gate's process, so its memory is in the peak RSS printed), and prints the wall time,
// the gate process's peak RSS (/usr/bin/time, else process.resourceUsage in the child), the verdict
// and the number of tests.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DuckDBInstance } from '@duckdb/node-api';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'bench', 'out');
const { values: args } = parseArgs({ options: { rows: { type: 'string', default: '100000000' }, 'no-build': { type: 'boolean', default: false } } });
const rows = Number(args.rows);
if (!(Number.isInteger(rows) && rows >= 1000)) throw new Error(`--rows must be a whole number ≥ 1000, got ${args.rows}`);

mkdirSync(outDir, { recursive: true });
const file = join(outDir, `pushdown-${rows}.parquet`);

/** A uniform [0, 1) from a hash of the row and a stream number: deterministic, no generator state. */
const u = (k) => `((hash(i, ${k}) % 1000003) / 1000003.0)`;

async function generate() {
  const numeric = Array.from({ length: 15 }, (_, j) => {
    const shift = j < 3 ? ` + half * ${(j + 1) * 2}` : '';
    return `round((${u(j * 3)} + ${u(j * 3 + 1)} + ${u(j * 3 + 2)}) * ${10 + j * 5}${shift}, 1) AS f${String(j + 1).padStart(2, '0')}`;
  });
  const text = Array.from({ length: 5 }, (_, j) => `(['north', 'south', 'east', 'west', 'central'])[1 + CAST(floor(${u(100 + j)} * ${j === 0 ? '4 + half' : '5'}) AS INTEGER)] AS f${16 + j}`);
  const label = `CAST(${u(200)} < 0.3 AS INTEGER)`;
  const score = (k, signal) => `round(least(1, greatest(0, 0.2 + ${signal} * label + (${u(k)} - 0.5) * 0.8)), 3)`;
  const started = performance.now();
  const inst = await DuckDBInstance.create(':memory:', { threads: '2', memory_limit: '2GB' });
  const con = await inst.connect();
  const tmp = `${file}.tmp`;
  rmSync(tmp, { force: true });
  await con.run(`COPY (
    SELECT *, CAST(baseline_score >= 0.5 AS INTEGER) AS baseline_prediction, CAST(candidate_score >= 0.5 AS INTEGER) AS candidate_prediction
    FROM (SELECT *, ${score(201, 0.45)} AS baseline_score, ${score(202, 0.4)} AS candidate_score
      FROM (SELECT i, half, ${numeric.join(', ')}, ${text.join(', ')}, ${label} AS label
        FROM (SELECT range AS i, CAST(range % 2 AS INTEGER) AS half FROM range(${rows})))))
    TO '${tmp}' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 1000000)`);
  inst.closeSync();
  renameSync(tmp, file);
  console.log(`generated ${file}: ${(statSync(file).size / 2 ** 30).toFixed(2)} GiB in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

if (!existsSync(file)) await generate();
else console.log(`reusing ${file} (${(statSync(file).size / 2 ** 30).toFixed(2)} GiB)`);

if (!args['no-build']) {
  const b = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (b.status !== 0) throw new Error('npm run build failed');
}

const side = (half) => `{ sql: "select * exclude (half, i) from read_parquet('${file}') where half = ${half}", engine: duckdb }`;
const config = join(outDir, 'pushdown-100m.yml');
writeFileSync(config, `version: 1
task: classification
reference: ${side(0)}
current: ${side(1)}
columns:
  target: label
  positive_class: 1
  baseline_prediction: baseline_prediction
  candidate_prediction: candidate_prediction
  baseline_scores: baseline_score
  candidate_scores: candidate_score
`);
const report = join(outDir, 'pushdown-100m-report');
const cli = [join(root, 'dist', 'cli.js'), '--config', config, '--out', report];
const env = { ...process.env, MODEL_GATE_DUCKDB_MEMORY_LIMIT: '2GB', MODEL_GATE_DUCKDB_THREADS: '2' };
const hasTime = existsSync('/usr/bin/time');
const [cmd, argv] = hasTime
  ? ['/usr/bin/time', ['-f', 'MAXRSS %M', process.execPath, ...cli]]
  : [process.execPath, ['--import', "data:text/javascript,process.on('exit',()=>process.stderr.write('MAXRSS '+process.resourceUsage().maxRSS+'\\n'))", ...cli]];
console.log(`load average before: ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
const started = performance.now();
const run = spawnSync(cmd, argv, { cwd: root, env, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
const ms = performance.now() - started;
const rss = Number(/MAXRSS (\d+)/.exec(run.stderr ?? '')?.[1] ?? NaN) * 1024;
if (!(run.status === 0 || run.status === 1)) {
  console.error(run.stdout, run.stderr);
  throw new Error(`the gate exited with ${run.status}`);
}
const json = JSON.parse(readFileSync(join(report, 'report.json'), 'utf8'));
const errors = json.tests.filter((t) => t.status === 'error');
console.log(`load average after: ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
console.log(`${rows.toLocaleString('en-US')} rows (${json.data.reference.rows.toLocaleString('en-US')} + ${json.data.current.rows.toLocaleString('en-US')}), DuckDB 2 GB / 2 threads: ` +
  `${(ms / 1000).toFixed(1)} s, peak RSS ${(rss / 2 ** 30).toFixed(2)} GiB, verdict ${json.verdict}, ${json.tests.length} tests (${errors.length} errors)`);
for (const e of errors) console.log(`  error ${e.id}: ${e.message}`);
