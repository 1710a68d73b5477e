/**
 * Behaviour tests (metamorphic tests, as the ML-testing literature recommends for model updates):
 * properties a model must keep when an input is changed on purpose. On `rows` current rows sampled
 * without replacement (seeded), for each model the gate runs, with the same perturbed rows for both:
 *
 * - `model.behaviour.invariance.<column>`: the column's values are replaced (numeric: uniform in
 *   `range`, default the reference's [min, max]; categorical: drawn uniformly from `values`,
 *   default the reference's categories). Classification: value = share of rows whose class
 *   changes, bad when > `max_flip_rate` (default 0), with its Wilson interval at
 *   `tests.performance.confidence` in the details. Regression: value = the largest |change|, bad
 *   when > `max_abs_change` (default 0).
 * - `model.behaviour.monotonic.<column>`: `step` (default the column's reference standard
 *   deviation) is added to the column; the output (the regression value, or the probability of
 *   the positive class: `columns.positive_class`, else the model's second class) must not move
 *   against `direction` by more than `tolerance`. Value = share of rows (with a value in the column)
 *   that do, bad when > `max_violation_rate` (default 0); details list the worst rows.
 *
 * The candidate's result decides, with `severity`; the baseline's (id suffix `.baseline`) is `info`,
 * so the reviewer sees whether the property held before. A test configured with no model run by
 * the gate, or with only the baseline run (the candidate's outputs come from the CSV) is an
 * `error` for the candidate: these tests need a model to ask. Columns the config names wrongly are
 * config problems (`behaviourConfigProblems`), and `error` results here should one reach the check.
 */
import { roleColumns } from '../../config/load.js';
import { keySegment, quoteName } from '../../config/names.js';
import { didYouMean } from '../../config/suggest.js';
import type { GateConfig, InvarianceSettings, MonotonicSettings } from '../../config/types.js';
import type { Column, Table } from '../../data/table.js';
import type { FeatureBatch, ModelOutputs, ModelRole, Predictor } from '../../models/types.js';
import type { TestResult } from '../../results/types.js';
import { stdOf } from '../../stats/descriptive.js';
import { wilsonInterval } from '../../stats/proportion.js';
import { createRng, type Rng } from '../../stats/random.js';
import { fmt, judge, makeThreshold, pct, plural, q } from '../threshold.js';
import { TopK } from '../topk.js';
import type { ModelCheck, ModelCheckContext } from './context.js';
import { cellValue, idReader, numericColumn, sampleBatch, sampleIndices, uniformIndex, withColumn } from './sample.js';

/** Rows listed in a result's `details.worst`. */
const WORST_ROWS = 10;

type Kind = 'invariance' | 'monotonic';

/** The problems with one configured column, judged against one table (the reference at load). */
function columnProblems(cfg: GateConfig, table: Table, kind: Kind, column: string): string[] {
  const key = `tests.behaviour.${kind}.${keySegment(column)}`;
  const col = table.columns.get(column);
  if (!col) return [`config key ${key}: no column of that name in ${table.source} (${didYouMean(column, table.names, 'its columns')})`];
  const role = roleColumns(cfg).get(column);
  // The id may well be an input someone fears the model reads; targets and outputs are not inputs.
  if (role !== undefined && role !== 'columns.id') return [`config key ${key}: ${quoteName(column)} is the column of ${role}, not a feature the models read`];
  const out: string[] = [];
  if (kind === 'monotonic') {
    if (col.kind !== 'numeric') out.push(`config key ${key}: ${quoteName(column)} is categorical in ${table.source}; a direction needs a numeric column`);
    return out;
  }
  const inv = cfg.tests.behaviour.invariance[column];
  if (inv.range !== null && col.kind !== 'numeric') out.push(`config key ${key}.range: ${quoteName(column)} is categorical in ${table.source}; list its replacement values in ${key}.values`);
  if (inv.values !== null && col.kind === 'numeric') out.push(`config key ${key}.values: ${quoteName(column)} is numeric in ${table.source}; give its replacement interval in ${key}.range`);
  if (inv.range !== null && !(inv.range[0] <= inv.range[1])) out.push(`config key ${key}.range: the low end ${inv.range[0]} is above the high end ${inv.range[1]}`);
  return out;
}

/**
 * What is wrong with `tests.behaviour` given the reference file: columns it names that the file
 * lacks (with "did you mean"), columns that are no feature (the target, a prediction or score
 * column), a range on a categorical column, values on a numeric one, a direction on a categorical
 * one. For the engine to report as config problems (exit 2) beside the other named-column checks.
 */
