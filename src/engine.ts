/**
 * Runs the whole gate: config → data → checks → verdict. Knows nothing about GitHub or the
 * command line; both edges call `runGate` and render the Report it returns.
 */
import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { differentialChecks } from './checks/differential.js';
import { estimationChecks } from './checks/estimation.js';
import { driftChecks } from './checks/drift.js';
import { chunkSummaryChecks, chunkTestChecks } from './checks/chunks.js';
import { multivariateChecks } from './checks/multivariate.js';
import { embeddingDriftChecks, embeddingOutputChecks } from './checks/embeddings.js';
import { textChecks } from './checks/text.js';
import { embeddingColumns } from './embeddings/config.js';
import { performanceChecks } from './checks/performance.js';
import { perClassChecks } from './checks/per-class.js';
import { fairnessChecks } from './checks/fairness.js';
import { sliceChecks } from './checks/slices.js';
import { qualityChecks } from './checks/quality.js';
import { modelOutputQualityChecks } from './checks/model-outputs-quality.js';
import { runFamily } from './checks/families.js';
import { treatAsDate } from './checks/dates.js';
import { knownLabels, labelConfigProblems, labelSources, type KnownLabels } from './checks/labels.js';
import { checkWorkerAvailable, startCheckWorker, type CheckWorker } from './checks/worker-checks.js';
import type { Check, CheckContext, Side } from './checks/context.js';
import type { WorkerUnit } from './checks/check-worker.js';
import { splitChunks } from './chunks/split.js';
import type { Chunks } from './chunks/types.js';
import { namedColumnProblems, rowMinimumResults } from './config/against-data.js';
import { isExplicit, loadConfig, roleColumns } from './config/load.js';
import { taskMismatches } from './config/metrics.js';
import type { GateConfig, Task } from './config/types.js';
import { loadPair, type LoadedPair } from './data/load.js';
import { sortedNonMissing } from './data/sort.js';
import type { Column, ColumnKind, Table } from './data/table.js';
import { InputError } from './errors.js';
import { markSorted } from './stats/descriptive.js';
import { FAMILIES, REPORT_SCHEMA_VERSION, type DataSummary, type Family, type Report, type TestResult } from './results/types.js';
import { countStatuses, verdictOf } from './report/verdict.js';
import { VERSION } from './version.js';
import { runModelChecks } from './checks/models/run.js';
import { behaviourConfigProblems } from './checks/models/behaviour.js';
import { closeModels, openModels, predictTables, ROLES, runsModels, type OpenModels } from './models/run.js';
import { ModelError } from './models/session.js';
import { predictionColumns, writePredictions } from './models/write-predictions.js';
import type { ModelInfo, Models } from './models/types.js';
import { computeCharts, prepareCharts, type PreparedCharts } from './charts/compute.js';
import { runPushdownGate } from './pushdown/gate.js';
import type { ReportCharts } from './results/charts.js';

export interface GateOptions {
  configPath: string;
  /** Directory the config path is relative to (default: process.cwd()). */
  cwd?: string;
  /**
   * When set, the config and data files must lie inside this directory (after following links).
   * The action sets it to the workspace: a config from a pull request must not be able to read
   * files such as /proc/self/environ and echo their contents into a comment.
   */
  root?: string;
  /** Write the models' outputs on the current rows to this CSV (resolved against `cwd`). */
  writePredictions?: string;
  /**
   * Families left out on request (`--skip`, `--only`); `input` always runs. The report lists them
   * (`families`), so a family that did not run is never read as one that passed.
   */
  skipFamilies?: ReadonlySet<Family>;
  /** Told what the run is doing (reading, running a family), for a progress line on a terminal. */
  onProgress?: (stage: string) => void;
}

/** Throws InputError when `path` (resolved through links) is outside `root`. */
async function assertInside(root: string, path: string, what: string): Promise<void> {
  const real = async (p: string) => {
    try {
      return await realpath(p);
    } catch {
      // A file that does not exist yet is judged by its resolved parent; the loader reports it missing.
      return resolve(await realpath(dirname(p)).catch(() => dirname(p)), basename(p));
    }
  };
  const [r, p] = await Promise.all([real(root), real(path)]);
  const rel = relative(r, p);
  // `..` as a whole first segment leaves the root; `..cur.csv` is a file inside it.
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
    throw new InputError(`${what} must be inside the workspace ${root}, but it resolves to ${p}`);
  }
}

const MODEL_TEST_KEYS = ['tests.speed', 'tests.importance', 'tests.behaviour', 'tests.explain'];

