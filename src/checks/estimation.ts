/**
 * Label-free performance estimation (CBPE, src/estimation) and business value, for binary and
 * multiclass classification. Runs on the main thread: calibration reads the reference. Binary: the
 * positive class's score is calibrated; multiclass: every class's, one-vs-rest, and the metrics are
 * accuracy and the macro averages (ids `macro_precision`, `macro_recall`, `macro_f1`, gated on those
 * metrics' bounds; ROC AUC is the macro one-vs-rest AUC), as NannyML does (estimation/multiclass.ts).
 *
 * - `performance.estimated.<metric>` (info): each model's estimate on the unlabelled current rows
 *   (all rows when tests.estimation is configured and every row is labelled), overall and per
 *   current chunk, with its sampling interval.
 * - `performance.estimated.<metric>.change`: candidate − baseline on the same rows, gated with the
 *   metric's change bounds from tests.performance.metrics and the `inconclusive` policy; the
 *   interval is paired: coupled labels, the same rows and the same calibration refits for both.
 * - `performance.estimated.<metric>.health`: on the labelled current rows, the estimate (labels
 *   hidden) against the realized metric, per chunk and overall; `warn` when the realized value lies
 *   outside the estimate's interval (Bonferroni over the groups compared).
 * - `performance.combined.<metric>.change`: realized on the labelled rows and estimated on the rest, in
 *   one confusion matrix (labelled rows enter with their label as probability), candidate against
 *   baseline; only when at least min_labelled_rows rows are labelled.
 * - `performance.business_value` (info) and `performance.business_value.change`: value per row
 *   from tests.business_value.matrix (k×k, rows actual), on the same combined rows.
 * - `performance.estimated.labels` (warn): labelled current rows whose label the reference never had.
 *
 * What the config names runs or is an error: with tests.estimation or tests.business_value written
 * in the config, every reason the estimate cannot run is an `error`; otherwise the family stays
 * silent where it does not apply (regression, no scores, every row labelled).
 */
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import { ChunkingError, type Chunks } from '../chunks/types.js';
import { isExplicit } from '../config/load.js';
import { METRICS } from '../config/metrics.js';
import type { BusinessValueSettings, EstimatedMetricName, GateConfig, Inconclusive, MetricBounds, MetricName, ScoreColumns } from '../config/types.js';
import type { Column } from '../data/table.js';
import { formatInt } from '../report/format.js';
import { CalibrationError, fitCalibrator, scoreLevels, type Calibrator, type ScoreLevels } from '../estimation/calibration.js';
import { rankOrder, replicateMetrics, spreadOf, subsetOrder, type Groups, type RankOrder, type Simulated } from '../estimation/cbpe.js';
import { binaryEstimator, multiclassEstimator, type Estimator, type Gathered, type Rows } from '../estimation/estimator.js';
import { createRng } from '../stats/random.js';
import type { SpreadName, Spreads as SpreadSet } from '../estimation/spread.js';
import type { Severity, Status, TestResult } from '../results/types.js';
import { holmChangePValues, type ChangeP } from '../stats/change-tests.js';
import type { Check, CheckContext } from './context.js';
import { encodeClasses, stringCodes } from './labels.js';
import { resolveOutputs, scoreEntries, type ClassModel, type Role } from './outputs.js';
import { fmt, makeThreshold, plural, q, signed } from './threshold.js';
import { gatherF64 } from '../data/gather.js';

/** Said wherever an estimate is used. */
export const CBPE_ASSUMPTION =
  'CBPE assumes P(y|x) is unchanged since the reference (no concept drift) and that the calibrated scores are probabilities';

function simple(id: string, name: string, status: Status, severity: Severity, message: string, details?: Record<string, unknown>): TestResult {
  const r: TestResult = { id, family: 'performance', name, method: 'cbpe', status, severity, value: null, threshold: null, message };
  if (details) r.details = details;
  return r;
}

/**
 * One model usable for estimation: its current predictions and score columns (binary: the positive
 * class's; multiclass: each class's, in class order), each calibrated one-vs-rest on the reference.
 */
interface Model {
  role: Role;
  predicted: Int32Array;
  scores: Float64Array[];
  calibrators: Calibrator[];
  /** What each calibrator was fitted on, to refit it on bootstrap replicates of the reference. */
  refs: RefRows[];
}

/** The labelled reference rows with a score: table row, score, label, and (isotonic) the scores' levels. */
interface RefRows {
  rows: Int32Array;
  scores: Float64Array;
  isPositive: Uint8Array;
  levels: ScoreLevels | null;
}

/**
 * Rows of the estimated population the calibration refits are evaluated on, at most: a refit moves
 * the estimate by what the reference's rows do to the calibration, which does not shrink with the
 * population, so a seeded uniform sample of it measures the same spread at a fraction of the cost.
 */
export const REFIT_ROWS = 20_000;

/** A score column of the reference to calibrate: its name, values and the class it scores. */
interface ScoreColumn {
  name: string;
  values: Float64Array;
  /** The class index whose one-vs-rest probability it is. */
  cls: number;
}

/** The reference score columns of a model (binary: the positive class's; multiclass: each class's), or why there are none. */
function referenceScores(cfg: GateConfig, role: Role, table: CheckContext['reference'], classes: readonly string[], positive: number | null): ScoreColumn[] | string {
  const spec = (role === 'baseline' ? cfg.columns.baseline_scores : cfg.columns.candidate_scores) as ScoreColumns | null;
  if (spec === null) return `no ${role} scores configured (columns.${role}_scores)`;
  const entries = scoreEntries(spec);
  const byLabel = (label: string): string | undefined => entries.find(([l]) => l === label)?.[1];
  const read = (name: string): Float64Array | string => {
    const col = table.columns.get(name);
    if (!col) return `${table.source} has no ${role} score column ${q(name)}`;
    if (col.kind !== 'numeric') return `${role} score column ${q(name)} of ${table.source} holds text`;
    return col.values;
  };
  if (positive === null) {
    const out: ScoreColumn[] = [];
    for (let c = 0; c < classes.length; c++) {
      const name = byLabel(classes[c]);
      if (name === undefined) return `the ${role} score map has no column for class ${JSON.stringify(classes[c])}`;
      const values = read(name);
      if (typeof values === 'string') return values;
      out.push({ name, values, cls: c });
    }
    return out;
  }
  const pick = entries.length === 1 && entries[0][0] === null ? { name: entries[0][1], flip: false } : null;
  const chosen = pick ?? (byLabel(classes[positive]) !== undefined ? { name: byLabel(classes[positive]) as string, flip: false } : byLabel(classes[1 - positive]) !== undefined ? { name: byLabel(classes[1 - positive]) as string, flip: true } : null);
  if (!chosen) return `the ${role} score map names neither class`;
  const values = read(chosen.name);
  if (typeof values === 'string') return values;
  if (!chosen.flip) return [{ name: chosen.name, values, cls: positive }];
  const out = new Float64Array(values.length);
  for (let i = 0; i < out.length; i++) out[i] = 1 - values[i];
  return [{ name: `1 − ${chosen.name}`, values: out, cls: positive }];
}

