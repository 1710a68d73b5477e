/**
 * Performance tests: the candidate's metrics, and the candidate against the baseline, on the same
 * current rows: those with a target and a prediction from every model compared (shadow logs label
 * only some rows; messages say "on N labelled rows of M"). Score metrics (ROC AUC, log loss) use
 * the rows among those where every score used is present.
 *
 * - `performance.labelled_rows`: the rows the metrics use against `min_labelled_rows` and
 *   `min_labelled_share` (the family's severity when short; `info` when both are 0). When short, no
 *   metric is decided: a metric the user configured is an `error`, the defaults one skip.
 * - `performance.<metric>.value` when `min` or `max` is set: the severity when the candidate's value
 *   is below `min` or above `max`.
 * - `performance.<metric>.change` when a change bound is set and a baseline exists: the worsening w
 *   (baseline − candidate when higher is better) against the allowance, with its standard error from
 *   the paired Poisson bootstrap, DeLong (binary ROC AUC) or per-row log-loss differences. Three
 *   one-sided tests (worse at all, worse beyond the allowance, within the allowance), each
 *   Holm-adjusted over the run's change tests (src/stats/change-tests.ts), decide: beyond → the
 *   severity; credibly worse but not credibly within → inconclusive; otherwise pass. Inconclusive is
 *   `warn`, or with `inconclusive: fail` a pass needs "within" and anything else fails. An interval
 *   with no spread is never a pass. Without an interval (`bootstrap: 0`, multiclass ROC AUC) the
 *   point estimate is gated.
 * - Threshold-dependent metrics (precision, recall, F1 and their macro forms) left at their
 *   defaults become `warn`, "trade-off at the cut-off", instead of failing when the candidate is
 *   credibly better on ROC AUC or log loss and credibly worse on neither; `details.tradeoff` holds
 *   both models' precision and recall at the cut-off and the candidate's precision at the
 *   baseline's recall.
 * - A metric that cannot run here (no scores, one class, no positive class, no baseline for its
 *   change bound) is an `error` when the user configured it (tests.performance.metrics.<metric>)
 *   and a skip when it is a default.
 * - `performance.confusion_matrix` (classification, `info`): classes and both matrices.
 * - `performance.identical_predictions`: warn when the candidate's predictions equal the baseline's
 *   on every current row, since every comparison is then vacuous.
 * - No metric computable → `performance.metrics` error.
 */
import type { Check, CheckContext } from './context.js';
import { isExplicit } from '../config/load.js';
import { METRICS } from '../config/metrics.js';
import type { GateConfig, MetricBounds, MetricName, PerformanceSettings } from '../config/types.js';
import type { Severity, Status, TestResult, Threshold } from '../results/types.js';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import { delongPaired, rocAuc, rocAucOvr } from '../stats/auc.js';
import { pairedClassificationBootstrap, pairedMeanDifferenceCI, pairedRegressionBootstrap } from '../stats/bootstrap.js';
import { holmChangePValues, type ChangeP } from '../stats/change-tests.js';
import { confusionMatrix, metricsFromConfusion, type ClassificationMetrics } from '../stats/classification.js';
import { logLossMulticlass, pairedRowLogLoss } from '../stats/logloss.js';
import { precisionAtRecall, type OperatingPoint } from '../stats/matched-recall.js';
import { regressionMetrics, type RegressionMetrics } from '../stats/regression.js';
import { leftOutText, onRows, resolveOutputs, type ClassificationOutputs, type RegressionOutputs } from './outputs.js';
import { fmt, makeThreshold, pct, plural, signed } from './threshold.js';
import { gatherF64, gatherI32 } from '../data/gather.js';

/** One metric on the shared rows: values, the standard error of candidate − baseline, or why not. */
export interface Measured {
  candidate: number;
  baseline: number | null;
  n: number;
  /**
   * Standard error of candidate − baseline; null when the change is gated on the point estimate
   * (no baseline, `bootstrap: 0`, multiclass ROC AUC). 0 or NaN: the interval has no spread.
   */
  se: number | null;
  /** How the standard error was made, or why there is none. */
  interval: string;
  rows: string;
}

export type Outcome = { ok: true; m: Measured } | { ok: false; message: string };

/** The labelled rows where every score used is present: the target and the scores on them. */
interface ScoreRows {
  actual: Int32Array;
  c: Float64Array[];
  b: Float64Array[] | null;
  n: number;
}

/** Precision and recall at the cut-off: of the positive class (binary), else macro. */
export interface PrecisionRecall {
  precision: number;
  recall: number;
}

/** What the trade-off message needs, gathered while the classification metrics are computed. */
export interface TradeoffData {
  average: 'binary' | 'macro';
  baseline: PrecisionRecall;
  candidate: PrecisionRecall;
  /** The candidate's operating point at the baseline's recall, from its scores (binary only). */
  matched: () => OperatingPoint | null;
}

/** The metrics whose value depends on where the decision cut-off sits. */
export const AT_CUTOFF: ReadonlySet<MetricName> = new Set(['precision', 'recall', 'f1', 'macro_precision', 'macro_recall', 'macro_f1']);

/** A family run: the metric outcomes, or why none is decided (the caller turns it into results). */
export type Run = { kind: 'short'; why: string } | { kind: 'ok'; outcomes: Map<MetricName, Outcome>; tradeoff: TradeoffData | null };

