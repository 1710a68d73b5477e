/**
 * Performance tests: the candidate's metrics, and the candidate against the baseline, on the same
 * current rows: those with a target and a prediction from every model compared (shadow logs label
 * only some rows; messages say "on N labelled rows of M"). Score metrics (ROC AUC, log loss) use
 * the rows among those where every score used is present.
 *
 * For each enabled metric of the task that the columns allow (precision, recall and F1 need two
 * classes and a positive class; ROC AUC and log loss need scores):
 * - `performance.<metric>.value` when `min` or `max` is set: the severity when the candidate's value
 *   is below `min` or above `max`.
 * - `performance.<metric>.change` when `max_degradation` or `max_relative_degradation` is set and a
 *   baseline exists. Worsening w = baseline − candidate when higher is better, candidate − baseline
 *   otherwise; allowed = the smaller of `max_degradation` and `max_relative_degradation × |baseline|`
 *   (a zero baseline lets the relative bound allow no worsening). An interval for w at
 *   `confidence` comes from the paired Poisson bootstrap on the same rows (accuracy, precision,
 *   recall, F1, their macro forms, MAE, RMSE, MAPE, R²), DeLong's paired test (binary ROC AUC) or a
 *   normal interval on per-row log-loss differences. pass when its upper end ≤ allowed; the
 *   severity when its lower end > allowed; otherwise `warn`, inconclusive. Without an interval
 *   (`bootstrap: 0`, multiclass ROC AUC, too few rows) the point estimate is gated: w ≤ allowed.
 * - A metric that does not apply is one `performance.<metric>` skip saying why; one that cannot be
 *   computed on these rows (ROC AUC with one class) is an error.
 * - `performance.confusion_matrix` (classification; pass, value null): classes and both matrices.
 * - `performance.identical_predictions`: warn when the candidate's predictions equal the baseline's
 *   on every current row, since every comparison is then vacuous.
 * - No metric computable → `performance.metrics` error.
 */
import type { Check, CheckContext } from './context.js';
import { METRICS } from '../config/metrics.js';
import type { MetricBounds, MetricName, PerformanceSettings } from '../config/types.js';
import type { Severity, Status, TestResult, Threshold } from '../report/model.js';
import { delongPaired, rocAuc, rocAucOvr } from '../stats/auc.js';
import { pairedClassificationBootstrap, pairedMeanDifferenceCI, pairedRegressionBootstrap, type Interval } from '../stats/bootstrap.js';
import { confusionMatrix, metricsFromConfusion, type ClassificationMetrics } from '../stats/classification.js';
import { logLossMulticlass, pairedRowLogLoss } from '../stats/logloss.js';
import { regressionMetrics, type RegressionMetrics } from '../stats/regression.js';
import { onRows, resolveOutputs, type ClassificationOutputs, type RegressionOutputs } from './outputs.js';
import { fmt, makeThreshold, plural, signed } from './threshold.js';

/** One metric on the shared rows: values, interval of candidate − baseline, or why not. */
interface Measured {
  candidate: number;
  baseline: number | null;
  n: number;
  /** Interval of candidate − baseline, when one could be had. */
  ci: Interval | null;
  /** How the interval was made, or why there is none. */
  interval: string;
  rows: string;
}

type Outcome = { ok: true; m: Measured } | { ok: false; status: 'skip' | 'error'; message: string };

function base(id: string, name: string, method: string, severity: Severity): Pick<TestResult, 'id' | 'family' | 'name' | 'method' | 'severity'> {
  return { id, family: 'performance', name, method, severity };
}

function simple(id: string, name: string, status: Status, severity: Severity, message: string, details?: Record<string, unknown>): TestResult {
  const r: TestResult = { ...base(id, name, 'none', severity), status, value: null, threshold: null, message };
  if (details) r.details = details;
  return r;
}

function gatherI32(src: Int32Array, rows: Int32Array): Int32Array {
  const out = new Int32Array(rows.length);
  for (let j = 0; j < rows.length; j++) out[j] = src[rows[j]];
  return out;
}

