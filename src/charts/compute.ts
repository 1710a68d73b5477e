/**
 * The report's chart data (ReportCharts, src/results/charts.ts), computed after the checks from the
 * columns they read and the counts they made. Pure: the same context and results give the same
 * charts. Nothing here is judged.
 *
 * - Distributions: each feature a drift test ran on (a `drift.<column>` result exists), then the
 *   target and each model's prediction and score columns, for every column in both files. Columns
 *   a drift test flagged (fail, warn or drifted) come first, then the role columns, then the other
 *   features; at most MAX_DISTRIBUTIONS, the rest counted in `truncated.distributions`.
 * - Curves (binary classification with a positive class): each model's ROC and calibration curve
 *   on the current file's rows the performance tests score (a known target, every compared model's
 *   prediction, every score used present), so the AUC is theirs; and on the reference, on the rows
 *   with a known target and the model's score of the positive class, when it has them.
 * - Matrices: matrices.ts.
 */
import type { CheckContext, Side } from '../checks/context.js';
import type { ScoreColumns } from '../config/types.js';
import type { Table } from '../data/table.js';
import { choosePositive, encodeClasses, stringCodes } from '../checks/labels.js';
import { resolveOutputs, type ClassModel, type ClassificationOutputs } from '../checks/outputs.js';
import { scoreEntries } from '../checks/outputs.js';
import type { ColumnDistribution, ModelCurves, ReportCharts } from '../results/charts.js';
import type { TestResult } from '../results/types.js';
import { calibrationCounts, calibrationCurve, calibrationFromCounts } from './calibration.js';
import { categoricalDistribution, numericDistribution } from './distribution.js';
import { countMatrices } from './matrices.js';
import { MAX_ROC_POINTS, rocFromBins, rocFromSorted, sortedClasses } from './roc.js';

export const MAX_DISTRIBUTIONS = 200;

interface Planned {
  column: string;
  role: string;
}

/** Role columns in a fixed order: target, predictions, then scores. */
function roleColumns(ctx: CheckContext): Planned[] {
  const c = ctx.config.columns;
  const out: Planned[] = [];
  if (c.target !== null) out.push({ column: c.target, role: 'target' });
  if (c.baseline_prediction !== null) out.push({ column: c.baseline_prediction, role: 'baseline_prediction' });
  if (c.candidate_prediction !== null) out.push({ column: c.candidate_prediction, role: 'candidate_prediction' });
  for (const [spec, role] of [
    [c.baseline_scores, 'baseline_score'],
    [c.candidate_scores, 'candidate_score'],
  ] as const) {
    if (spec !== null) for (const [, column] of scoreEntries(spec)) out.push({ column, role });
  }
  return out;
}

/** The columns to draw, in drawing order, and how many the cap left out. */
export function plannedColumns(ctx: CheckContext, tests: readonly TestResult[]): { planned: Planned[]; left: number } {
  const driftIds = new Set<string>();
  const flagged = new Set<string>();
  for (const t of tests) {
    if (t.family !== 'drift') continue;
    driftIds.add(t.id);
    if (t.column !== undefined && (t.status === 'fail' || t.status === 'warn' || t.details?.drifted === true)) flagged.add(t.column);
  }
  const inBoth = (name: string): boolean => ctx.reference.columns.has(name) && ctx.current.columns.has(name);
  const seen = new Set<string>();
  const all: Planned[] = [];
  for (const p of [...roleColumns(ctx), ...ctx.features.filter((f) => driftIds.has(`drift.${f}`)).map((f) => ({ column: f, role: 'feature' }))]) {
    if (seen.has(p.column) || !inBoth(p.column)) continue;
    seen.add(p.column);
    all.push(p);
  }
  const rank = (p: Planned): number => (flagged.has(p.column) ? 0 : p.role !== 'feature' ? 1 : 2);
  // Array.prototype.sort is stable: within a rank, the order above.
  const ordered = all.map((p, i) => ({ p, i })).sort((a, b) => rank(a.p) - rank(b.p) || a.i - b.i).map((x) => x.p);
  return { planned: ordered.slice(0, MAX_DISTRIBUTIONS), left: Math.max(0, ordered.length - MAX_DISTRIBUTIONS) };
}

