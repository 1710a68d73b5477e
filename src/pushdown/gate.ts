/**
 * The gate on SQL sources (`reference`/`current` written as `{ sql, engine, … }`): both queries are
 * opened (src/sql), described and profiled in one scan each, and every test is computed from
 * aggregate queries, so that no row leaves the engine. The Report has the same shape as on files;
 * each test that needs rows in memory is an `error` when the config names it and a `skip` when it
 * is only a default, saying why (context.ts NEEDS_ROWS).
 */
import { namedColumnProblems, rowMinimumResults, type NamedSide } from '../config/against-data.js';
import { isExplicit, roleColumns } from '../config/load.js';
import type { GateConfig, Task } from '../config/types.js';
import { InputError } from '../errors.js';
import { cannotRun } from '../checks/performance.js';
import type { DataSummary, Family, Severity, TestResult } from '../results/types.js';
import { openRelations } from '../sql/index.js';
import type { SqlRelation, SqlRelations } from '../sql/types.js';
import { profile } from './aggregates.js';
import { pushdownClassification } from './classification.js';
import { NEEDS_ROWS, type PushdownContext, type SqlSide } from './context.js';
import { pushdownDrift } from './drift.js';
import { pushdownQuality } from './quality.js';
import { pushdownRegression } from './regression.js';

export interface PushdownRun {
  task: Task | null;
  data: { reference: DataSummary | null; current: DataSummary | null };
  tests: TestResult[];
}

export interface PushdownOptions {
  /** The action's workspace: DuckDB may read files only there. */
  root?: string;
  skipFamilies?: ReadonlySet<Family>;
  onProgress?: (stage: string) => void;
  env?: Readonly<Record<string, string | undefined>>;
  /** --write-predictions: writes model outputs on rows, which a SQL source never sends. */
  writePredictions?: string | undefined;
}

function inputError(id: string, name: string, message: string): TestResult {
  return { id, family: 'input', name, method: 'read', status: 'error', severity: 'fail', value: null, threshold: null, message };
}

/** Date and time columns are not default features (a new day is not drift), as on files. */
function isTemporal(engineType: string): boolean {
  return /date|time/i.test(engineType);
}

function featuresOf(cfg: GateConfig, ref: SqlRelation): string[] {
  if (cfg.columns.features) return [...cfg.columns.features];
  const roles = roleColumns(cfg);
  const excluded = new Set(cfg.columns.exclude);
  return ref.columns.filter((c) => !roles.has(c.name) && !excluded.has(c.name) && !isTemporal(c.engineType)).map((c) => c.name);
}

/** Classification when the target is text or holds at most 20 distinct integers (engine.ts inferTask's rule). */
async function inferTask(cfg: GateConfig, cur: SqlSide): Promise<Task | null> {
  const t = cfg.columns.target;
  if (cfg.task !== null) return cfg.task;
  if (t === null || !cur.kinds.has(t)) return null;
  if (cur.kinds.get(t) === 'categorical') return 'classification';
  const d = cur.rel.connection.dialect;
  const x = d.asDouble(d.quoteIdent(t));
  const [r] = await cur.rel.connection.query(
    `SELECT COUNT(*) AS n, SUM(CASE WHEN v = FLOOR(v) THEN 0 ELSE 1 END) AS frac FROM (SELECT DISTINCT ${x} AS v FROM ${cur.rel.from} WHERE ${x} IS NOT NULL) t`,
    'current: distinct target values (task inference)',
  );
  const n = Number(r.n);
  if (n === 0) return null;
  return Number(r.frac) > 0 || n > 20 ? 'regression' : 'classification';
}