export function behaviourConfigProblems(cfg: GateConfig, reference: Table): string[] {
  const b = cfg.tests.behaviour;
  if (!b.enabled) return [];
  return [
    ...Object.keys(b.invariance).flatMap((c) => columnProblems(cfg, reference, 'invariance', c)),
    ...Object.keys(b.monotonic).flatMap((c) => columnProblems(cfg, reference, 'monotonic', c)),
  ];
}

interface Test {
  readonly kind: Kind;
  readonly column: string;
  readonly id: string;
  readonly name: string;
}

function baseResult(cfg: GateConfig, t: Test, role: ModelRole): TestResult {
  return {
    id: role === 'candidate' ? t.id : `${t.id}.baseline`,
    family: 'model',
    name: role === 'candidate' ? t.name : `${t.name} (baseline)`,
    column: t.column,
    method: t.kind === 'invariance' ? 'invariance' : 'violation_rate',
    status: 'error',
    severity: cfg.tests.behaviour.severity,
    value: null,
    threshold: null,
    message: '',
  };
}

function errorResult(cfg: GateConfig, t: Test, role: ModelRole, message: string): TestResult {
  return { ...baseResult(cfg, t, role), message };
}

/** A perturbed copy of the sampled column, the same for every model. */
interface Perturbation {
  readonly column: Column;
  /** For messages: what was done. */
  readonly text: string;
  readonly details: Record<string, unknown>;
}

function invariancePerturbation(ctx: ModelCheckContext, column: string, sampled: Column, n: number, s: InvarianceSettings, rng: Rng): Perturbation {
  const reference = ctx.data.reference.columns.get(column) as Column;
  if (sampled.kind === 'numeric') {
    let lo: number, hi: number;
    if (s.range) [lo, hi] = s.range;
    else {
      const sorted = ctx.data.sorted('reference', column);
      if (sorted.length === 0) throw new Error(`column ${q(column)} of ${ctx.data.reference.source} has no values to take its range from; set tests.behaviour.invariance.${keySegment(column)}.range`);
      [lo, hi] = [sorted[0], sorted[sorted.length - 1]];
    }
    const values = new Float64Array(n);
    for (let i = 0; i < n; i++) values[i] = lo + (hi - lo) * rng.next();
    const from = s.range ? 'the configured range' : `the range of ${ctx.data.reference.source}`;
    return { column: numericColumn(column, values), text: `replaced by values uniform in [${fmt(lo)}, ${fmt(hi)}] (${from})`, details: { range: [lo, hi] } };
  }
  let dictionary: readonly string[];
  if (s.values) dictionary = s.values;
  else {
    if (reference.kind !== 'categorical' || reference.dictionary.length === 0) throw new Error(`column ${q(column)} of ${ctx.data.reference.source} has no categories to draw from; set tests.behaviour.invariance.${keySegment(column)}.values`);
    dictionary = reference.dictionary;
  }
  const codes = new Int32Array(n);
  for (let i = 0; i < n; i++) codes[i] = uniformIndex(rng, dictionary.length);
  const from = s.values ? 'the configured values' : `the categories of ${ctx.data.reference.source}`;
  return {
    column: { kind: 'categorical', name: column, codes, dictionary, missing: 0 },
    text: `replaced by values drawn from ${plural(dictionary.length, 'category', 'categories')} (${from})`,
    details: { values: dictionary.length <= 50 ? dictionary : dictionary.length },
  };
}

function monotonicPerturbation(ctx: ModelCheckContext, column: string, sampled: Column, s: MonotonicSettings): Perturbation & { step: number } {
  if (sampled.kind !== 'numeric') throw new Error(`column ${q(column)} of ${ctx.data.current.source} is categorical; a direction needs a numeric column`);
  let step = s.step;
  if (step === null) {
    const sorted = ctx.data.sorted('reference', column);
    step = sorted.length === 0 ? NaN : stdOf(sorted);
    if (!(step > 0)) throw new Error(`column ${q(column)} has no spread in ${ctx.data.reference.source} to take a step from (standard deviation ${fmt(step)}); set tests.behaviour.monotonic.${keySegment(column)}.step`);
  }
  const src = sampled.values;
  const values = new Float64Array(src.length);
  for (let i = 0; i < src.length; i++) values[i] = src[i] + step;
  const from = s.step === null ? `its standard deviation in ${ctx.data.reference.source}` : 'the configured step';
  return { column: numericColumn(column, values), step, text: `${fmt(step)} added (${from})`, details: { step } };
}