/**
 * Calibrates each score column of one model on the labelled reference rows with a score; the
 * error names the column (and, multiclass, the class) that cannot be calibrated.
 */
function calibrate(ctx: CheckContext, role: Role, refTarget: Int32Array, classes: readonly string[], positive: number | null): { calibrators: Calibrator[]; refs: RefRows[] } | string {
  const cols = referenceScores(ctx.config, role, ctx.reference, classes, positive);
  if (typeof cols === 'string') return `${cols}: the ${role}'s scores cannot be calibrated on the reference`;
  const method = ctx.config.tests.estimation.calibration;
  const calibrators: Calibrator[] = [];
  const refs: RefRows[] = [];
  for (const col of cols) {
    const s = col.values;
    let n = 0;
    for (let i = 0; i < s.length; i++) if (refTarget[i] >= 0 && s[i] === s[i]) n++;
    const scores = new Float64Array(n);
    const isPositive = new Uint8Array(n);
    const rows = new Int32Array(n);
    let j = 0;
    for (let i = 0; i < s.length; i++) {
      if (refTarget[i] >= 0 && s[i] === s[i]) {
        rows[j] = i;
        scores[j] = s[i];
        isPositive[j++] = refTarget[i] === col.cls ? 1 : 0;
      }
    }
    const what = positive === null ? `score column ${q(col.name)} of class ${JSON.stringify(classes[col.cls])}` : `score column ${q(col.name)}`;
    if (positive === null && n > 0 && !isPositive.includes(1)) {
      return `the ${role}'s ${what} cannot be calibrated on ${ctx.reference.source}: no labelled reference row is of class ${JSON.stringify(classes[col.cls])} (of ${plural(n, 'labelled row')} with a score), so CBPE has no probability for it`;
    }
    try {
      // Sorted once here for the fit and every bootstrap refit (Platt needs no order).
      const levels = method === 'platt' ? null : scoreLevels(scores);
      const calibrator = fitCalibrator(method, scores, isPositive, { weights: null, levels });
      calibrators.push(calibrator);
      refs.push({ rows, scores, isPositive, levels: calibrator.method === 'isotonic' ? levels : null });
    } catch (e) {
      if (e instanceof CalibrationError) return `the ${role}'s ${what} cannot be calibrated on ${ctx.reference.source}: ${e.message}`;
      throw e;
    }
  }
  return { calibrators, refs };
}

/** Model m on the table rows `sel`: predictions, raw scores, and (with `target`) the known labels. */
function gather(m: Model, sel: Int32Array, target: Int32Array | null): Gathered {
  const n = sel.length;
  const pred = new Int32Array(n);
  for (let j = 0; j < n; j++) pred[j] = m.predicted[sel[j]];
  let known: Int32Array | null = null;
  if (target) {
    known = new Int32Array(n);
    for (let j = 0; j < n; j++) known[j] = target[sel[j]] >= 0 ? target[sel[j]] : -1;
  }
  return { pred, scores: m.scores.map((s) => gatherF64(s, sel)), known };
}

/** The estimator's rows of model m on `sel` (`target`: labelled rows enter with their label). */
function rowsOf(E: Estimator, m: Model, sel: Int32Array, calibrated: readonly Float64Array[], target: Int32Array | null): Rows {
  return E.rows(gather(m, sel, target), calibrated.map((c) => gatherF64(c, sel)));
}

function groupsOf(chunks: Chunks | null, sel: Int32Array): Groups | null {
  if (!chunks) return null;
  const of = new Int32Array(sel.length);
  for (let j = 0; j < sel.length; j++) of[j] = chunks.index[sel[j]];
  return { of, count: chunks.chunks.length };
}

/**
 * A reported interval v ± half: clipped to [0, 1], where every estimated metric lies (accuracy,
 * precision, recall, F1, ROC AUC), since the normal approximation alone can cross the bounds on
 * small chunks. Business value, unbounded, is not clipped.
 */
function boundedInterval(v: number, half: number): [number, number] {
  return [Math.max(0, v - half), Math.min(1, v + half)];
}

/** Metric value of replicate r (a calibration refit) for model k, group c. */
type Pick = (s: Simulated, k: number, r: number, c: number) => number;

function metricPick(metric: EstimatedMetricName): Pick {
  return (s, k, r, c) => replicateMetrics(s, k, r, c)[metric];
}

/**
 * Value per row from one group's confusion cells (actual × predicted, row-major: tn, fp, fn, tp for
 * a binary model) and the matrix flattened the same way.
 */
function valuePerRow(cm: Float64Array, at: number, matrix: readonly number[]): number {
  let v = 0;
  let n = 0;
  for (let k = 0; k < matrix.length; k++) {
    v += matrix[k] * cm[at + k];
    n += cm[at + k];
  }
  return n > 0 ? v / n : NaN;
}

function valuePick(matrix: readonly number[]): Pick {
  return (s, k, r, c) => valuePerRow(s.cm[k], (r * (s.groups + 1) + c) * s.k * s.k, matrix);
}

