/**
 * Reads the YAML config, validates it against the shipped JSON Schema and overlays it on the
 * defaults. Every mistake becomes an InputError naming the config key, so the user can fix the
 * file without reading a stack trace.
 */
import { dirname } from 'node:path';
import type { ErrorObject } from 'ajv';
import { parseDocument } from 'yaml';
import schema from '../../model-gate.schema.json' with { type: 'json' };
import { InputError } from '../errors.js';
import { validate } from './config-validator.generated.js';
import { defaultChunking, defaultConfig } from './defaults.js';
import { taskMismatches } from './metrics.js';
import { readConfigText } from './read.js';
import { keySegment, quoteName } from './names.js';
import { escapeControls } from '../safe-text.js';
import { sqlLabel, sqlSourceOf, sqlSourceProblems } from '../sql/config.js';
import { didYouMean } from './suggest.js';
import { resolveSlices } from '../slices/config.js';
import { embeddingConfigProblems, resolveEmbeddingSettings, resolveEmbeddingSpecs } from '../embeddings/config.js';
import type { BehaviourSettings, ChunkingSettings, Direction, GateConfig, InvarianceSettings, MetricBounds, MetricName, ModelOverrides, ModelsConfig, MonotonicSettings, ScoreColumns } from './types.js';

export { schema as configSchema };

/** `a.b.c` from ajv's JSON pointer, for messages; a segment the user wrote oddly is quoted. */
function keyOf(err: ErrorObject): string {
  const parts = err.instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (err.keyword === 'additionalProperties') parts.push(String(err.params.additionalProperty));
  return parts.length ? parts.map(keySegment).join('.') : '(top level)';
}

