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
 * Classification with a target, `differential.negative_flip_rate` (backward compatibility, Yan et
 * al. 2021): on the N labelled rows where both models predict, NFR = (rows the baseline got right
 * and the candidate gets wrong) / N, with its Wilson interval at `tests.performance.confidence`
 * (the same level as the performance change tests). `info` when `max_negative_flip_rate` is null;
 * else the severity when the interval's lower end is above the bound (credibly beyond it), pass
 * when its upper end is within, otherwise warn, inconclusive. Set but not computable (no target,
 * no labelled row) → `error`. Details: both flip counts, backward trust compatibility BTC = both
 * right / baseline right (Bansal et al. 2019), BEC = both wrong / baseline wrong, and McNemar's
 * exact p-value on the discordant rows.
 *
 * Regression: `differential.mean_abs_diff` = mean |candidate − baseline| (bad when >
 * `max_mean_abs_diff`) and `differential.max_abs_diff` = max |candidate − baseline| (bad when >
 * `max_abs_diff`); `info` with no threshold when a bound is null. `details.top` (on max_abs_diff):
 * the `top` rows with the largest |candidate − baseline|.
 *
 * Without both models' predictions the family is one `differential.models` skip, or an `error`
 * when the config sets one of its bounds (the user asked for a comparison that cannot run).
 *
 * Each top row: { row (0-based), line (file line), id (id column value or null), baseline,
 * candidate, target (null when unlabelled), and diff or score_diff }.
 */
import type { Check, CheckContext } from './context.js';
import { isExplicit } from '../config/load.js';
import type { DifferentialSettings, GateConfig } from '../config/types.js';
import type { Severity, Status, TestResult } from '../results/types.js';
import { meanOf } from '../stats/descriptive.js';
import { mcnemarExact } from '../stats/mcnemar.js';
import { wilsonInterval } from '../stats/proportion.js';
import { resolveOutputs, type ClassificationOutputs, type RegressionOutputs } from './outputs.js';
import { fmt, judge, makeThreshold, pct, plural } from './threshold.js';
import { TopK } from './topk.js';
import { idReader } from './models/sample.js';

function simple(id: string, name: string, status: Status, severity: Severity, message: string): TestResult {
  return { id, family: 'differential', name, method: 'none', status, severity, value: null, threshold: null, message };
}

/** The id column's value of a row, for people to find it again. */
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
  let bothRight = 0;
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
      if (pb === t) {
        if (pc === t) bothRight++;
        else broken++;
      } else if (pc === t) fixed++;
    }
  }
  const name = 'Agreement with baseline';
  if (n === 0) {
    const none = `no row of ${ctx.current.source} has predictions from both models`;
    const out = [simple('differential.agreement', name, 'error', ds.severity, none)];
    if (ds.max_negative_flip_rate !== null) out.push(simple(NFR_ID, NFR_NAME, 'error', ds.severity, `${none}; but tests.differential.max_negative_flip_rate is set, so the negative flip rate must be measured`));
    return out;
  }
  const rate = agree / n;
  const status = ds.min_agreement === null ? 'info' : judge(rate, 'below', ds.min_agreement, null, ds.severity);
  const idOf = idReader(ctx.current, ctx.config.columns.id);
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
  const nfr = negativeFlipRate(ctx, o, ds, { labelled, fixed, broken, bothRight });
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
    ...nfr,
  ];
}

const NFR_ID = 'differential.negative_flip_rate';
const NFR_NAME = 'Negative flip rate';

/** Paired correctness on the labelled rows where both models predict, counted in the main loop. */
export interface PairedCounts {
  labelled: number;
  /** Baseline wrong, candidate right. */
  fixed: number;
  /** Baseline right, candidate wrong. */
  broken: number;
  bothRight: number;
}

/**
 * `differential.negative_flip_rate`, or nothing when it can be neither measured nor was asked for
 * (no labelled row and no bound: there is no claim to make).
 */
function negativeFlipRate(ctx: CheckContext, o: ClassificationOutputs, ds: DifferentialSettings, k: PairedCounts): TestResult[] {
  return negativeFlipRateOf(ctx.config, ctx.current.source, o.target ? null : `${o.targetNote}: it needs a target`, ds, k);
}