function gatherF64(src: Float64Array, rows: Int32Array): Float64Array {
  const out = new Float64Array(rows.length);
  for (let j = 0; j < rows.length; j++) out[j] = src[rows[j]];
  return out;
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

/** Rows and per-metric outcomes for a classification task. */
function classification(ctx: CheckContext, o: ClassificationOutputs, out: TestResult[]): Map<MetricName, Outcome> | null {
  const ps = ctx.config.tests.performance;
  const cur = ctx.current;
  const M = cur.rowCount;
  const k = o.classes.length;
  const target = o.target as Int32Array;
  const cand = o.candidate as NonNullable<ClassificationOutputs['candidate']>;
  const bl = o.baseline;
  let labelled = 0;
  for (let i = 0; i < target.length; i++) if (target[i] >= 0) labelled++;
  if (labelled === 0) {
    out.push(simple('performance.metrics', 'Performance', 'skip', ps.severity, `no labelled rows in ${cur.source} (${plural(M, 'row')}, none with a target value)`));
    return null;
  }
  const rows = selectRows(M, (i) => target[i] >= 0 && cand.predicted[i] >= 0 && (!bl || bl.predicted[i] >= 0));
  const n = rows.length;
  const lost = labelled - n;
  const lostText = lost > 0 ? ` (${plural(lost, 'labelled row')} without ${bl ? 'both predictions' : 'a prediction'} left out)` : '';
  const rowsText = onRows(n, M) + lostText;
  if (n === 0) {
    out.push(simple('performance.metrics', 'Performance', 'error', ps.severity, `none of the ${labelled} labelled rows of ${cur.source} has ${bl ? 'both predictions' : 'a candidate prediction'}`));
    return null;
  }
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
    status: 'pass',
    value: null,
    threshold: null,
    message: `confusion matrices (rows actual, columns predicted) ${rowsText}; ${o.positiveNote}`,
    details: { classes: o.classes, positive: o.positive === null ? null : o.classes[o.positive], candidate: toRows(cmC), baseline: cmB ? toRows(cmB) : null, n },
  });

  let boot: ReturnType<typeof pairedClassificationBootstrap> | null | undefined;
  const bootstrap = (): ReturnType<typeof pairedClassificationBootstrap> | null => {
    if (boot === undefined) boot = pb && ps.bootstrap > 0 ? pairedClassificationBootstrap(actual, pb, pc, k, o.positive, interval(ps)) : null;
    return boot;
  };

  // Score rows: the label rows where every score array used is present.
  const scored = cand.scores !== null;
  const bothScored = scored && bl !== null && bl.scores !== null;
  let scoreRows: { actual: Int32Array; c: Float64Array[]; b: Float64Array[] | null; n: number } | null | undefined;
  const scoreData = (): typeof scoreRows => {
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

  const outcomes = new Map<MetricName, Outcome>();
  const labelMetric = (metric: keyof ClassificationMetrics & MetricName): Outcome => {
    if (METRICS[metric].binaryOnly && o.positive === null) {
      return { ok: false, status: 'skip', message: `${METRICS[metric].label} needs two classes and a positive class: ${o.positiveNote}` };
    }
    const c = mC[metric] as number;
    const b = mB ? (mB[metric] as number) : null;
    let ci: Interval | null = null;
    let how = ps.bootstrap > 0 ? 'no baseline' : 'bootstrap: 0, point estimate';
    const bs = needsChange(ps, metric) ? bootstrap() : null;
    if (bs) {
      ci = bs[metric as keyof typeof bs];
      how = ci ? `paired bootstrap, ${ps.bootstrap} replicates` : 'bootstrap undefined, point estimate';
    }
    return { ok: true, m: { candidate: c, baseline: b, n, ci, interval: how, rows: rowsText } };
  };
  for (const metric of ['accuracy', 'precision', 'recall', 'f1', 'macro_precision', 'macro_recall', 'macro_f1'] as const) {
    outcomes.set(metric, labelMetric(metric));
  }

  const scoreMetric = (metric: 'roc_auc' | 'log_loss'): Outcome => {
    if (!scored) return { ok: false, status: 'skip', message: `${METRICS[metric].label} needs candidate scores: ${cand.scoreNote ?? 'none configured'}` };
    const d = scoreData() as NonNullable<typeof scoreRows>;
    if (d.n === 0) return { ok: false, status: 'error', message: `no labelled row of ${cur.source} has every score present` };
    const sRowsText = onRows(d.n, M) + (d.n < n ? ` (${plural(n - d.n, 'labelled row')} with a missing score left out)` : '') + lostText;
    const noBaseline = bl ? `the baseline has no usable scores: ${bl.scoreNote ?? 'none configured'}` : 'no baseline';
    if (metric === 'roc_auc') {
      if (k === 2 && o.positive !== null) {
        // A plain loop: Uint8Array.from with a mapping callback costs ~70 ms on a million rows.
        const isPos = new Uint8Array(d.actual.length);
        const positive = o.positive;
        for (let i = 0; i < isPos.length; i++) isPos[i] = d.actual[i] === positive ? 1 : 0;
        const undefinedAuc: Outcome = { ok: false, status: 'error', message: `ROC AUC is undefined ${sRowsText}: they hold only one class` };
        if (!d.b) {
          const c = rocAuc(isPos, d.c[o.positive]);
          if (Number.isNaN(c)) return undefinedAuc;
          return { ok: true, m: { candidate: c, baseline: null, n: d.n, ci: null, interval: noBaseline, rows: sRowsText } };
        }
        // DeLong computes both AUCs on the way; no separate rocAuc pass over a million rows.
        const dl = delongPaired(isPos, d.b[o.positive], d.c[o.positive], ps.confidence);
        if (Number.isNaN(dl.aucB) || Number.isNaN(dl.aucA)) return undefinedAuc;
        const ci = ps.bootstrap > 0 && Number.isFinite(dl.lo) && Number.isFinite(dl.hi) ? { lo: dl.lo, hi: dl.hi } : null;
        const how = ps.bootstrap === 0 ? 'bootstrap: 0, point estimate' : ci ? `DeLong, p = ${fmt(dl.pValue)}` : 'DeLong variance undefined (too few rows of a class), point estimate';
        return { ok: true, m: { candidate: dl.aucB, baseline: dl.aucA, n: d.n, ci, interval: how, rows: sRowsText } };
      }
      if (k < 2) return { ok: false, status: 'skip', message: `ROC AUC needs at least two classes; found ${k}` };
      const c = rocAucOvr(d.actual, d.c);
      if (Number.isNaN(c)) return { ok: false, status: 'error', message: `one-vs-rest ROC AUC is undefined ${sRowsText}: a class has no rows` };
      const b = d.b ? rocAucOvr(d.actual, d.b) : null;
      return {
        ok: true,
        m: { candidate: c, baseline: b, n: d.n, ci: null, interval: 'multiclass one-vs-rest AUC has no paired interval here: gated on the point estimate', rows: sRowsText },
      };
    }
    if (!d.b || ps.bootstrap === 0) {
      const c = logLossMulticlass(d.actual, d.c);
      if (!d.b) return { ok: true, m: { candidate: c, baseline: null, n: d.n, ci: null, interval: noBaseline, rows: sRowsText } };
      return { ok: true, m: { candidate: c, baseline: logLossMulticlass(d.actual, d.b), n: d.n, ci: null, interval: 'bootstrap: 0, point estimate', rows: sRowsText } };
    }
    // The interval needs the per-row differences; the two log losses come out of the same pass.
    const diff = new Float64Array(d.n);
    const { first: c, second: b } = pairedRowLogLoss(d.actual, d.c, d.b, diff);
    let ci: Interval | null = null;
    let how: string;
    const mci = pairedMeanDifferenceCI(diff, ps.confidence);
    if (Number.isFinite(mci.lo) && Number.isFinite(mci.hi)) {
      ci = { lo: mci.lo, hi: mci.hi };
      how = 'normal interval on per-row log-loss differences';
    } else how = 'too few rows for an interval, point estimate';
    return { ok: true, m: { candidate: c, baseline: b, n: d.n, ci, interval: how, rows: sRowsText } };
  };
  outcomes.set('roc_auc', scoreMetric('roc_auc'));
  outcomes.set('log_loss', scoreMetric('log_loss'));
  return outcomes;
}

