/**
 * The slices the config names (`slices.columns`): for every value of a column or crossing with at
 * least `min_slice_rows` usable rows (a target and both predictions), every performance change
 * test the family runs overall, measured by the family's own code on the slice's rows (paired
 * bootstrap, DeLong, per-row log-loss differences), with the slice's bounds from
 * `slices.thresholds` in place of the global ones; and the agreement of the two models (the
 * differential test). The change tests of all slices are adjusted together (`slices.correction`,
 * Holm by default: a gate that fails on any slice needs the family-wise error rate, not the false
 * discovery rate).
 */
import type { CheckContext } from '../checks/context.js';
import type { Outputs } from '../checks/outputs.js';
import {
  AT_CUTOFF,
  asTradeoff,
  changeTest,
  hasChangeBound,
  hasValueBound,
  measureOutcomes,
  spread,
  thresholdFreeGains,
  valueTest,
  worseningOf,
  allowance,
  type ChangeSubject,
  type Measured,
  type Run,
} from '../checks/performance.js';
import { fmt, makeThreshold, pct, plural, q } from '../checks/threshold.js';
import { isExplicit } from '../config/load.js';
import { METRICS } from '../config/metrics.js';
import type { Correction, GateConfig, MetricBounds, MetricName, PerformanceSettings, SliceColumn, SliceOverrides } from '../config/types.js';
import type { ColumnKind, Table } from '../data/table.js';
import type { Status, TestResult } from '../results/types.js';
import { holmChangePValues } from '../stats/change-tests.js';
import { formatInt } from '../report/format.js';
import { countGroups, groupRows, GroupingError, indexGroups, rowsOf, type GroupSpec, type Grouping } from './groups.js';
import { sliceOutputs } from './outputs.js';

/** How each adjustment is named in messages ("Holm-adjusted p = …"). */
export const CORRECTION_LABEL: Readonly<Record<Correction, string>> = {
  holm: 'Holm',
  bonferroni: 'Bonferroni',
  fdr_bh: 'Benjamini–Hochberg',
  none: 'Not',
};

/** Most small values named in one message; the rest are counted. */
const LISTED = 10;

export function sliceResult(id: string, name: string, status: Status, message: string, details?: Record<string, unknown>): TestResult {
  const r: TestResult = { id, family: 'performance', name, method: 'slice', status, severity: 'fail', value: null, threshold: null, message };
  if (details) r.details = details;
  return r;
}

/**
 * "region = north", "income < 32,997", "age in [30, 45)", joined by ", " for a crossing. A numeric
 * column's label is a bin, so it reads as a comparison rather than a value.
 */
export function whereText(columns: readonly string[], parts: readonly string[], kinds: readonly ColumnKind[]): string {
  return columns
    .map((c, i) => {
      if (kinds[i] !== 'numeric') return `${c} = ${parts[i]}`;
      return parts[i].startsWith('[') ? `${c} in ${parts[i]}` : `${c} ${parts[i]}`;
    })
    .join(', ');
}

/** The id part of one slice value: "region=north" or "region=north,channel=web". */
export function whereId(columns: readonly string[], parts: readonly string[]): string {
  return columns.map((c, i) => `${c}=${parts[i]}`).join(',');
}

function specOf(slice: SliceColumn): GroupSpec {
  const one = (b: SliceColumn['binnings'][number]): { column: string; bins?: readonly number[]; quantiles?: number } => ({
    column: b.column,
    ...(b.bins !== null ? { bins: b.bins } : {}),
    ...(b.quantiles !== null ? { quantiles: b.quantiles } : {}),
  });
  return slice.binnings.length === 2 ? { crossing: [one(slice.binnings[0]), one(slice.binnings[1])] } : one(slice.binnings[0]);
}

/** The current table as a slice of `rowCount` rows (what the family's messages count). */
function sliceTable(cur: Table, rowCount: number): Table {
  return { source: cur.source, rowCount, names: cur.names, columns: cur.columns, rowLine: (r) => cur.rowLine(r), duplicateRows: 0 };
}

/** The global metric bounds with the slice's overrides on top. */
function slicePerformance(ps: PerformanceSettings, over: SliceOverrides | undefined): PerformanceSettings {
  // The slice's size was judged against min_slice_rows already; the family's own minimum is for the file.
  return { ...ps, min_labelled_rows: 0, min_labelled_share: 0, metrics: { ...ps.metrics, ...(over?.metrics ?? {}) } };
}

interface Pending {
  at: number;
  metric: MetricName;
  b: MetricBounds;
  m: Measured;
  run: Run & { kind: 'ok' };
  subject: ChangeSubject;
  explicit: boolean;
  key: string;
  ps: PerformanceSettings;
}

