/**
 * Fairness across groups (`fairness`): for each group column (or numeric bins, or a crossing of
 * two columns; src/slices/groups.ts) and each metric, both models' value per group with its
 * Wilson interval, and the gap between the groups (largest − smallest, fairlearn's
 * `between_groups` difference; src/fairness/gaps.ts) with bootstrap intervals.
 *
 * - `performance.fairness.<group>.<measure>`: the candidate's gap; the severity when above
 *   `max_gap`, `info` when no bound is set. Measures: `selection_rate` (demographic parity
 *   difference), `tpr` (equal opportunity difference), `fpr`, `precision`, and `equalized_odds`
 *   (the larger of the TPR and FPR gaps) when both tpr and fpr are listed.
 * - `performance.fairness.<group>.<measure>.change`: the widening, candidate's gap − baseline's,
 *   against `max_widening` with the paired bootstrap standard error, decided as the performance
 *   change tests are (performance.ts changeTest; Holm over every fairness change test of the run).
 * - A group whose metric rests on fewer than `min_group_rows` rows (by either model) is listed and
 *   left out of that gap; fewer than two groups left is an `error` (the config named it).
 * - A prediction is positive or not: the positive class is `fairness.positive_class`, else the
 *   binary task's positive class (a multiclass model needs `fairness.positive_class`: one-vs-rest).
 *   A group column missing from either file, no positive class, no candidate, or TPR/FPR/precision
 *   without a target: `error`.
 * Group columns are read from the tables whatever their role: columns.exclude or a feature list
 * that leaves them out does not hide them from this check.
 */
import type { Check, CheckContext } from './context.js';
import { isExplicit } from '../config/load.js';
import { didYouMean } from '../config/suggest.js';
import type { FairnessGroup, FairnessMetric, MetricBounds } from '../config/types.js';
import { eligibleGroups, gaps, groupCells, rateParts, type GapMeasure, type Model } from '../fairness/gaps.js';
import type { Status, TestResult } from '../results/types.js';
import { groupRows, GroupingError, type Grouping, type GroupSpec } from '../slices/groups.js';
import { holmChangePValues } from '../stats/change-tests.js';
import { wilsonInterval } from '../stats/proportion.js';
import { resolveOutputs, type ClassificationOutputs } from './outputs.js';
import { changeTest, spread, type ChangeSubject, type Measured } from './performance.js';
import { sameEverywhere } from './per-class.js';
import { fmt, judge, makeThreshold, plural, q } from './threshold.js';

const METRIC_LABEL: Record<FairnessMetric, string> = {
  selection_rate: 'selection rate',
  tpr: 'true positive rate',
  fpr: 'false positive rate',
  precision: 'precision',
};

const GAP_LABEL: Record<GapMeasure, string> = {
  selection_rate: 'Demographic parity difference',
  tpr: 'Equal opportunity difference',
  fpr: 'False positive rate difference',
  precision: 'Precision difference',
  equalized_odds: 'Equalised odds difference',
};

/** What each metric's rate is over: the rows the minimum counts. */
const DENOMINATOR: Record<FairnessMetric, string> = {
  selection_rate: 'rows',
  tpr: 'labelled positives',
  fpr: 'labelled negatives',
  precision: 'predicted positives (labelled)',
};

function error(id: string, name: string, message: string, severity: TestResult['severity']): TestResult {
  return { id, family: 'performance', name, method: 'fairness', status: 'error', severity, value: null, threshold: null, message };
}

function specOf(g: FairnessGroup): GroupSpec {
  if (typeof g === 'string') return { column: g };
  if (Array.isArray(g)) return { crossing: [{ column: g[0] as string }, { column: g[1] as string }] };
  const o = g as Exclude<FairnessGroup, string | readonly [string, string]>;
  return { column: o.column, ...(o.bins !== undefined ? { bins: o.bins } : {}), ...(o.quantiles !== undefined ? { quantiles: o.quantiles } : {}) };
}

function nameOf(g: FairnessGroup): string {
  if (typeof g === 'string') return g;
  if (Array.isArray(g)) return `${g[0]} × ${g[1]}`;
  return (g as { column: string }).column;
}