function distribution(ctx: CheckContext, p: Planned): ColumnDistribution {
  const ref = ctx.reference.columns.get(p.column)!;
  const cur = ctx.current.columns.get(p.column)!;
  if (ref.kind === 'numeric' && cur.kind === 'numeric') {
    return numericDistribution(p.column, p.role, {
      sorted: { reference: ctx.sorted('reference', p.column), current: ctx.sorted('current', p.column) },
      rows: { reference: ctx.reference.rowCount, current: ctx.current.rowCount },
    });
  }
  return categoricalDistribution(p.column, p.role, ref, cur);
}

/**
 * 1 on the rows with a known class in `target`, a prediction in every `predicted` and no missing
 * value in any of `scores`; null when that is every row (no copies needed).
 */
function rowMask(target: Int32Array, predicted: readonly Int32Array[], scores: readonly Float64Array[]): { mask: Uint8Array; count: number } | null {
  const n = target.length;
  const mask = new Uint8Array(n);
  let count = 0;
  // One pass over every array together: each row is kept or not once, its bit written once.
  for (let i = 0; i < n; i++) {
    let ok = target[i] >= 0 ? 1 : 0;
    for (let k = 0; k < predicted.length; k++) if (predicted[k][i] < 0) ok = 0;
    for (let k = 0; k < scores.length; k++) if (scores[k][i] !== scores[k][i]) ok = 0;
    mask[i] = ok;
    count += ok;
  }
  return count === n ? null : { mask, count };
}

/**
 * The context's sorted copy of the column that `scores` is (not a complement made from another),
 * when `rows` are exactly its non-missing rows: then the ROC sweep need not sort every score again.
 */
function sortedScores(ctx: CheckContext, side: Side, scores: Float64Array, count: number): Float64Array | null {
  const table = side === 'reference' ? ctx.reference : ctx.current;
  const c = ctx.config.columns;
  for (const spec of [c.baseline_scores, c.candidate_scores]) {
    if (spec === null) continue;
    for (const [, name] of scoreEntries(spec)) {
      const col = table.columns.get(name);
      if (col?.kind === 'numeric' && col.values === scores) return col.values.length - col.missing === count ? ctx.sorted(side, name) : null;
    }
  }
  return null;
}

/** The labels of the selected rows (null: every row): 1 where `target` is the class `positive`. */
function positivesOn(target: Int32Array, positive: number, rows: { mask: Uint8Array; count: number } | null): Uint8Array {
  const out = new Uint8Array(rows ? rows.count : target.length);
  if (rows) {
    for (let i = 0, j = 0; i < target.length; i++) if (rows.mask[i] === 1) out[j++] = target[i] === positive ? 1 : 0;
  } else for (let i = 0; i < target.length; i++) out[i] = target[i] === positive ? 1 : 0;
  return out;
}

/**
 * Above this many rows a curve is drawn from score bins (rocFromBins), not from a sweep of every
 * distinct score, and when the performance tests already computed its exact AUC on the same rows,
 * nothing is sorted: on a million rows the sort and its sweeps cost about as much as those tests.
 */
export const EXACT_CURVE_MAX_ROWS = 50_000;

/** The binary ROC AUC the performance tests report for a model on `n` rows, or null. */
function reportedAuc(tests: readonly TestResult[], role: ClassModel['role'], n: number): number | null {
  for (const t of tests) {
    if (t.id !== 'performance.roc_auc.value' && t.id !== 'performance.roc_auc.change') continue;
    const v = t.details?.[role];
    if (typeof v === 'number' && Number.isFinite(v) && t.details?.n === n) return v;
  }
  return null;
}

/** Whose curves, on which file, for which class, from which scores of it (every row's). */
interface CurveInput {
  model: ClassModel['role'];
  side: Side;
  positive: string;
  scores: Float64Array;
}

/**
 * The smallest and largest of a score column's values (every row's), from its sorted copy: only
 * for a column in both files, which the distributions sort anyway (prepareCharts), never sorting
 * one just for this.
 */