function base(id: string, name: string, method: string, severity: Severity): Pick<TestResult, 'id' | 'family' | 'name' | 'method' | 'severity'> {
  return { id, family: 'performance', name, method, severity };
}

function simple(id: string, name: string, status: Status, severity: Severity, message: string, details?: Record<string, unknown>): TestResult {
  const r: TestResult = { ...base(id, name, 'none', severity), status, value: null, threshold: null, message };
  if (details) r.details = details;
  return r;
}

/** Indices of the rows where `keep` holds, as a compact typed array. */
function selectRows(n: number, keep: (i: number) => boolean): Int32Array {
  const idx = new Int32Array(n);
  let m = 0;
  for (let i = 0; i < n; i++) if (keep(i)) idx[m++] = i;
  return m === n ? idx : idx.slice(0, m);
}

/**
 * `src` on `rows`; `src` itself when `rows` selects every row in order (rows.length === src.length,
 * as selectRows gives), so that complete files need no copies. Callers only read the result.
 */
function onSelected<T extends Int32Array | Float64Array>(src: T, rows: Int32Array, gather: (src: T, rows: Int32Array) => T): T {
  return rows.length === src.length ? src : gather(src, rows);
}

function interval(ps: PerformanceSettings): { replicates: number; seed: number; confidence: number } {
  return { replicates: ps.bootstrap, seed: ps.seed, confidence: ps.confidence };
}

function confidenceText(ps: PerformanceSettings): string {
  return `${fmt(ps.confidence * 100)}%`;
}

/**
 * `performance.labelled_rows`: whether there are enough labelled rows to decide anything. Fewer
 * than `min_labelled_rows`, or a smaller share of the current rows than `min_labelled_share`, is the
 * family's severity; with both limits 0 the count is information only. No rows never suffice.
 */
export function labelledRows(ps: PerformanceSettings, current: { rowCount: number; source: string }, n: number, labelled: number, lostText: string): { result: TestResult; enough: boolean } {
  const M = current.rowCount;
  const share = M > 0 ? n / M : 0;
  const minRows = ps.min_labelled_rows;
  const minShare = ps.min_labelled_share;
  const bounded = minRows > 0 || minShare > 0;
  const rowsOk = n >= minRows;
  const shareOk = share >= minShare;
  const enough = n > 0 && rowsOk && shareOk;
  const limits = [minRows > 0 ? `≥ ${plural(minRows, 'row')}` : '', minShare > 0 ? `≥ ${pct(minShare)} of rows` : ''].filter(Boolean).join(' and ');
  const short = [
    rowsOk ? '' : `fewer than tests.performance.min_labelled_rows = ${fmt(minRows)}`,
    shareOk ? '' : `${pct(share)} of the rows, below tests.performance.min_labelled_share = ${pct(minShare)}`,
  ].filter(Boolean);
  const what = `${plural(n, 'labelled row')} of ${plural(M, 'row')} of ${current.source} usable for the metrics${lostText}`;
  const message = !bounded
    ? `${what}; no minimum configured (tests.performance.min_labelled_rows, min_labelled_share)`
    : enough
      ? `${what}: enough to decide (${limits})`
      : n === 0
        ? `${what}: no metric can be decided`
        : `${what}: ${short.join(', and ')}; no metric is decided on so few labelled rows`;
  return {
    enough,
    result: {
      ...base('performance.labelled_rows', 'Labelled rows', 'min_labelled_rows', ps.severity),
      status: !bounded ? 'info' : enough ? 'pass' : ps.severity,
      value: n,
      threshold: bounded ? makeThreshold('value', 'below', minRows, null, limits) : null,
      message,
      details: { n, labelled, rows: M, share, min_labelled_rows: minRows, min_labelled_share: minShare },
    },
  };
}