/** Standard deviation over replicates of model k's value, or of (model 1 − model 0) when paired. */
function spreadIn(s: Simulated, pick: Pick, c: number, k: number | 'difference'): number {
  const v = new Float64Array(s.replicates);
  for (let r = 0; r < s.replicates; r++) v[r] = k === 'difference' ? pick(s, 1, r, c) - pick(s, 0, r, c) : pick(s, k, r, c);
  return spreadOf(v);
}

/** The labels' (closed form) and the recalibrations' spreads together (independent, so variances add). */
interface Spreads {
  labels: SpreadSet;
  calibration: Simulated;
  /** The business value matrix (tn, fp, fn, tp), when its spread is wanted. */
  matrix: readonly number[] | null;
}

function spreadOver(s: Spreads, name: SpreadName, c: number, k: number | 'difference'): number {
  const labels = k === 'difference' ? s.labels.difference : s.labels.models[k];
  const sd = labels?.[name]?.[c] ?? NaN;
  const pick = name === 'business_value' ? valuePick(s.matrix as readonly number[]) : metricPick(name);
  return Math.hypot(sd, spreadIn(s.calibration, pick, c, k));
}

/**
 * Each model's calibrators refitted on `replicates` Poisson(1) bootstrap replicates of the
 * reference, the same row weights for every score column and both models (null where a refit
 * fails: a class drawn out).
 */
function refit(refRows: number, models: readonly Model[], replicates: number, seed: number): (Calibrator[] | null)[][] {
  const rng = createRng(seed);
  const w = new Uint8Array(refRows);
  // A column fitted on every reference row (rows = 0..refRows−1, ascending) takes the weights as drawn.
  const weights = models.map((m) => m.refs.map((ref) => (ref.rows.length === refRows ? null : new Uint8Array(ref.rows.length))));
  const out = models.map(() => new Array<Calibrator[] | null>(replicates).fill(null));
  for (let r = 0; r < replicates; r++) {
    rng.fillPoisson1(w);
    for (let k = 0; k < models.length; k++) {
      const m = models[k];
      const fits: Calibrator[] = [];
      for (let c = 0; c < m.refs.length; c++) {
        const ref = m.refs[c];
        let mw = weights[k][c];
        if (mw) for (let j = 0; j < mw.length; j++) mw[j] = w[ref.rows[j]];
        else mw = w;
        try {
          fits.push(fitCalibrator(m.calibrators[c].method, ref.scores, ref.isPositive, { weights: mw, levels: ref.levels, start: m.calibrators[c].platt }));
        } catch (e) {
          if (!(e instanceof CalibrationError)) throw e;
          break;
        }
      }
      if (fits.length === m.refs.length) out[k][r] = fits;
    }
  }
  return out;
}

/**
 * Each model's CBPE estimate on the table rows `sel` (a sample of REFIT_ROWS of them when more)
 * under each of its calibrators in `refits` (refitted on bootstrap replicates of the reference, the
 * same row weights for both models, so the difference is paired): the spread the estimate owes to
 * the reference rows it was calibrated on. The label spread (spread.ts) says how far the realized
 * metric strays from the estimate when the calibrated probabilities are right; these say how far
 * the estimate itself moves; intervals add the two variances. `target`: rows whose label is known
 * keep it. A replicate whose refit failed (null) is NaN and left out.
 */
function recalibrated(E: Estimator, refits: (Calibrator[] | null)[][], models: readonly Model[], sel: Int32Array, target: Int32Array | null, groupsFull: Groups | null, seed: number): Simulated {
  const R = refits.length ? refits[0].length : 0;
  const g = groupsFull ? groupsFull.count : 0;
  const G = g + 1;
  const cells = E.k * E.k;
  const rng = createRng(seed);
  // The sample: every row, or a seeded uniform choice of REFIT_ROWS rows in row order.
  const n = sel.length;
  let take: Int32Array | null = null;
  if (n > REFIT_ROWS) {
    const keep = new Uint8Array(n);
    let chosen = 0;
    // Floyd's algorithm: REFIT_ROWS distinct rows, each equally likely.
    for (let j = n - REFIT_ROWS; j < n; j++) {
      const t = Math.floor(rng.next() * (j + 1));
      if (keep[t] === 0) keep[t] = 1;
      else keep[j] = 1;
      chosen++;
    }
    take = new Int32Array(chosen);
    let m = 0;
    for (let i = 0; i < n; i++) if (keep[i] === 1) take[m++] = i;
  }
  const rowsSel = take ? Int32Array.from(take, (j) => sel[j]) : sel;
  const groups = groupsFull ? { of: take ? Int32Array.from(take, (j) => groupsFull.of[j]) : groupsFull.of, count: groupsFull.count } : null;
  const base = models.slice(0, refits.length).map((m) => gather(m, rowsSel, target));
  const cms = refits.map(() => new Float64Array(R * G * cells).fill(NaN));
  const aucs = refits.map(() => new Float64Array(R * G).fill(NaN));
  const orders = base.map((b) => b.scores.map((s) => rankOrder(s)));
  for (let r = 0; r < R; r++) {
    for (let k = 0; k < refits.length; k++) {
      const cals = refits[k][r];
      if (!cals) continue;
      const est = E.estimate(E.rows(base[k], cals.map((c, j) => c.apply(base[k].scores[j]))), groups, orders[k]);
      cms[k].set(est.cm, r * G * cells);
      aucs[k].set(est.metrics.map((m) => m.roc_auc), r * G);
    }
  }
  return { replicates: R, groups: g, k: E.k, cm: cms, auc: aucs };
}

/** How the business value matrix is laid out, for messages. */
function matrixText(classes: readonly string[], positive: number | null): string {
  if (positive !== null) return 'matrix [[tn, fp], [fn, tp]]';
  return `matrix[actual][predicted] over classes ${classes.map((c) => JSON.stringify(c)).join(', ')}`;
}

/** Why the business value matrix does not fit the classes (k×k, rows actual, columns predicted), or null. */
function matrixProblem(matrix: readonly (readonly number[])[], classes: readonly string[], positive: number | null): string | null {
  const k = classes.length;
  if (matrix.length === k && matrix.every((row) => row.length === k)) return null;
  const lengths = [...new Set(matrix.map((row) => row.length))];
  const shape = lengths.length === 1 ? `${matrix.length}×${lengths[0]}` : `${plural(matrix.length, 'row')} of ${matrix.map((row) => row.length).join(', ')} values`;
  return `tests.business_value.matrix is ${shape}, but there ${k === 1 ? 'is' : 'are'} ${plural(k, 'class', 'classes')}: it needs ${k}×${k} values, ${matrixText(classes, positive)}`;
}

