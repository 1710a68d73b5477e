/**
 * Differential tests: the candidate against the baseline on the same current rows (every row where
 * both models gave a prediction; no target needed, so shadow logs are compared in full).
 *
 * Classification, `differential.agreement`: value = share of rows where both predict the same class;
 * the severity when < `min_agreement` (`info`, with no threshold, when it is null: a measurement
 * with no bound claims nothing). Details: `flips`, a
 * baseline-class × candidate-class count matrix (row = baseline), and, on rows with a target,
 * `fixed` (baseline wrong, candidate right) and `broken` (baseline right, candidate wrong).
 * `details.top`: up to `top` disagreeing rows, ranked by the largest absolute difference between the
 * two models' scores over the classes when both have scores, else the first ones in file order.
 *
 * Regression: `differential.mean_abs_diff` = mean |candidate − baseline| (bad when >
 * `max_mean_abs_diff`) and `differential.max_abs_diff` = max |candidate − baseline| (bad when >
 * `max_abs_diff`); `info` with no threshold when a bound is null.
 *
 * Without both models' predictions the family is one `differential.models` skip, or an `error`
 * when the config sets one of its bounds (the user asked for a comparison that cannot run). `details.top` (on max_abs_diff):
 * the `top` rows with the largest |candidate − baseline|.
 *
 * Each top row: { row (0-based), line (file line), id (id column value or null), baseline,
 * candidate, target (null when unlabelled), and diff or score_diff }.
 */
import type { Check, CheckContext } from './context.js';
import { isExplicit } from '../config/load.js';
import type { DifferentialSettings, GateConfig } from '../config/types.js';
import type { Severity, Status, TestResult } from '../report/model.js';
import { meanOf } from '../stats/descriptive.js';
import { resolveOutputs, type ClassificationOutputs, type RegressionOutputs } from './outputs.js';
import { fmt, judge, makeThreshold, pct, plural } from './threshold.js';
import { TopK } from './topk.js';

function simple(id: string, name: string, status: Status, severity: Severity, message: string): TestResult {
  return { id, family: 'differential', name, method: 'none', status, severity, value: null, threshold: null, message };
}

/** The id column's value of a row, for people to find it again. */
function idReader(ctx: CheckContext): (row: number) => string | number | null {
  const name = ctx.config.columns.id;
  const col = name === null ? undefined : ctx.current.columns.get(name);
  if (!col) return () => null;
  if (col.kind === 'numeric') return (row) => (Number.isNaN(col.values[row]) ? null : col.values[row]);
  return (row) => (col.codes[row] < 0 ? null : col.dictionary[col.codes[row]]);
}

function classification(ctx: CheckContext, o: ClassificationOutputs, ds: DifferentialSettings): TestResult[] {
  const b = (o.baseline as NonNullable<ClassificationOutputs['baseline']>).predicted;
  const cand = o.candidate as NonNullable<ClassificationOutputs['candidate']>;
  const c = cand.predicted;
  const bScores = o.baseline?.scores ?? null;
  const cScores = cand.scores;
  const scored = bScores !== null && cScores !== null;
  const k = o.classes.length;
  const target = o.target;
  const flips = new Float64Array(k * k);
  const heap = new TopK(ds.top);
  let n = 0;
  let agree = 0;
  let labelled = 0;
  let fixed = 0;
  let broken = 0;
  for (let i = 0; i < b.length; i++) {
    const pb = b[i];
    const pc = c[i];
    if (pb < 0 || pc < 0) continue;
    n++;
    flips[pb * k + pc]++;
    if (pb === pc) agree++;
    else {
      let key = 0;
      if (scored) {
        for (let j = 0; j < k; j++) {
          // A missing score (NaN) compares false and so never raises the key.
          const d = Math.abs(cScores[j][i] - bScores[j][i]);
          if (d > key) key = d;
        }
      }
      heap.offer(i, key);
    }
    if (target && target[i] >= 0) {
      labelled++;
      const t = target[i];
      if (pb !== t && pc === t) fixed++;
      else if (pb === t && pc !== t) broken++;
    }
  }
  const name = 'Agreement with baseline';
  if (n === 0) return [simple('differential.agreement', name, 'error', ds.severity, `no row of ${ctx.current.source} has predictions from both models`)];
  const rate = agree / n;
  const status = ds.min_agreement === null ? 'info' : judge(rate, 'below', ds.min_agreement, null, ds.severity);
  const idOf = idReader(ctx);
  const top = heap.result().map(({ row, key }) => {
    const entry: Record<string, unknown> = {
      row,
      line: ctx.current.rowLine(row),
      id: idOf(row),
      baseline: o.classes[b[row]],
      candidate: o.classes[c[row]],
      target: target && target[row] >= 0 ? o.classes[target[row]] : null,
    };
    if (scored) entry.score_diff = key === -Infinity ? null : key;
    return entry;
  });
  const skipped = b.length - n;
  const labelText = labelled > 0 ? `; on ${plural(labelled, 'labelled row')} the candidate fixed ${fixed} and broke ${broken}` : '';
  return [
    {
      id: 'differential.agreement',
      family: 'differential',
      name,
      method: 'agreement_rate',
      status,
      severity: ds.severity,
      value: rate,
      threshold: ds.min_agreement === null ? null : makeThreshold('value', 'below', ds.min_agreement, null, `≥ ${pct(ds.min_agreement)}`),
      message:
        `candidate ${cand.source} agrees with baseline ${o.baseline?.source} on ${pct(rate)} of ${plural(n, 'row')} of ${ctx.current.source} (${plural(n - agree, 'flip')})` +
        labelText +
        (skipped > 0 ? ` (${plural(skipped, 'row')} without both predictions left out)` : ''),
      details: {
        unit: 'share',
        n,
        agree,
        disagree: n - agree,
        classes: o.classes,
        flips: Array.from({ length: k }, (_, a) => Array.from(flips.subarray(a * k, a * k + k))),
        labelled,
        fixed,
        broken,
        ranked_by: scored ? 'largest score difference' : 'file order',
        top,
      },
    },
  ];
}

