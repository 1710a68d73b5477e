/**
 * Why the models disagree (`model.explain`): per-feature contributions of each model on the rows
 * of the differential family's largest-differences table (`details.top` of
 * `differential.agreement` or `differential.max_abs_diff`), as interventional Shapley values
 * (models/explain/): exact over every coalition up to 12 features, KernelSHAP with
 * `tests.explain.samples` seeded coalitions above; the background is `tests.explain.background`
 * reference rows sampled with `tests.explain.seed`. Both models see the same background and, with
 * the same number of features, the same coalitions, so their values are paired.
 *
 * Explained output: regression, the value; binary classification, the probability of the positive
 * class; multiclass, the probability of the class the candidate predicts on that row (a model with
 * labels only: whether it predicts that class). A feature a model does not read contributes 0 to it.
 *
 * One `info` result: per row each model's output, E[f] over the background and the contributions
 * with the largest |candidate − baseline| differences; the message names the feature whose
 * contribution differs most on average over the rows. `skip` (an `error` when `tests.explain` is
 * written in the config) when the gate runs no model or only one, or there is no
 * largest-differences table; no differing row is a `skip` (an `info` when written: it ran and found
 * nothing to explain). A model that cannot answer is an `error` naming the model file.
 */
import { isExplicit } from '../../config/load.js';
import { explainData, explainedBatch, type ExplainData } from '../../models/explain/batch.js';
import { explainModel, NonFiniteOutputError, planFor, type ModelExplanation } from '../../models/explain/explain-model.js';
import type { Readout } from '../../models/explain/readout.js';
import { SingularPlanError } from '../../models/explain/shapley.js';
import type { ModelOutputs, Predictor } from '../../models/types.js';
import type { Status, TestResult } from '../../results/types.js';
import { createRng } from '../../stats/random.js';
import type { CheckContext } from '../context.js';
import { differentialChecks } from '../differential.js';
import { resolveOutputs } from '../outputs.js';
import { fmt, plural, q } from '../threshold.js';
import type { ModelCheck } from './context.js';
import { sampleIndices } from './sample.js';

const ID = 'model.explain';
const NAME = 'Why the models disagree';
/** Contributions listed per row (the largest |candidate − baseline| differences). */
export const CONTRIBUTIONS_PER_ROW = 5;

/** A row of the largest-differences table. */
export interface ListedRow {
  /** 0-based row of the current table. */
  readonly row: number;
  readonly line: number;
  readonly id: string | number | null;
}

type Rows = { kind: 'rows'; rows: ListedRow[] } | { kind: 'cannot'; why: string } | { kind: 'nothing'; why: string };

/**
 * The rows the differential family lists, by running it (it is pure, and its output columns are
 * resolved once per context), so that the explained rows are exactly the report's.
 */
export function listedRows(data: CheckContext): Rows {
  const results = differentialChecks(data);
  if (results.length === 0) return { kind: 'cannot', why: 'tests.differential is off, so no largest-differences table lists rows' };
  const listing = results.find((t) => t.id === 'differential.agreement' || t.id === 'differential.max_abs_diff');
  const top = listing?.details?.top;
  if (!listing || !Array.isArray(top)) {
    const why = results.find((t) => t.status === 'skip' || t.status === 'error')?.message ?? 'the differential tests list no rows';
    return { kind: 'cannot', why };
  }
  if (data.config.tests.differential.top === 0) return { kind: 'cannot', why: 'tests.differential.top is 0, so the largest-differences table lists no rows' };
  // Regression lists rows by |difference|, zeros included once the differing rows run out.
  const rows = (top as Record<string, unknown>[])
    .filter((e) => e.diff === undefined || e.diff !== 0)
    .map((e) => ({ row: e.row as number, line: e.line as number, id: (e.id ?? null) as string | number | null }));
  if (rows.length === 0) return { kind: 'nothing', why: `the models' predictions are the same on every row of ${data.current.source}: nothing to explain` };
  return { kind: 'rows', rows };
}