/** Rows and per-metric outcomes for a classification task. */
function classification(ctx: CheckContext, o: ClassificationOutputs, out: TestResult[]): Run {
  const ps = ctx.config.tests.performance;
  const cur = ctx.current;
  const M = cur.rowCount;
  const k = o.classes.length;
  const target = o.target as Int32Array;
  const cand = o.candidate as NonNullable<ClassificationOutputs['candidate']>;
  const bl = o.baseline;
  let labelled = 0;
  for (let i = 0; i < target.length; i++) if (target[i] >= 0) labelled++;
  const rows = selectRows(M, (i) => target[i] >= 0 && cand.predicted[i] >= 0 && (!bl || bl.predicted[i] >= 0));
  const n = rows.length;
  const lost = labelled - n;
  // Rows with a label outside the known classes are left out like missing ones, and said so.
  const lostText = leftOutText(o, lost, bl !== null);
  const rowsText = onRows(n, M) + lostText;
  const evidence = labelledRows(ps, cur, n, labelled, lostText);
  out.push(evidence.result);
  if (labelled === 0) return { kind: 'short', why: `no labelled rows in ${cur.source} (${plural(M, 'row')}, none with a target value${o.unexpected.target > 0 ? ' that is a known class' : ''})` };
  if (n === 0) return { kind: 'short', why: `none of the ${plural(labelled, 'labelled row')} of ${cur.source} has ${bl ? 'both predictions' : 'a candidate prediction'}` };
  const actual = onSelected(target, rows, gatherI32);
  const pc = onSelected(cand.predicted, rows, gatherI32);
  const pb = bl ? onSelected(bl.predicted, rows, gatherI32) : null;
  const cmC = confusionMatrix(actual, pc, k);
  const cmB = pb ? confusionMatrix(actual, pb, k) : null;
  const mC = metricsFromConfusion(cmC, k, o.positive);
  const mB = cmB ? metricsFromConfusion(cmB, k, o.positive) : null;
  const toRows = (cm: Float64Array): number[][] => Array.from({ length: k }, (_, a) => Array.from(cm.subarray(a * k, a * k + k)));
  out.push({
    ...base('performance.confusion_matrix', 'Confusion matrix', 'confusion_matrix', ps.severity),
    status: 'info',
    value: null,
    threshold: null,
    message: `confusion matrices (rows actual, columns predicted) ${rowsText}; ${o.positiveNote}`,
    details: { classes: o.classes, positive: o.positive === null ? null : o.classes[o.positive], candidate: toRows(cmC), baseline: cmB ? toRows(cmB) : null, n },
  });
  if (!evidence.enough) return { kind: 'short', why: evidence.result.message };

  let boot: ReturnType<typeof pairedClassificationBootstrap> | null | undefined;
  const bootstrap = (): ReturnType<typeof pairedClassificationBootstrap> | null => {
    if (boot === undefined) boot = pb && ps.bootstrap > 0 ? pairedClassificationBootstrap(actual, pb, pc, k, o.positive, interval(ps)) : null;
    return boot;
  };

  // Score rows: the label rows where every score array used is present.
  const scored = cand.scores !== null;
  const bothScored = scored && bl !== null && bl.scores !== null;
  let scoreRows: ScoreRows | undefined;
  const scoreData = (): ScoreRows => {
    if (scoreRows !== undefined) return scoreRows;
    const sc = cand.scores as Float64Array[];
    const sb = bothScored ? (bl?.scores as Float64Array[]) : null;
    const ok = new Uint8Array(n).fill(1);
    let missing = 0;
    const everyRow = n === M; // rows[j] === j: read the columns straight
    for (const col of sb ? [...sc, ...sb] : sc) {
      for (let j = 0; j < n; j++) {
        const s = col[everyRow ? j : rows[j]];
        if (s !== s && ok[j] === 1) {
          ok[j] = 0;
          missing++;
        }
      }
    }
    const idx = missing === 0 ? rows : gatherI32(rows, selectRows(n, (j) => ok[j] === 1));
    scoreRows = {
      actual: onSelected(target, idx, gatherI32),
      c: sc.map((col) => onSelected(col, idx, gatherF64)),
      b: sb ? sb.map((col) => onSelected(col, idx, gatherF64)) : null,
      n: idx.length,
    };
    return scoreRows;
  };
  // Per score row, 1 when its label is the positive class: binary ROC AUC and the trade-off's
  // matched operating point read the same array.
  let positives: Uint8Array | undefined;
  const isPositive = (): Uint8Array => {
    if (positives === undefined) {
      const d = scoreData();
      const positive = o.positive as number;
      positives = new Uint8Array(d.n);
      // A plain loop: Uint8Array.from with a mapping callback costs ~70 ms on a million rows.
      for (let i = 0; i < d.n; i++) positives[i] = d.actual[i] === positive ? 1 : 0;
    }
    return positives;
  };

  const outcomes = new Map<MetricName, Outcome>();
  const labelMetric = (metric: keyof ClassificationMetrics & MetricName): Outcome => {
    if (METRICS[metric].binaryOnly && o.positive === null) {
      return { ok: false, message: `${METRICS[metric].label} needs two classes and a positive class: ${o.positiveNote}` };
    }
    const c = mC[metric] as number;
    const b = mB ? (mB[metric] as number) : null;
    let se: number | null = null;
    let how = ps.bootstrap > 0 ? 'no baseline' : 'bootstrap: 0, point estimate';
    const bs = needsChange(ps, metric) ? bootstrap() : null;
    if (bs) {
      const bi = bs[metric as keyof typeof bs];
      se = bi ? bi.se : NaN;
      how = `paired bootstrap standard error, ${ps.bootstrap} replicates`;
    }
    return { ok: true, m: { candidate: c, baseline: b, n, se, interval: how, rows: rowsText } };
  };
  for (const metric of ['accuracy', 'precision', 'recall', 'f1', 'macro_precision', 'macro_recall', 'macro_f1'] as const) {
    outcomes.set(metric, labelMetric(metric));
  }

  const scoreMetric = (metric: 'roc_auc' | 'log_loss'): Outcome => {
    if (!scored) return { ok: false, message: `${METRICS[metric].label} needs candidate scores: ${cand.scoreNote ?? 'none configured'}` };
    const d = scoreData();
    if (d.n === 0) return { ok: false, message: `no labelled row of ${cur.source} has every score present` };
    const sRowsText = onRows(d.n, M) + (d.n < n ? ` (${plural(n - d.n, 'labelled row')} with a missing score left out)` : '') + lostText;
    const noBaseline = bl ? `the baseline has no usable scores: ${bl.scoreNote ?? 'none configured'}` : 'no baseline';
    if (metric === 'roc_auc') {
      if (k === 2 && o.positive !== null) {
        const isPos = isPositive();
        const undefinedAuc: Outcome = { ok: false, message: `ROC AUC is undefined ${sRowsText}: they hold only one class` };
        if (!d.b) {
          const c = rocAuc(isPos, d.c[o.positive]);
          if (Number.isNaN(c)) return undefinedAuc;
          return { ok: true, m: { candidate: c, baseline: null, n: d.n, se: null, interval: noBaseline, rows: sRowsText } };
        }
        // DeLong computes both AUCs on the way; no separate rocAuc pass over a million rows.
        const dl = delongPaired(isPos, d.b[o.positive], d.c[o.positive], ps.confidence);
        if (Number.isNaN(dl.aucB) || Number.isNaN(dl.aucA)) return undefinedAuc;
        const se = ps.bootstrap > 0 ? dl.se : null;
        const how = ps.bootstrap === 0 ? 'bootstrap: 0, point estimate' : `DeLong standard error, two-sided p = ${fmt(dl.pValue)}`;
        return { ok: true, m: { candidate: dl.aucB, baseline: dl.aucA, n: d.n, se, interval: how, rows: sRowsText } };
      }
      if (k < 2) return { ok: false, message: `ROC AUC needs at least two classes; found ${k}` };
      const c = rocAucOvr(d.actual, d.c);
      if (Number.isNaN(c)) return { ok: false, message: `one-vs-rest ROC AUC is undefined ${sRowsText}: a class has no rows` };
      const b = d.b ? rocAucOvr(d.actual, d.b) : null;
      return {
        ok: true,
        m: { candidate: c, baseline: b, n: d.n, se: null, interval: 'multiclass one-vs-rest AUC has no paired interval here: gated on the point estimate', rows: sRowsText },
      };
    }
    if (!d.b || ps.bootstrap === 0) {
      const c = logLossMulticlass(d.actual, d.c);
      if (!d.b) return { ok: true, m: { candidate: c, baseline: null, n: d.n, se: null, interval: noBaseline, rows: sRowsText } };
      return { ok: true, m: { candidate: c, baseline: logLossMulticlass(d.actual, d.b), n: d.n, se: null, interval: 'bootstrap: 0, point estimate', rows: sRowsText } };
    }
    // The standard error needs the per-row differences; the two log losses come out of the same pass.
    const diff = new Float64Array(d.n);
    const { first: c, second: b } = pairedRowLogLoss(d.actual, d.c, d.b, diff);
    const mci = pairedMeanDifferenceCI(diff, ps.confidence);
    return { ok: true, m: { candidate: c, baseline: b, n: d.n, se: mci.se, interval: 'standard error of the per-row log-loss differences', rows: sRowsText } };
  };
  outcomes.set('roc_auc', scoreMetric('roc_auc'));
  outcomes.set('log_loss', scoreMetric('log_loss'));

  let tradeoff: TradeoffData | null = null;
  if (mB) {
    const binary = o.positive !== null;
    const pr = (m: ClassificationMetrics): PrecisionRecall =>
      binary ? { precision: m.precision as number, recall: m.recall as number } : { precision: m.macro_precision, recall: m.macro_recall };
    const baselinePR = pr(mB);
    tradeoff = {
      average: binary ? 'binary' : 'macro',
      baseline: baselinePR,
      candidate: pr(mC),
      matched: () => {
        if (!binary || !scored) return null;
        return baselinePR.recall > 0 ? precisionAtRecall(isPositive(), scoreData().c[o.positive as number], baselinePR.recall) : null;
      },
    };
  }
  return { kind: 'ok', outcomes, tradeoff };
}