function sortedRange(ctx: CheckContext, side: Side, scores: Float64Array): { min: number; max: number } | null {
  const c = ctx.config.columns;
  for (const spec of [c.baseline_scores, c.candidate_scores]) {
    if (spec === null) continue;
    for (const [, name] of scoreEntries(spec)) {
      const here = (side === 'reference' ? ctx.reference : ctx.current).columns.get(name);
      const there = (side === 'reference' ? ctx.current : ctx.reference).columns.get(name);
      if (here?.kind !== 'numeric' || here.values !== scores || there?.kind !== 'numeric') continue;
      const s = ctx.sorted(side, name);
      return s.length > 0 ? { min: s[0], max: s[s.length - 1] } : null;
    }
  }
  return null;
}

/**
 * One model's curves on the rows `rows` selects (null: every row), whose labels are `isPositive`;
 * `known`, the AUC the performance tests computed on these rows, when they did.
 */
function modelCurves(
  ctx: CheckContext, c: CurveInput, rows: { mask: Uint8Array; count: number } | null, isPositive: Uint8Array, known: number | null,
): ModelCurves | null {
  const all = c.scores;
  const n = isPositive.length;
  let scores = all;
  if (rows) {
    scores = new Float64Array(n);
    for (let i = 0, j = 0; i < all.length; i++) if (rows.mask[i] === 1) scores[j++] = all[i];
  }
  const base = { model: c.model, side: c.side, positive: c.positive, rows: n };
  const binned = (auc: number, range: { min: number; max: number } | null): ModelCurves => {
    const counts = calibrationCounts();
    const roc = rocFromBins(isPositive, scores, auc, MAX_ROC_POINTS, range, counts);
    return { ...base, roc, calibration: calibrationFromCounts(counts) };
  };
  if (known !== null && n > EXACT_CURVE_MAX_ROWS) return binned(known, sortedRange(ctx, c.side, all));
  const { auc, pos, neg } = sortedClasses(isPositive, scores, sortedScores(ctx, c.side, all, n));
  if (Number.isNaN(auc)) return null;
  // A large file's curve from bins all the same: the sort gave the exact AUC, a sweep of every
  // distinct score would cost as much again for points the thinning drops.
  if (n > EXACT_CURVE_MAX_ROWS) return binned(auc, { min: Math.min(pos[0], neg[0]), max: Math.max(pos[pos.length - 1], neg[neg.length - 1]) });
  return { ...base, roc: rocFromSorted(pos, neg, auc), calibration: calibrationCurve(isPositive, scores) };
}

function binaryOutputs(ctx: CheckContext): ClassificationOutputs | null {
  const r = resolveOutputs(ctx);
  if (!r.ok || r.outputs.task !== 'classification') return null;
  const o = r.outputs;
  return o.classes.length === 2 && o.positive !== null && o.target !== null ? o : null;
}

/** Each model's curves on the current file's rows the performance tests score. */
export function currentCurves(ctx: CheckContext, tests: readonly TestResult[]): ModelCurves[] {
  if (ctx.task !== 'classification') return [];
  const out: ModelCurves[] = [];
  const cur = binaryOutputs(ctx);
  if (!cur) return out;
  const t = cur.target as Int32Array;
  const models = [cur.baseline, cur.candidate].filter((m): m is ClassModel => m !== null);
  const scores = models.flatMap((m) => m.scores ?? []);
  // The performance tests' score rows (performance.ts): every compared model predicts, every score used is present.
  const rows = rowMask(t, models.map((m) => m.predicted), scores);
  if (rows && rows.count === 0) return out;
  // Both models on the same rows: their labels are made once.
  const positive = cur.positive as number;
  const isPositive = positivesOn(t, positive, rows);
  for (const m of models) {
    if (m.scores === null) continue;
    const input = { model: m.role, side: 'current' as const, positive: cur.classes[positive], scores: m.scores[positive] };
    const c = modelCurves(ctx, input, rows, isPositive, reportedAuc(tests, m.role, isPositive.length));
    if (c) out.push(c);
  }
  return out;
}