function describe(value: unknown): string {
  const s = JSON.stringify(value);
  return s === undefined ? String(value) : s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

function valueAt(data: unknown, pointer: string, decode: (s: string) => string = (s) => s): unknown {
  let cur: unknown = data;
  for (const raw of pointer.split('/').slice(1)) {
    const key = decode(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

/**
 * The schema object holding the failed keyword. The validator is generated without ajv's
 * `verbose` (which would attach it to every error), so it is looked up from `schemaPath`, a URI
 * fragment like `#/properties/tests/additionalProperties`.
 */
export function parentSchemaOf(e: ErrorObject): unknown {
  const pointer = e.schemaPath.replace(/^#/, '').split('/').slice(0, -1).join('/');
  return valueAt(schema, pointer, decodeURIComponent);
}

/** Turns ajv's errors into one message per key, the most specific first. */
export function explainSchemaErrors(errors: readonly ErrorObject[], data: unknown): string[] {
  const oneOfPaths = new Set(errors.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath));
  // A value that fails a "true/false or a mapping" choice yields one error per branch; the branch
  // that complains about the value's own type says nothing useful, and the summary is only
  // needed when no branch said anything more specific.
  const useful = errors.filter((e) => !(e.keyword === 'type' && oneOfPaths.has(e.instancePath)) && !(e.keyword === 'oneOf'));
  const summaries = errors.filter(
    (e) => e.keyword === 'oneOf' && !useful.some((u) => u.instancePath.startsWith(e.instancePath)),
  );
  const out = new Set<string>();
  for (const e of [...useful, ...summaries]) {
    const got = describe(valueAt(data, e.instancePath));
    let msg: string;
    switch (e.keyword) {
      case 'additionalProperties': {
        const props = (parentSchemaOf(e) as { properties?: Record<string, unknown> } | undefined)?.properties;
        const allowed = Object.keys(props ?? {});
        msg = allowed.length ? `unknown key: ${didYouMean(String(e.params.additionalProperty), allowed, 'expected one of')}` : 'unknown key';
        break;
      }
      case 'enum':
        msg = `expected one of ${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}, got ${got}`;
        break;
      case 'type':
        msg = `expected ${String(e.params.type).replace(',', ' or ')}, got ${got}`;
        break;
      case 'required':
        msg = `missing required key "${String(e.params.missingProperty)}"`;
        break;
      case 'oneOf': {
        const branches = (parentSchemaOf(e) as { oneOf?: { type?: string }[] } | undefined)?.oneOf ?? [];
        const kinds = branches.map((b) => (b.type === 'object' ? 'a mapping' : b.type === 'boolean' ? 'true/false' : `a ${b.type ?? 'value'}`));
        msg = `expected ${kinds.join(' or ')}, got ${got}`;
        break;
      }
      default:
        msg = `${e.message ?? 'is invalid'}, got ${got}`;
    }
    out.add(`config key ${keyOf(e)}: ${msg}`);
  }
  return [...out];
}

type Json = Record<string, unknown>;

/** More problems than anyone reads before fixing the first: a hostile config may hold thousands. */
export const MAX_PROBLEMS = 20;

/** The first MAX_PROBLEMS problems, and how many more there are. */
function capProblems(problems: readonly string[]): string[] {
  if (problems.length <= MAX_PROBLEMS) return [...problems];
  return [...problems.slice(0, MAX_PROBLEMS), `… and ${problems.length - MAX_PROBLEMS} more`];
}

/** Overlays user values on a defaults object; `false` / `true` shorthands toggle `enabled`. */
function overlay<T extends object>(base: T, user: unknown): T {
  if (user === undefined) return base;
  if (typeof user === 'boolean') return { ...base, enabled: user };
  const out: Json = { ...(base as Json) };
  for (const [k, v] of Object.entries(user as Json)) {
    const b = out[k];
    out[k] = b !== null && typeof b === 'object' && !Array.isArray(b) && (typeof v === 'object' || typeof v === 'boolean') && v !== null && !Array.isArray(v) ? overlay(b as object, v) : v;
  }
  return out as T;
}

function scoreColumns(v: unknown): ScoreColumns | null {
  if (v === undefined || v === null) return null;
  return v as ScoreColumns;
}

function namedColumns(cfg: GateConfig): { key: string; column: string }[] {
  const c = cfg.columns;
  const out: { key: string; column: string }[] = [];
  const add = (key: string, col: string | null) => { if (col) out.push({ key, column: col }); };
  add('columns.target', c.target);
  add('columns.id', c.id);
  add('columns.baseline_prediction', c.baseline_prediction);
  add('columns.candidate_prediction', c.candidate_prediction);
  for (const side of ['baseline_scores', 'candidate_scores'] as const) {
    const s = c[side];
    if (typeof s === 'string') add(`columns.${side}`, s);
    else if (s) for (const [cls, col] of Object.entries(s)) add(`columns.${side}.${keySegment(cls)}`, col);
  }
  // The time column orders the rows into chunks: it is no feature, and it must exist.
  add('chunking.column', cfg.chunking?.column ?? null);
  return out;
}

/** Columns that play a role other than feature, with the config key that names each. */
export function roleColumns(cfg: GateConfig): Map<string, string> {
  const m = new Map<string, string>();
  for (const { key, column } of namedColumns(cfg)) if (!m.has(column)) m.set(column, key);
  return m;
}

/** Cross-field rules the schema cannot say. */
function checkSemantics(cfg: GateConfig): string[] {
  const problems: string[] = [];
  for (const key of ['reference', 'current'] as const) {
    // A path goes into every message about its file; a control character in it would reach the
    // terminal and the logs raw (and a NUL cannot name a file at all).
    if (escapeControls(cfg[key]) !== cfg[key]) problems.push(`config key ${key}: the path ${quoteName(cfg[key])} contains a control character`);
    problems.push(...sqlSourceProblems(key, cfg.sql[key]));
  }
  const c = cfg.columns;
  const seen = new Map<string, string>();
  for (const { key, column } of namedColumns(cfg)) {
    const prev = seen.get(column);
    // A score map may reuse nothing; baseline and candidate naming the same column would make
    // every comparison vacuous, which is exactly the bug that goes unnoticed.
    if (prev !== undefined) problems.push(`config key ${key}: column ${quoteName(column)} is already used by ${prev}`);
    else seen.set(column, key);
  }
  for (const f of c.features ?? []) {
    const role = seen.get(f);
    if (role) problems.push(`config key columns.features: ${quoteName(f)} is already used by ${role}`);
  }
  // A task written in the config is known now; an inferred one is checked by the engine.
  if (cfg.task) problems.push(...taskMismatches(cfg, cfg.task));
  const b = c.baseline_scores, s = c.candidate_scores;
  if (b && s && typeof b !== typeof s) {
    problems.push('config key columns.candidate_scores: must have the same form as columns.baseline_scores (one column, or a map per class)');
  }
  const m = cfg.models;
  if (cfg.explicit.has('models') && m.baseline === null && m.candidate === null) {
    problems.push('config key models: name models.baseline or models.candidate (or both): the other models settings apply to those');
  }
  for (const role of ['baseline', 'candidate'] as const) {
    const path = m[role];
    if (path === null) continue;
    if (escapeControls(path) !== path) problems.push(`config key models.${role}: the path ${quoteName(path)} contains a control character`);
    // The model's outputs become these columns: a CSV column named too would be one of two answers.
    for (const key of [`${role}_prediction`, `${role}_scores`] as const) {
      if (c[key] !== null) problems.push(`config key columns.${key}: models.${role} computes the ${role}'s outputs; remove columns.${key} (or models.${role} to read them from the file)`);
    }
  }
  problems.push(...chunkingProblems(cfg));
  problems.push(...embeddingConfigProblems(cfg));
  // Fairness settings without groups would measure nothing: what the config names must run.
  if (cfg.explicit.has('fairness') && cfg.fairness.enabled && cfg.fairness.groups.length === 0) {
    problems.push('config key fairness: name the group columns in fairness.groups (e.g. [sex, age_band]); the other fairness settings apply to those');
  }
  const dr = cfg.tests.drift;
  if (dr.p_value_warn !== null && dr.p_value_warn < dr.p_value) {
    problems.push(`config key tests.drift.p_value_warn: the warn band must be wider than the drift limit (p_value_warn ≥ p_value = ${dr.p_value})`);
  }
  if (dr.distance_warn !== null && dr.distance_warn > dr.distance) {
    problems.push(`config key tests.drift.distance_warn: must be at most tests.drift.distance (${dr.distance})`);
  }
  if (dr.psi_warn !== null && dr.psi_warn > dr.psi) {
    problems.push(`config key tests.drift.psi_warn: must be at most tests.drift.psi (${dr.psi})`);
  }
  return problems;
}

/**
 * `chunking` names exactly one way to split; `auto` thresholds are learned from the reference's
 * chunks, so they need chunking.
 */
function chunkingProblems(cfg: GateConfig): string[] {
  const problems: string[] = [];
  const c = cfg.chunking;
  if (c) {
    const ways = [c.column !== null || c.period !== null ? 'column' : null, c.size !== null ? 'size' : null, c.count !== null ? 'count' : null].filter((w) => w !== null);
    if (ways.length !== 1) {
      problems.push(`config key chunking: name exactly one way to split the rows: column with period (time chunks), size (rows per chunk) or count (number of chunks)${ways.length ? `; got ${ways.join(' and ')}` : ''}`);
    } else if (ways[0] === 'column' && (c.column === null || c.period === null)) {
      problems.push(`config key chunking.${c.column === null ? 'column' : 'period'}: time chunks need both chunking.column (the timestamp column) and chunking.period (day, week or month)`);
    }
    if (c.quantiles !== null && !(c.quantiles[0] < c.quantiles[1])) {
      problems.push(`config key chunking.quantiles: the lower quantile must be below the upper one, got [${c.quantiles.join(', ')}]`);
    }
  }
  const autos: string[] = [];
  for (const [name, col] of Object.entries(cfg.tests.drift.columns)) if (col.threshold === 'auto') autos.push(`tests.drift.columns.${keySegment(name)}.threshold`);
  for (const [name, b] of Object.entries(cfg.tests.performance.metrics)) {
    for (const k of ['min', 'max'] as const) if (b?.[k] === 'auto') autos.push(`tests.performance.metrics.${name}.${k}`);
  }
  if (!c) for (const key of autos) problems.push(`config key ${key}: auto learns the limit from the reference's chunks; add a chunking section (column and period, size or count)`);
  return problems;
}

/**
 * The dotted paths of every key the user wrote, including the parents of nested keys. A boolean
 * shorthand (`accuracy: true`) counts as writing the key itself.
 */
function explicitKeys(data: unknown, prefix = '', out = new Set<string>()): Set<string> {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return out;
  for (const [k, v] of Object.entries(data as Json)) {
    const key = prefix + k;
    out.add(key);
    explicitKeys(v, `${key}.`, out);
  }
  return out;
}

/**
 * Whether the user wrote `key` (or a key below it) in the config: the rule "what the config names
 * either runs or is an error" applies to these; defaults may be skipped when the data does not
 * allow them.
 */
export function isExplicit(cfg: Pick<GateConfig, 'explicit'>, key: string): boolean {
  return cfg.explicit.has(key);
}

/** Validates an already-parsed config object and resolves it; `path` is used in messages only. */
export function resolveConfig(data: unknown, path: string): GateConfig {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new InputError('expected a YAML mapping with at least `reference` and `current`', path);
  }
  if (!validate(data)) {
    const lines = explainSchemaErrors(validate.errors ?? [], data);
    throw new InputError(capProblems(lines).join('; '), path);
  }
  const user = data as Json;
  const sql = { reference: sqlSourceOf(user.reference), current: sqlSourceOf(user.current) };
  const base = defaultConfig(
    sql.reference ? sqlLabel('reference', sql.reference) : String(user.reference),
    sql.current ? sqlLabel('current', sql.current) : String(user.current),
    path,
    dirname(path),
  );
  const userColumns = (user.columns ?? {}) as Json;
  const userTests = (user.tests ?? {}) as Json;
  const cfg: GateConfig = {
    ...base,
    sql,
    task: (user.task as GateConfig['task']) ?? null,
    min_rows: typeof user.min_rows === 'number' ? user.min_rows : base.min_rows,
    explicit: explicitKeys(user),
    columns: {
      ...overlay(base.columns, { ...userColumns, baseline_scores: undefined, candidate_scores: undefined, positive_class: undefined }),
      baseline_scores: scoreColumns(userColumns.baseline_scores),
      candidate_scores: scoreColumns(userColumns.candidate_scores),
      positive_class: userColumns.positive_class === undefined || userColumns.positive_class === null ? null : String(userColumns.positive_class),
      embeddings: resolveEmbeddingSpecs(userColumns.embeddings),
    },
    tests: {
      quality: overlay(base.tests.quality, userTests.quality),
      drift: overlay(base.tests.drift, userTests.drift),
      performance: resolvePerformance(base.tests.performance, userTests.performance),
      differential: overlay(base.tests.differential, userTests.differential),
      speed: overlay(base.tests.speed, userTests.speed),
      importance: overlay(base.tests.importance, userTests.importance),
      behaviour: resolveBehaviour(base.tests.behaviour, userTests.behaviour),
      explain: overlay(base.tests.explain, userTests.explain),
      estimation: overlay(base.tests.estimation, userTests.estimation),
      business_value: overlay(base.tests.business_value, userTests.business_value),
      multivariate: resolveMultivariate(base.tests.multivariate, userTests.multivariate),
      embeddings: resolveEmbeddingSettings(overlay(base.tests.embeddings, userTests.embeddings)),
      text: overlay(base.tests.text, userTests.text),
    },
    models: resolveModels(base.models, user.models),
    chunking: user.chunking === undefined || user.chunking === null ? null : { ...defaultChunking(), ...(user.chunking as Partial<ChunkingSettings>) },
    fairness: resolveFairness(base.fairness, user.fairness),
  };
  const sliced = resolveSlices(user.slices, cfg.tests.performance.metrics);
  cfg.slices = sliced.settings;
  const problems = [...checkSemantics(cfg), ...sliced.problems];
  if (problems.length) throw new InputError(capProblems(problems).join('; '), path);
  return cfg;
}

/** A class label may be written as a number in YAML (`positive_class: 1`): kept as its string form. */
function resolveFairness(base: GateConfig['fairness'], user: unknown): GateConfig['fairness'] {
  const merged = overlay(base, user);
  return merged.positive_class === null ? merged : { ...merged, positive_class: String(merged.positive_class) };
}

/**
 * Multivariate drift is off by default, but a config that writes its settings asks for it: a
 * `tests.multivariate` mapping without `enabled` turns it on (what the config names runs).
 */
function resolveMultivariate(base: GateConfig['tests']['multivariate'], user: unknown): GateConfig['tests']['multivariate'] {
  if (user !== null && typeof user === 'object' && !Array.isArray(user) && !('enabled' in user)) return overlay(base, { ...user, enabled: true });
  return overlay(base, user);
}

/** Maps are taken whole (a user's `inputs` map replaces `auto`, not merged into it). */
function resolveModels(base: ModelsConfig, user: unknown): ModelsConfig {
  if (user === undefined || user === null) return base;
  const u = user as Json;
  const role = (v: unknown): { path: string | null; own: ModelOverrides } => {
    if (v === undefined || v === null) return { path: null, own: {} };
    if (typeof v === 'string') return { path: v, own: {} };
    const o = v as { path: string; inputs?: ModelOverrides['inputs']; outputs?: ModelOverrides['outputs'] };
    return { path: o.path, own: { ...(o.inputs !== undefined ? { inputs: o.inputs } : {}), ...(o.outputs !== undefined ? { outputs: o.outputs } : {}) } };
  };
  const b = role(u.baseline);
  const c = role(u.candidate);
  return {
    ...base,
    ...u,
    baseline: b.path,
    candidate: c.path,
    inputs: (u.inputs as ModelsConfig['inputs'] | undefined) ?? base.inputs,
    outputs: (u.outputs as ModelsConfig['outputs'] | undefined) ?? base.outputs,
    own: { baseline: b.own, candidate: c.own },
  } as ModelsConfig;
}

/** Each invariance and monotonic entry gets its own defaults; `income: increasing` is shorthand. */
function resolveBehaviour(base: BehaviourSettings, user: unknown): BehaviourSettings {
  if (user === undefined || typeof user === 'boolean') return overlay(base, user);
  const { invariance, monotonic, ...rest } = user as Json;
  const merged = overlay({ ...base, invariance: {}, monotonic: {} }, rest);
  const inv: Record<string, InvarianceSettings> = {};
  for (const [col, v] of Object.entries((invariance ?? {}) as Json)) {
    const o = v as Partial<{ range: [number, number]; values: (string | number)[]; max_flip_rate: number; max_abs_change: number }>;
    inv[col] = {
      range: o.range ?? null,
      values: o.values ? o.values.map(String) : null,
      max_flip_rate: o.max_flip_rate ?? 0,
      max_abs_change: o.max_abs_change ?? 0,
    };
  }
  const mono: Record<string, MonotonicSettings> = {};
  for (const [col, v] of Object.entries((monotonic ?? {}) as Json)) {
    const o = (typeof v === 'string' ? { direction: v } : v) as Partial<MonotonicSettings> & { direction: Direction };
    mono[col] = { direction: o.direction, step: o.step ?? null, tolerance: o.tolerance ?? 0, max_violation_rate: o.max_violation_rate ?? 0 };
  }
  return { ...merged, invariance: inv, monotonic: mono };
}

function resolvePerformance(base: GateConfig['tests']['performance'], user: unknown): GateConfig['tests']['performance'] {
  if (user === undefined || typeof user === 'boolean') return overlay(base, user);
  const { metrics: userMetrics, ...rest } = user as Json;
  const merged = overlay({ ...base, metrics: {} }, rest);
  const metrics: Partial<Record<MetricName, MetricBounds>> = { ...base.metrics };
  for (const [name, v] of Object.entries((userMetrics ?? {}) as Json)) {
    const m = name as MetricName;
    const b = metrics[m]!;
    // A metric the user configures with explicit bounds gets exactly those bounds: keeping a
    // default change bound the user did not write would surprise.
    const explicit = typeof v === 'object' && v !== null && ['min', 'max', 'max_degradation', 'max_relative_degradation'].some((k) => k in (v as Json));
    const start: MetricBounds = explicit ? { ...b, max_degradation: null, max_relative_degradation: null } : b;
    metrics[m] = overlay(start, v);
  }
  return { ...merged, metrics };
}

/**
 * Aliases a config may expand. Real configs use a few anchors for shared settings; a "billion
 * laughs" document nests aliases of aliases and would expand to gigabytes.
 */
const MAX_ALIAS_COUNT = 100;

/** The YAML document as plain data, or an InputError saying why it is not one. */
function parseYaml(text: string, where: string): unknown {
  try {
    const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
    if (doc.errors.length) {
      const e = doc.errors[0]!;
      const line = e.linePos?.[0];
      throw new InputError(`invalid YAML${line ? ` at line ${line.line}, column ${line.col}` : ''}: ${escapeControls(e.message.split('\n')[0]!)}`, where);
    }
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    if (e instanceof InputError) throw e;
    // The yaml package throws a ReferenceError for alias expansion beyond maxAliasCount.
    if (e instanceof ReferenceError && /alias/i.test(e.message)) {
      throw new InputError(`invalid YAML: its aliases (*name) expand to more than ${MAX_ALIAS_COUNT} copies, as in an alias bomb: write the values out`, where);
    }
    // Nesting deep enough to overflow the parser's stack.
    if (e instanceof RangeError) throw new InputError('invalid YAML: nested too deeply', where);
    throw e;
  }
}

/** Reads and resolves the config file. Throws InputError for every user mistake. */
export async function loadConfig(path: string, displayPath = path): Promise<GateConfig> {
  const text = await readConfigText(path, displayPath);
  const cfg = resolveConfig(parseYaml(text, displayPath), displayPath);
  return { ...cfg, path: displayPath, dir: dirname(path) };
}