/** The tests that need rows: error when the config names them, skip when they are defaults. */
function needRows(cfg: GateConfig, task: Task | null, skip: ReadonlySet<Family>): TestResult[] {
  const out: TestResult[] = [];
  const add = (family: Family, id: string, name: string, keys: readonly string[], runsByDefault: boolean, severity: Severity = 'fail'): void => {
    if (skip.has(family)) return;
    const asked = keys.filter((k) => isExplicit(cfg, k) || [...cfg.explicit].some((e) => e.startsWith(`${k}.`)));
    if (asked.length === 0 && !runsByDefault) return;
    out.push({
      id, family, name, method: 'none', status: asked.length ? 'error' : 'skip', severity, value: null, threshold: null,
      message: asked.length ? `${name} is ${NEEDS_ROWS}, but the config names it (${asked.join(', ')})` : `${name} is ${NEEDS_ROWS}; skipped`,
    });
  };
  const t = cfg.tests;
  if (cfg.chunking !== null) add('drift', 'drift.chunks', 'Per-chunk drift and performance', ['chunking'], false);
  add('drift', 'drift.multivariate', 'Multivariate drift', ['tests.multivariate'], t.multivariate.enabled);
  add('performance', 'performance.estimation', 'Performance estimation (CBPE)', ['tests.estimation'], false);
  add('performance', 'performance.business_value', 'Business value', ['tests.business_value'], t.business_value.matrix !== null);
  const classification = task === 'classification';
  add('performance', 'performance.per_class', 'Per-class metrics', ['tests.performance.per_class'], classification && t.performance.per_class.enabled);
  add('performance', 'slices.weak_segments', 'Slices and weak segments', ['slices'], cfg.slices.weak_segments.enabled && task !== null);
  add('performance', 'fairness', 'Fairness across groups', ['fairness'], false);
  add('drift', 'drift.embeddings', 'Embeddings and text descriptors', ['columns.embeddings', 'tests.embeddings', 'tests.text'], false);
  add('quality', 'quality.labels', 'Unexpected labels', ['tests.quality.labels'], classification && t.quality.enabled && t.quality.labels.enabled);
  const scored = cfg.columns.baseline_scores !== null || cfg.columns.candidate_scores !== null;
  add('quality', 'quality.scores', 'Scores are probabilities', ['tests.quality.scores'], classification && scored && t.quality.enabled && t.quality.scores.enabled);
  for (const [key, name] of [['tests.speed', 'Latency'], ['tests.importance', 'Feature importance'], ['tests.behaviour', 'Behaviour'], ['tests.explain', 'Explanations']] as const) {
    add('model', `model.${key.slice(6)}`, name, [key], false);
  }
  return out;
}

function namedSide(side: SqlSide): NamedSide {
  const names = side.rel.columns.map((c) => c.name);
  return { source: side.source, names, rowCount: side.profile.rows, columns: { has: (n: string) => side.kinds.has(n) } };
}

async function sideOf(rel: SqlRelation, source: string): Promise<SqlSide> {
  const kinds = new Map(rel.columns.map((c) => [c.name, c.kind] as const));
  return { rel, kinds, source, profile: await profile(rel, rel.columns) };
}

/**
 * DuckDB's memory and thread limits from the environment: they belong to the machine the gate runs
 * on, not to the config a pull request may change. Past the memory limit DuckDB spills to disk.
 */
export function duckdbLimits(env: Readonly<Record<string, string | undefined>>): { duckdb?: { memoryLimit?: string; threads?: number } } {
  const memory = env.MODEL_GATE_DUCKDB_MEMORY_LIMIT;
  const threads = env.MODEL_GATE_DUCKDB_THREADS;
  const out: { memoryLimit?: string; threads?: number } = {};
  if (memory) {
    if (!/^\d+(\.\d+)?\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)$/i.test(memory.trim())) throw new InputError(`MODEL_GATE_DUCKDB_MEMORY_LIMIT must be a size such as 2GB, not ${JSON.stringify(memory)}`);
    out.memoryLimit = memory.trim();
  }
  if (threads) {
    const n = Number(threads);
    if (!(Number.isInteger(n) && n >= 1)) throw new InputError(`MODEL_GATE_DUCKDB_THREADS must be a whole number ≥ 1, not ${JSON.stringify(threads)}`);
    out.threads = n;
  }
  return Object.keys(out).length ? { duckdb: out } : {};
}