/** The number a monotonic test follows per row: the value, or the positive class's probability. */
function scoreOf(cfg: GateConfig, p: Predictor, o: ModelOutputs): { values: Float64Array; what: string } {
  if (o.kind === 'regression') return { values: o.values, what: 'prediction' };
  if (o.probabilities === null) throw new Error(`${p.info.path} gives class labels only, no probabilities: a direction needs a score`);
  const k = o.classes.length;
  const configured = cfg.columns.positive_class;
  let pos: number;
  if (configured !== null) {
    pos = o.classes.indexOf(configured);
    if (pos < 0) throw new Error(`positive class ${quoteName(configured)} (config key columns.positive_class) is not a class of ${p.info.path} (${didYouMean(configured, o.classes, 'its classes')})`);
  } else {
    if (k < 2) throw new Error(`${p.info.path} has fewer than 2 classes`);
    pos = 1;
  }
  const rows = o.probabilities.length / k;
  const values = new Float64Array(rows);
  for (let i = 0; i < rows; i++) values[i] = o.probabilities[i * k + pos];
  return { values, what: `probability of class ${quoteName(o.classes[pos])}` };
}

interface Sample {
  readonly rows: Int32Array;
  readonly columns: ReadonlyMap<string, Column>;
  readonly line: (i: number) => number;
  readonly id: (i: number) => string | number | null;
}

/** For the baseline's info result: whether the candidate's bound held before. */
function heldText(r: TestResult): string {
  const t = r.threshold;
  if (!t || t.fail === undefined || r.value === null) return '';
  return `; the bound (${t.text}) ${judge(r.value, t.bad, t.fail, null, 'fail') === 'pass' ? 'held' : 'did not hold'} for the baseline`;
}

function describeModel(role: ModelRole, p: Predictor): string {
  return `${role} ${p.info.path}`;
}

function invarianceResult(ctx: ModelCheckContext, t: Test, role: ModelRole, p: Predictor, sample: Sample, pert: Perturbation, before: ModelOutputs, after: ModelOutputs): TestResult {
  const cfg = ctx.data.config;
  const s = cfg.tests.behaviour.invariance[t.column];
  const sampled = sample.columns.get(t.column) as Column;
  const n = sample.rows.length;
  const heap = new TopK(WORST_ROWS);
  const r = baseResult(cfg, t, role);
  const where = `${plural(n, 'row')} sampled from ${ctx.data.current.source}`;
  const reads = p.features.includes(t.column) ? '' : ` (${p.info.path} does not read ${q(t.column)})`;
  let predictions: (i: number) => Record<string, unknown>;
  if (before.kind === 'classification' && after.kind === 'classification') {
    let flips = 0;
    for (let i = 0; i < n; i++) {
      if (before.labels[i] !== after.labels[i]) {
        flips++;
        heap.offer(i, -i);
      }
    }
    const rate = flips / n;
    const ci = wilsonInterval(flips, n, cfg.tests.performance.confidence);
    r.method = 'flip_rate';
    r.value = rate;
    r.threshold = makeThreshold('value', 'above', s.max_flip_rate, null, `≤ ${pct(s.max_flip_rate)}`);
    r.status = role === 'candidate' ? judge(rate, 'above', s.max_flip_rate, null, r.severity) : 'info';
    r.message = `${describeModel(role, p)}: the class changed on ${plural(flips, 'row')} of ${where} (${pct(rate)}, ${pct(cfg.tests.performance.confidence)} interval ${pct(ci.lo)} to ${pct(ci.hi)}) when ${q(t.column)} was ${pert.text}${reads}`;
    predictions = (i) => ({ before_prediction: before.classes[before.labels[i]], after_prediction: after.classes[after.labels[i]] });
    r.details = { rows: n, flips, ci, confidence: cfg.tests.performance.confidence };
  } else if (before.kind === 'regression' && after.kind === 'regression') {
    let max = 0;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const d = Math.abs(after.values[i] - before.values[i]);
      if (!Number.isFinite(d)) throw new Error(`${p.info.path} returned a value that is not a finite number on ${ctx.data.current.source} line ${sample.line(i)}`);
      sum += d;
      if (d > max) max = d;
      if (d > 0) heap.offer(i, d);
    }
    r.method = 'max_abs_change';
    r.value = max;
    r.threshold = makeThreshold('value', 'above', s.max_abs_change, null, `≤ ${fmt(s.max_abs_change)}`);
    r.status = role === 'candidate' ? judge(max, 'above', s.max_abs_change, null, r.severity) : 'info';
    r.message = `${describeModel(role, p)}: the prediction changed by up to ${fmt(max)} (mean ${fmt(sum / n)}) on ${where} when ${q(t.column)} was ${pert.text}${reads}`;
    predictions = (i) => ({ before_prediction: before.values[i], after_prediction: after.values[i] });
    r.details = { rows: n, mean_abs_change: sum / n };
  } else throw new Error(`${p.info.path} returned ${after.kind} outputs for a perturbed batch after ${before.kind} ones`);
  if (role === 'baseline') r.message += heldText(r);
  r.details.worst = heap.result().map(({ row }) => ({
    line: sample.line(row),
    id: sample.id(row),
    before: cellValue(sampled, row),
    after: cellValue(pert.column, row),
    ...predictions(row),
  }));
  Object.assign(r.details, pert.details);
  return r;
}