function result(status: Status, message: string, details?: Record<string, unknown>, value: number | null = null): TestResult {
  const t: TestResult = { id: ID, family: 'model', name: NAME, method: 'shapley', status, severity: 'warn', value, threshold: null, message };
  if (details) t.details = details;
  return t;
}

/** What is explained, per model. */
interface Target {
  readonly text: string;
  readonly readouts: { baseline: Readout; candidate: Readout };
  /** Multiclass: the class explained on each row. */
  readonly rowClass: readonly string[] | null;
}

function classIndexes(model: Predictor, classes: readonly string[], labels: readonly string[]): Int32Array | string {
  const out = new Int32Array(labels.length);
  for (let r = 0; r < labels.length; r++) {
    const at = classes.indexOf(labels[r]);
    if (at < 0) return `${model.info.path}: the model has no class ${q(labels[r])} (its classes: ${classes.map(q).join(', ')})`;
    out[r] = at;
  }
  return out;
}

/** Decides the explained output from the candidate's outputs on the explained rows. */
function explainTarget(data: CheckContext, models: { baseline: Predictor; candidate: Predictor }, own: { baseline: ModelOutputs; candidate: ModelOutputs }, R: number): Target | string {
  if (data.task === 'regression') {
    for (const role of ['baseline', 'candidate'] as const) {
      if (own[role].kind !== 'regression') return `${models[role].info.path}: the model returns class labels, but the task is regression`;
    }
    return { text: 'the predicted value', readouts: { baseline: { kind: 'value' }, candidate: { kind: 'value' } }, rowClass: null };
  }
  const b = own.baseline;
  const c = own.candidate;
  if (b.kind !== 'classification') return `${models.baseline.info.path}: the model returns values, but the task is classification`;
  if (c.kind !== 'classification') return `${models.candidate.info.path}: the model returns values, but the task is classification`;
  const probs = b.probabilities !== null && c.probabilities !== null;
  let labels: string[];
  let text: string;
  let rowClass: string[] | null = null;
  if (c.classes.length <= 2) {
    const res = resolveOutputs(data);
    const positive =
      res.ok && res.outputs.task === 'classification' && res.outputs.positive !== null
        ? res.outputs.classes[res.outputs.positive]
        : (data.config.columns.positive_class ?? c.classes[1] ?? c.classes[0]);
    labels = Array.from({ length: R }, () => positive);
    text = probs ? `the probability of class ${q(positive)}` : `whether the model predicts class ${q(positive)} (the models give labels only)`;
  } else {
    labels = Array.from({ length: R }, (_, r) => c.classes[c.labels[r]]);
    rowClass = labels;
    text = probs
      ? 'the probability of the class the candidate predicts on each row'
      : 'whether the model predicts the class the candidate predicts on each row (the models give labels only)';
  }
  const bi = classIndexes(models.baseline, b.classes, labels);
  if (typeof bi === 'string') return bi;
  const ci = classIndexes(models.candidate, c.classes, labels);
  if (typeof ci === 'string') return ci;
  const kind = probs ? 'probability' : 'indicator';
  return { text, readouts: { baseline: { kind, classes: bi }, candidate: { kind, classes: ci } }, rowClass };
}

function methodText(e: ModelExplanation, features: number): string {
  return e.exact ? `exact over ${plural(features, 'feature')}` : `KernelSHAP, ${plural(e.coalitions, 'sampled coalition')} over ${plural(features, 'feature')}`;
}

/** A model's failure as a message naming the model file and, for a bad output, the row. */
function failure(model: Predictor, err: unknown, rows: readonly ListedRow[], current: string): string {
  const path = model.info.path;
  if (err instanceof NonFiniteOutputError) return `${path}: ${err.message} (row ${rows[err.row].line} of ${current})`;
  if (err instanceof SingularPlanError) return `${path}: KernelSHAP could not solve for every feature (${err.message}); raise tests.explain.samples`;
  const msg = err instanceof Error ? err.message : String(err);
  return msg.includes(path) ? msg : `${path}: ${msg}`;
}