export const fairnessChecks: Check = (ctx) => {
  const f = ctx.config.fairness;
  if (!f.enabled || f.groups.length === 0) return [];
  const sev = f.severity;
  const whole = (message: string): TestResult[] => [error('performance.fairness', 'Fairness', `${message} (config key fairness)`, sev)];
  if (ctx.task !== 'classification') {
    return whole(`fairness across groups needs a classification; the task is ${ctx.task ?? 'unknown: set task, or name a target column to infer it from'}`);
  }
  const res = resolveOutputs(ctx);
  if (!res.ok) return whole(res.message);
  const o = res.outputs as ClassificationOutputs;
  if (!o.candidate) return whole(`${o.candidateNote}: fairness needs the candidate's predictions`);
  let positive: number;
  if (f.positive_class !== null) {
    positive = o.classes.indexOf(f.positive_class);
    if (positive < 0) return whole(`fairness.positive_class ${q(f.positive_class)} is not one of the known classes (${didYouMean(f.positive_class, o.classes, 'known classes')})`);
  } else if (o.positive !== null && o.classes.length === 2) {
    positive = o.positive;
  } else {
    return whole(`fairness needs a positive class (a prediction is positive or not): name one in fairness.positive_class, one-vs-rest for a multiclass model; ${o.positiveNote}`);
  }
  const labelled = f.metrics.filter((m) => m !== 'selection_rate');
  if (labelled.length > 0 && !o.target) {
    return whole(`${o.targetNote}: ${labelled.map((m) => METRIC_LABEL[m]).join(', ')} need a target (fairness.metrics)`);
  }
  const out: TestResult[] = [];
  const pending: { at: number; b: MetricBounds; m: Measured; subject: ChangeSubject }[] = [];
  for (const g of f.groups) groupResults(ctx, o, positive, g, out, pending);
  const ps = ctx.config.tests.performance;
  const tested = pending.filter((x) => spread(x.m));
  const p = holmChangePValues(tested.map((x) => ({ worsening: x.m.candidate - (x.m.baseline as number), se: x.m.se as number, allowed: f.max_widening as number })));
  for (const x of pending) {
    const i = tested.indexOf(x);
    const r = sameEverywhere(changeTest('accuracy', x.b, x.m, ps, i >= 0 ? p[i] : null, tested.length, x.subject), x.m, x.subject.label);
    out[x.at] = { ...r, column: out[x.at].column, details: { ...out[x.at].details, ...r.details } };
  }
  return out;
};

