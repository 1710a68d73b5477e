/**
 * The models in a run: opened beside the data loading, run on every row of both files, their
 * outputs turned into the prediction and score columns the checks read, exactly as if the CSV had
 * held them (`baseline_prediction`, `baseline_score` or `baseline_score_<class>`, and the same for
 * the candidate). Every problem is a ModelError whose message names the model file.
 */
import { resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import { choosePositive, labelCounts } from '../checks/labels.js';
import type { GateConfig, ScoreColumns } from '../config/types.js';
import { ColumnarTable } from '../data/columnar-table.js';
import type { LoadedPair } from '../data/load.js';
import type { Column, Table } from '../data/table.js';
import { InputProblem, planInputs } from './inputs.js';
import { closeModel, ModelError, NonFiniteOutputError, openModel, predictorOf, type OpenedModel } from './session.js';
import type { ModelInfo, ModelOutputs, ModelRole, Models, Predictor } from './types.js';

export const ROLES: readonly ModelRole[] = ['baseline', 'candidate'];

export interface OpenModels {
  readonly baseline: OpenedModel | null;
  readonly candidate: OpenedModel | null;
  readonly threads: number;
}

/** Whether the config asks the gate to run any model. */
export function runsModels(cfg: GateConfig): boolean {
  return cfg.models.baseline !== null || cfg.models.candidate !== null;
}

/** Threads per session: the cores shared between the models that run side by side. */
export function sessionThreads(cfg: GateConfig): number {
  if (cfg.models.threads > 0) return cfg.models.threads;
  const n = (cfg.models.baseline ? 1 : 0) + (cfg.models.candidate ? 1 : 0);
  return Math.max(1, Math.floor(availableParallelism() / Math.max(1, n)));
}

/** Opens both models (each in its own process); on any failure closes what was opened and throws. */
export async function openModels(cfg: GateConfig): Promise<OpenModels> {
  const threads = sessionThreads(cfg);
  const opening = ROLES.map((role) => {
    const p = cfg.models[role];
    const settings = { outputs: cfg.models.own[role].outputs ?? cfg.models.outputs, threads, max_memory_mb: cfg.models.max_memory_mb };
    return p === null ? Promise.resolve(null) : openModel(role, p, resolve(cfg.dir, p), settings);
  });
  const settled = await Promise.allSettled(opening);
  const failed = settled.filter((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed.length) {
    for (const s of settled) if (s.status === 'fulfilled' && s.value) closeModel(s.value);
    throw failed[0]!.reason;
  }
  const [baseline, candidate] = settled.map((s) => (s as PromiseFulfilledResult<OpenedModel | null>).value);
  return { baseline: baseline ?? null, candidate: candidate ?? null, threads };
}

export function closeModels(m: OpenModels | null): void {
  if (!m) return;
  if (m.baseline) closeModel(m.baseline);
  if (m.candidate) closeModel(m.candidate);
}

/** Output column names of a model: what the report and --write-predictions call them. */
export function outputColumnNames(role: ModelRole, out: ModelOutputs, positive: number | null): { prediction: string; scores: ScoreColumns | null; columns: string[] } {
  const prediction = `${role}_prediction`;
  if (out.kind === 'regression' || !out.probabilities) return { prediction, scores: null, columns: [prediction] };
  if (positive !== null && out.classes.length === 2) return { prediction, scores: `${role}_score`, columns: [prediction, `${role}_score`] };
  const map: Record<string, string> = {};
  for (const c of out.classes) map[c] = `${role}_score_${c}`;
  return { prediction, scores: map, columns: [prediction, ...Object.values(map)] };
}

function outputColumns(role: ModelRole, out: ModelOutputs, rows: number, positive: number | null): Column[] {
  const names = outputColumnNames(role, out, positive);
  if (out.kind === 'regression') return [{ kind: 'numeric', name: names.prediction, values: out.values, missing: 0 }];
  const cols: Column[] = [{ kind: 'categorical', name: names.prediction, codes: out.labels, dictionary: out.classes, missing: 0 }];
  const p = out.probabilities;
  if (!p) return cols;
  const k = out.classes.length;
  const classColumn = (j: number, name: string): Column => {
    const values = new Float64Array(rows);
    for (let r = 0; r < rows; r++) values[r] = p[r * k + j]!;
    return { kind: 'numeric', name, values, missing: 0 };
  };
  if (typeof names.scores === 'string') cols.push(classColumn(positive!, names.scores));
  else if (names.scores) out.classes.forEach((c, j) => cols.push(classColumn(j, (names.scores as Record<string, string>)[c]!)));
  return cols;
}

function withColumns(t: Table, extra: readonly Column[]): Table {
  if (t instanceof ColumnarTable) return t.withColumns(extra);
  const columns = new Map(t.columns);
  for (const c of extra) columns.set(c.name, c);
  return {
    source: t.source,
    rowCount: t.rowCount,
    names: [...t.names, ...extra.map((c) => c.name)],
    columns,
    rowLine: (r) => t.rowLine(r),
    get duplicateRows() {
      return t.duplicateRows;
    },
  };
}

export interface PredictedRun {
  /** The config with the models' output columns as role columns (the task is left as written). */
  readonly cfg: GateConfig;
  readonly task: 'classification' | 'regression';
  readonly data: LoadedPair;
  readonly models: Models;
  readonly info: ModelInfo[];
}

function labelsOf(t: Table, column: string | null): string[] {
  const c = column ? t.columns.get(column) : undefined;
  if (!c) return [];
  const lc = labelCounts(c);
  return lc.labels.filter((_, i) => lc.counts[i]! > 0);
}

/**
 * Plans each model's inputs against both files, runs both models on every row of both files, and
 * returns the config and data with the models' outputs as role columns. Throws ModelError.
 */
export async function predictTables(cfg: GateConfig, open: OpenModels, data: LoadedPair): Promise<PredictedRun> {
  const opened = ROLES.map((r) => open[r]).filter((m): m is OpenedModel => m !== null);
  const tables = [data.reference, data.current];
  // A models.inputs key must name an input of some model (a model's own map: of that model): a
  // typo would otherwise be ignored.
  if (cfg.models.inputs !== 'auto') {
    const shared = opened.filter((m) => cfg.models.own[m.role].inputs === undefined);
    const all = new Set(shared.flatMap((m) => m.inputs.map((i) => i.name)));
    for (const key of Object.keys(cfg.models.inputs)) {
      if (!all.has(key)) throw new ModelError(`models.inputs.${key}: no model that uses models.inputs has an input named ${JSON.stringify(key)}; their inputs are ${[...all].join(', ') || 'none'}`);
    }
  }
  for (const m of opened) {
    const own = cfg.models.own[m.role].inputs;
    if (own === undefined || own === 'auto') continue;
    const names = m.inputs.map((i) => i.name);
    for (const key of Object.keys(own)) {
      if (!names.includes(key)) throw new ModelError(`models.${m.role}.inputs.${key}: ${m.display} has no input named ${JSON.stringify(key)}; its inputs are ${names.join(', ')}`);
    }
  }
  const predictors = new Map<ModelRole, Predictor>();
  for (const m of opened) {
    let feeds;
    try {
      feeds = planInputs(m.inputs, cfg.models.own[m.role].inputs ?? cfg.models.inputs, tables);
    } catch (e) {
      if (e instanceof InputProblem) throw new ModelError(`models.${m.role}: ${m.display}: ${e.message}`);
      throw e;
    }
    predictors.set(
      m.role,
      predictorOf(m, feeds, cfg.models.batch_size, {
        role: m.role,
        path: m.display,
        bytes: m.bytes,
        sha256: m.sha256,
        producer: m.onnx.producer,
        opsets: m.onnx.opsets,
        outputs: { label: m.outputs.plan.label, probabilities: m.outputs.plan.probabilities, value: m.outputs.plan.value },
      }),
    );
  }
  // A role column the config names, or a file column with a model output's name, would be
  // silently replaced: both are errors (columns.exclude says a file column may be replaced).
  const excluded = new Set(cfg.columns.exclude);
  // Both models side by side, each over the reference and then the current rows.
  const results = await Promise.all(
    opened.map(async (m) => {
      const p = predictors.get(m.role)!;
      const out: ModelOutputs[] = [];
      const t0 = performance.now();
      for (const t of tables) {
        try {
          out.push(await p.predict({ rows: t.rowCount, columns: t.columns }));
        } catch (e) {
          if (e instanceof NonFiniteOutputError) {
            throw new ModelError(`models.${m.role}: ${m.display} returns ${String(e.value)} in ${e.output} for ${t.source} line ${t.rowLine(e.row)}: a model must return finite numbers`);
          }
          throw e;
        }
      }
      return { m, out, predicted: { rows: tables.reduce((n, t) => n + t.rowCount, 0), ms: Math.round(performance.now() - t0) } };
    }),
  );
  let cfgOut: GateConfig = cfg;
  const extra: [Column[], Column[]] = [[], []];
  const kinds = new Set(results.map((r) => r.out[0]!.kind));
  if (kinds.size > 1) throw new ModelError('models: one model is a classifier and the other a regressor; the gate compares models of the same task');
  const task = [...kinds][0]!;
  if (cfg.task && cfg.task !== task) throw new ModelError(`models: the config says task: ${cfg.task}, but the models are ${task === 'classification' ? 'classifiers' : 'regressors'}`);
  const target = cfg.columns.target;
  const targetLabels = task === 'classification' ? [...new Set([...labelsOf(data.reference, target), ...labelsOf(data.current, target)])] : [];
  const columns = { ...cfg.columns };
  for (const { m, out } of results) {
    const o = out[0]!;
    let positive: number | null = null;
    if (o.kind === 'classification') {
      const unknown = targetLabels.filter((l) => !o.classes.includes(l));
      if (unknown.length) {
        throw new ModelError(
          `models.${m.role}: ${m.display} knows the classes ${o.classes.map((c) => JSON.stringify(c)).join(', ')}, but the target ${target} also holds ${unknown
            .slice(0, 5)
            .map((c) => JSON.stringify(c))
            .join(', ')}`,
        );
      }
      if (o.classes.length === 2) {
        const choice = choosePositive(o.classes, cfg.columns.positive_class);
        if (choice.positive === null) throw new ModelError(`models.${m.role}: ${m.display}: ${choice.note}`);
        positive = choice.positive;
      }
    }
    const names = outputColumnNames(m.role, o, positive);
    for (const name of names.columns) {
      for (const t of tables) {
        if (t.columns.has(name) && !excluded.has(name)) {
          throw new ModelError(`models.${m.role}: ${t.source} already has a column ${name}, where the model's output goes; rename it, or list it in columns.exclude to let the model's output replace it`);
        }
      }
    }
    tables.forEach((t, i) => extra[i as 0 | 1].push(...outputColumns(m.role, out[i]!, t.rowCount, positive)));
    if (m.role === 'baseline') {
      columns.baseline_prediction = names.prediction;
      columns.baseline_scores = names.scores;
    } else {
      columns.candidate_prediction = names.prediction;
      columns.candidate_scores = names.scores;
    }
  }
  // Output columns replace excluded file columns of the same name; they are role columns, never features.
  columns.exclude = cfg.columns.exclude.filter((n) => !extra[0].some((c) => c.name === n));
  cfgOut = { ...cfg, columns };
  const sorted = {
    reference: new Map([...data.sorted.reference].filter(([k]) => !extra[0].some((c) => c.name === k))),
    current: new Map([...data.sorted.current].filter(([k]) => !extra[1].some((c) => c.name === k))),
  };
  return {
    cfg: cfgOut,
    task,
    data: { reference: withColumns(data.reference, extra[0]), current: withColumns(data.current, extra[1]), sorted },
    models: { baseline: predictors.get('baseline') ?? null, candidate: predictors.get('candidate') ?? null, threads: open.threads },
    info: results.map(({ m, predicted }) => ({ ...predictors.get(m.role)!.info, predicted })),
  };
}