/** `unit`: on large files it runs on the check worker (the same check, see check-worker.ts). */
const FAMILY_CHECKS: readonly { family: Family; check: Check; unit?: WorkerUnit }[] = [
  { family: 'quality', check: qualityChecks },
  // Labels and scores, apart from the per-column tests: a failure in one must not lose the other.
  { family: 'quality', check: modelOutputQualityChecks },
  { family: 'drift', check: driftChecks },
  { family: 'drift', check: chunkSummaryChecks },
  { family: 'drift', check: chunkTestChecks, unit: 'chunks' },
  { family: 'drift', check: multivariateChecks },
  // Vector and text columns (src/embeddings/): they read both files' columns, so this thread.
  { family: 'drift', check: embeddingDriftChecks },
  { family: 'drift', check: textChecks },
  // Before the realized metrics, so that on large files it runs while the worker computes them.
  { family: 'performance', check: estimationChecks },
  { family: 'performance', check: performanceChecks, unit: 'performance' },
  // Per class and per group (fairness reads group columns that are not role columns): this thread.
  { family: 'performance', check: perClassChecks },
  { family: 'performance', check: fairnessChecks },
  // Slices and the weak-segment search read feature columns and the reference: this thread.
  { family: 'performance', check: sliceChecks },
  { family: 'differential', check: differentialChecks, unit: 'differential' },
  { family: 'differential', check: embeddingOutputChecks },
];

/** One error per problem: `id` alone for one, `id.1`, `id.2`… for several, so ids stay unique. */
function inputErrors(id: string, name: string, problems: readonly string[]): TestResult[] {
  return problems.map((p, i) => inputError(problems.length > 1 ? `${id}.${i + 1}` : id, name, p));
}

function inputError(id: string, name: string, message: string): TestResult {
  return { id, family: 'input', name, method: 'read', status: 'error', severity: 'fail', value: null, threshold: null, message };
}

function messageOf(e: unknown): string {
  return e instanceof InputError ? e.message : `internal error: ${e instanceof Error ? e.message : String(e)}`;
}

/** Classification when the target is categorical or holds few integer values. */
export function inferTask(column: Column | undefined): Task | null {
  if (!column) return null;
  if (column.kind === 'categorical') return 'classification';
  const seen = new Set<number>();
  const v = column.values;
  for (let i = 0; i < v.length; i++) {
    const x = v[i]!;
    if (Number.isNaN(x)) continue;
    if (!Number.isInteger(x)) return 'regression';
    seen.add(x);
    // Twenty classes is where integer targets stop looking like labels and start looking like counts.
    if (seen.size > 20) return 'regression';
  }
  return seen.size === 0 ? null : 'classification';
}

/** Default features leave out role columns, `exclude` and date columns (a new day is not drift). */
function featuresOf(cfg: GateConfig, reference: Table, current: Table): string[] {
  if (cfg.columns.features) return [...cfg.columns.features];
  const roles = roleColumns(cfg);
  // An embedding's columns are tested together (drift.embedding.<name>), not one by one.
  const excluded = new Set([...cfg.columns.exclude, ...embeddingColumns(cfg, reference)]);
  return reference.names.filter(
    (n) => !roles.has(n) && !excluded.has(n) && !treatAsDate(cfg, n, reference.columns.get(n), current.columns.get(n)),
  );
}

function summary(path: string, t: Table, labelled?: number): DataSummary {
  const s: DataSummary = { path, rows: t.rowCount, columns: t.names.length };
  if (labelled !== undefined) s.labelled_rows = labelled;
  return s;
}

function labelledRows(t: Table, target: string | null): number | undefined {
  const col = target ? t.columns.get(target) : undefined;
  return col ? t.rowCount - col.missing : undefined;
}