function regression(ctx: CheckContext, o: RegressionOutputs, ds: DifferentialSettings): TestResult[] {
  const b = (o.baseline as NonNullable<RegressionOutputs['baseline']>).predicted;
  const c = (o.candidate as NonNullable<RegressionOutputs['candidate']>).predicted;
  const absDiff = new Float64Array(b.length);
  const heap = new TopK(ds.top);
  let n = 0;
  let max = 0;
  for (let i = 0; i < b.length; i++) {
    const d = Math.abs(c[i] - b[i]);
    if (Number.isNaN(d)) continue;
    absDiff[n++] = d;
    if (d > max) max = d;
    heap.offer(i, d);
  }
  if (n === 0) {
    return [simple('differential.mean_abs_diff', 'Mean |candidate − baseline|', 'error', ds.severity, `no row of ${ctx.current.source} has predictions from both models`)];
  }
  const mean = meanOf(absDiff.subarray(0, n));
  const target = o.target;
  const idOf = idReader(ctx);
  const top = heap.result().map(({ row }) => ({
    row,
    line: ctx.current.rowLine(row),
    id: idOf(row),
    baseline: b[row],
    candidate: c[row],
    target: target && !Number.isNaN(target[row]) ? target[row] : null,
    diff: c[row] - b[row],
  }));
  const rows = `${plural(n, 'row')} of ${ctx.current.source}` + (n < b.length ? ` (${plural(b.length - n, 'row')} without both predictions left out)` : '');
  const gate = (value: number, limit: number | null): { status: Status; threshold: TestResult['threshold'] } => ({
    status: limit === null ? 'info' : judge(value, 'above', limit, null, ds.severity),
    threshold: limit === null ? null : makeThreshold('value', 'above', limit, null, `≤ ${fmt(limit)}`),
  });
  const gm = gate(mean, ds.max_mean_abs_diff);
  const gx = gate(max, ds.max_abs_diff);
  return [
    {
      id: 'differential.mean_abs_diff',
      family: 'differential',
      name: 'Mean |candidate − baseline|',
      method: 'mean_abs_diff',
      status: gm.status,
      severity: ds.severity,
      value: mean,
      threshold: gm.threshold,
      message: `predictions differ by ${fmt(mean)} on average over ${rows}`,
      details: { n },
    },
    {
      id: 'differential.max_abs_diff',
      family: 'differential',
      name: 'Max |candidate − baseline|',
      method: 'max_abs_diff',
      status: gx.status,
      severity: ds.severity,
      value: max,
      threshold: gx.threshold,
      message: `the largest difference is ${fmt(max)}` + (top.length > 0 ? ` at row ${top[0].line}${top[0].id !== null ? ` (id ${String(top[0].id)})` : ''}` : '') + ` over ${rows}`,
      details: { n, top },
    },
  ];
}

/** The bounds of the family the user wrote: with any of them the family must run or be an error. */
const BOUNDS = ['min_agreement', 'max_mean_abs_diff', 'max_abs_diff'] as const;

function askedBounds(cfg: GateConfig): string[] {
  return BOUNDS.filter((k) => isExplicit(cfg, `tests.differential.${k}`) && cfg.tests.differential[k] !== null).map((k) => `tests.differential.${k}`);
}

export const differentialChecks: Check = (ctx) => {
  const ds = ctx.config.tests.differential;
  if (!ds.enabled) return [];
  const id = 'differential.models';
  const name = 'Candidate vs baseline';
  const asked = askedBounds(ctx.config);
  const cannot = (why: string): TestResult[] =>
    asked.length === 0
      ? [simple(id, name, 'skip', ds.severity, why)]
      : [simple(id, name, 'error', ds.severity, `${why}; but the config sets ${asked.join(', ')}, which cannot be checked without them`)];
  if (ctx.task === null) return cannot('no task: set task in the config, or name a target column to infer it from; differential tests skipped');
  const res = resolveOutputs(ctx);
  if (!res.ok) return [simple(id, name, 'error', ds.severity, res.message)];
  const o = res.outputs;
  if (!o.baseline) return cannot(`${o.baselineNote}; differential tests need the baseline's predictions`);
  if (!o.candidate) return cannot(`${o.candidateNote}; differential tests need the candidate's predictions`);
  return o.task === 'classification' ? classification(ctx, o, ds) : regression(ctx, o, ds);
};