/**
 * Labelled current rows whose label the reference never had (and no score map names), as a
 * warning: CBPE gives such a class no probability, so the estimate on the unlabelled rows cannot
 * count those rows' errors; they are left out of the health check and the partly estimated metrics
 * (quality.labels reports them too). `tgt` marks them −2. Null when there are none.
 */
function strayLabels(tgt: Int32Array, raw: Column | null, source: string, referenceSource: string): TestResult | null {
  if (!raw) return null;
  const sc = stringCodes(raw);
  const counts = new Map<number, number>();
  for (let i = 0; i < tgt.length; i++) if (tgt[i] === -2) counts.set(sc.codes[i], (counts.get(sc.codes[i]) ?? 0) + 1);
  if (counts.size === 0) return null;
  const list = [...counts].sort((a, b) => b[1] - a[1]);
  const rows = list.reduce((n, [, c]) => n + c, 0);
  const named = list.slice(0, 5).map(([code, c]) => `${JSON.stringify(sc.dictionary[code])} (${formatInt(c)})`).join(', ');
  return simple('performance.estimated.labels', 'Estimated performance: labels the reference never had', 'warn', 'warn',
    `${plural(rows, 'labelled row')} of ${source} hold${rows === 1 ? 's' : ''} ${plural(list.length, 'label')} that ${referenceSource} never had: ${named}${list.length > 5 ? `, and ${list.length - 5} more` : ''}. CBPE gives a class it never saw no probability, so the estimates cannot count such rows' errors (P(y|x) has changed, if the class is real); those rows are left out of the health check and the partly estimated metrics`,
    { labels: Object.fromEntries(list.map(([code, c]) => [sc.dictionary[code], c])), rows });
}

/** A change test waiting for the Holm adjustment over all of this check's change tests. */
interface PendingChange {
  at: number;
  id: string;
  name: string;
  label: string;
  severity: Severity;
  mode: Inconclusive;
  baseline: number;
  candidate: number;
  se: number;
  allowed: number;
  allowedText: string;
  rows: string;
  details: Record<string, unknown>;
  /** Configured (an undefined value is then an error; for a default, a skip). */
  explicit: boolean;
}

/** The allowance of a metric's change bounds (as the performance family reads them), or null without one. */
function allowanceOf(b: MetricBounds | undefined, baseline: number): { allowed: number; text: string } | null {
  if (!b || !b.enabled) return null;
  const limits: number[] = [];
  if (b.max_degradation !== null) limits.push(b.max_degradation);
  if (b.max_relative_degradation !== null) limits.push(b.max_relative_degradation * Math.abs(baseline));
  if (limits.length === 0) return null;
  const allowed = Math.min(...limits);
  return { allowed, text: fmt(allowed) };
}

/** The decision of one change test (higher is better), as performance.ts decides its change tests. */
function decide(x: PendingChange, p: ChangeP | null, family: number, confidence: number): TestResult {
  const delta = x.candidate - x.baseline;
  const threshold = makeThreshold('value', 'below', -x.allowed, null, `Δ ≥ −${x.allowedText}`);
  const head = `${x.label} ${fmt(x.candidate)} vs baseline ${fmt(x.baseline)} (Δ ${signed(delta)}`;
  const details: Record<string, unknown> = { ...x.details, baseline: x.baseline, candidate: x.candidate, delta, se: x.se, allowed: x.allowed, confidence, inconclusive_status: x.mode, ci: null };
  const r = { id: x.id, family: 'performance' as const, name: x.name, method: 'cbpe', severity: x.severity, value: delta, threshold, details };
  if (!Number.isFinite(x.candidate) || !Number.isFinite(x.baseline)) {
    return { ...r, status: x.explicit ? 'error' : 'skip', value: null, message: `${x.label} is undefined for ${Number.isFinite(x.candidate) ? 'the baseline' : 'the candidate'} ${x.rows}` };
  }
  if (p === null) {
    details.inconclusive = true;
    return { ...r, status: x.mode, message: `inconclusive: ${head}): the simulated interval has no spread ${x.rows}, so the change cannot be decided` };
  }
  const z = normalQuantile(1 - (1 - confidence) / 2, 0, 1);
  const ci = { lo: delta - z * x.se, hi: delta + z * x.se };
  details.ci = ci;
  details.p_values = { worse: p.worse, beyond: p.beyond, within: p.within, adjusted: `Holm over ${plural(family, 'change test')}` };
  const alpha = (1 - confidence) / 2;
  const ciText = `${fmt(confidence * 100)}% CI [${signed(ci.lo)}, ${signed(ci.hi)}]`;
  const holm = (v: number): string => `Holm-adjusted p = ${fmt(v)} over ${plural(family, 'change test')}`;
  if (p.beyond < alpha) return { ...r, status: x.severity, message: `${head}, ${ciText}): worse by more than the allowed ${x.allowedText} (${holm(p.beyond)}) ${x.rows}` };
  if (p.within < alpha) return { ...r, status: 'pass', message: `${head}, ${ciText}): within the allowed worsening ${x.allowedText} (${holm(p.within)}) ${x.rows}` };
  details.inconclusive = true;
  if (x.mode === 'fail') return { ...r, status: 'fail', message: `inconclusive: ${head}, ${ciText}): not shown to be within the allowed worsening ${x.allowedText} ${x.rows}, and inconclusive is fail` };
  if (p.worse < alpha) return { ...r, status: 'warn', message: `inconclusive: ${head}, ${ciText}): credibly worse than the baseline (${holm(p.worse)}) but not credibly by more than the allowed ${x.allowedText} ${x.rows}` };
  delete details.inconclusive;
  return { ...r, status: 'pass', message: `${head}, ${ciText}): not credibly worse than the baseline (${holm(p.worse)}) ${x.rows}` };
}