/**
 * Every metric measured on the outputs' rows, as the family measures them (the slices check passes
 * one slice's outputs and a context whose settings carry the slice's bounds); the labelled-rows and
 * confusion-matrix results go to `out`.
 */
export function measureOutcomes(ctx: CheckContext, o: ClassificationOutputs | RegressionOutputs, out: TestResult[]): Run {
  return o.task === 'classification' ? classification(ctx, o, out) : regression(ctx, o, out);
}

function regression(ctx: CheckContext, o: RegressionOutputs, out: TestResult[]): Run {
  const ps = ctx.config.tests.performance;
  const cur = ctx.current;
  const M = cur.rowCount;
  const target = o.target as Float64Array;
  const cand = (o.candidate as NonNullable<RegressionOutputs['candidate']>).predicted;
  const bl = o.baseline ? o.baseline.predicted : null;
  let labelled = 0;
  for (let i = 0; i < M; i++) if (!Number.isNaN(target[i])) labelled++;
  const rows = selectRows(M, (i) => !Number.isNaN(target[i]) && !Number.isNaN(cand[i]) && (bl === null || !Number.isNaN(bl[i])));
  const n = rows.length;
  const lost = labelled - n;
  const lostText = lost > 0 ? ` (${plural(lost, 'labelled row')} without ${bl ? 'both predictions' : 'a prediction'} left out)` : '';
  const evidence = labelledRows(ps, cur, n, labelled, lostText);
  out.push(evidence.result);
  if (labelled === 0) return { kind: 'short', why: `no labelled rows in ${cur.source} (${plural(M, 'row')}, none with a target value)` };
  if (n === 0) return { kind: 'short', why: `none of the ${plural(labelled, 'labelled row')} of ${cur.source} has ${bl ? 'both predictions' : 'a candidate prediction'}` };
  if (!evidence.enough) return { kind: 'short', why: evidence.result.message };
  const rowsText = onRows(n, M) + lostText;
  const y = onSelected(target, rows, gatherF64);
  const pc = onSelected(cand, rows, gatherF64);
  const pb = bl ? onSelected(bl, rows, gatherF64) : null;
  const mC: RegressionMetrics = regressionMetrics(y, pc);
  const mB: RegressionMetrics | null = pb ? regressionMetrics(y, pb) : null;
  let boot: ReturnType<typeof pairedRegressionBootstrap> | undefined;
  const outcomes = new Map<MetricName, Outcome>();
  for (const metric of ['mae', 'rmse', 'mape', 'r2'] as const) {
    let se: number | null = null;
    let how = pb === null ? 'no baseline' : 'bootstrap: 0, point estimate';
    if (pb && ps.bootstrap > 0 && needsChange(ps, metric)) {
      if (boot === undefined) boot = pairedRegressionBootstrap(y, pb, pc, interval(ps));
      se = boot[metric].se;
      how = `paired bootstrap standard error, ${ps.bootstrap} replicates`;
    }
    outcomes.set(metric, { ok: true, m: { candidate: mC[metric], baseline: mB ? mB[metric] : null, n, se, interval: how, rows: rowsText } });
  }
  return { kind: 'ok', outcomes, tradeoff: null };
}