export async function runPushdownGate(cfg: GateConfig, opts: PushdownOptions = {}): Promise<PushdownRun> {
  const skip = opts.skipFamilies ?? new Set<Family>();
  const noData = { reference: null, current: null };
  const refSpec = cfg.sql.reference;
  const curSpec = cfg.sql.current;
  if (!refSpec || !curSpec) {
    const file = refSpec ? 'current' : 'reference';
    return { task: cfg.task, data: noData, tests: [inputError('input.data', 'Data sources', `config key ${file} names a file while the other side is a SQL query: both sides must be SQL sources (statistics are computed where the data lives), or both files`)] };
  }
  if (opts.writePredictions) {
    return { task: cfg.task, data: noData, tests: [inputError('input.write_predictions', 'Predictions file', `--write-predictions is ${NEEDS_ROWS}`)] };
  }
  if (cfg.models.baseline !== null || cfg.models.candidate !== null) {
    return { task: cfg.task, data: noData, tests: [inputError('input.models', 'Models', `running models (config key models) is ${NEEDS_ROWS}`)] };
  }
  let rels: SqlRelations;
  try {
    opts.onProgress?.(`opening ${cfg.reference} and ${cfg.current}`);
    const env = opts.env ?? process.env;
    rels = await openRelations(refSpec, curSpec, env, { dir: cfg.dir, ...(opts.root ? { root: opts.root } : {}), ...duckdbLimits(env) });
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return { task: cfg.task, data: noData, tests: [inputError('input.data', 'Data sources', e.message)] };
  }
  try {
    return await runOn(cfg, rels, skip, opts);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return { task: cfg.task, data: noData, tests: [inputError('input.data', 'Data sources', e.message)] };
  } finally {
    await rels.close();
  }
}

async function runOn(cfg: GateConfig, rels: SqlRelations, skip: ReadonlySet<Family>, opts: PushdownOptions): Promise<PushdownRun> {
  opts.onProgress?.('profiling both queries');
  const [reference, current] = await Promise.all([sideOf(rels.reference, cfg.reference), sideOf(rels.current, cfg.current)]);
  const summary = (side: SqlSide, spec: { sql: string }, labelled?: number): DataSummary => {
    const s: DataSummary = { path: `${side.source}: ${spec.sql.trim()}`, rows: side.profile.rows, columns: side.rel.columns.length };
    if (labelled !== undefined) s.labelled_rows = labelled;
    return s;
  };
  const t = cfg.columns.target;
  const data = {
    reference: summary(reference, rels.reference.spec),
    current: summary(current, rels.current.spec, t !== null && current.kinds.has(t) ? current.profile.rows - (current.profile.missing.get(t) as number) : undefined),
  };
  const problems = namedColumnProblems(cfg, namedSide(reference), namedSide(current));
  if (problems.length) {
    return { task: cfg.task, data, tests: problems.map((p, i) => inputError(problems.length > 1 ? `input.columns.${i + 1}` : 'input.columns', 'Configured columns', p)) };
  }
  const task = await inferTask(cfg, current);
  const ctx: PushdownContext = { config: cfg, task, reference, current, features: featuresOf(cfg, rels.reference), shared: rels.shared };
  const tests: TestResult[] = [...rowMinimumResults(cfg, namedSide(reference), namedSide(current))];
  if (!skip.has('quality')) {
    opts.onProgress?.('running quality tests');
    tests.push(...(await pushdownQuality(ctx)));
  }
  if (!skip.has('drift')) {
    opts.onProgress?.('running drift tests');
    tests.push(...(await pushdownDrift(ctx)));
  }
  const families = ['performance', 'differential'] as const;
  if (families.some((f) => !skip.has(f))) {
    opts.onProgress?.('running performance and differential tests');
    const results = task === 'regression' ? await pushdownRegression(ctx) : task === 'classification' ? await pushdownClassification(ctx) : noTask(cfg);
    tests.push(...results.filter((r) => !skip.has(r.family)));
  }
  tests.push(...needRows(cfg, task, skip));
  return { task, data, tests };
}

function noTask(cfg: GateConfig): TestResult[] {
  const why = 'no task: set task in the config, or name a target column to infer it from';
  const ds = cfg.tests.differential;
  return [
    ...(cfg.tests.performance.enabled ? cannotRun(cfg, why) : []),
    ...(ds.enabled ? [{ id: 'differential.models', family: 'differential' as const, name: 'Candidate vs baseline', method: 'none', status: 'skip' as const, severity: ds.severity, value: null, threshold: null, message: `${why}; differential tests skipped` }] : []),
  ];
}