/**
 * Explains `rows` of the current table for both models (the lead may pass the differential
 * result's `details.top` rows here instead of recomputing them).
 */
export async function explainRows(data: CheckContext, models: { baseline: Predictor; candidate: Predictor }, rows: readonly ListedRow[]): Promise<TestResult[]> {
  const es = data.config.tests.explain;
  const ref = data.reference;
  const cur = data.current;
  if (ref.rowCount === 0) return [result('error', `${ref.source} has no rows to draw the background from`)];
  const background = sampleIndices(ref.rowCount, es.background, createRng(es.seed));
  const explained = Int32Array.from(rows, (r) => r.row);
  const prepared: Partial<Record<'baseline' | 'candidate', ExplainData>> = {};
  for (const role of ['baseline', 'candidate'] as const) {
    const d = explainData(models[role].features, cur, explained, ref, background);
    if (typeof d === 'string') return [result('error', `${models[role].info.path}: ${d}`)];
    prepared[role] = d;
  }
  const dataOf = (role: 'baseline' | 'candidate'): ExplainData => prepared[role] as ExplainData;

  const step = async <T>(model: Predictor, run: () => Promise<T>): Promise<T | Failed> => {
    try {
      return await run();
    } catch (err) {
      return { failed: failure(model, err, rows, cur.source) };
    }
  };
  const ownB = await step(models.baseline, () => models.baseline.predict(explainedBatch(dataOf('baseline'))));
  if (isFailed(ownB)) return [result('error', ownB.failed)];
  const ownC = await step(models.candidate, () => models.candidate.predict(explainedBatch(dataOf('candidate'))));
  if (isFailed(ownC)) return [result('error', ownC.failed)];
  const target = explainTarget(data, models, { baseline: ownB, candidate: ownC }, rows.length);
  if (typeof target === 'string') return [result('error', target)];
  const run = (role: 'baseline' | 'candidate'): Promise<ModelExplanation | Failed> => {
    const d = dataOf(role);
    const plan = planFor(d.features.length, es.samples, es.seed);
    return step(models[role], () => explainModel((b) => models[role].predict(b), d, target.readouts[role], plan));
  };
  // Each model runs in its own process: both can work at once.
  const [eb, ec] = await Promise.all([run('baseline'), run('candidate')]);
  if (isFailed(eb)) return [result('error', eb.failed)];
  if (isFailed(ec)) return [result('error', ec.failed)];
  const explanations = { baseline: eb, candidate: ec };

  // Every feature either model reads; a feature a model does not read contributes 0 to it.
  const names: string[] = [];
  const seen = new Set<string>();
  const at: Record<'baseline' | 'candidate', Map<string, number>> = { baseline: new Map(), candidate: new Map() };
  for (const role of ['baseline', 'candidate'] as const) {
    dataOf(role).features.forEach((f, j) => {
      at[role].set(f.name, j);
      if (!seen.has(f.name)) {
        seen.add(f.name);
        names.push(f.name);
      }
    });
  }
  const phiOf = (role: 'baseline' | 'candidate', r: number, name: string): number => {
    const j = at[role].get(name);
    return j === undefined ? 0 : explanations[role].phi[r * dataOf(role).features.length + j];
  };
  const meanAbs = new Float64Array(names.length);
  const detailRows = rows.map((listed, r) => {
    const order = names.map((feature, k) => {
      const baseline = phiOf('baseline', r, feature);
      const candidate = phiOf('candidate', r, feature);
      meanAbs[k] += Math.abs(candidate - baseline) / rows.length;
      return { k, contribution: { feature, baseline, candidate, diff: candidate - baseline } };
    });
    order.sort((a, b) => Math.abs(b.contribution.diff) - Math.abs(a.contribution.diff) || a.k - b.k);
    const contributions = order.map((o) => o.contribution);
    const entry: Record<string, unknown> = { row: listed.row, line: listed.line, id: listed.id };
    if (target.rowClass) entry.class = target.rowClass[r];
    entry.baseline = { output: explanations.baseline.fx[r], expected: explanations.baseline.expected[r] };
    entry.candidate = { output: explanations.candidate.fx[r], expected: explanations.candidate.expected[r] };
    entry.contributions = contributions.slice(0, CONTRIBUTIONS_PER_ROW);
    return entry;
  });
  const movers = names
    .map((feature, k) => ({ k, feature, mean_abs_diff: meanAbs[k] }))
    .sort((a, b) => b.mean_abs_diff - a.mean_abs_diff || a.k - b.k)
    .map(({ feature, mean_abs_diff }) => ({ feature, mean_abs_diff }));
  const B = background.length;
  const fb = dataOf('baseline').features.length;
  const fc = dataOf('candidate').features.length;
  const methods =
    explanations.baseline.exact && explanations.candidate.exact && fb === fc
      ? `exact Shapley values over ${plural(fb, 'feature')}`
      : `baseline ${methodText(explanations.baseline, fb)}, candidate ${methodText(explanations.candidate, fc)}`;
  const lead = movers[0];
  const head =
    lead && lead.mean_abs_diff > 0
      ? `${q(lead.feature)} moves the most: its contribution differs by ${fmt(lead.mean_abs_diff)} on average (mean |candidate − baseline| Shapley value over ${plural(rows.length, 'row')} of the largest-differences table)`
      : `no feature's contribution differs between the models on ${plural(rows.length, 'row')} of the largest-differences table`;
  const message = `${head}; explained: ${target.text}; ${methods}, background ${plural(B, 'row')} of ${ref.source} (seed ${es.seed})`;
  return [
    result(
      'info',
      message,
      {
        output: target.text,
        value_function: 'interventional: mean over the background rows of f(row features in the coalition, background features elsewhere)',
        background: { rows: B, source: ref.source, seed: es.seed },
        models: {
          baseline: { features: fb, exact: explanations.baseline.exact, coalitions: explanations.baseline.coalitions, model_rows: explanations.baseline.modelRows },
          candidate: { features: fc, exact: explanations.candidate.exact, coalitions: explanations.candidate.coalitions, model_rows: explanations.candidate.modelRows },
        },
        movers,
        rows: detailRows,
      },
      lead ? lead.mean_abs_diff : null,
    ),
  ];
}