/** Whether a metric's bounds gate its value (`min`, `max`). */
export function hasValueBound(b: MetricBounds): boolean {
  return b.min !== null || b.max !== null;
}

/** Whether a metric's bounds gate its change against the baseline. */
export function hasChangeBound(b: MetricBounds): boolean {
  return b.max_degradation !== null || b.max_relative_degradation !== null;
}

function needsChange(ps: PerformanceSettings, metric: MetricName): boolean {
  const b = ps.metrics[metric];
  return !!b && b.enabled && hasChangeBound(b);
}

export function valueTest(metric: MetricName, b: MetricBounds, m: Measured): TestResult {
  const info = METRICS[metric];
  const c = m.candidate;
  // An `auto` bound is learned from the reference's chunks and judged per chunk (src/checks/chunks.ts).
  const min = b.min === 'auto' ? null : b.min;
  const max = b.max === 'auto' ? null : b.max;
  if (min === null && max === null) {
    return {
      ...base(`performance.${metric}.value`, info.label, metric, b.severity),
      status: 'info',
      value: c,
      threshold: null,
      message: `${info.label} ${fmt(c)} ${m.rows}; its bounds are learned (auto) and judged per chunk in performance.chunks.${metric}`,
      details: { candidate: c, baseline: m.baseline, n: m.n },
    };
  }
  const lowOk = min === null || c >= min;
  const highOk = max === null || c <= max;
  const status: Status = lowOk && highOk ? 'pass' : b.severity;
  let threshold: Threshold;
  if (min !== null && max !== null) {
    const violated = !lowOk ? 'below' : 'above';
    threshold = makeThreshold('value', violated, violated === 'below' ? min : max, null, `${fmt(min)} ≤ value ≤ ${fmt(max)}`);
  } else if (min !== null) {
    threshold = makeThreshold('value', 'below', min, null, `≥ ${fmt(min)}`);
  } else {
    threshold = makeThreshold('value', 'above', max as number, null, `≤ ${fmt(max as number)}`);
  }
  const bound = !lowOk ? `below the minimum ${fmt(min as number)}` : !highOk ? `above the maximum ${fmt(max as number)}` : 'within bounds';
  return {
    ...base(`performance.${metric}.value`, info.label, metric, b.severity),
    status,
    value: c,
    threshold,
    message: `${info.label} ${fmt(c)} ${bound} ${m.rows}`,
    details: { candidate: c, baseline: m.baseline, n: m.n },
  };
}

/** The allowance of a change test and how to say it. */
export function allowance(b: MetricBounds, baseline: number): { allowed: number; text: string } {
  const limits: number[] = [];
  if (b.max_degradation !== null) limits.push(b.max_degradation);
  if (b.max_relative_degradation !== null) limits.push(b.max_relative_degradation * Math.abs(baseline));
  const allowed = Math.min(...limits);
  const text =
    b.max_degradation !== null && b.max_relative_degradation !== null
      ? `min(${fmt(b.max_degradation)}, ${fmt(b.max_relative_degradation * 100)}% of |baseline|) = ${fmt(allowed)}`
      : b.max_degradation !== null
        ? fmt(allowed)
        : `${fmt((b.max_relative_degradation as number) * 100)}% of |baseline| = ${fmt(allowed)}`;
  return { allowed, text };
}

/** Whether a change test has an interval to decide on (a finite, positive standard error). */
export function spread(m: Measured): boolean {
  return m.se !== null && m.se > 0 && Number.isFinite(m.se);
}

/** Worsening of a change: positive when the candidate is worse. */
export function worseningOf(metric: MetricName, m: Measured): number {
  const delta = m.candidate - (m.baseline as number);
  return METRICS[metric].higherIsBetter ? -delta : delta;
}