function groupResults(ctx: CheckContext, o: ClassificationOutputs, positive: number, g: FairnessGroup, out: TestResult[], pending: { at: number; b: MetricBounds; m: Measured; subject: ChangeSubject }[]): void {
  const f = ctx.config.fairness;
  const ps = ctx.config.tests.performance;
  const name = nameOf(g);
  const sev = f.severity;
  const columns = typeof g === 'string' ? [g] : Array.isArray(g) ? [g[0] as string, g[1] as string] : [(g as { column: string }).column];
  for (const t of [ctx.current, ctx.reference]) {
    const missing = columns.find((c) => !t.columns.has(c));
    if (missing !== undefined) {
      out.push(error(`performance.fairness.${name}`, `Fairness: ${name}`, `${t.source}: group column ${q(missing)} named by config key fairness.groups is not in the file (${didYouMean(missing, t.names, 'its columns')})`, sev));
      return;
    }
  }
  let grouping: Grouping;
  try {
    grouping = groupRows(ctx.reference, ctx.current, specOf(g));
  } catch (e) {
    if (!(e instanceof GroupingError)) throw e;
    out.push(error(`performance.fairness.${name}`, `Fairness: ${name}`, `${e.message}: config key fairness.groups names it`, sev));
    return;
  }
  const k = grouping.labels.length;
  const cand = o.candidate as NonNullable<ClassificationOutputs['candidate']>;
  const withBaseline = o.baseline !== null;
  const cells = groupCells(grouping.current, k, o.target, positive, cand.predicted, o.baseline ? o.baseline.predicted : null);
  let used = 0;
  for (let j = 0; j < cells.length; j++) used += cells[j];
  let noGroup = 0;
  for (let i = 0; i < grouping.current.length; i++) {
    if (grouping.current[i] < 0 && cand.predicted[i] >= 0 && (!o.baseline || o.baseline.predicted[i] >= 0)) noGroup++;
  }
  const M = ctx.current.rowCount;
  const rowsText = `on ${plural(used, 'row')} of ${fmt(M)} of ${ctx.current.source} with ${withBaseline ? 'both predictions' : 'a prediction'}${noGroup > 0 ? ` (${plural(noGroup, 'row')} without a ${q(name)} value left out)` : ''}`;
  const eligible = new Map<FairnessMetric, number[]>();
  for (const m of f.metrics) eligible.set(m, eligibleGroups(cells, k, m, withBaseline, f.min_group_rows));
  const measures: GapMeasure[] = [...f.metrics];
  if (f.metrics.includes('tpr') && f.metrics.includes('fpr')) measures.push('equalized_odds');
  const opts = ps.bootstrap > 0 ? { replicates: ps.bootstrap, seed: ps.seed, confidence: ps.confidence } : null;
  const measured = gaps(cells, measures, eligible, withBaseline, opts);

  // Per group and metric: both models' rates with Wilson intervals, and whether the gap uses it.
  const groupTable = (metric: FairnessMetric) =>
    grouping.labels.map((label, gi) => {
      const side = (model: Model) => {
        const { num, den } = rateParts(cells, gi, metric, model);
        const ci = den > 0 ? wilsonInterval(num, den, ps.confidence) : null;
        return { value: den > 0 ? num / den : null, num, den, lo: ci ? ci.lo : null, hi: ci ? ci.hi : null };
      };
      return { group: label, in_gap: (eligible.get(metric) ?? []).includes(gi), candidate: side('candidate'), baseline: withBaseline ? side('baseline') : null };
    });

  // A metric the data cannot measure is an error when the config lists it, or when no metric of
  // this group can be measured (fairness was asked for and nothing was checked); a default metric
  // the data does not allow beside others that run is a skip.
  const partsOf = (measure: GapMeasure): FairnessMetric[] => (measure === 'equalized_odds' ? ['tpr', 'fpr'] : [measure]);
  const measurable = measures.filter((measure) => partsOf(measure).every((m) => (eligible.get(m) ?? []).length >= 2));
  const mustMeasure = isExplicit(ctx.config, 'fairness.metrics') || measurable.length === 0;
  for (const measure of measures) {
    const id = `performance.fairness.${name}.${measure}`;
    const title = `${GAP_LABEL[measure]}: ${name}`;
    const parts = partsOf(measure);
    const groups = Object.fromEntries(parts.map((m) => [m, groupTable(m)]));
    const short = parts.filter((m) => (eligible.get(m) ?? []).length < 2);
    const leftOut = parts.flatMap((m) =>
      grouping.labels
        .map((label, gi) => ({ label, gi }))
        .filter(({ gi }) => !(eligible.get(m) ?? []).includes(gi))
        .map(({ label, gi }) => `${q(label)} (${fmt(rateParts(cells, gi, m, 'candidate').den)} ${DENOMINATOR[m]})`),
    );
    const leftText = leftOut.length > 0 ? `; left out with fewer than fairness.min_group_rows = ${fmt(f.min_group_rows)}: ${[...new Set(leftOut)].slice(0, 10).join(', ')}${leftOut.length > 10 ? ', …' : ''}` : '';
    if (short.length > 0) {
      out.push({
        ...error(id, title, `fewer than two groups of ${q(name)} have at least fairness.min_group_rows = ${fmt(f.min_group_rows)} ${short.map((m) => DENOMINATOR[m]).join(' and ')} ${rowsText}, so the gap cannot be measured${leftText}${mustMeasure ? '' : ' (a default metric; set fairness.metrics to require it)'}`, sev),
        status: mustMeasure ? 'error' : 'skip',
        column: grouping.columns[0],
        details: { groups, min_group_rows: f.min_group_rows },
      });
      continue;
    }
    const gap = measured.get(measure) as NonNullable<ReturnType<typeof measured.get>>;
    const ci = gap.intervals;
    const ciText = (iv: { lo: number; hi: number } | null | undefined) => (iv ? ` (${fmt(ps.confidence * 100)}% CI [${fmt(iv.lo)}, ${fmt(iv.hi)}])` : '');
    // The extreme groups of the candidate, for the message.
    const ends = parts.map((m) => {
      const vals = (eligible.get(m) ?? []).map((gi) => {
        const { num, den } = rateParts(cells, gi, m, 'candidate');
        return { label: grouping.labels[gi], v: num / den };
      });
      vals.sort((a, b) => a.v - b.v);
      return `${METRIC_LABEL[m]} from ${fmt(vals[0].v)} (${q(vals[0].label)}) to ${fmt(vals[vals.length - 1].v)} (${q(vals[vals.length - 1].label)})`;
    });
    const baselineText = gap.baseline === null ? '' : `; baseline ${fmt(gap.baseline)}${ciText(ci?.baseline)}`;
    const head = `${GAP_LABEL[measure]} across ${q(name)}: candidate ${fmt(gap.candidate)}${ciText(ci?.candidate)}, ${ends.join('; ')}${baselineText}`;
    const details = {
      measure,
      // Top level, as a metric's: the report tables show both models' values from here.
      candidate: gap.candidate,
      baseline: gap.baseline,
      groups,
      gap: { candidate: gap.candidate, baseline: gap.baseline, ci_candidate: ci?.candidate ?? null, ci_baseline: ci?.baseline ?? null },
      min_group_rows: f.min_group_rows,
      n: used,
    };
    const bounded = f.max_gap !== null;
    const status: Status = bounded ? judge(gap.candidate, 'above', f.max_gap, null, sev) : 'info';
    out.push({
      id,
      family: 'performance',
      name: title,
      column: grouping.columns[0],
      method: 'fairness_gap',
      status,
      severity: sev,
      value: gap.candidate,
      threshold: bounded ? makeThreshold('value', 'above', f.max_gap, null, `≤ ${fmt(f.max_gap as number)}`) : null,
      message: `${head}${bounded ? `: ${status === 'pass' ? 'within' : 'above'} fairness.max_gap = ${fmt(f.max_gap as number)}` : '; no bound configured (fairness.max_gap)'} ${rowsText}${leftText}`,
      details,
    });
    if (f.max_widening === null) continue;
    const changeId = `${id}.change`;
    const changeName = `${title} vs baseline`;
    if (!withBaseline) {
      const explicit = isExplicit(ctx.config, 'fairness.max_widening');
      const text = `no baseline to compare the ${GAP_LABEL[measure].toLowerCase()} ${fmt(gap.candidate)} with: ${o.baselineNote ?? 'no baseline predictions'}`;
      out.push({
        ...error(changeId, changeName, explicit ? `${text}; but fairness.max_widening asks for the comparison` : text, sev),
        status: explicit ? 'error' : 'skip',
        column: grouping.columns[0],
      });
      continue;
    }
    const w = ci?.widening ?? null;
    const m: Measured = {
      candidate: gap.candidate,
      baseline: gap.baseline,
      n: used,
      se: w ? w.se : null,
      interval: w ? `paired bootstrap standard error of the widening, ${ps.bootstrap} replicates` : 'bootstrap: 0, point estimate',
      rows: `${rowsText}${leftText}`,
    };
    const b: MetricBounds = { enabled: true, severity: sev, min: null, max: null, max_degradation: f.max_widening, max_relative_degradation: null, inconclusive: f.inconclusive };
    pending.push({ at: out.length, b, m, subject: { id: changeId, name: changeName, method: 'fairness_gap', label: `${GAP_LABEL[measure]} across ${q(name)}`, higherIsBetter: false } });
    out.push({ ...error(changeId, changeName, 'not decided', sev), column: grouping.columns[0], details: { groups } });
  }
}