/** Agreement (classification) or mean |candidate − baseline| (regression) on one slice's outputs. */
function agreementTest(cfg: GateConfig, o: Outputs, over: SliceOverrides | undefined, id: string, where: string): TestResult | null {
  const ds = cfg.tests.differential;
  if (!ds.enabled || !o.baseline || !o.candidate) return null;
  if (o.task === 'classification') {
    const b = o.baseline.predicted;
    const c = o.candidate.predicted;
    let n = 0;
    let agree = 0;
    for (let i = 0; i < b.length; i++) {
      if (b[i] < 0 || c[i] < 0) continue;
      n++;
      if (b[i] === c[i]) agree++;
    }
    if (n === 0) return null;
    const min = over?.min_agreement !== undefined ? over.min_agreement : ds.min_agreement;
    const rate = agree / n;
    const status: Status = min === null ? 'info' : rate < min ? ds.severity : 'pass';
    return {
      id: `slices.agreement.${id}`,
      family: 'performance',
      name: `Agreement with baseline on ${where}`,
      method: 'agreement_rate',
      status,
      severity: ds.severity,
      value: rate,
      threshold: min === null ? null : makeThreshold('value', 'below', min, null, `≥ ${pct(min)}`),
      message: `both models predict the same class on ${pct(rate)} of ${plural(n, 'row')} where ${where}${min === null ? '; no minimum configured (tests.differential.min_agreement)' : ''}`,
      details: { n, agree },
    };
  }
  const b = o.baseline.predicted;
  const c = o.candidate.predicted;
  let n = 0;
  let sum = 0;
  for (let i = 0; i < b.length; i++) {
    const d = Math.abs(c[i] - b[i]);
    if (d !== d) continue;
    n++;
    sum += d;
  }
  if (n === 0) return null;
  const max = over?.max_mean_abs_diff !== undefined ? over.max_mean_abs_diff : ds.max_mean_abs_diff;
  const mean = sum / n;
  return {
    id: `slices.mean_abs_diff.${id}`,
    family: 'performance',
    name: `Mean |candidate − baseline| on ${where}`,
    method: 'mean_abs_diff',
    status: max === null ? 'info' : mean > max ? ds.severity : 'pass',
    severity: ds.severity,
    value: mean,
    threshold: max === null ? null : makeThreshold('value', 'above', max, null, `≤ ${fmt(max)}`),
    message: `mean |candidate − baseline| ${fmt(mean)} over ${plural(n, 'row')} where ${where}${max === null ? '; no maximum configured (tests.differential.max_mean_abs_diff)' : ''}`,
    details: { n },
  };
}

/** The sizes of a slice's values: an error when none is large enough, else info naming the small ones. */
function sizes(slice: SliceColumn, name: string, grouping: Grouping, counts: Int32Array, minRows: number, source: string): { result: TestResult | null; large: number[] } {
  const large: number[] = [];
  const small: string[] = [];
  for (let g = 0; g < counts.length; g++) {
    if (counts[g] >= minRows) large.push(g);
    else small.push(`${q(grouping.labels[g])} (${formatInt(counts[g])})`);
  }
  const listed = small.slice(0, LISTED).join(', ') + (small.length > LISTED ? `, … and ${small.length - LISTED} more` : '');
  const id = `slices.rows.${slice.key}`;
  if (large.length === 0) {
    return {
      large,
      result: sliceResult(
        id,
        `Slice rows: ${name}`,
        'error',
        `slice ${q(name)} cannot be judged: every value has fewer than slices.min_slice_rows = ${fmt(minRows)} labelled rows with both predictions in ${source}: ${listed || 'no value at all'}`,
        { small: small.length, min_slice_rows: minRows },
      ),
    };
  }
  if (small.length === 0) return { large, result: null };
  return {
    large,
    result: sliceResult(
      id,
      `Slice rows: ${name}`,
      'info',
      `${plural(small.length, 'value')} of slice ${q(name)} with fewer than slices.min_slice_rows = ${fmt(minRows)} labelled rows (both predictions) in ${source}, reported and not judged: ${listed}`,
      { small: small.length, judged: large.length, min_slice_rows: minRows },
    ),
  };
}