/**
 * What a change test is about when it is not one of the family's metrics (a class's recall, a
 * fairness gap): its id, title, method, label in messages and direction.
 */
export interface ChangeSubject {
  id: string;
  name: string;
  method: string;
  label: string;
  higherIsBetter: boolean;
  /** The adjustment the p-values went through, as messages name it (default "Holm"). */
  correction?: string;
}

/**
 * One change test's result. `p` holds the Holm-adjusted one-sided p-values when the change has an
 * interval (`family` = how many change tests they were adjusted over). `subject`, when given, is what
 * the test is about instead of `metric` (src/checks/per-class.ts, src/checks/fairness.ts).
 */
export function changeTest(metric: MetricName, b: MetricBounds, m: Measured, ps: PerformanceSettings, p: ChangeP | null, family: number, subject?: ChangeSubject): TestResult {
  const info = subject ?? METRICS[metric];
  const hib = info.higherIsBetter;
  const bl = m.baseline as number;
  const c = m.candidate;
  const delta = c - bl;
  const worsening = hib ? -delta : delta;
  const { allowed, text: allowedText } = allowance(b, bl);
  const mode = b.inconclusive ?? ps.inconclusive;
  const relative = bl === 0 ? (delta === 0 ? 0 : delta > 0 ? Infinity : -Infinity) : delta / Math.abs(bl);
  const threshold = makeThreshold('value', hib ? 'below' : 'above', hib ? -allowed : allowed, null, hib ? `Δ ≥ −${allowedText}` : `Δ ≤ +${allowedText}`);
  const head = `${info.label} ${fmt(c)} vs baseline ${fmt(bl)} (Δ ${signed(delta)}`;
  const details: Record<string, unknown> = {
    baseline: bl,
    candidate: c,
    delta,
    relative_delta: relative,
    ci: null,
    se: m.se,
    allowed,
    n: m.n,
    interval: m.interval,
    confidence: ps.confidence,
    inconclusive_status: mode,
  };
  const r = { ...base(subject?.id ?? `performance.${metric}.change`, subject?.name ?? `${info.label} vs baseline`, subject?.method ?? metric, b.severity), value: delta, threshold, details };
  if (Number.isNaN(c) || Number.isNaN(bl)) {
    return { ...r, status: 'error', message: `${info.label} is undefined for ${Number.isNaN(c) ? 'the candidate' : 'the baseline'} ${m.rows}` };
  }
  if (m.se === null) {
    const ok = worsening <= allowed;
    return {
      ...r,
      status: ok ? 'pass' : b.severity,
      message: `${head}): ${ok ? 'within' : 'worse than'} the allowed worsening ${fmt(allowed)} ${m.rows}; ${m.interval}`,
    };
  }
  if (!spread(m) || p === null) {
    // Every replicate gave the same difference (one row, or no row where the models differ): the
    // data say nothing about how much the difference varies, so nothing is decided on it.
    details.inconclusive = true;
    return {
      ...r,
      status: mode,
      message: `inconclusive: ${head}): the interval has no spread (${m.interval}) ${m.rows}, so the change cannot be decided; more labelled rows would decide`,
    };
  }
  const se = m.se;
  const z = normalQuantile(1 - (1 - ps.confidence) / 2, 0, 1);
  const ci = { lo: delta - z * se, hi: delta + z * se };
  details.ci = ci;
  details.p_values = { worse: p.worse, beyond: p.beyond, within: p.within, adjusted: `${subject?.correction ?? 'Holm'} over ${plural(family, 'change test')}` };
  const alpha = (1 - ps.confidence) / 2;
  const upTo = hib ? -ci.lo : ci.hi;
  const ciText = `${confidenceText(ps)} CI [${signed(ci.lo)}, ${signed(ci.hi)}]`;
  const holm = (x: number): string => `${subject?.correction ?? 'Holm'}-adjusted p = ${fmt(x)} over ${plural(family, 'change test')}`;
  if (p.beyond < alpha) {
    return { ...r, status: b.severity, message: `${head}, ${ciText}): worse by more than the allowed ${fmt(allowed)} (${holm(p.beyond)}) ${m.rows}` };
  }
  if (p.within < alpha) {
    return { ...r, status: 'pass', message: `${head}, ${ciText}): within the allowed worsening ${fmt(allowed)} (${holm(p.within)}) ${m.rows}` };
  }
  if (mode === 'fail') {
    details.inconclusive = true;
    return {
      ...r,
      status: 'fail',
      message: `inconclusive: ${head}, ${ciText}): not shown to be within the allowed worsening ${fmt(allowed)} ${m.rows}, and inconclusive is fail; more labelled rows would decide`,
    };
  }
  if (p.worse < alpha) {
    details.inconclusive = true;
    return {
      ...r,
      status: 'warn',
      message: `inconclusive: ${head}, ${ciText}): credibly worse than the baseline (${holm(p.worse)}) but not credibly by more than the allowed ${fmt(allowed)} ${m.rows}; more labelled rows would decide`,
    };
  }
  return {
    ...r,
    status: 'pass',
    message: `${head}, ${ciText}): not credibly worse than the baseline (${holm(p.worse)}) ${m.rows}; the interval could not rule out a worsening of up to ${fmt(Math.max(upTo, 0))}, more labelled rows would narrow it`,
  };
}