function monotonicResult(ctx: ModelCheckContext, t: Test, role: ModelRole, p: Predictor, sample: Sample, pert: Perturbation, before: ModelOutputs, after: ModelOutputs): TestResult {
  const cfg = ctx.data.config;
  const s = cfg.tests.behaviour.monotonic[t.column];
  const sampled = sample.columns.get(t.column) as Extract<Column, { kind: 'numeric' }>;
  const b = scoreOf(cfg, p, before);
  const a = scoreOf(cfg, p, after).values;
  const sign = s.direction === 'increasing' ? 1 : -1;
  const heap = new TopK(WORST_ROWS);
  let n = 0;
  let violations = 0;
  for (let i = 0; i < a.length; i++) {
    if (Number.isNaN(sampled.values[i])) continue;
    // How far the output moved the wrong way (positive = wrong way).
    const wrong = sign * (b.values[i] - a[i]);
    if (!Number.isFinite(wrong)) throw new Error(`${p.info.path} returned a value that is not a finite number on ${ctx.data.current.source} line ${sample.line(i)}`);
    n++;
    if (wrong > s.tolerance) {
      violations++;
      heap.offer(i, wrong);
    }
  }
  const r = baseResult(cfg, t, role);
  const where = `${plural(n, 'row')} sampled from ${ctx.data.current.source} with a value in ${q(t.column)}`;
  if (n === 0) return { ...r, message: `${describeModel(role, p)}: none of the rows sampled from ${ctx.data.current.source} has a value in ${q(t.column)}` };
  const rate = violations / n;
  const ci = wilsonInterval(violations, n, cfg.tests.performance.confidence);
  r.value = rate;
  r.threshold = makeThreshold('value', 'above', s.max_violation_rate, null, `≤ ${pct(s.max_violation_rate)}`);
  r.status = role === 'candidate' ? judge(rate, 'above', s.max_violation_rate, null, r.severity) : 'info';
  const against = s.direction === 'increasing' ? 'fell' : 'rose';
  const worst = heap.result();
  const first = worst[0];
  const worstText = first ? `; worst: line ${sample.line(first.row)}, ${fmt(b.values[first.row])} → ${fmt(a[first.row])}` : '';
  r.message =
    `${describeModel(role, p)}: with ${pert.text} to ${q(t.column)} (expected ${s.direction}), the ${b.what} ${against}` +
    (s.tolerance > 0 ? ` by more than ${fmt(s.tolerance)}` : '') +
    ` on ${plural(violations, 'row')} of ${where} (${pct(rate)}, ${pct(cfg.tests.performance.confidence)} interval ${pct(ci.lo)} to ${pct(ci.hi)})${worstText}`;
  if (role === 'baseline') r.message += heldText(r);
  r.details = {
    rows: n,
    violations,
    ci,
    confidence: cfg.tests.performance.confidence,
    direction: s.direction,
    tolerance: s.tolerance,
    output: b.what,
    ...pert.details,
    worst: worst.map(({ row, key }) => ({
      line: sample.line(row),
      id: sample.id(row),
      value: cellValue(sampled, row),
      before: b.values[row],
      after: a[row],
      wrong_way: key,
    })),
  };
  return r;
}

