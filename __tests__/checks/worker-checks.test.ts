/**
 * The check worker must change nothing but speed: the families it runs give the results they give
 * on the main thread (same values, same order, row lines through embedded newlines), and a worker
 * that fails still leaves one error result per family.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { differentialChecks } from '../../src/checks/differential.js';
import { runFamily } from '../../src/checks/families.js';
import { performanceChecks } from '../../src/checks/performance.js';
import { checkWorkerAvailable, runOnWorker, startCheckWorker } from '../../src/checks/worker-checks.js';
import type { WorkerUnit } from '../../src/checks/check-worker.js';
import { chunkTestChecks } from '../../src/checks/chunks.js';
import { loadConfig } from '../../src/config/load.js';
import { loadPair } from '../../src/data/load.js';
import { parseFile } from '../../src/data/parse-file.js';
import { InputError } from '../../src/errors.js';
import { buildContext, CHECK_WORKER_MIN_ROWS, runGate } from '../../src/engine.js';
import { reportToJson } from '../../src/report/json.js';
import { NODE24, ROOT } from '../helpers/node-binaries.js';

const BUILT_WORKER = pathToFileURL(join(ROOT, 'dist', 'check-worker.js'));
const FAMILIES: readonly WorkerUnit[] = ['performance', 'differential'];

/** Seeded rows with both tasks' columns; with `breaks`, `note` holds a quoted line break every 997th row. */
function csv(rows: number, seed: number, breaks: boolean): string {
  let s = seed >>> 0;
  const rand = (): number => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
  const lines = ['id,x,note,label,pred_b,pred_c,score_b,score_c,y,yhat_b,yhat_c'];
  for (let i = 0; i < rows; i++) {
    const x = rand();
    const label = rand() < 0.3 + 0.4 * x ? 1 : 0;
    const sb = Math.min(1, Math.max(0, 0.2 + 0.6 * x + 0.3 * (rand() - 0.5)));
    const sc = Math.min(1, Math.max(0, sb + 0.2 * (rand() - 0.5)));
    const y = 3 * x + rand();
    const note = breaks && i % 997 === 5 ? '"two\nlines"' : i % 3 ? 'a' : 'b';
    const missing = i % 101 === 7;
    lines.push(
      [`r${i}`, x.toFixed(6), note, missing ? '' : label, sb > 0.5 ? 1 : 0, sc > 0.5 ? 1 : 0, sb.toFixed(6), sc.toFixed(6), missing ? '' : y.toFixed(5), (y + rand() - 0.5).toFixed(5), (y + 1.2 * (rand() - 0.5)).toFixed(5)].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

const CONFIGS = {
  classification: [
    'task: classification',
    'columns: { id: id, target: label, positive_class: 1, baseline_prediction: pred_b, candidate_prediction: pred_c, baseline_scores: score_b, candidate_scores: score_c, exclude: [y, yhat_b, yhat_c] }',
    'tests: { differential: { top: 8 } }',
  ],
  regression: [
    'task: regression',
    'columns: { id: id, target: y, baseline_prediction: yhat_b, candidate_prediction: yhat_c, exclude: [label, pred_b, pred_c, score_b, score_c] }',
    'tests: { differential: { top: 8 } }',
  ],
};

/** Chunks of the rows, with the limit of x's per-chunk drift learned from the reference's chunks. */
const CHUNKED = ['chunking: { count: 12 }', 'tests: { drift: { columns: { x: { threshold: auto } } }, differential: { top: 8 } }'];

function workspace(rows: number, task: keyof typeof CONFIGS, breaks = true, chunked = false): string {
  const dir = mkdtempSync(join(tmpdir(), 'mg-worker-'));
  writeFileSync(join(dir, 'ref.csv'), csv(rows, 1, breaks));
  writeFileSync(join(dir, 'cur.csv'), csv(rows, 2, breaks));
  const config = chunked ? [...CONFIGS[task].filter((l) => !l.startsWith('tests:')), ...CHUNKED] : CONFIGS[task];
  writeFileSync(join(dir, 'model-gate.yml'), ['reference: ref.csv', 'current: cur.csv', ...config, ''].join('\n'));
  return dir;
}

async function context(dir: string) {
  const cfg = await loadConfig(join(dir, 'model-gate.yml'), 'model-gate.yml');
  const data = await loadPair({ path: join(dir, 'ref.csv'), display: 'ref.csv' }, { path: join(dir, 'cur.csv'), display: 'cur.csv' }, { types: new Map(), threads: false });
  return buildContext(cfg, data);
}

/** A module for --import that records the workers a CLI process starts, on stderr. */
function workerSpy(dir: string): string {
  const spy = join(dir, 'spy.mjs');
  writeFileSync(
    spy,
    [
      "import { createRequire, syncBuiltinESMExports } from 'node:module';",
      "import { isMainThread } from 'node:worker_threads';",
      'const wt = createRequire(import.meta.url)("node:worker_threads");',
      'const Original = wt.Worker;',
      'if (isMainThread) {',
      '  wt.Worker = class extends Original { constructor(url, opts) { super(url, opts); process.stderr.write(`worker ${String(url)}\\n`); } };',
      '  syncBuiltinESMExports();',
      '}',
      '',
    ].join('\n'),
  );
  return spy;
}

describe('the check worker', () => {
  it('is not used under vitest, where only the TypeScript sources exist', () => {
    expect(checkWorkerAvailable()).toBe(false);
    expect(existsSync(BUILT_WORKER)).toBe(true);
  });

  it.each(['classification', 'regression'] as const)('gives the %s families exactly the results they give in this thread', async (task) => {
    const ctx = await context(workspace(3000, task));
    expect(ctx.current.rowLine(10)).toBe(13); // row 5's line break shifts the rows after it
    const remote = await runOnWorker(ctx, FAMILIES, BUILT_WORKER)!;
    expect([...remote.keys()]).toEqual(FAMILIES);
    const here = { performance: runFamily('performance', performanceChecks, ctx), differential: runFamily('differential', differentialChecks, ctx) };
    expect(remote.get('performance')).toStrictEqual(here.performance);
    expect(remote.get('differential')).toStrictEqual(here.differential);
    // The comparison must cover what can differ across threads: intervals, row lines past a shift.
    expect(here.performance.some((t) => t.status !== 'skip' && t.status !== 'error' && t.threshold !== null)).toBe(true);
    const top = here.differential.flatMap((t) => (t.details?.top as { line: number; row: number }[] | undefined) ?? []);
    expect(top.some((r) => r.line > r.row + 2)).toBe(true);
  });

  it('gives the per-chunk tests exactly the results they give in this thread, reading both files', async () => {
    const ctx = await context(workspace(3000, 'classification', true, true));
    const remote = await runOnWorker(ctx, ['chunks'], BUILT_WORKER)!;
    const here = runFamily('drift', chunkTestChecks, ctx);
    expect(remote.get('chunks')).toStrictEqual(here);
    // Drift per chunk against the whole reference with a learned limit, and performance per chunk.
    const x = here.find((t) => t.id === 'drift.chunks.x');
    expect(x?.status).toMatch(/^(pass|fail|warn)$/);
    expect(here.some((t) => t.family === 'performance')).toBe(true);
  });

  it('runs the per-chunk tests here when the rows cannot be split', async () => {
    const dir = workspace(200, 'classification', false, true);
    writeFileSync(join(dir, 'model-gate.yml'), readFileSync(join(dir, 'model-gate.yml'), 'utf8').replace('chunking: { count: 12 }', 'chunking: { column: note, period: day }'));
    const ctx = await context(dir);
    const worker = startCheckWorker(BUILT_WORKER)!;
    const out = await worker.run(ctx, ['performance', 'chunks'])!;
    expect([...out.keys()]).toEqual(['performance']);
  });

  it('turns a worker that throws while starting into one error result per family', async () => {
    const ctx = await context(workspace(50, 'classification'));
    const dir = mkdtempSync(join(tmpdir(), 'mg-bad-worker-'));
    writeFileSync(join(dir, 'throws.mjs'), "throw new Error('boom');\n");
    const out = await runOnWorker(ctx, FAMILIES, pathToFileURL(join(dir, 'throws.mjs')))!;
    expect([...out.keys()]).toEqual(FAMILIES);
    for (const f of FAMILIES) {
      expect(out.get(f)).toEqual([expect.objectContaining({ id: `${f}.internal`, family: f, status: 'error', severity: 'fail' })]);
      expect(out.get(f)![0]!.message).toBe(`the ${f} tests stopped: the check worker failed: boom`);
    }
  });

  it('reports a worker that failed while waiting for its request, once the request comes', async () => {
    const ctx = await context(workspace(50, 'classification'));
    const dir = mkdtempSync(join(tmpdir(), 'mg-bad-worker-'));
    writeFileSync(join(dir, 'throws.mjs'), "throw new Error('early');\n");
    const worker = startCheckWorker(pathToFileURL(join(dir, 'throws.mjs')))!;
    await new Promise((r) => setTimeout(r, 300)); // the files would be loading meanwhile
    const out = await worker.run(ctx, FAMILIES)!;
    for (const f of FAMILIES) expect(out.get(f)![0]!.message).toBe(`the ${f} tests stopped: the check worker failed: early`);
  });

  it('lets the process exit when a started worker is not used, whatever ends the run', async () => {
    // Current files big enough in bytes for the worker to be started while loading, but below the
    // row threshold, or with a reference file that does not exist: the CLI must still finish.
    const dir = workspace(1000, 'classification', false);
    const pad = 'x'.repeat(1000);
    writeFileSync(join(dir, 'wide.csv'), ['id,label,pred_b,pred_c,pad', ...Array.from({ length: 1000 }, (_, i) => `r${i},${i % 2},1,${(i >> 1) % 2},${pad}`), ''].join('\n'));
    writeFileSync(join(dir, 'small.yml'), ['reference: ref.csv', 'current: wide.csv', 'task: classification', 'columns: { id: id, target: label, baseline_prediction: pred_b, candidate_prediction: pred_c, exclude: [pad] }', ''].join('\n'));
    writeFileSync(join(dir, 'missing.yml'), ['reference: nowhere.csv', 'current: wide.csv', 'columns: { target: label }', ''].join('\n'));
    expect(CHECK_WORKER_MIN_ROWS).toBeGreaterThan(1000);
    const spy = workerSpy(dir);
    const run = (config: string) =>
      promisify(execFile)(NODE24, ['--import', pathToFileURL(spy).href, join(ROOT, 'dist', 'cli.js'), '--config', config, '--out', `out-${config}`], { cwd: dir, encoding: 'utf8', timeout: 20_000 })
        .then((r) => ({ code: 0 as number | string, stderr: r.stderr }), (e: { code: number | string; killed?: boolean; stderr: string }) => ({ code: e.killed ? 'timed out' : e.code, stderr: e.stderr }));
    const [small, missing] = await Promise.all([run('small.yml'), run('missing.yml')]);
    expect(typeof small.code).toBe('number');
    expect(missing.code).toBe(2);
    // Both runs did start the worker: it was stopped, not avoided.
    expect(small.stderr).toMatch(/worker \S*\/check-worker\.js/);
    expect(missing.stderr).toMatch(/worker \S*\/check-worker\.js/);
    const report = JSON.parse(readFileSync(join(dir, 'out-small.yml', 'report.json'), 'utf8')) as { tests: { family: string }[] };
    expect(report.tests.some((t) => t.family === 'differential')).toBe(true);
  }, 30_000);

  it('parses the current file as this thread does, its role columns in shared memory, then checks it', async () => {
    const dir = workspace(3000, 'classification');
    const worker = startCheckWorker(BUILT_WORKER)!;
    const req = { path: join(dir, 'cur.csv'), display: 'cur.csv', hints: [] as [string, 'numeric' | 'categorical'][] };
    const there = await worker.parse({ ...req, shared: ['label', 'score_b', 'score_c'] });
    const here = await parseFile(req);
    expect(there.rowCount).toBe(here.rowCount);
    expect(there.shifts).toEqual(here.shifts);
    expect(there.sorted.map(([n]) => n)).toEqual(here.sorted.map(([n]) => n));
    for (const [i, c] of there.columns.entries()) {
      const h = here.columns[i]!;
      expect([c.name, c.kind, c.missing]).toEqual([h.name, h.kind, h.missing]);
      expect(Array.from(c.values ?? c.codes!)).toEqual(Array.from(h.values ?? h.codes!));
      expect((c.values ?? c.codes!).buffer instanceof SharedArrayBuffer, c.name).toBe(['label', 'score_b', 'score_c'].includes(c.name));
    }
    // The same worker then runs the checks, as the engine uses it.
    const ctx = await context(dir);
    const out = await worker.run(ctx, FAMILIES)!;
    expect(out.get('performance')).toStrictEqual(runFamily('performance', performanceChecks, ctx));
  });

  it('reports a file it cannot parse as the loading worker does, and a worker that fails as an error', async () => {
    const dir = workspace(50, 'classification');
    writeFileSync(join(dir, 'ragged.csv'), 'a,b\n1,2\n3\n');
    const worker = startCheckWorker(BUILT_WORKER)!;
    const bad = await worker.parse({ path: join(dir, 'ragged.csv'), display: 'ragged.csv', hints: [] }).then(() => null, (e: unknown) => e);
    expect(bad).toBeInstanceOf(InputError);
    expect((bad as InputError).message).toBe('ragged.csv row 3: 1 field, but the header has 2');
    worker.stop();
    const broken = join(dir, 'throws.mjs');
    writeFileSync(broken, "throw new Error('no parse');\n");
    const failing = startCheckWorker(pathToFileURL(broken))!;
    await expect(failing.parse({ path: join(dir, 'cur.csv'), display: 'cur.csv', hints: [] })).rejects.toThrow('the check worker failed: no parse');
  });

  it('keeps a finished family and reports the rest when the worker exits early', async () => {
    const ctx = await context(workspace(50, 'classification'));
    const dir = mkdtempSync(join(tmpdir(), 'mg-bad-worker-'));
    const sent = { id: 'performance.x', family: 'performance', name: 'x', method: 'm', status: 'pass', severity: 'fail', value: 1, threshold: null, message: 'ok' };
    writeFileSync(
      join(dir, 'exits.mjs'),
      `import { parentPort } from 'node:worker_threads';\nparentPort.postMessage({ unit: 'performance', tests: [${JSON.stringify(sent)}] });\nprocess.exit(3);\n`,
    );
    const out = await runOnWorker(ctx, FAMILIES, pathToFileURL(join(dir, 'exits.mjs')))!;
    expect(out.get('performance')).toEqual([sent]);
    expect(out.get('differential')![0]).toMatchObject({ id: 'differential.internal', status: 'error', message: 'the differential tests stopped: the check worker exited with code 3 before sending its results' });
  });

  it.each([false, true])('makes the built CLI report what the engine reports in one thread, above the row threshold (chunks: %s)', async (chunked) => {
    // Plain rows: quoted line breaks send a file through csv-parse, slow at this size (the tests
    // above cover row lines across threads). With chunks every column of both files is shared.
    const dir = workspace(CHECK_WORKER_MIN_ROWS + 500, 'classification', false, chunked);
    const spy = workerSpy(dir);
    // The CLI's process and this thread's run go side by side: the test waits for the slower only.
    const [cli, report] = await Promise.all([
      promisify(execFile)(NODE24, ['--import', pathToFileURL(spy).href, join(ROOT, 'dist', 'cli.js'), '--config', 'model-gate.yml', '--out', 'out'], { cwd: dir, encoding: 'utf8', timeout: 120_000 })
        .catch((e: { stdout: string; stderr: string }) => e), // exit code 1/2 for a failing verdict
      runGate({ configPath: 'model-gate.yml', cwd: dir }),
    ]);
    expect(cli.stderr).toMatch(/worker \S*\/check-worker\.js/);
    // The check worker parsed the current file: no loading worker was started.
    expect(cli.stderr).not.toMatch(/load-worker/);
    const viaWorker = JSON.parse(readFileSync(join(dir, 'out', 'report.json'), 'utf8')) as Record<string, unknown>;
    const inThread = JSON.parse(JSON.stringify(reportToJson(report))) as Record<string, unknown>;
    for (const r of [viaWorker, inThread]) {
      delete r.generated_at;
      delete r.duration_ms;
    }
    expect(viaWorker).toEqual(inThread);
    if (chunked) expect(report.tests.some((t) => t.id === 'drift.chunks.x' && t.status !== 'error')).toBe(true);
    // Per-chunk performance sits with the per-chunk drift, in the drift family's place.
    const families = report.tests.filter((t) => !t.id.startsWith('performance.chunks')).map((t) => t.family);
    expect(families).toEqual([...families].sort((a, b) => ['quality', 'drift', 'performance', 'differential'].indexOf(a) - ['quality', 'drift', 'performance', 'differential'].indexOf(b)));
    expect(new Set(families)).toEqual(new Set(['quality', 'drift', 'performance', 'differential']));
  }, 60_000);
});