/**
 * Evidence that the candidate ranks and scores better overall: each threshold-free metric (binary
 * ROC AUC, log loss) whose interval lies wholly on the better side. Empty when either is credibly
 * worse, or neither has an interval.
 */
export function thresholdFreeGains(outcomes: Map<MetricName, Outcome>, ps: PerformanceSettings): string[] {
  const z = normalQuantile(1 - (1 - ps.confidence) / 2, 0, 1);
  const gains: string[] = [];
  for (const metric of ['roc_auc', 'log_loss'] as const) {
    const o = outcomes.get(metric);
    if (!o || !o.ok || o.m.baseline === null || !spread(o.m)) continue;
    const w = worseningOf(metric, o.m);
    const se = o.m.se as number;
    if (w - z * se > 0) return [];
    if (w + z * se < 0) {
      const delta = o.m.candidate - o.m.baseline;
      gains.push(`${METRICS[metric].label} ${fmt(o.m.baseline)} → ${fmt(o.m.candidate)} (Δ ${signed(delta)}, ${confidenceText(ps)} CI [${signed(delta - z * se)}, ${signed(delta + z * se)}])`);
    }
  }
  return gains;
}

/**
 * A default change test of a metric at the cut-off that did not pass, turned into the trade-off
 * warning: the candidate is better where the cut-off plays no part, so the loss here is where it
 * sits on its precision–recall curve, which the numbers in the message and `details.tradeoff` show.
 */
export function asTradeoff(r: TestResult, metric: MetricName, gains: string[], t: TradeoffData): TestResult {
  const matched = t.matched();
  const avg = t.average === 'binary' ? '' : 'macro ';
  const pr = (x: PrecisionRecall): string => `${avg}precision ${fmt(x.precision)}, ${avg}recall ${fmt(x.recall)}`;
  const matchedText = matched
    ? `; at the baseline's recall ${fmt(t.baseline.recall)} the candidate's scores give precision ${fmt(matched.precision)} (recall ${fmt(matched.recall)}, cut-off ${fmt(matched.threshold)})`
    : '';
  const details: Record<string, unknown> = {
    ...r.details,
    tradeoff: {
      average: t.average,
      baseline: t.baseline,
      candidate: t.candidate,
      candidate_at_baseline_recall: matched,
      gains,
      decision_without_tradeoff: r.status,
    },
  };
  return {
    ...r,
    status: 'warn',
    details,
    message:
      `trade-off at the cut-off: ${r.message}; but the candidate is credibly better on ${gains.join(' and ')}, so this is where its cut-off sits, not a worse model. ` +
      `At the cut-off: baseline ${pr(t.baseline)}; candidate ${pr(t.candidate)}${matchedText}. ` +
      `Configure tests.performance.metrics.${metric} to gate it as written`,
  };
}

function identical(o: ClassificationOutputs | RegressionOutputs): boolean {
  if (!o.baseline || !o.candidate) return false;
  const a = o.baseline.predicted;
  const b = o.candidate.predicted;
  if (a === b) return true;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x !== y && !(Number.isNaN(x) && Number.isNaN(y))) return false;
  }
  return true;
}

/** The enabled metrics of `task` with a bound to check (all tasks when null). */
function activeMetrics(ps: PerformanceSettings, task: 'classification' | 'regression' | null): MetricName[] {
  return (Object.keys(ps.metrics) as MetricName[]).filter((m) => {
    const b = ps.metrics[m];
    if (!b || !b.enabled || (task !== null && METRICS[m].task !== task)) return false;
    return hasValueBound(b) || hasChangeBound(b);
  });
}

function explicitMetric(cfg: GateConfig, metric: MetricName): boolean {
  return isExplicit(cfg, `tests.performance.metrics.${metric}`);
}

/**
 * The family cannot run (no task, target or candidate): a skip, unless the user configured a metric,
 * which must then be an error saying why.
 */
export function cannotRun(cfg: GateConfig, why: string): TestResult[] {
  const ps = cfg.tests.performance;
  const asked = activeMetrics(ps, null).filter((m) => explicitMetric(cfg, m));
  if (asked.length === 0) return [simple('performance.metrics', 'Performance', 'skip', ps.severity, `${why}; performance tests skipped`)];
  return [
    simple(
      'performance.metrics',
      'Performance',
      'error',
      ps.severity,
      `${why}, but the config asks for ${asked.map((m) => METRICS[m].label).join(', ')} (tests.performance.metrics): they cannot run`,
    ),
  ];
}

/** No metric is decided (too few or no labelled rows): configured metrics error, defaults skip. */
export function undecided(cfg: GateConfig, task: 'classification' | 'regression', why: string): TestResult[] {
  const ps = cfg.tests.performance;
  const out: TestResult[] = [];
  const defaults: string[] = [];
  for (const m of activeMetrics(ps, task)) {
    const b = ps.metrics[m] as MetricBounds;
    if (explicitMetric(cfg, m)) {
      out.push(simple(`performance.${m}`, METRICS[m].label, 'error', b.severity, `${METRICS[m].label} (configured in tests.performance.metrics.${m}) not decided: ${why}`));
    } else defaults.push(METRICS[m].label);
  }
  if (defaults.length > 0) {
    out.push(simple('performance.metrics', 'Performance', 'skip', ps.severity, `default metrics not decided (${defaults.join(', ')}): ${why}`));
  }
  return out;
}

