// `npm run bench`: the gate's speed and memory against papaparse, on seeded data.
//
//   node bench/run.mjs [--rows N] [--full] [--seed S] [--repeat K] [--no-build] [--no-models] [--no-shadow] [--no-quoted] [--no-wide] [--no-parquet] [--no-duckdb] [--no-embeddings]
//
// Generates (once; reused when present for the same seed and size) a reference and a current CSV
// of N rows (default 1,000,000) in bench/data/, builds dist/, runs the whole CLI on them
// (`node dist/cli.js --config … --out …`: both files loaded, every test, both reports) and, in the
// same run, times papaparse (fastMode, strings only) just parsing both files, the faster of a
// stream and a whole-file string. Prints wall times, the CLI's peak RSS and a markdown table.
// --full runs 1,000,000 and 10,000,000 rows and reports how time and memory grow. --repeat K
// runs every measurement K times and keeps the fastest (the machine may be shared: the load
// average is printed with the results). Unless --no-shadow, the same run also times the shadow-mode
// workload of issue 13 (a 1,000,000-row shadow log per file, 20 features, 50 daily chunks: see
// generate-shadow.mjs): the whole gate as configured before issue 13 against the whole gate with
// chunking, learned thresholds, CBPE and both multivariate methods, on the same files. Unless
// --no-quoted, it also times the first size's files with their three text columns quoted ("east",
// as most CSV writers write text) against the same files unquoted, and unless --no-wide, a wide
// workload: 100,000 rows × 500 numeric columns per file (generate-wide.mjs), the whole gate.
// Unless --no-parquet, the first size's files as Parquet (written by DuckDB, snappy): the whole
// gate on them against the gate on the CSV files, alternately. Unless --no-duckdb, DuckDB's own
// read of the same files (bench/duckdb-read.mjs: read_csv or read_parquet into a table, 2 threads,
// in a child process) is timed beside each of the plain, quoted, wide and Parquet workloads.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { csvWriter, generate } from './generate.mjs';
import { generateShadow, SHADOW_FEATURES } from './generate-shadow.mjs';
import { quoteColumns } from './quote-columns.mjs';
import { generateWide, WIDE_COLUMNS } from './generate-wide.mjs';
import { mulberry32, pairedNormal } from '../scripts/calibrate/random.mjs';
import { duckdbBindingShim, withDuckdb } from '../scripts/duckdb-bundle.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = join(root, 'bench', 'data');
const outDir = join(root, 'bench', 'out');

const { values: args } = parseArgs({
  options: {
    rows: { type: 'string' },
    seed: { type: 'string', default: '42' },
    full: { type: 'boolean', default: false },
    repeat: { type: 'string', default: '1' },
    'no-build': { type: 'boolean', default: false },
    // Node 20's parseArgs has no --no-X negation: the opt-outs are options of their own.
    'no-models': { type: 'boolean', default: false },
    'no-shadow': { type: 'boolean', default: false },
    'no-quoted': { type: 'boolean', default: false },
    'no-wide': { type: 'boolean', default: false },
    'no-parquet': { type: 'boolean', default: false },
    'no-duckdb': { type: 'boolean', default: false },
    'no-embeddings': { type: 'boolean', default: false },
  },
});
const seed = Number(args.seed);
const repeat = Number(args.repeat);
const sizes = args.full ? [1_000_000, 10_000_000] : [Number(args.rows ?? 1_000_000)];
if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(seed) || !(repeat >= 1)) {
  console.error('usage: node bench/run.mjs [--rows N] [--full] [--seed S] [--repeat K] [--no-build] [--no-models] [--no-shadow] [--no-quoted] [--no-wide] [--no-parquet] [--no-duckdb] [--no-embeddings]');
  process.exit(2);
}

const hasTime = existsSync('/usr/bin/time');

function log(msg) {
  process.stderr.write(`${msg}\n`);
}