function testsOf(cfg: GateConfig): Test[] {
  const b = cfg.tests.behaviour;
  return [
    ...Object.keys(b.invariance).map((column): Test => ({ kind: 'invariance', column, id: `model.behaviour.invariance.${column}`, name: `Invariance: ${column}` })),
    ...Object.keys(b.monotonic).map((column): Test => ({ kind: 'monotonic', column, id: `model.behaviour.monotonic.${column}`, name: `Monotonic (${b.monotonic[column].direction}): ${column}` })),
  ];
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export const behaviourCheck: ModelCheck = async (ctx) => {
  const cfg = ctx.data.config;
  const s = cfg.tests.behaviour;
  const tests = testsOf(cfg);
  if (!s.enabled || tests.length === 0) return [];
  const running = (['candidate', 'baseline'] as const).filter((role) => ctx.models[role] !== null);
  if (running.length === 0) {
    const why = 'no model is run by the gate (models.baseline and models.candidate are not set): a behaviour test needs a model to ask';
    return tests.map((t) => errorResult(cfg, t, 'candidate', why));
  }
  const out: TestResult[] = [];
  // The candidate is the model the gate decides on: without it run, each test says so.
  if (ctx.models.candidate === null) {
    for (const t of tests) out.push(errorResult(cfg, t, 'candidate', 'the candidate is not run by the gate (models.candidate is not set; its outputs come from the CSV): a behaviour test needs a model to ask; the baseline’s result is shown for information'));
  }

  const current = ctx.data.current;
  if (current.rowCount === 0) {
    for (const t of tests) for (const role of running) out.push(errorResult(cfg, t, role, `${current.source} has no rows to perturb`));
    return out;
  }
  const rng = createRng(s.seed);
  const rows = sampleIndices(current.rowCount, s.rows, rng);
  const line = (i: number) => current.rowLine(rows[i]);
  const idOf = idReader(current, cfg.columns.id);
  const id = (i: number) => idOf(rows[i]);

  const models = running.map((role) => ({ role, p: ctx.models[role] as Predictor }));
  const perModel: { role: ModelRole; p: Predictor; batch: FeatureBatch | null; before: ModelOutputs | null; error: string | null }[] = [];
  for (const { role, p } of models) {
    try {
      const columns = sampleBatch(current, p.features, rows);
      const batch = { rows: rows.length, columns };
      perModel.push({ role, p, batch, before: await p.predict(batch), error: null });
    } catch (e) {
      perModel.push({ role, p, batch: null, before: null, error: message(e) });
    }
  }

  // Each invariance test draws its replacement values from its own generator (seed + 1 + its place
  // in the config), so a test that cannot run changes nothing for the others.
  for (const t of tests) {
    const problems = [...columnProblems(cfg, ctx.data.reference, t.kind, t.column), ...columnProblems(cfg, current, t.kind, t.column)];
    if (problems.length > 0) {
      for (const m of perModel) out.push(errorResult(cfg, t, m.role, problems.join('; ')));
      continue;
    }
    let pert: Perturbation;
    let sample: Sample;
    try {
      const sampled = sampleBatch(current, [t.column], rows).get(t.column) as Column;
      sample = { rows, columns: new Map([[t.column, sampled]]), line, id };
      pert =
        t.kind === 'invariance'
          ? invariancePerturbation(ctx, t.column, sampled, rows.length, s.invariance[t.column], createRng(s.seed + 1 + tests.indexOf(t)))
          : monotonicPerturbation(ctx, t.column, sampled, s.monotonic[t.column]);
    } catch (e) {
      for (const m of perModel) out.push(errorResult(cfg, t, m.role, `${t.name} could not be run: ${message(e)}`));
      continue;
    }
    for (const m of perModel) {
      if (m.error !== null || m.batch === null || m.before === null) {
        out.push(errorResult(cfg, t, m.role, `${describeModel(m.role, m.p)} could not be asked: ${m.error ?? 'no outputs'}`));
        continue;
      }
      try {
        const after = await m.p.predict(withColumn(m.batch.columns, rows.length, pert.column));
        out.push(
          t.kind === 'invariance'
            ? invarianceResult(ctx, t, m.role, m.p, sample, pert, m.before, after)
            : monotonicResult(ctx, t, m.role, m.p, sample, pert, m.before, after),
        );
      } catch (e) {
        out.push(errorResult(cfg, t, m.role, `${t.name} could not be computed for ${describeModel(m.role, m.p)}: ${message(e)}`));
      }
    }
  }
  return out;
};