/** `task`: known from the models the gate ran, when the config does not say. */
export function buildContext(cfg: GateConfig, data: LoadedPair, modelTask: Task | null = null): CheckContext {
  const cache: Record<Side, Map<string, Float64Array>> = { reference: new Map(data.sorted.reference), current: new Map(data.sorted.current) };
  const target = cfg.columns.target;
  const task = cfg.task ?? modelTask ?? inferTask(target ? data.current.columns.get(target) ?? data.reference.columns.get(target) : undefined);
  let known: KnownLabels | undefined;
  // A failed split is remembered too, so every check that asks gets the same error.
  const chunked = new Map<Side, { chunks: Chunks | null } | { error: unknown }>();
  return {
    config: cfg,
    task,
    reference: data.reference,
    current: data.current,
    features: featuresOf(cfg, data.reference, data.current),
    knownLabels(): KnownLabels {
      return (known ??= knownLabels(labelSources(cfg, data.reference, data.current)));
    },
    chunks(side: Side): Chunks | null {
      let hit = chunked.get(side);
      if (!hit) {
        try {
          hit = { chunks: splitChunks(cfg, data[side]) };
        } catch (error) {
          hit = { error };
        }
        chunked.set(side, hit);
      }
      if ('error' in hit) throw hit.error;
      return hit.chunks;
    },
    sorted(side: Side, column: string): Float64Array {
      const hit = cache[side].get(column);
      // Sorted, NaN-free arrays: marked so that each statistic need not re-check the order.
      if (hit) return markSorted(hit);
      const col = data[side].columns.get(column);
      if (!col || col.kind !== 'numeric') throw new Error(`${column} is not a numeric column of the ${side} data`);
      const out = sortedNonMissing(col.values, col.missing);
      cache[side].set(column, out);
      return markSorted(out);
    },
  };
}

/**
 * Current files from this many rows run the worker families on a second thread. What the worker
 * saves is the quality and drift time this thread spends meanwhile, which grows with rows ×
 * columns; what it costs is copying the role columns to it and, on a two-core machine, the CPU its
 * start takes from the two loading threads (it is started while they run, see runGate). Measured on
 * the bench's 22-column files (whole CLI, worker vs one thread): before the worker was started
 * early, 150k rows 808 vs 794 ms, 200k 914 vs 929, 1M 2.56-2.62 vs 2.79 s; started early, at 1M
 * 2.71 vs 2.80 s (median of quiet rounds on a shared machine). Rows from 50k to 300k, re-measured
 * with the early start, showed no gain either way within the noise of a shared machine (e.g. 100k
 * 760 vs 723 ms, 150k 933 vs 923, best of 12), so the break-even stays near 200k rows.
 */
export const CHECK_WORKER_MIN_ROWS = 200_000;

/**
 * Runs each family; a check that throws (a bug) is reported as an error, never lost. On large
 * files the checks with a worker unit run on a worker thread while this one runs the others; the
 * results are the same and in the same order either way. `worker`, when given, is one already
 * started (see runGate); it is used or stopped, never left waiting.
 */
export async function runChecks(
  ctx: CheckContext,
  worker: CheckWorker | null = null,
  skip: ReadonlySet<Family> = new Set(),
  onProgress?: (stage: string) => void,
  /** Called once when this thread would otherwise wait for the check worker's results. */
  whileWaiting?: () => void,
): Promise<TestResult[]> {
  let remote: Promise<Map<WorkerUnit, TestResult[]>> | null = null;
  const remoteUnits = FAMILY_CHECKS.flatMap((c) => (c.unit && !skip.has(c.family) ? [c.unit] : []));
  if (ctx.current.rowCount >= CHECK_WORKER_MIN_ROWS && remoteUnits.length) {
    const w = worker ?? (checkWorkerAvailable() ? startCheckWorker() : null);
    remote = w ? w.run(ctx, remoteUnits) : null;
  } else worker?.stop();
  // This thread's checks first, in order, while the worker runs its units; then the report's order.
  const local = new Map<number, TestResult[]>();
  let announced: Family | null = null;
  FAMILY_CHECKS.forEach(({ family, check, unit }, i) => {
    if (skip.has(family) || (unit && remote)) return;
    if (family !== announced) onProgress?.(`running ${family} tests`);
    announced = family;
    local.set(i, runFamily(family, check, ctx));
  });
  let sent: Map<WorkerUnit, TestResult[]> | null = null;
  if (remote) {
    whileWaiting?.();
    sent = await remote;
  }
  const tests: TestResult[] = [];
  FAMILY_CHECKS.forEach(({ family, check, unit }, i) => {
    if (skip.has(family)) return;
    // A unit the worker was not sent (its data could not be) runs here.
    const out = local.get(i) ?? (unit ? sent?.get(unit) : undefined) ?? runFamily(family, check, ctx);
    for (const t of out) tests.push(t);
  });
  return tests;
}

/**
 * A file smaller than this cannot hold CHECK_WORKER_MIN_ROWS rows with a target and a prediction
 * ("1,0" and a line break: 4 bytes), so its run will not use the check worker.
 */
const CHECK_WORKER_MIN_BYTES = 4 * CHECK_WORKER_MIN_ROWS;