function regression(ctx: CheckContext, o: RegressionOutputs, out: TestResult[]): Map<MetricName, Outcome> | null {
  const ps = ctx.config.tests.performance;
  const cur = ctx.current;
  const M = cur.rowCount;
  const target = o.target as Float64Array;
  const cand = (o.candidate as NonNullable<RegressionOutputs['candidate']>).predicted;
  const bl = o.baseline ? o.baseline.predicted : null;
  let labelled = 0;
  for (let i = 0; i < M; i++) if (!Number.isNaN(target[i])) labelled++;
  if (labelled === 0) {
    out.push(simple('performance.metrics', 'Performance', 'skip', ps.severity, `no labelled rows in ${cur.source} (${plural(M, 'row')}, none with a target value)`));
    return null;
  }
  const rows = selectRows(M, (i) => !Number.isNaN(target[i]) && !Number.isNaN(cand[i]) && (bl === null || !Number.isNaN(bl[i])));
  const n = rows.length;
  const lost = labelled - n;
  if (n === 0) {
    out.push(simple('performance.metrics', 'Performance', 'error', ps.severity, `none of the ${labelled} labelled rows of ${cur.source} has ${bl ? 'both predictions' : 'a candidate prediction'}`));
    return null;
  }
  const rowsText = onRows(n, M) + (lost > 0 ? ` (${plural(lost, 'labelled row')} without ${bl ? 'both predictions' : 'a prediction'} left out)` : '');
  const y = onSelected(target, rows, gatherF64);
  const pc = onSelected(cand, rows, gatherF64);
  const pb = bl ? onSelected(bl, rows, gatherF64) : null;
  const mC: RegressionMetrics = regressionMetrics(y, pc);
  const mB: RegressionMetrics | null = pb ? regressionMetrics(y, pb) : null;
  let boot: ReturnType<typeof pairedRegressionBootstrap> | undefined;
  const outcomes = new Map<MetricName, Outcome>();
  for (const metric of ['mae', 'rmse', 'mape', 'r2'] as const) {
    let ci: Interval | null = null;
    let how = pb === null ? 'no baseline' : 'bootstrap: 0, point estimate';
    if (pb && ps.bootstrap > 0 && needsChange(ps, metric)) {
      if (boot === undefined) boot = pairedRegressionBootstrap(y, pb, pc, interval(ps));
      ci = boot[metric];
      how = `paired bootstrap, ${ps.bootstrap} replicates`;
      if (!Number.isFinite(ci.lo) || !Number.isFinite(ci.hi)) {
        ci = null;
        how = 'bootstrap undefined, point estimate';
      }
    }
    outcomes.set(metric, { ok: true, m: { candidate: mC[metric], baseline: mB ? mB[metric] : null, n, ci, interval: how, rows: rowsText } });
  }
  return outcomes;
}