/** Per-chunk rows of a details table: the chunk, its rows, and each model's value and interval. */
function chunkTable(chunks: Chunks | null, counts: Int32Array | null, values: (c: number) => Record<string, unknown>): Record<string, unknown>[] | null {
  if (!chunks || !counts) return null;
  const out: Record<string, unknown>[] = [];
  for (let c = 0; c < chunks.chunks.length; c++) {
    if (counts[c] === 0) continue;
    out.push({ chunk: chunks.chunks[c].key, rows: counts[c], ...values(c) });
  }
  return out;
}

function countGroups(groups: Groups | null): Int32Array | null {
  if (!groups) return null;
  const counts = new Int32Array(groups.count);
  for (let j = 0; j < groups.of.length; j++) counts[groups.of[j]]++;
  return counts;
}

export const estimationChecks: Check = (ctx) => {
  const cfg = ctx.config;
  const es = cfg.tests.estimation;
  const bv = cfg.tests.business_value;
  const bvOn = bv.enabled && bv.matrix !== null;
  const esExplicit = es.enabled && isExplicit(cfg, 'tests.estimation');
  const bvExplicit = bvOn && isExplicit(cfg, 'tests.business_value');
  if (!es.enabled && !bvOn) return [];
  const explicit = esExplicit || bvExplicit;
  const ps = cfg.tests.performance;
  const failId = es.enabled ? 'performance.estimated' : 'performance.business_value';
  const failName = es.enabled ? 'Estimated performance' : 'Business value';
  /** The estimate cannot run: an error when the config asks for it, else nothing to say. */
  const cannot = (why: string): TestResult[] =>
    explicit ? [simple(failId, failName, 'error', ps.severity, `${why}; but ${esExplicit ? 'tests.estimation' : 'tests.business_value'} is configured, so it must run`)] : [];
  if (ctx.task !== 'classification') return cannot(ctx.task === null ? 'no task: CBPE needs a classification target' : 'CBPE estimates classification metrics; the task is regression');
  const target = cfg.columns.target;
  if (target === null) return cannot('no target column configured (columns.target): CBPE calibrates on labelled reference rows');
  const res = resolveOutputs(ctx);
  if (!res.ok) return cannot(res.message);
  const o = res.outputs;
  if (o.task !== 'classification') return cannot('CBPE estimates classification metrics');
  if (!o.target) return cannot(o.targetNote ?? 'no target');
  if (o.classes.length < 2) return cannot(`only ${plural(o.classes.length, 'class')} (${o.classes.map((c) => JSON.stringify(c)).join(', ')}): nothing to estimate`);
  if (o.classes.length === 2 && o.positive === null) return cannot(o.positiveNote);
  // Binary: the positive class's score; more classes: every class's (NannyML's multiclass CBPE).
  const multiclass = o.classes.length > 2;
  const positive = multiclass ? null : (o.positive as number);
  const E: Estimator = positive === null ? multiclassEstimator(o.classes.length) : binaryEstimator(positive);
  /** The id and bounds of an estimated metric: multiclass precision, recall and F1 are the macro averages. */
  const nameOf = (metric: EstimatedMetricName): MetricName => (multiclass && (metric === 'precision' || metric === 'recall' || metric === 'f1') ? `macro_${metric}` : metric);
  const cand = o.candidate;
  if (!cand) return cannot(o.candidateNote ?? 'no candidate');
  if (!cand.scores) return cannot(`the candidate has no scores: ${cand.scoreNote ?? 'none configured'}`);
  const M = ctx.current.rowCount;
  // Unlabelled = no target value. A target outside the known classes is not unlabelled: it is
  // reported by quality.labels and left out here (-2), like the realized metrics leave it out.
  const tgt = Int32Array.from(o.target);
  const rawTarget = ctx.current.columns.get(target);
  let unlabelledAny = 0;
  for (let i = 0; i < M; i++) {
    if (tgt[i] >= 0) continue;
    const missing = !rawTarget || (rawTarget.kind === 'numeric' ? rawTarget.values[i] !== rawTarget.values[i] : rawTarget.codes[i] < 0);
    if (missing) unlabelledAny++;
    else tgt[i] = -2;
  }
  if (unlabelledAny === 0 && !explicit) return [];
  const strays = strayLabels(tgt, rawTarget ?? null, ctx.current.source, ctx.reference.source);

  const refCol = ctx.reference.columns.get(target);
  if (!refCol) return cannot(`${ctx.reference.source} has no target column ${q(target)}: CBPE calibrates each model's scores on labelled reference rows`);
  const refTarget = encodeClasses(stringCodes(refCol), new Map(o.classes.map((c, i) => [c, i] as const)));
  const out: TestResult[] = [];
  const models: Model[] = [];
  if (strays) out.push(strays);
  const calCand = calibrate(ctx, 'candidate', refTarget, o.classes, positive);
  if (typeof calCand === 'string') return [...out, simple(failId, failName, 'error', ps.severity, calCand)];
  const scoresOf = (m: ClassModel): Float64Array[] => (positive === null ? (m.scores as Float64Array[]) : [(m.scores as Float64Array[])[positive]]);
  models.push({ role: 'candidate', predicted: cand.predicted, scores: scoresOf(cand), ...calCand });
  const bl = o.baseline && o.baseline.scores ? o.baseline : null;
  let baselineWhy: string | null = o.baseline ? (o.baseline.scores ? null : `the baseline has no scores: ${o.baseline.scoreNote ?? ''}`) : (o.baselineNote ?? 'no baseline');
  if (bl) {
    const calB = calibrate(ctx, 'baseline', refTarget, o.classes, positive);
    if (typeof calB === 'string') {
      baselineWhy = calB;
      out.push(simple('performance.estimated.baseline', 'Estimated performance: baseline', 'error', ps.severity, `${calB}; no estimated comparison with the baseline`));
    } else models.push({ role: 'baseline', predicted: bl.predicted, scores: scoresOf(bl), ...calB });
  }
  // [candidate, baseline]: the spreads' model order; paired differences are model 0 − model 1 below.
  // Each model's calibrated score columns over every current row (NaN where a score is missing).
  const calibrated = models.map((m) => m.calibrators.map((c, j) => c.apply(m.scores[j])));
  let chunks: Chunks | null = null;
  try {
    chunks = ctx.chunks('current');
  } catch (e) {
    if (!(e instanceof ChunkingError)) throw e;
    out.push(simple('performance.estimated.chunks', 'Estimated performance per chunk', 'error', ps.severity, `${e.message}: no per-chunk estimates`));
  }
  // The rows every usable model predicted and scored (in a chunk, when there are chunks).
  const okRow = (i: number): boolean => {
    for (let k = 0; k < models.length; k++) {
      if (models[k].predicted[i] < 0) return false;
      const cal = calibrated[k];
      for (let j = 0; j < cal.length; j++) {
        const v = cal[j][i];
        const s = models[k].scores[j][i];
        if (v !== v || s !== s) return false;
      }
    }
    return !chunks || chunks.index[i] >= 0;
  };
  const pick = (keep: (i: number) => boolean): Int32Array => {
    const idx = new Int32Array(M);
    let m = 0;
    for (let i = 0; i < M; i++) if (okRow(i) && keep(i)) idx[m++] = i;
    return idx.slice(0, m);
  };
  const unl = pick((i) => tgt[i] === -1);
  const lab = pick((i) => tgt[i] >= 0);
  const all = pick((i) => tgt[i] !== -2);
  const z = normalQuantile(1 - (1 - ps.confidence) / 2, 0, 1);
  const calibration = Object.fromEntries(
    models.map((m) => [m.role, positive === null ? m.calibrators.map((c, j) => `${JSON.stringify(o.classes[j])}: ${c.text}`).join('; ') : m.calibrators[0].text]),
  );
  // Each model's raw-score orders (one per score column) over all rows estimated, sorted once;
  // populations take subsets.
  let allOrders: RankOrder[][] | null = null;
  const ordersOf = (sel: Int32Array): RankOrder[][] => {
    allOrders ??= models.map((m) => m.scores.map((s) => rankOrder(gatherF64(s, all))));
    return sel === all ? allOrders : allOrders.map((os) => os.map((o) => subsetOrder(o, all, sel)));
  };
  let refits: (Calibrator[] | null)[][] | null = null;
  const refitsOf = (): (Calibrator[] | null)[][] => (refits ??= refit(ctx.reference.rowCount, models, es.replicates, es.seed + 1));
  const paired = models.length === 2;
  const pending: PendingChange[] = [];
  const source = ctx.current.source;

  if (es.enabled) {
    // The estimate's population: the unlabelled rows; all rows (labels hidden) when every row is labelled.
    const pop = unl.length > 0 ? unl : all;
    const popText = unl.length > 0 ? `on ${plural(unl.length, 'unlabelled row')} of ${source}` : `on all ${plural(all.length, 'row')} of ${source} (every row is labelled; labels hidden)`;
    if (pop.length === 0) {
      out.push(simple('performance.estimated', 'Estimated performance', explicit ? 'error' : 'skip', ps.severity, `no row of ${source} has ${paired ? 'both models\u2019' : 'the candidate\u2019s'} prediction and score: nothing to estimate`));
    } else {
      const groups = groupsOf(chunks, pop);
      const counts = countGroups(groups);
      const rows = models.map((m, k) => rowsOf(E, m, pop, calibrated[k], null));
      const orders = ordersOf(pop);
      const est = rows.map((r, k) => E.estimate(r, groups, orders[k]));
      const G = (groups ? groups.count : 0) + 1;
      const whole = G - 1;
      const cal = recalibrated(E, refitsOf(), models, pop, null, groups, es.seed + 2);
      const an = E.spread(rows, groups, null, orders);
      const sim: Spreads = { labels: an.labels, calibration: cal, matrix: null };
      const simPop: Spreads | null = paired ? { labels: an.population, calibration: cal, matrix: null } : null;
      for (const metric of es.metrics) {
        const mname = nameOf(metric);
        const label = METRICS[mname].label;
        const iv = (k: number, c: number): { value: number; ci: [number, number] } => {
          const v = est[k].metrics[c][metric];
          const sd = spreadOver(sim, metric, c, k);
          return { value: v, ci: boundedInterval(v, z * sd) };
        };
        const perModel = (c: number): Record<string, unknown> => Object.fromEntries(models.map((m, k) => [m.role, iv(k, c)]));
        const cv = iv(0, whole);
        out.push({
          ...simple(`performance.estimated.${mname}`, `Estimated ${label}`, 'info', ps.severity,
            `estimated ${label} ${fmt(cv.value)} (${fmt(ps.confidence * 100)}% interval [${fmt(cv.ci[0])}, ${fmt(cv.ci[1])}])${paired ? `, baseline ${fmt(est[1].metrics[whole][metric])}` : ''} ${popText}, from scores calibrated on ${ctx.reference.source}; ${CBPE_ASSUMPTION}`,
            { assumption: CBPE_ASSUMPTION, calibration, rows: pop.length, ...perModel(whole), interval: `labels y ~ ${multiclass ? 'Categorical(p)' : 'Bernoulli(p)'} (closed form) and ${es.replicates} bootstrap refits of the calibration`, chunks: chunkTable(chunks, counts, perModel) }),
          value: cv.value,
        });
        // The change on the estimate.
        const b = ps.metrics[mname];
        const asked = isExplicit(cfg, `tests.performance.metrics.${mname}`);
        if (!paired) {
          if (asked && allowanceOf(b, 0) !== null) {
            out.push(simple(`performance.estimated.${mname}.change`, `Estimated ${label} vs baseline`, 'error', b?.severity ?? ps.severity, `no estimated comparison: ${baselineWhy}; but tests.performance.metrics.${mname} asks for a change bound`));
          }
        } else if (simPop) {
          const vb = est[1].metrics[whole][metric];
          const a = allowanceOf(b, vb);
          if (a && b) {
            out.push(simple(`performance.estimated.${mname}.change`, `Estimated ${label} vs baseline`, 'error', b.severity, 'not decided'));
            pending.push({
              at: out.length - 1, id: `performance.estimated.${mname}.change`, name: `Estimated ${label} vs baseline`, label: `estimated ${label}`, severity: b.severity,
              mode: b.inconclusive ?? ps.inconclusive, baseline: vb, candidate: est[0].metrics[whole][metric], se: spreadOver(simPop, metric, whole, 'difference'), allowed: a.allowed, allowedText: a.text,
              rows: `${popText}; ${CBPE_ASSUMPTION}`,
              details: { assumption: CBPE_ASSUMPTION, calibration, rows: pop.length, interval: `paired: coupled labels, the same rows and the same ${es.replicates} calibration refits for both models` },
              explicit: esExplicit || asked,
            });
          }
        }
      }
    }
    // Health check: where labels exist, the estimate with the labels hidden against the realized metric.
    if (lab.length > 0) out.push(...health(ctx, E, nameOf, models, calibrated, refitsOf, ordersOf, lab, tgt, chunks, z));
  }

  // Combined rows: labelled rows with their labels, the rest estimated.
  const combinedRows = paired || bvOn ? models.map((m, k) => rowsOf(E, m, all, calibrated[k], tgt)) : null;
  const groupsAll = groupsOf(chunks, all);
  const enoughLabels = lab.length >= ps.min_labelled_rows && lab.length > 0;
  const combinedText = `on ${plural(all.length, 'row')} of ${source}: realized on ${plural(lab.length, 'labelled row')}, estimated on ${plural(unl.length, 'unlabelled row')} (partly estimated; ${CBPE_ASSUMPTION})`;
  let simAll: Spreads | null = null;
  const simAllOf = (): Spreads =>
    (simAll ??= {
      labels: E.spread(combinedRows!, groupsAll, bvOn ? (bv.matrix as readonly (readonly number[])[]).flat() : null, ordersOf(all)).population,
      calibration: recalibrated(E, refitsOf(), models, all, tgt, groupsAll, es.seed + 3),
      matrix: bvOn ? (bv.matrix as readonly (readonly number[])[]).flat() : null,
    });
  if (es.enabled && paired && lab.length > 0 && unl.length > 0) {
    const combined = combinedRows!.map((r, k) => E.estimate(r, null, ordersOf(all)[k]).metrics[0]);
    for (const metric of es.metrics) {
      const mname = nameOf(metric);
      const b = ps.metrics[mname];
      const label = METRICS[mname].label;
      const id = `performance.combined.${mname}`;
      const name = `${label} (partly estimated) vs baseline`;
      const est = combined.map((m) => m[metric]);
      const a = allowanceOf(b, est[1]);
      if (!a || !b) continue;
      if (!enoughLabels) {
        out.push(simple(id, name, 'skip', b.severity, `only ${plural(lab.length, 'labelled row')}, fewer than tests.performance.min_labelled_rows = ${fmt(ps.min_labelled_rows)}: no combined decision; performance.estimated.${mname}.change decides on the estimate alone`));
        continue;
      }
      // The combined matrix ignores chunks: its metric is of the whole file.
      const s = simAllOf();
      const G = (groupsAll ? groupsAll.count : 0) + 1;
      out.push(simple(id, name, 'error', b.severity, 'not decided'));
      pending.push({
        at: out.length - 1, id, name, label: `${label} (partly estimated)`, severity: b.severity, mode: b.inconclusive ?? ps.inconclusive,
        baseline: est[1], candidate: est[0], se: spreadOver(s, metric, G - 1, 'difference'), allowed: a.allowed, allowedText: a.text, rows: combinedText,
        details: { assumption: CBPE_ASSUMPTION, calibration, labelled: lab.length, unlabelled: unl.length, interval: `paired: coupled labels on the unlabelled rows, the same rows and the same ${es.replicates} calibration refits for both models` },
        explicit: esExplicit || isExplicit(cfg, `tests.performance.metrics.${mname}`),
      });
    }
  }

  if (bvOn && combinedRows) {
    const bad = matrixProblem(bv.matrix as readonly (readonly number[])[], o.classes, positive);
    if (bad) out.push(simple('performance.business_value', 'Business value per row', 'error', bv.severity, bad));
    else out.push(...businessValue(E, bv, o.classes, positive, models, combinedRows, groupsAll, ordersOf(all), chunks, simAllOf, z, combinedText, lab.length, unl.length, calibration, pending, out, explicit, baselineWhy, ps.inconclusive));
  }

  const tested = pending.filter((x) => x.se > 0 && Number.isFinite(x.se) && Number.isFinite(x.candidate) && Number.isFinite(x.baseline));
  const pv = holmChangePValues(tested.map((x) => ({ worsening: x.baseline - x.candidate, se: x.se, allowed: x.allowed })));
  for (const x of pending) {
    const i = tested.indexOf(x);
    out[x.at] = decide(x, i >= 0 ? pv[i] : null, tested.length, ps.confidence);
  }
  return out;
};