/**
 * The check worker, started before the files load when the current file may be large enough to use
 * it: it parses the current file in place of a loading worker (one thread start, not two), so its
 * start overlaps the loading instead of delaying the checks. Null when it will not be needed or
 * cannot start (a loading worker parses the current file, and runChecks decides as before).
 */
async function prestartCheckWorker(currentPath: string): Promise<CheckWorker | null> {
  if (!checkWorkerAvailable()) return null;
  const size = await stat(currentPath).then((s) => s.size, () => 0);
  return size >= CHECK_WORKER_MIN_BYTES ? startCheckWorker() : null;
}

function typeHints(cfg: GateConfig): Map<string, ColumnKind> {
  return new Map(Object.entries(cfg.columns.types));
}

function finish(configPath: string, started: number, task: Task | null, data: Report['data'], tests: TestResult[]): Report {
  return {
    schema_version: REPORT_SCHEMA_VERSION,
    tool: { name: 'model-gate', version: VERSION },
    generated_at: new Date().toISOString(),
    config: configPath,
    task,
    verdict: verdictOf(tests),
    counts: countStatuses(tests),
    data,
    tests,
    duration_ms: Math.round(performance.now() - started),
  };
}

/**
 * The chart data (src/charts/). Pictures judge nothing: a bug there must neither stop the gate nor
 * change its verdict, so it costs the report its charts and says so on stderr.
 */
function chartsOf(ctx: CheckContext, tests: readonly TestResult[], prepared: PreparedCharts | Error | null): ReportCharts | null {
  try {
    if (prepared instanceof Error) throw prepared;
    return computeCharts(ctx, tests, prepared ?? undefined);
  } catch (e) {
    process.emitWarning(`model-gate: the report's chart data could not be computed: ${e instanceof Error ? e.message : String(e)}`);
    return null;
  }
}