/** `noTarget`: why there is no target, or null when there is one (a SQL source counts `k` in the engine). */
export function negativeFlipRateOf(cfg: GateConfig, cur: string, noTarget: string | null, ds: DifferentialSettings, k: PairedCounts): TestResult[] {
  const bound = ds.max_negative_flip_rate;
  if (k.labelled === 0) {
    if (bound === null) return [];
    const why = noTarget ?? `no labelled row of ${cur} has predictions from both models`;
    return [simple(NFR_ID, NFR_NAME, 'error', ds.severity, `the negative flip rate cannot be measured: ${why}; but tests.differential.max_negative_flip_rate is set, so it must run`)];
  }
  const N = k.labelled;
  const bothWrong = N - k.fixed - k.broken - k.bothRight;
  const baselineRight = k.bothRight + k.broken;
  const baselineWrong = N - baselineRight;
  const rate = k.broken / N;
  const confidence = cfg.tests.performance.confidence;
  const ci = wilsonInterval(k.broken, N, confidence);
  const p = mcnemarExact(k.broken, k.fixed);
  const btc = baselineRight > 0 ? k.bothRight / baselineRight : null;
  const bec = baselineWrong > 0 ? bothWrong / baselineWrong : null;
  const level = `${fmt(confidence * 100)}%`;
  const head =
    `negative flip rate ${pct(rate)} (${level} Wilson CI [${pct(ci.lo)}, ${pct(ci.hi)}]): the candidate gets wrong ${plural(k.broken, 'row')} the baseline got right, ` +
    `and right ${plural(k.fixed, 'row')} the baseline got wrong, of ${plural(N, 'labelled row')} of ${cur} with both predictions; McNemar exact p = ${fmt(p)} on ${plural(k.broken + k.fixed, 'discordant row')}`;
  let status: Status = 'info';
  let verdict = 'no bound configured (tests.differential.max_negative_flip_rate)';
  let inconclusive = false;
  if (bound !== null) {
    if (ci.lo > bound) {
      status = ds.severity;
      verdict = `credibly above the allowed ${pct(bound)}`;
    } else if (ci.hi <= bound) {
      status = 'pass';
      verdict = `credibly within the allowed ${pct(bound)}`;
    } else {
      status = 'warn';
      inconclusive = true;
      verdict = `the interval contains the allowed ${pct(bound)}; more labelled rows would decide`;
    }
  }
  return [
    {
      id: NFR_ID,
      family: 'differential',
      name: NFR_NAME,
      method: 'negative_flip_rate',
      status,
      severity: ds.severity,
      value: rate,
      threshold: bound === null ? null : makeThreshold('value', 'above', bound, null, `≤ ${pct(bound)}`),
      message: `${inconclusive ? 'inconclusive: ' : ''}${head}; ${verdict}`,
      details: {
        unit: 'share',
        n: N,
        negative_flips: k.broken,
        positive_flips: k.fixed,
        both_right: k.bothRight,
        both_wrong: bothWrong,
        ci,
        confidence,
        interval: 'Wilson score',
        baseline_accuracy: baselineRight / N,
        candidate_accuracy: (k.bothRight + k.fixed) / N,
        btc,
        bec,
        mcnemar: { b: k.broken, c: k.fixed, p_value: p, method: 'exact binomial, two-sided' },
        ...(inconclusive ? { inconclusive: true } : {}),
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
  if (n === 0) return absDiffResults(ds, ctx.current.source, { n, total: b.length, mean: NaN, max: NaN, at: '', after: '', top: [] });
  const mean = meanOf(absDiff.subarray(0, n));
  const target = o.target;
  const idOf = idReader(ctx.current, ctx.config.columns.id);
  const top = heap.result().map(({ row }) => ({
    row,
    line: ctx.current.rowLine(row),
    id: idOf(row),
    baseline: b[row],
    candidate: c[row],
    target: target && !Number.isNaN(target[row]) ? target[row] : null,
    diff: c[row] - b[row],
  }));
  const at = top.length > 0 ? ` at row ${top[0].line}${top[0].id !== null ? ` (id ${String(top[0].id)})` : ''}` : '';
  return absDiffResults(ds, ctx.current.source, { n, total: b.length, mean, max, at, after: '', top });
}

/**
 * The two regression difference tests from `n` rows with both predictions (of `total`), the mean
 * and the largest |candidate − baseline|: shared by files and SQL sources (src/pushdown/). `at`
 * says where the largest sits, `after` what follows the rows, `top` the rows listed.
 */
export function absDiffResults(
  ds: DifferentialSettings,
  source: string,
  d: { n: number; total: number; mean: number; max: number; at: string; after: string; top: readonly unknown[] },
): TestResult[] {
  const { n, total, mean, max } = d;
  if (n === 0) return [simple('differential.mean_abs_diff', 'Mean |candidate − baseline|', 'error', ds.severity, `no row of ${source} has predictions from both models`)];
  const rows = `${plural(n, 'row')} of ${source}` + (n < total ? ` (${plural(total - n, 'row')} without both predictions left out)` : '');
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
      message: `the largest difference is ${fmt(max)}${d.at} over ${rows}${d.after}`,
      details: { n, top: d.top },
    },
  ];
}

/** The bounds of the family the user wrote: with any of them the family must run or be an error. */
const BOUNDS = ['min_agreement', 'max_negative_flip_rate', 'max_mean_abs_diff', 'max_abs_diff'] as const;

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