function ensureData(rows) {
  mkdirSync(dataDir, { recursive: true });
  const ref = join(dataDir, `reference-${rows}-${seed}.csv`);
  const cur = join(dataDir, `current-${rows}-${seed}.csv`);
  for (const [path, shifted] of [
    [ref, false],
    [cur, true],
  ]) {
    if (existsSync(path)) continue;
    log(`generating ${relative(root, path)} …`);
    const t = performance.now();
    generate(path, rows, seed, shifted);
    log(`  ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  const config = join(dataDir, `model-gate-${rows}-${seed}.yml`);
  writeFileSync(
    config,
    [
      'version: 1',
      'task: classification',
      `reference: reference-${rows}-${seed}.csv`,
      `current: current-${rows}-${seed}.csv`,
      'columns:',
      '  target: label',
      '  positive_class: 1',
      '  baseline_scores: score_baseline',
      '  candidate_scores: score_candidate',
      '',
    ].join('\n'),
  );
  // The same files through the two benchmark models (bench/models), run by the gate itself.
  const modelsConfig = join(dataDir, `models-${rows}-${seed}.yml`);
  const f16 = Array.from({ length: 16 }, (_, i) => `f${String(i + 1).padStart(2, '0')}`);
  writeFileSync(
    modelsConfig,
    [
      'version: 1',
      'task: classification',
      `reference: reference-${rows}-${seed}.csv`,
      `current: current-${rows}-${seed}.csv`,
      'models:',
      '  baseline: ../models/bench-baseline.onnx',
      '  candidate: ../models/bench-candidate.onnx',
      `  inputs: { input: [${f16.join(', ')}] }`,
      'columns:',
      '  target: label',
      '  positive_class: 1',
      '  exclude: [score_baseline, score_candidate]',
      '  types: { cat3: categorical }',
      '',
    ].join('\n'),
  );
  return { ref, cur, config, modelsConfig, bytes: statSync(ref).size + statSync(cur).size };
}

const SHADOW_ROWS = 1_000_000;
const SHADOW_DAYS = 50;

/**
 * The shadow log of both sides and two configs on it: `plain`, the gate as it was configured
 * before issue 13 (roles, every default test), and `shadow`, the same plus daily chunks, learned
 * drift thresholds, CBPE and both multivariate methods.
 */
function ensureShadowData() {
  mkdirSync(dataDir, { recursive: true });
  const name = (side) => `shadow-${side}-${SHADOW_ROWS}-${SHADOW_DAYS}-${seed}.csv`;
  for (const side of ['reference', 'current']) {
    const path = join(dataDir, name(side));
    if (existsSync(path)) continue;
    log(`generating ${relative(root, path)} …`);
    const t = performance.now();
    generateShadow(path, SHADOW_ROWS, seed, side, SHADOW_DAYS);
    log(`  ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  const roles = [
    'version: 1',
    'task: classification',
    `reference: ${name('reference')}`,
    `current: ${name('current')}`,
    'columns:',
    '  target: target',
    '  id: id',
    '  positive_class: 1',
    '  baseline_prediction: baseline_prediction',
    '  candidate_prediction: candidate_prediction',
    '  baseline_scores: baseline_score',
    '  candidate_scores: candidate_score',
    '  exclude: [timestamp]',
  ];
  // CBPE runs by default on a file with unlabelled rows: off here, so that this is the gate of
  // before issue 13 (multivariate drift is off by default, and there is no chunking).
  const plain = [...roles, 'tests:', '  estimation: false'];
  const shadow = [
    ...roles,
    'chunking: { column: timestamp, period: day }',
    'tests:',
    '  drift:',
    '    columns:',
    // Learned limits for every numeric feature: each needs its statistic on all 50 reference days too.
    ...SHADOW_FEATURES.filter((f) => f.startsWith('f')).map((f) => `      ${f}: { threshold: auto }`),
    '  estimation: true',
    '  multivariate: true',
  ];
  const configs = { plain: join(dataDir, `shadow-plain-${seed}.yml`), shadow: join(dataDir, `shadow-full-${seed}.yml`) };
  writeFileSync(configs.plain, `${plain.join('\n')}\n`);
  writeFileSync(configs.shadow, `${shadow.join('\n')}\n`);
  const bytes = statSync(join(dataDir, name('reference'))).size + statSync(join(dataDir, name('current'))).size;
  return { ...configs, bytes };
}

function papaparse(files, rows) {
  // A single JS string cannot hold a file above ~512 MB; the string mode is only tried below.
  const modes = statSync(files[0]).size < 4e8 ? ['stream', 'string'] : ['stream'];
  let best = null;
  for (const mode of modes) {
    const r = spawnSync(process.execPath, ['--max-old-space-size=8192', join(root, 'bench', 'papaparse.mjs'), mode, ...files], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    if (r.status !== 0) throw new Error(`papaparse (${mode}) failed: ${r.stderr}`);
    const out = JSON.parse(r.stdout);
    if (out.rows < 2 * rows) throw new Error(`papaparse (${mode}) saw only ${out.rows} rows`);
    log(`  papaparse ${mode}: ${(out.ms / 1000).toFixed(2)} s`);
    if (!best || out.ms < best.ms) best = out;
  }
  return best;
}

/** The loader bundled as dist/ bundles it (load.js beside load-worker.js), outside the repo. */
async function loaderBundle() {
  const dir = mkdtempSync(join(tmpdir(), 'model-gate-bench-'));
  await build({
    entryPoints: { load: join(root, 'src/data/load.ts'), 'load-worker': join(root, 'src/data/load-worker.ts') },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outdir: dir,
    logLevel: 'warning',
    // DuckDB (Parquet) bundled as in dist/; it loads only for a Parquet file.
    ...withDuckdb,
    banner: { js: `import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url); ${duckdbBindingShim}` },
  });
  return join(dir, 'load.js');
}

function loader(bundle, files) {
  const r = spawnSync(process.execPath, [join(root, 'bench', 'loader.mjs'), bundle, ...files], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`loader run failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/** DuckDB reading `files` (`mode` csv or parquet) into tables in a child process: {ms, rows}. */
function duckdbRead(mode, files) {
  const r = spawnSync(process.execPath, [join(root, 'bench', 'duckdb-read.mjs'), mode, ...files], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`DuckDB read (${mode}) failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/** `f` then DuckDB's read of `files`, `repeat` times (alternating, so both see the same load); the best of each. */
function withAnchor(f, mode, files, label) {
  let g = null;
  let dk = null;
  for (let i = 0; i < repeat; i++) {
    const r = f();
    if (!g || r.ms < g.ms) g = r;
    if (args['no-duckdb']) continue;
    const a = duckdbRead(mode, files);
    log(`  ${label}: gate ${(r.ms / 1000).toFixed(2)} s, DuckDB read ${(a.ms / 1000).toFixed(2)} s`);
    if (!dk || a.ms < dk.ms) dk = a;
  }
  return { g, dk };
}

function gate(config, rows, name = 'report') {
  const out = join(outDir, `${name}-${rows}`);
  const cli = [join(root, 'dist', 'cli.js'), '--config', config, '--out', out, '--quiet'];
  // Peak RSS: GNU time's %M (kB) when installed, else the process reports its own at exit
  // (workers are threads of the same process, so either covers them).
  const cmd = hasTime
    ? ['/usr/bin/time', ['-f', 'MAXRSS %M', process.execPath, ...cli]]
    : [
        process.execPath,
        [
          '--import',
          "data:text/javascript,process.on('exit',()=>process.stderr.write('MAXRSS '+process.resourceUsage().maxRSS+'\\n'))",
          ...cli,
        ],
      ];
  const t = performance.now();
  const r = spawnSync(cmd[0], cmd[1], { encoding: 'utf8', maxBuffer: 1 << 24 });
  const ms = performance.now() - t;
  if (r.status !== 0 && r.status !== 1) {
    throw new Error(`the CLI exited with ${r.status}:\n${r.stdout}\n${r.stderr}`);
  }
  const rss = Number(/MAXRSS (\d+)/.exec(r.stderr)?.[1] ?? NaN) * 1024;
  return { ms, rss, verdict: r.stdout.trim().split('\n')[0], report: join(out, 'report.json') };
}

if (!args['no-build']) {
  log('building dist/ …');
  const b = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit', cwd: root });
  if (b.status !== 0) process.exit(b.status ?? 1);
}
mkdirSync(outDir, { recursive: true });
const bundle = await loaderBundle();

/** The fastest of `repeat` runs of `f`. */
function best(f) {
  let b = null;
  for (let i = 0; i < repeat; i++) {
    const r = f();
    if (!b || r.ms < b.ms) b = r;
  }
  return b;
}

/**
 * Each model of the gate's run (report.json `models[].predicted`: feeding, running and reading
 * both files) against onnxruntime-node alone on the same batches, the two models side by side in
 * two processes as in the gate.
 */
async function bareModels(reportPath, d) {
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  if (!report.models) throw new Error(`the models run failed: ${report.tests.map((t) => t.message).join('; ')}`);
  const threads = Math.max(1, Math.floor(availableParallelism() / report.models.length));
  const runs = report.models.map((m) => {
    // The bare loop fetches what the file itself offers: a ZipMap model's probabilities are the
    // tensor the gate exposes, so there only the label (the ZipMap runs either way).
    const fetch = [m.outputs.label, m.outputs.probabilities, m.outputs.value].filter((o) => o !== null && (m.outputs.label === null || o === m.outputs.label || !/probability_tensor/.test(o)));
    const child = spawn(process.execPath, [
      join(root, 'bench', 'onnx-bare.mjs'),
      bundle,
      join(dataDir, '..', 'models', m.path.replace(/^\.\.\/models\//, '')),
      JSON.stringify(m.inputs),
      String(threads),
      '4096',
      JSON.stringify(fetch),
      d.ref,
      d.cur,
    ]);
    let out = '';
    let err = '';
    child.stdout.on('data', (b) => (out += b));
    child.stderr.on('data', (b) => (err += b));
    return new Promise((resolve, reject) =>
      child.on('close', (code) => (code === 0 ? resolve({ role: m.role, gate: m.predicted, bare: JSON.parse(out) }) : reject(new Error(`bare ${m.role}: ${err}`)))),
    );
  });
  return Promise.all(runs);
}

const load0 = loadavg()[0];
const results = [];
for (const rows of sizes) {
  const d = ensureData(rows);
  log(`${rows.toLocaleString('en-US')} rows per file (${(d.bytes / 1e6).toFixed(0)} MB in all)`);
  const pp = best(() => papaparse([d.ref, d.cur], rows));
  const l = best(() => loader(bundle, [d.ref, d.cur]));
  log(`  loader alone: ${(l.ms / 1000).toFixed(2)} s, peak RSS ${(l.rss / 2 ** 30).toFixed(2)} GiB`);
  const { g, dk } = withAnchor(() => gate(d.config, rows), 'csv', [d.ref, d.cur], 'plain CSV');
  log(`  gate: ${(g.ms / 1000).toFixed(2)} s, peak RSS ${(g.rss / 2 ** 30).toFixed(2)} GiB — ${g.verdict}`);
  let m = null;
  if (!args['no-models']) {
    // Interleaved: a gate run with the models, then the bare loops, `repeat` times; the best of each.
    let best = null;
    for (let i = 0; i < repeat; i++) {
      const run = gate(d.modelsConfig, rows, 'models');
      const bare = await bareModels(run.report, d);
      log(`  gate with models: ${(run.ms / 1000).toFixed(2)} s; ` + bare.map((b) => `${b.role} ${(b.gate.ms / 1000).toFixed(2)} s vs bare ${(b.bare.ms / 1000).toFixed(2)} s`).join(', '));
      if (!best) best = { run, bare };
      else {
        if (run.ms < best.run.ms) best.run = run;
        best.bare = best.bare.map((b, j) => ({ role: b.role, gate: bare[j].gate.ms < b.gate.ms ? bare[j].gate : b.gate, bare: bare[j].bare.ms < b.bare.ms ? bare[j].bare : b.bare }));
      }
    }
    m = best;
  }
  results.push({ rows, bytes: d.bytes, pp, l, g, m, dk });
}

/** The first size's files with cat1-cat3 quoted, timed against the same files plain, interleaved; the best of each. */
let quotedRun = null;
if (!args['no-quoted']) {
  const rows = sizes[0];
  const d = ensureData(rows);
  const quoted = (p) => p.replace(/\.csv$/, '-quoted.csv');
  for (const p of [d.ref, d.cur]) {
    if (existsSync(quoted(p))) continue;
    log(`writing ${relative(root, quoted(p))} …`);
    await quoteColumns(p, quoted(p), ['cat1', 'cat2', 'cat3']);
  }
  const config = join(dataDir, `quoted-${rows}-${seed}.yml`);
  writeFileSync(config, readFileSync(d.config, 'utf8').replace(/(reference|current)-(\d+)-(\d+)\.csv/g, '$1-$2-$3-quoted.csv'));
  let plain = null;
  let q = null;
  let dk = null;
  // The loader alone on the quoted files: reading against reading, beside DuckDB's read.
  const ql = best(() => loader(bundle, [quoted(d.ref), quoted(d.cur)]));
  for (let i = 0; i < repeat; i++) {
    const p = gate(d.config, rows, 'plain');
    const r = gate(config, rows, 'quoted');
    log(`  gate on plain files: ${(p.ms / 1000).toFixed(2)} s; on the quoted files: ${(r.ms / 1000).toFixed(2)} s`);
    if (!plain || p.ms < plain.ms) plain = p;
    if (!q || r.ms < q.ms) q = r;
    if (args['no-duckdb']) continue;
    const a = duckdbRead('csv', [quoted(d.ref), quoted(d.cur)]);
    log(`  DuckDB read of the quoted files: ${(a.ms / 1000).toFixed(2)} s`);
    if (!dk || a.ms < dk.ms) dk = a;
  }
  // The same verdict and numbers; messages differ only in the file names they quote.
  const same = (f) => JSON.stringify(JSON.parse(readFileSync(f, 'utf8')).tests.map((t) => [t.id, t.status, t.value, t.p_value ?? null]));
  quotedRun = { rows, plain, quoted: q, sameResults: same(plain.report) === same(q.report), dk, l: ql };
}

/** The wide files: whole gate, best of `repeat`. */
const WIDE_ROWS = 100_000;
let wideRun = null;
if (!args['no-wide']) {
  const name = (side) => join(dataDir, `wide-${side}-${WIDE_ROWS}-${seed}.csv`);
  for (const side of ['reference', 'current']) {
    if (existsSync(name(side))) continue;
    log(`generating ${relative(root, name(side))} …`);
    generateWide(name(side), WIDE_ROWS, seed, side === 'current');
  }
  const config = join(dataDir, `wide-${seed}.yml`);
  writeFileSync(config, ['version: 1', `reference: ${relative(dataDir, name('reference'))}`, `current: ${relative(dataDir, name('current'))}`, ''].join('\n'));
  const { g, dk } = withAnchor(() => gate(config, WIDE_ROWS, 'wide'), 'csv', [name('reference'), name('current')], 'wide CSV');
  log(`  wide files: ${(g.ms / 1000).toFixed(2)} s, peak RSS ${(g.rss / 2 ** 30).toFixed(2)} GiB — ${g.verdict}`);
  wideRun = { g, dk, bytes: statSync(name('reference')).size + statSync(name('current')).size };
}

/** The first size's files as Parquet: the whole gate on them, the gate on the CSV files and DuckDB's read, alternately. */
let parquetRun = null;
if (!args['no-parquet']) {
  const rows = sizes[0];
  const d = ensureData(rows);
  const pq = (p) => p.replace(/\.csv$/, '.parquet');
  for (const p of [d.ref, d.cur]) {
    if (existsSync(pq(p))) continue;
    log(`writing ${relative(root, pq(p))} …`);
    const w = spawnSync(process.execPath, [join(root, 'bench', 'duckdb-read.mjs'), '--to-parquet', p, pq(p)], { encoding: 'utf8' });
    if (w.status !== 0) throw new Error(`writing ${pq(p)} failed: ${w.stderr}`);
  }
  const config = join(dataDir, `parquet-${rows}-${seed}.yml`);
  writeFileSync(config, readFileSync(d.config, 'utf8').replace(/(reference|current)-(\d+)-(\d+)\.csv/g, '$1-$2-$3.parquet'));
  let csv = null;
  const { g, dk } = withAnchor(
    () => {
      const c = gate(d.config, rows, 'plain');
      if (!csv || c.ms < csv.ms) csv = c;
      const p = gate(config, rows, 'parquet');
      log(`  gate on CSV: ${(c.ms / 1000).toFixed(2)} s; on Parquet: ${(p.ms / 1000).toFixed(2)} s, peak RSS ${(p.rss / 2 ** 30).toFixed(2)} GiB — ${p.verdict}`);
      return p;
    },
    'parquet',
    [pq(d.ref), pq(d.cur)],
    'Parquet',
  );
  const same = (f) => JSON.stringify(JSON.parse(readFileSync(f, 'utf8')).tests.map((t) => [t.id, t.status, t.value, t.p_value ?? null]));
  parquetRun = { rows, csv, g, dk, bytes: statSync(pq(d.ref)).size + statSync(pq(d.cur)).size, sameResults: same(csv.report) === same(g.report) };
}

/** Interleaved (plain, then shadow, `repeat` times) so both see the same machine load; the best of each. */
let shadowRun = null;
if (!args['no-shadow']) {
  const d = ensureShadowData();
  log(`shadow log: ${SHADOW_ROWS.toLocaleString('en-US')} rows per file, ${SHADOW_DAYS} daily chunks (${(d.bytes / 1e6).toFixed(0)} MB in all)`);
  let plain = null;
  let shadow = null;
  for (let i = 0; i < repeat; i++) {
    const p = gate(d.plain, SHADOW_ROWS, 'shadow-plain');
    const q = gate(d.shadow, SHADOW_ROWS, 'shadow-full');
    log(`  gate as before: ${(p.ms / 1000).toFixed(2)} s; with chunks, CBPE and multivariate drift: ${(q.ms / 1000).toFixed(2)} s — ${q.verdict}`);
    if (!plain || p.ms < plain.ms) plain = p;
    if (!shadow || q.ms < shadow.ms) shadow = q;
  }
  const report = JSON.parse(readFileSync(shadow.report, 'utf8'));
  // A workload whose new tests did not run measures nothing: say which ones errored.
  const errors = report.tests.filter((t) => t.status === 'error').map((t) => `${t.id}: ${t.message}`);
  if (errors.length > 0) log(`  errors in the shadow run: ${errors.join('; ')}`);
  shadowRun = { bytes: d.bytes, plain, shadow, tests: report.tests.length };
}

/**
 * Embedding drift (issue 16): 10,000 rows per file of a 384-dimensional JSON embedding, the
 * current one shifted in 8 coordinates; the whole gate, whose embedding tests (MMD on the default
 * 2,000-row sample with 500 permutations, the classifier, the mean distances) are nearly all of it.
 */
const EMB_ROWS = 10_000;
const EMB_DIM = 384;
let embeddingRun = null;
if (!args['no-embeddings']) {
  const name = (side) => join(dataDir, `embeddings-${side}-${EMB_ROWS}-${seed}.csv`);
  for (const side of ['reference', 'current']) {
    if (existsSync(name(side))) continue;
    log(`generating ${relative(root, name(side))} …`);
    const normal = pairedNormal(mulberry32(seed * 2 + (side === 'current' ? 1 : 0) + 2000));
    const csv = csvWriter(name(side), ['id', 'emb']);
    for (let i = 0; i < EMB_ROWS; i++) {
      const v = Array.from({ length: EMB_DIM }, (_, k) => (normal() + (side === 'current' && k < 8 ? 0.1 : 0)).toFixed(6));
      csv.row([`r${i}`, `"[${v.join(', ')}]"`]);
    }
    csv.close();
  }
  const config = join(dataDir, `embeddings-${seed}.yml`);
  writeFileSync(config, ['version: 1', `reference: ${relative(dataDir, name('reference'))}`, `current: ${relative(dataDir, name('current'))}`, 'columns:', '  id: id', '  embeddings:', '    emb: { json: true }', ''].join('\n'));
  let best = null;
  for (let i = 0; i < repeat; i++) {
    const g = gate(config, EMB_ROWS, 'embeddings');
    if (!best || g.ms < best.ms) best = g;
  }
  const mmd = JSON.parse(readFileSync(best.report, 'utf8')).tests.find((t) => t.id === 'drift.embedding.emb');
  log(`  embeddings: ${(best.ms / 1000).toFixed(2)} s — ${best.verdict}; ${mmd?.message ?? 'no drift.embedding.emb result'}`);
  embeddingRun = { g: best, status: mmd?.status ?? 'missing' };
}

rmSync(dirname(bundle), { recursive: true, force: true });

const gib = (b) => `${(b / 2 ** 30).toFixed(2)} GiB`;
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
const lines = [
  `Machine: ${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${gib(totalmem())} RAM, ` +
    `Node ${process.version}; seed ${seed}; best of ${repeat}; load average ${load0.toFixed(1)} before, ` +
    `${loadavg()[0].toFixed(1)} after (other processes share the cores when it is above 0).`,
  '',
  '| rows per file | CSV size (both) | papaparse, parse only | model-gate loader alone | model-gate, whole run | ratio (whole run / papaparse) | peak memory (RSS) |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
];
for (const r of results) {
  lines.push(
    `| ${r.rows.toLocaleString('en-US')} | ${(r.bytes / 1e6).toFixed(0)} MB | ${s(r.pp.ms)} (${r.pp.mode}) | ${s(r.l.ms)} | ${s(r.g.ms)} | ${(r.g.ms / r.pp.ms).toFixed(2)} | ${gib(r.g.rss)} |`,
  );
}
if (results.length > 1) {
  const [a, b] = [results[0], results.at(-1)];
  lines.push(
    '',
    `From ${a.rows.toLocaleString('en-US')} to ${b.rows.toLocaleString('en-US')} rows (×${b.rows / a.rows}): ` +
      `whole-run time ×${(b.g.ms / a.g.ms).toFixed(1)}, loader time ×${(b.l.ms / a.l.ms).toFixed(1)}, ` +
      `peak memory ×${(b.g.rss / a.g.rss).toFixed(1)}.`,
  );
}
lines.push('', `Targets at 1,000,000 rows: ratio ≤ 1.0, peak memory ≤ 1.5 GB.`);
if (results.some((r) => r.m)) {
  lines.push(
    '',
    'The same files through both benchmark models (bench/models), run by the gate itself; each model against onnxruntime-node alone on the same batches:',
    '',
    '| rows per file | whole run with both models | model | gate: feeding, running, reading (both files) | rows/s | onnxruntime alone, same batches | ratio |',
    '| ---: | ---: | --- | ---: | ---: | ---: | ---: |',
  );
  for (const r of results.filter((x) => x.m)) {
    for (const b of r.m.bare) {
      lines.push(
        `| ${r.rows.toLocaleString('en-US')} | ${s(r.m.run.ms)}, ${gib(r.m.run.rss)} | ${b.role} | ${s(b.gate.ms)} | ${Math.round(b.gate.rows / (b.gate.ms / 1000)).toLocaleString('en-US')} | ${s(b.bare.ms)} | ${(b.gate.ms / b.bare.ms).toFixed(2)} |`,
      );
    }
  }
  lines.push('', 'Target: ratio ≤ 1.10 (inference adds at most 10 % over onnxruntime alone).');
}
if (embeddingRun) {
  lines.push(
    '',
    `Embeddings: ${EMB_ROWS.toLocaleString('en-US')} rows × ${EMB_DIM} dimensions per file as a JSON column; the whole gate (MMD on 2,000 sampled rows per side with 500 permutations, the domain classifier, the mean distances): ${s(embeddingRun.g.ms)}, peak memory ${gib(embeddingRun.g.rss)}, embedding drift ${embeddingRun.status}.`,
  );
}
if (wideRun) {
  lines.push(
    '',
    `Wide files: ${WIDE_ROWS.toLocaleString('en-US')} rows × ${WIDE_COLUMNS} numeric columns per file (bench/generate-wide.mjs), data quality and drift on every column:`,
    '',
    '| rows per file | columns | CSV size (both) | whole run | peak memory |',
    '| ---: | ---: | ---: | ---: | ---: |',
    `| ${WIDE_ROWS.toLocaleString('en-US')} | ${WIDE_COLUMNS} | ${(wideRun.bytes / 1e6).toFixed(0)} MB | ${s(wideRun.g.ms)} | ${gib(wideRun.g.rss)} |`,
  );
}
if (quotedRun) {
  const { rows, plain, quoted, sameResults } = quotedRun;
  lines.push(
    '',
    `Quoted CSV: the same ${rows.toLocaleString('en-US')}-row files with the three text columns quoted ("east"), whole run:`,
    '',
    '| rows per file | plain | quoted | ratio | same test results |',
    '| ---: | ---: | ---: | ---: | --- |',
    `| ${rows.toLocaleString('en-US')} | ${s(plain.ms)} | ${s(quoted.ms)} | ${(quoted.ms / plain.ms).toFixed(2)} | ${sameResults ? 'yes' : 'NO'} |`,
    '',
    'Target: ratio ≤ 1.2.',
  );
}
if (parquetRun) {
  const { rows, csv, g, bytes, sameResults } = parquetRun;
  lines.push(
    '',
    `Parquet: the same ${rows.toLocaleString('en-US')}-row files written as Parquet by DuckDB (snappy), whole run:`,
    '',
    '| rows per file | Parquet size (both) | whole run on Parquet | on CSV | ratio | peak memory (Parquet) | same test results |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    `| ${rows.toLocaleString('en-US')} | ${(bytes / 1e6).toFixed(0)} MB | ${s(g.ms)} | ${s(csv.ms)} | ${(g.ms / csv.ms).toFixed(2)} | ${gib(g.rss)} | ${sameResults ? 'yes' : 'NO'} |`,
  );
}
if (!args['no-duckdb']) {
  const rowsOf = [
    ...results.filter((r) => r.dk).map((r) => [`${r.rows.toLocaleString('en-US')} rows, plain CSV`, r.l, r.g, r.dk]),
    ...(quotedRun?.dk ? [[`${quotedRun.rows.toLocaleString('en-US')} rows, text columns quoted`, quotedRun.l, quotedRun.quoted, quotedRun.dk]] : []),
    ...(wideRun?.dk ? [[`${WIDE_ROWS.toLocaleString('en-US')} rows × ${WIDE_COLUMNS} columns, CSV`, null, wideRun.g, wideRun.dk]] : []),
    ...(parquetRun?.dk ? [[`${parquetRun.rows.toLocaleString('en-US')} rows, Parquet`, null, parquetRun.g, parquetRun.dk]] : []),
  ];
  lines.push(
    '',
    "DuckDB's read of the same two files as an anchor (read_csv or read_parquet into a table, 2 threads, bench/duckdb-read.mjs): reading against model-gate's loader alone (both files, sorting included), and the whole run beside it:",
    '',
    '| workload (per file) | model-gate, reading | DuckDB, reading | ratio (reading) | model-gate, whole run | ratio (whole run) |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rowsOf.map(([w, l, g, dk]) => `| ${w} | ${l ? s(l.ms) : '—'} | ${s(dk.ms)} | ${l ? (l.ms / dk.ms).toFixed(2) : '—'} | ${s(g.ms)} | ${(g.ms / dk.ms).toFixed(2)} |`),
  );
}
if (shadowRun) {
  const { plain, shadow } = shadowRun;
  lines.push(
    '',
    `Shadow mode: a ${SHADOW_ROWS.toLocaleString('en-US')}-row shadow log per file (20 features, ${SHADOW_DAYS} daily chunks; bench/generate-shadow.mjs), the gate as configured before issue 13 against the gate with chunks, learned thresholds, CBPE and both multivariate methods:`,
    '',
    '| rows per file | CSV size (both) | whole run, as before | whole run, shadow mode | ratio | peak memory (as before / shadow) |',
    '| ---: | ---: | ---: | ---: | ---: | ---: |',
    `| ${SHADOW_ROWS.toLocaleString('en-US')} | ${(shadowRun.bytes / 1e6).toFixed(0)} MB | ${s(plain.ms)} | ${s(shadow.ms)} | ${(shadow.ms / plain.ms).toFixed(2)} | ${gib(plain.rss)} / ${gib(shadow.rss)} |`,
    '',
    'Target: ratio ≤ 2.',
  );
}
console.log(lines.join('\n'));