/** `performance.estimated.<metric>.health` for each estimated metric (see the module comment). */
function health(
  ctx: CheckContext,
  E: Estimator,
  nameOf: (metric: EstimatedMetricName) => MetricName,
  models: readonly Model[],
  calibrated: readonly (readonly Float64Array[])[],
  refitsOf: () => (Calibrator[] | null)[][],
  ordersOf: (sel: Int32Array) => RankOrder[][],
  lab: Int32Array,
  tgt: Int32Array,
  chunks: Chunks | null,
  z: number,
): TestResult[] {
  const cfg = ctx.config;
  const es = cfg.tests.estimation;
  const ps = cfg.tests.performance;
  const groups = groupsOf(chunks, lab);
  const counts = countGroups(groups);
  const G = (groups ? groups.count : 0) + 1;
  const whole = G - 1;
  const hidden = models.map((m, k) => rowsOf(E, m, lab, calibrated[k], null));
  const orders = ordersOf(lab);
  const est = hidden.map((r, k) => E.estimate(r, groups, orders[k]));
  // The rows with their labels as probabilities (0 or 1) are the realized metrics, ROC AUC by raw score.
  const realized = models.map((m, k) => E.estimate(rowsOf(E, m, lab, calibrated[k], tgt), groups, orders[k]).metrics);
  const sim: Spreads = { labels: E.spread(hidden, groups, null, orders).labels, calibration: recalibrated(E, refitsOf(), models, lab, null, groups, es.seed + 4), matrix: null };
  const compared = models.length * (1 + (counts ? counts.filter((n) => n > 0).length : 0));
  // Bonferroni over the models and groups compared: one chunk out of fifty outside a 95% interval is expected.
  const zb = normalQuantile(1 - (1 - ps.confidence) / 2 / compared, 0, 1);
  const out: TestResult[] = [];
  const few = lab.length < ps.min_labelled_rows;
  for (const metric of es.metrics) {
    const mname = nameOf(metric);
    const label = METRICS[mname].label;
    const flagged: string[] = [];
    const cell = (k: number, c: number): Record<string, unknown> => {
      const e = est[k].metrics[c][metric];
      const r = realized[k][c][metric];
      const sd = spreadOver(sim, metric, c, k);
      const diverges = Number.isFinite(r) && Number.isFinite(e) && sd >= 0 && Math.abs(r - e) > zb * sd;
      if (diverges) flagged.push(`${models[k].role} ${c === whole ? 'overall' : (chunks as Chunks).chunks[c].key}: realized ${fmt(r)}, estimated ${fmt(e)} ± ${fmt(zb * sd)}`);
      return { estimated: e, realized: r, ci: boundedInterval(e, z * sd), diverges };
    };
    const perModel = (c: number): Record<string, unknown> => Object.fromEntries(models.map((m, k) => [m.role, cell(k, c)]));
    const overall = perModel(whole);
    const table = chunkTable(chunks, counts, perModel);
    const cand = overall.candidate as { estimated: number; realized: number };
    const status: Status = few ? 'info' : flagged.length > 0 ? 'warn' : 'pass';
    const head = `on ${plural(lab.length, 'labelled row')} of ${ctx.current.source}, estimated ${label} (labels hidden) ${fmt(cand.estimated)} vs realized ${fmt(cand.realized)}`;
    const message = few
      ? `${head}: fewer than tests.performance.min_labelled_rows = ${fmt(ps.min_labelled_rows)} labelled rows, so the estimate's health is shown, not judged`
      : flagged.length > 0
        ? `${head}: the realized value lies outside the estimate's interval for ${flagged.slice(0, 5).join('; ')}${flagged.length > 5 ? `; and ${flagged.length - 5} more` : ''}: the estimate is off there (concept drift, or scores that the reference calibration does not fit); ${CBPE_ASSUMPTION}`
        : `${head}: the realized value lies within the estimate's interval for every model${chunks ? ', in every chunk and overall' : ''} (Bonferroni over ${compared}); ${CBPE_ASSUMPTION}`;
    out.push({
      ...simple(`performance.estimated.${mname}.health`, `Estimated vs realized ${label}`, status, 'warn', message, {
        assumption: CBPE_ASSUMPTION,
        labelled: lab.length,
        ...overall,
        bonferroni: compared,
        chunks: table,
      }),
      value: cand.realized - cand.estimated,
    });
  }
  return out;
}