function needsChange(ps: PerformanceSettings, metric: MetricName): boolean {
  const b = ps.metrics[metric];
  return !!b && b.enabled && (b.max_degradation !== null || b.max_relative_degradation !== null);
}

function valueTest(metric: MetricName, b: MetricBounds, m: Measured): TestResult {
  const info = METRICS[metric];
  const c = m.candidate;
  const lowOk = b.min === null || c >= b.min;
  const highOk = b.max === null || c <= b.max;
  const status: Status = lowOk && highOk ? 'pass' : b.severity;
  let threshold: Threshold;
  if (b.min !== null && b.max !== null) {
    const violated = !lowOk ? 'below' : 'above';
    threshold = makeThreshold('value', violated, violated === 'below' ? b.min : b.max, null, `${fmt(b.min)} ≤ value ≤ ${fmt(b.max)}`);
  } else if (b.min !== null) {
    threshold = makeThreshold('value', 'below', b.min, null, `≥ ${fmt(b.min)}`);
  } else {
    threshold = makeThreshold('value', 'above', b.max as number, null, `≤ ${fmt(b.max as number)}`);
  }
  const bound = !lowOk ? `below the minimum ${fmt(b.min as number)}` : !highOk ? `above the maximum ${fmt(b.max as number)}` : 'within bounds';
  return {
    ...base(`performance.${metric}.value`, info.label, metric, b.severity),
    status,
    value: c,
    threshold,
    message: `${info.label} ${fmt(c)} ${bound} ${m.rows}`,
    details: { candidate: c, baseline: m.baseline, n: m.n },
  };
}