/** Results of the named slices, given the resolved outputs and the usable-row mask. */
export function namedSliceResults(ctx: CheckContext, o: Outputs, keep: Uint8Array): TestResult[] {
  const cfg = ctx.config;
  const s = cfg.slices;
  const out: TestResult[] = [];
  const pending: Pending[] = [];
  for (const slice of s.columns) {
    const spec = specOf(slice);
    const name = slice.binnings.map((b) => b.column).join(' × ');
    let grouping: Grouping;
    try {
      const only = slice.binnings.length === 1 ? slice.binnings[0] : null;
      const numeric = only !== null && only.bins === null && ctx.reference.columns.get(only.column)?.kind === 'numeric' && ctx.current.columns.get(only.column)?.kind === 'numeric';
      grouping = groupRows(ctx.reference, ctx.current, spec, numeric ? ctx.sorted('reference', only.column) : undefined);
    } catch (e) {
      if (!(e instanceof GroupingError)) throw e;
      out.push(sliceResult(`slices.${slice.key}`, `Slice: ${name}`, 'error', `slice ${q(name)} (slices.columns): ${e.message}`));
      continue;
    }
    const G = grouping.labels.length;
    const counts = countGroups(grouping.current, G, keep);
    const sized = sizes(slice, name, grouping, counts, s.min_slice_rows, ctx.current.source);
    if (sized.result) out.push(sized.result);
    const over = s.thresholds[slice.key];
    for (const metric of Object.keys(over?.metrics ?? {}) as MetricName[]) {
      if (METRICS[metric].task === o.task) continue;
      out.push(
        sliceResult(
          `slices.${metric}.${slice.key}`,
          `${METRICS[metric].label} vs baseline by ${name}`,
          'error',
          `slices.thresholds.${slice.key}.${metric} is a ${METRICS[metric].task} metric, but the task is ${o.task}: it cannot run`,
        ),
      );
    }
    const ps = slicePerformance(cfg.tests.performance, over);
    const index = indexGroups(grouping.current, G);
    const skips = new Map<MetricName, { values: number; why: string }>();
    for (const g of sized.large) {
      const rows = rowsOf(index, g);
      const so = sliceOutputs(o, rows);
      const where = whereText(grouping.columns, grouping.parts[g], grouping.kinds);
      const id = whereId(grouping.columns, grouping.parts[g]);
      const sctx: CheckContext = { ...ctx, current: sliceTable(ctx.current, rows.length), config: { ...cfg, tests: { ...cfg.tests, performance: ps } } };
      const run = measureOutcomes(sctx, so, []);
      if (run.kind === 'short') {
        out.push(sliceResult(`slices.${id}`, `Slice: ${where}`, 'error', `no metric could be measured where ${where}: ${run.why}`));
        continue;
      }
      for (const [metric, outcome] of run.outcomes) {
        const b = ps.metrics[metric];
        if (!b || !b.enabled || METRICS[metric].task !== o.task) continue;
        const explicit = isExplicit(cfg, `tests.performance.metrics.${metric}`) || over?.metrics[metric] !== undefined;
        const info = METRICS[metric];
        const subject: ChangeSubject = {
          id: `slices.${metric}.${id}`,
          name: `${info.label} vs baseline on ${where}`,
          method: metric,
          label: info.label,
          higherIsBetter: info.higherIsBetter,
          correction: CORRECTION_LABEL[s.correction],
        };
        if (!outcome.ok) {
          if (!hasChangeBound(b) && !hasValueBound(b)) continue;
          if (explicit) out.push(sliceResult(subject.id, subject.name, 'error', `${outcome.message} where ${where}; but ${info.label} is configured, so it must run`));
          else {
            const prev = skips.get(metric);
            skips.set(metric, { values: (prev?.values ?? 0) + 1, why: prev?.why ?? outcome.message });
          }
          continue;
        }
        const m = { ...outcome.m, rows: `${outcome.m.rows} where ${where}` };
        // Value bounds gate a slice only when its own thresholds set them.
        const ob = over?.metrics[metric];
        if (ob && hasValueBound(ob)) {
          const v = valueTest(metric, ob, m);
          out.push({ ...v, id: `slices.${metric}.value.${id}`, name: `${info.label} on ${where}` });
        }
        if (!hasChangeBound(b) || m.baseline === null) continue;
        pending.push({ at: out.length, metric, b, m, run, subject, explicit, key: slice.key, ps });
        out.push(sliceResult(subject.id, subject.name, 'error', 'not decided'));
      }
      const agreement = agreementTest(cfg, so, over, id, where);
      if (agreement) out.push(agreement);
    }
    for (const [metric, { values, why }] of skips) {
      out.push(sliceResult(`slices.${metric}.${slice.key}`, `${METRICS[metric].label} vs baseline by ${name}`, 'skip', `${METRICS[metric].label} not measured on ${plural(values, 'value')} of slice ${q(name)}: ${why}`));
    }
  }
  const tested = pending.filter((x) => spread(x.m) && !Number.isNaN(x.m.candidate) && !Number.isNaN(x.m.baseline as number));
  const p = holmChangePValues(
    tested.map((x) => ({ worsening: worseningOf(x.metric, x.m), se: x.m.se as number, allowed: allowance(x.b, x.m.baseline as number).allowed })),
    s.correction,
  );
  for (const x of pending) {
    const i = tested.indexOf(x);
    let r = changeTest(x.metric, x.b, x.m, x.ps, i >= 0 ? p[i] : null, tested.length, x.subject);
    const gains = x.run.tradeoff ? thresholdFreeGains(x.run.outcomes, x.ps) : [];
    if (x.run.tradeoff && gains.length > 0 && AT_CUTOFF.has(x.metric) && !x.explicit && (r.status === 'fail' || r.status === 'warn')) {
      r = asTradeoff(r, x.metric, gains, x.run.tradeoff);
      r.message = r.message.replace(`tests.performance.metrics.${x.metric}`, `slices.thresholds.${x.key}.${x.metric}`);
    }
    out[x.at] = r;
  }
  return out;
}