export const performanceChecks: Check = (ctx) => {
  const ps = ctx.config.tests.performance;
  if (!ps.enabled) return [];
  if (ctx.task === null) return cannotRun(ctx.config, 'no task: set task in the config, or name a target column to infer it from');
  const res = resolveOutputs(ctx);
  if (!res.ok) return [simple('performance.metrics', 'Performance', 'error', ps.severity, res.message)];
  const o = res.outputs;
  if (!o.target) return cannotRun(ctx.config, `${o.targetNote}: performance needs a target`);
  if (!o.candidate) return cannotRun(ctx.config, `${o.candidateNote}: performance needs the candidate's predictions`);
  const out: TestResult[] = [];
  if (identical(o)) {
    out.push(
      simple(
        'performance.identical_predictions',
        'Identical predictions',
        'warn',
        ps.severity,
        `the candidate's predictions (${o.candidate.source}) equal the baseline's (${(o.baseline as { source: string }).source}) on every row of ${ctx.current.source}: every comparison with the baseline is vacuous; check that the candidate column really holds the new model's output`,
      ),
    );
  }
  const run = o.task === 'classification' ? classification(ctx, o, out) : regression(ctx, o, out);
  if (run.kind === 'short') return [...out, ...undecided(ctx.config, o.task, run.why)];
  metricResults(ctx.config, run, o.baselineNote, ctx.current.source, out);
  return out;
};

/**
 * The value and change tests of each configured metric from its measured outcome, appended to
 * `out`: the same decisions whether the outcomes come from rows (here) or from aggregates computed
 * in a SQL engine (src/pushdown/performance.ts).
 */
export function metricResults(
  cfg: GateConfig,
  run: { outcomes: Map<MetricName, Outcome>; tradeoff: TradeoffData | null },
  baselineNote: string | null,
  currentSource: string,
  out: TestResult[],
): void {
  const ps = cfg.tests.performance;
  const { outcomes, tradeoff } = run;
  let computed = 0;
  // Change tests wait for the Holm adjustment over all of them; their places in `out` are kept.
  const pending: { at: number; metric: MetricName; b: MetricBounds; m: Measured }[] = [];
  for (const [metric, outcome] of outcomes) {
    const b = ps.metrics[metric];
    if (!b || !b.enabled) continue;
    const hasValue = hasValueBound(b);
    const hasChange = hasChangeBound(b);
    if (!hasValue && !hasChange) continue;
    const info = METRICS[metric];
    const explicit = explicitMetric(cfg, metric);
    if (!outcome.ok) {
      out.push(
        explicit
          ? simple(`performance.${metric}`, info.label, 'error', b.severity, `${outcome.message}; but tests.performance.metrics.${metric} is configured, so it must run`)
          : simple(`performance.${metric}`, info.label, 'skip', b.severity, outcome.message),
      );
      continue;
    }
    computed++;
    const m = outcome.m;
    if (hasValue) {
      out.push(
        Number.isNaN(m.candidate)
          ? simple(`performance.${metric}.value`, info.label, 'error', b.severity, `${info.label} is undefined for the candidate ${m.rows}`)
          : valueTest(metric, b, m),
      );
    }
    if (hasChange) {
      if (m.baseline === null) {
        const why = baselineNote ?? m.interval;
        const text = `no baseline to compare ${info.label} ${fmt(m.candidate)} with: ${why}`;
        out.push(
          simple(`performance.${metric}.change`, `${info.label} vs baseline`, explicit ? 'error' : 'skip', b.severity, explicit ? `${text}; but tests.performance.metrics.${metric} asks for a change bound` : text, {
            candidate: m.candidate,
            n: m.n,
          }),
        );
      } else {
        pending.push({ at: out.length, metric, b, m });
        out.push(simple(`performance.${metric}.change`, `${info.label} vs baseline`, 'error', b.severity, 'not decided'));
      }
    }
  }
  const tested = pending.filter((x) => spread(x.m) && !Number.isNaN(x.m.candidate) && !Number.isNaN(x.m.baseline as number));
  const pValues = holmChangePValues(tested.map((x) => ({ worsening: worseningOf(x.metric, x.m), se: x.m.se as number, allowed: allowance(x.b, x.m.baseline as number).allowed })));
  const gains = tradeoff ? thresholdFreeGains(outcomes, ps) : [];
  for (const x of pending) {
    const i = tested.indexOf(x);
    let r = changeTest(x.metric, x.b, x.m, ps, i >= 0 ? pValues[i] : null, tested.length);
    if (tradeoff && gains.length > 0 && AT_CUTOFF.has(x.metric) && !explicitMetric(cfg, x.metric) && (r.status === 'fail' || r.status === 'warn')) {
      r = asTradeoff(r, x.metric, gains, tradeoff);
    }
    out[x.at] = r;
  }
  if (computed === 0) {
    out.push(simple('performance.metrics', 'Performance', 'error', ps.severity, `no enabled metric could be computed from the columns of ${currentSource} (see the skipped metrics)`));
  }
}