function prepareChartsOf(ctx: CheckContext): PreparedCharts | Error {
  try {
    return prepareCharts(ctx);
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
}

export async function runGate(opts: GateOptions): Promise<Report> {
  const report = await runSelected(opts);
  const skipped = FAMILIES.filter((f) => f !== 'input' && opts.skipFamilies?.has(f));
  if (skipped.length) report.families = { run: FAMILIES.filter((f) => !skipped.includes(f)), skipped };
  return report;
}

async function runSelected(opts: GateOptions): Promise<Report> {
  const skip = opts.skipFamilies ?? new Set<Family>();
  const started = performance.now();
  const cwd = opts.cwd ?? process.cwd();
  const configFile = isAbsolute(opts.configPath) ? opts.configPath : resolve(cwd, opts.configPath);
  const noData = { reference: null, current: null };

  let cfg: GateConfig;
  try {
    if (opts.root) await assertInside(opts.root, configFile, `the config file ${opts.configPath}`);
    cfg = await loadConfig(configFile, opts.configPath);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return finish(opts.configPath, started, null, noData, [inputError('input.config', 'Config', messageOf(e))]);
  }
  // SQL sources: every statistic from aggregates in the engine (src/pushdown); no rows are loaded.
  if (cfg.sql.reference || cfg.sql.current) {
    const run = await runPushdownGate(cfg, { ...(opts.root ? { root: opts.root } : {}), skipFamilies: skip, ...(opts.onProgress ? { onProgress: opts.onProgress } : {}), writePredictions: opts.writePredictions });
    return finish(opts.configPath, started, run.task, run.data, run.tests);
  }

  let worker: CheckWorker | null = null;
  // The models load in their processes while the files are read.
  let opening: Promise<OpenModels> | null = null;
  let open: OpenModels | null = null;
  try {
    let data: LoadedPair;
    try {
      if (opts.root) {
        await assertInside(opts.root, resolve(cfg.dir, cfg.reference), `config key reference (${cfg.reference})`);
        await assertInside(opts.root, resolve(cfg.dir, cfg.current), `config key current (${cfg.current})`);
        for (const role of ROLES) {
          const p = cfg.models[role];
          if (p !== null) await assertInside(opts.root, resolve(cfg.dir, p), `config key models.${role} (${p})`);
        }
      }
      if (runsModels(cfg)) {
        opening = openModels(cfg);
        // Awaited below; a failure while the files load must not be an unhandled rejection.
        opening.catch(() => undefined);
      }
      worker = await prestartCheckWorker(resolve(cfg.dir, cfg.current));
      const w = worker;
      opts.onProgress?.(`reading ${cfg.reference} and ${cfg.current}`);
      data = await loadPair(
        { path: resolve(cfg.dir, cfg.reference), display: cfg.reference },
        { path: resolve(cfg.dir, cfg.current), display: cfg.current },
        // The check worker parses the current file itself: one thread start instead of two, and the
        // columns it will check stay in shared memory instead of being copied to it: the role
        // columns, and with chunks every column of both files (it runs the per-chunk tests).
        { types: typeHints(cfg), ...(w ? { currentOn: { parse: (req) => w.parse(req), shared: cfg.chunking ? 'all' : [...roleColumns(cfg).keys()] }, shareReference: cfg.chunking !== null } : {}) },
      );
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      return finish(opts.configPath, started, cfg.task, noData, [inputError('input.data', 'Data files', messageOf(e))]);
    }

    const dataSummary = {
      reference: summary(cfg.reference, data.reference),
      current: summary(cfg.current, data.current, labelledRows(data.current, cfg.columns.target)),
    };
    const problems = [...namedColumnProblems(cfg, data.reference, data.current), ...behaviourConfigProblems(cfg, data.reference)];
    if (problems.length) {
      return finish(opts.configPath, started, cfg.task, dataSummary, inputErrors('input.columns', 'Configured columns', problems));
    }

    let run: { cfg: GateConfig; data: LoadedPair; task: Task | null; models: Models | null; info: ModelInfo[] } = { cfg, data, task: null, models: null, info: [] };
    if (opening) {
      try {
        opts.onProgress?.('running the models on both files');
        open = await opening;
        run = await predictTables(cfg, open, data);
      } catch (e) {
        if (!(e instanceof ModelError)) throw e;
        return finish(opts.configPath, started, cfg.task, dataSummary, [inputError('input.models', 'Models', e.message)]);
      }
    }

    if (opts.writePredictions) {
      if (!run.models) {
        return finish(opts.configPath, started, cfg.task, dataSummary, [
          inputError('input.write_predictions', 'Predictions file', '--write-predictions writes the outputs of the models the gate runs, and the config names none (models.baseline, models.candidate)'),
        ]);
      }
      const modelCols = run.info.flatMap((m) => predictionColumns(run.cfg).filter((c) => c.startsWith(`${m.role}_`)));
      try {
        await writePredictions(resolve(cwd, opts.writePredictions), run.cfg, run.data.current, modelCols);
      } catch (e) {
        return finish(opts.configPath, started, cfg.task, dataSummary, [
          inputError('input.write_predictions', 'Predictions file', `cannot write ${opts.writePredictions}: ${e instanceof Error ? e.message : String(e)}`),
        ]);
      }
    }

    const ctx = buildContext(run.cfg, run.data, run.task);
    let prepared: PreparedCharts | Error | null = null;
    // A task written in the config was checked against the keys at load; an inferred one only now.
    const mismatches = !cfg.task && ctx.task && cfg.columns.target ? taskMismatches(cfg, ctx.task, cfg.columns.target) : [];
    // A positive class or score-map key that names no class of the data.
    const labelProblems = ctx.task === 'classification' ? labelConfigProblems(run.cfg, ctx.knownLabels()) : [];
    const tests = [
      ...inputErrors('input.task', 'Config and task', mismatches),
      ...inputErrors('input.labels', 'Configured classes', labelProblems),
      ...rowMinimumResults(cfg, data.reference, data.current),
      // The chart data that needs no results (the curves) is made while the check worker works.
      ...(await runChecks(ctx, worker, skip, opts.onProgress, () => (prepared = prepareChartsOf(ctx)))),
    ];
    worker = null; // used or stopped by runChecks
    // Without models, the model tests run only when the config names one: they are then errors
    // (nothing to time, permute or perturb), never silently absent.
    const namedModelTests = MODEL_TEST_KEYS.some((k) => isExplicit(cfg, k));
    if ((run.models || namedModelTests) && !skip.has('model')) {
      opts.onProgress?.('running model tests');
      const models = run.models ?? { baseline: null, candidate: null, threads: 0 };
      tests.push(...(await runModelChecks({ data: ctx, models })));
    }
    const charts = chartsOf(ctx, tests, prepared);
    const report = finish(opts.configPath, started, ctx.task, dataSummary, tests);
    if (run.info.length) report.models = run.info;
    if (charts) report.charts = charts;
    return report;
  } finally {
    // Whatever else ended the run (bad input, an exception), a started worker must not linger.
    worker?.stop();
    closeModels(open ?? (opening ? await opening.catch(() => null) : null));
  }
}