function changeTest(metric: MetricName, b: MetricBounds, m: Measured, ps: PerformanceSettings): TestResult {
  const info = METRICS[metric];
  const hib = info.higherIsBetter;
  const bl = m.baseline as number;
  const c = m.candidate;
  const delta = c - bl;
  const worsening = hib ? -delta : delta;
  const limits: number[] = [];
  if (b.max_degradation !== null) limits.push(b.max_degradation);
  if (b.max_relative_degradation !== null) limits.push(b.max_relative_degradation * Math.abs(bl));
  const allowed = Math.min(...limits);
  const relative = bl === 0 ? (delta === 0 ? 0 : delta > 0 ? Infinity : -Infinity) : delta / Math.abs(bl);
  const allowedText =
    b.max_degradation !== null && b.max_relative_degradation !== null
      ? `min(${fmt(b.max_degradation)}, ${fmt(b.max_relative_degradation * 100)}% of |baseline|) = ${fmt(allowed)}`
      : b.max_degradation !== null
        ? fmt(allowed)
        : `${fmt((b.max_relative_degradation as number) * 100)}% of |baseline| = ${fmt(allowed)}`;
  const threshold = makeThreshold('value', hib ? 'below' : 'above', hib ? -allowed : allowed, null, hib ? `Δ ≥ −${allowedText}` : `Δ ≤ +${allowedText}`);
  const head = `${info.label} ${fmt(c)} vs baseline ${fmt(bl)} (Δ ${signed(delta)}`;
  const details: Record<string, unknown> = {
    baseline: bl,
    candidate: c,
    delta,
    relative_delta: relative,
    ci: m.ci ? { lo: m.ci.lo, hi: m.ci.hi } : null,
    allowed,
    n: m.n,
    interval: m.interval,
    confidence: ps.confidence,
  };
  const r = { ...base(`performance.${metric}.change`, `${info.label} vs baseline`, metric, b.severity), value: delta, threshold, details };
  if (Number.isNaN(c) || Number.isNaN(bl)) {
    return { ...r, status: 'error', message: `${info.label} is undefined for ${Number.isNaN(c) ? 'the candidate' : 'the baseline'} ${m.rows}` };
  }
  if (!m.ci) {
    const ok = worsening <= allowed;
    return {
      ...r,
      status: ok ? 'pass' : b.severity,
      message: `${head}): ${ok ? 'within' : 'worse than'} the allowed worsening ${fmt(allowed)} ${m.rows}; ${m.interval}`,
    };
  }
  const wLo = hib ? -m.ci.hi : m.ci.lo;
  const wHi = hib ? -m.ci.lo : m.ci.hi;
  const ciText = `${confidenceText(ps)} CI [${signed(m.ci.lo)}, ${signed(m.ci.hi)}]`;
  if (wHi <= allowed) {
    return { ...r, status: 'pass', message: `${head}, ${ciText}): within the allowed worsening ${fmt(allowed)} ${m.rows}` };
  }
  if (wLo > allowed) {
    return { ...r, status: b.severity, message: `${head}, ${ciText}): worse by more than the allowed ${fmt(allowed)} ${m.rows}` };
  }
  details.inconclusive = true;
  return {
    ...r,
    status: 'warn',
    message: `inconclusive: ${head}, ${ciText}): the interval holds worsenings both within and beyond the allowed ${fmt(allowed)} ${m.rows}; more labelled rows would decide`,
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

export const performanceChecks: Check = (ctx) => {
  const ps = ctx.config.tests.performance;
  if (!ps.enabled) return [];
  if (ctx.task === null) {
    return [simple('performance.metrics', 'Performance', 'skip', ps.severity, 'no task: set task in the config, or name a target column to infer it from; performance tests skipped')];
  }
  const res = resolveOutputs(ctx);
  if (!res.ok) return [simple('performance.metrics', 'Performance', 'error', ps.severity, res.message)];
  const o = res.outputs;
  if (!o.target) return [simple('performance.metrics', 'Performance', 'skip', ps.severity, `${o.targetNote}; performance needs a target`)];
  if (!o.candidate) return [simple('performance.metrics', 'Performance', 'skip', ps.severity, `${o.candidateNote}; performance needs the candidate's predictions`)];
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
  const outcomes = o.task === 'classification' ? classification(ctx, o, out) : regression(ctx, o, out);
  if (!outcomes) return out;
  let computed = 0;
  for (const [metric, outcome] of outcomes) {
    const b = ps.metrics[metric];
    if (!b || !b.enabled) continue;
    const hasValue = b.min !== null || b.max !== null;
    const hasChange = b.max_degradation !== null || b.max_relative_degradation !== null;
    if (!hasValue && !hasChange) continue;
    const info = METRICS[metric];
    if (!outcome.ok) {
      out.push(simple(`performance.${metric}`, info.label, outcome.status, b.severity, outcome.message));
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
        const why = o.baselineNote ?? m.interval;
        out.push(simple(`performance.${metric}.change`, `${info.label} vs baseline`, 'skip', b.severity, `no baseline to compare ${info.label} ${fmt(m.candidate)} with: ${why}`, { candidate: m.candidate, n: m.n }));
      } else {
        out.push(changeTest(metric, b, m, ps));
      }
    }
  }
  if (computed === 0) {
    out.push(simple('performance.metrics', 'Performance', 'error', ps.severity, `no enabled metric could be computed from the columns of ${ctx.current.source} (see the skipped metrics)`));
  }
  return out;
};