/** `performance.business_value` and its change test (see the module comment). */
function businessValue(
  E: Estimator,
  bv: BusinessValueSettings,
  classes: readonly string[],
  positive: number | null,
  models: readonly Model[],
  rows: readonly Rows[],
  groups: Groups | null,
  orders: readonly (readonly RankOrder[])[],
  chunks: Chunks | null,
  simOf: () => Spreads,
  z: number,
  rowsText: string,
  labelled: number,
  unlabelled: number,
  calibration: Record<string, string>,
  pending: PendingChange[],
  out: TestResult[],
  explicit: boolean,
  baselineWhy: string | null,
  inconclusive: Inconclusive,
): TestResult[] {
  const matrix = (bv.matrix as readonly (readonly number[])[]).flat();
  const est = rows.map((r, k) => E.estimate(r, groups, orders[k]));
  const cells = E.k * E.k;
  const G = (groups ? groups.count : 0) + 1;
  const whole = G - 1;
  const sim = simOf();
  const counts = countGroups(groups);
  const iv = (k: number, c: number): { value: number; ci: [number, number] } => {
    const v = valuePerRow(est[k].cm, cells * c, matrix);
    const sd = spreadOver(sim, 'business_value', c, k);
    return { value: v, ci: [v - z * sd, v + z * sd] };
  };
  const perModel = (c: number): Record<string, unknown> => Object.fromEntries(models.map((m, k) => [m.role, iv(k, c)]));
  const cv = iv(0, whole);
  const res: TestResult[] = [
    {
      ...simple('performance.business_value', 'Business value per row', 'info', bv.severity,
        `business value per row ${fmt(cv.value)} (${models.length === 2 ? `baseline ${fmt(iv(1, whole).value)}, ` : ''}${matrixText(classes, positive)} = ${JSON.stringify(bv.matrix)}) ${rowsText}`,
        { matrix: bv.matrix, assumption: CBPE_ASSUMPTION, calibration, labelled, unlabelled, ...perModel(whole), chunks: chunkTable(chunks, counts, perModel) }),
      value: cv.value,
    },
  ];
  if (bv.max_degradation === null) return res;
  if (models.length < 2) {
    res.push(simple('performance.business_value.change', 'Business value vs baseline', explicit ? 'error' : 'skip', bv.severity, `no baseline to compare business value with: ${baselineWhy}`));
    return res;
  }
  const vc = cv.value;
  const vb = iv(1, whole).value;
  // The result's place in `out` once `res` is appended after the caller's results.
  pending.push({
    at: out.length + res.length, id: 'performance.business_value.change', name: 'Business value vs baseline', label: 'business value per row', severity: bv.severity,
    mode: bv.inconclusive ?? inconclusive, baseline: vb, candidate: vc, se: spreadOver(sim, 'business_value', whole, 'difference'), allowed: bv.max_degradation, allowedText: fmt(bv.max_degradation),
    rows: rowsText, details: { matrix: bv.matrix, assumption: CBPE_ASSUMPTION, labelled, unlabelled }, explicit,
  });
  res.push(simple('performance.business_value.change', 'Business value vs baseline', 'error', bv.severity, 'not decided'));
  return res;
}