/**
 * The positive class's probability per reference row from a model's score columns, as
 * resolveOutputs reads them (outputs.ts): a single column is that probability; a map gives the
 * positive class's column, or 1 − the other class's. Null when the reference lacks them or they
 * are not numbers.
 */
function positiveScores(table: Table, spec: ScoreColumns | null, positive: string, other: string): Float64Array | null {
  if (spec === null) return null;
  const numeric = (name: string | undefined): Float64Array | null => {
    const col = name === undefined ? undefined : table.columns.get(name);
    return col?.kind === 'numeric' ? col.values : null;
  };
  if (typeof spec === 'string') return numeric(spec);
  const own = numeric(spec[positive]);
  if (own || spec[positive] !== undefined) return own;
  const complement = numeric(spec[other]);
  if (!complement) return null;
  const out = new Float64Array(complement.length);
  for (let i = 0; i < out.length; i++) out[i] = 1 - complement[i];
  return out;
}

/**
 * Each model's curves on the reference's rows with a known target and that model's score, when
 * the reference has both and at most EXACT_CURVE_MAX_ROWS rows: the target encoded over the known classes as on the current file, the
 * scores read straight from their columns (no predictions needed, so none are made).
 */
export function referenceCurves(ctx: CheckContext): ModelCurves[] {
  const cols = ctx.config.columns;
  const targetColumn = cols.target === null ? undefined : ctx.reference.columns.get(cols.target);
  if (ctx.task !== 'classification' || !targetColumn) return [];
  // No test computed these AUCs: on a large reference each would be a sort of its own (0.1 s a
  // model per million rows, a twentieth of a whole run) for a picture beside the ones that matter.
  if (ctx.reference.rowCount > EXACT_CURVE_MAX_ROWS) return [];
  const choice = choosePositive(ctx.knownLabels().classes, cols.positive_class);
  if (choice.classes.length !== 2 || choice.positive === null) return [];
  const positive = choice.positive;
  const target = encodeClasses(stringCodes(targetColumn), new Map(choice.classes.map((c, i) => [c, i] as const)));
  const out: ModelCurves[] = [];
  for (const [model, spec] of [
    ['baseline', cols.baseline_scores],
    ['candidate', cols.candidate_scores],
  ] as const) {
    const scores = positiveScores(ctx.reference, spec, choice.classes[positive], choice.classes[1 - positive]);
    if (!scores) continue;
    const rows = rowMask(target, [], [scores]);
    if (rows && rows.count === 0) continue;
    const c = modelCurves(ctx, { model, side: 'reference', positive: choice.classes[positive], scores }, rows, positivesOn(target, positive, rows), null);
    if (c) out.push(c);
  }
  return out;
}

/** The part of the charts that needs no test results: made early when the thread has time. */
export interface PreparedCharts {
  reference: ModelCurves[];
}

/**
 * The reference's curves, and the sorted copies of the numeric role columns that the distributions
 * will read. The engine calls this while the check worker runs the performance tests, when this
 * thread would only wait; the result is the same whenever it is called.
 */
export function prepareCharts(ctx: CheckContext): PreparedCharts {
  const reference = referenceCurves(ctx);
  for (const p of roleColumns(ctx)) {
    if (ctx.reference.columns.get(p.column)?.kind === 'numeric' && ctx.current.columns.get(p.column)?.kind === 'numeric') {
      ctx.sorted('reference', p.column);
      ctx.sorted('current', p.column);
    }
  }
  return { reference };
}

export function computeCharts(ctx: CheckContext, tests: readonly TestResult[], prepared: PreparedCharts = prepareCharts(ctx)): ReportCharts {
  const { planned, left } = plannedColumns(ctx, tests);
  const { matrices, left: matricesLeft } = countMatrices(tests);
  const charts: ReportCharts = {
    distributions: planned.map((p) => distribution(ctx, p)),
    curves: [...currentCurves(ctx, tests), ...prepared.reference],
    matrices,
  };
  if (left > 0 || matricesLeft > 0) charts.truncated = { distributions: left, matrices: matricesLeft };
  return charts;
}