interface Failed {
  readonly failed: string;
}

function isFailed<T extends object>(x: T | Failed): x is Failed {
  return 'failed' in x && typeof (x as { failed: unknown }).failed === 'string';
}

export const explainCheck: ModelCheck = async (ctx) => {
  const data = ctx.data;
  const es = data.config.tests.explain;
  if (!es.enabled) return [];
  const written = isExplicit(data.config, 'tests.explain');
  const cannot = (why: string): TestResult[] =>
    written ? [result('error', `${why}; but the config sets tests.explain, so the explanation must run`)] : [result('skip', why)];
  const { baseline, candidate } = ctx.models;
  if (!baseline && !candidate) return cannot('no model is run by the gate (models.baseline, models.candidate): contributions need the models themselves');
  if (!baseline || !candidate) return cannot(`only the ${baseline ? 'baseline' : 'candidate'} model is run by the gate: explaining why the models disagree needs both (models.${baseline ? 'candidate' : 'baseline'})`);
  if (data.task === null) return cannot('no task: set task in the config, or name a target column to infer it from');
  const listed = listedRows(data);
  if (listed.kind === 'cannot') return cannot(listed.why);
  if (listed.kind === 'nothing') return [result(written ? 'info' : 'skip', listed.why)];
  try {
    return await explainRows(data, { baseline, candidate }, listed.rows);
  } catch (err) {
    // Model failures are caught where the model is called; this is the promise never to reject.
    return [result('error', `could not explain the rows: ${err instanceof Error ? err.message : String(err)}`)];
  }
};
