/**
 * Slices (src/slices/): the performance change tests and the agreement per value of the columns and
 * crossings the config names (`slices.columns`, src/slices/named.ts), and the weak-segment search
 * (src/slices/weak.ts), on by default, over every feature column and pairs of the worst ones.
 *
 * Results are in the performance family:
 * - `slices.<metric>.<column>=<value>[,<column>=<value>]`: a change test on one slice value;
 *   `slices.<metric>.value.<…>` its value bound when the slice's thresholds set one;
 *   `slices.agreement.<…>` / `slices.mean_abs_diff.<…>`: the differential test on it;
 * - `slices.rows.<slice>`: values too small to judge (info), or every value too small (error);
 * - `slices.<slice>`: a slice that cannot be built (a column missing from a file: error);
 * - `slices.weak.<metric>.<column>=<value>[,…]`: the `top` weakest segments (accuracy and, with a
 *   positive class, recall; regression MAE), worst first: info, except the first of each metric
 *   credibly worse than the allowance after Holm over every segment tried, which gets
 *   `weak_segments.severity`; and `slices.weak_segments`: what was searched (info).
 * Without a target or both models' predictions, named slices are an error and the search (a
 * default) says nothing: the performance family already reports why nothing was compared.
 */
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import type { Check, CheckContext } from './context.js';
import { resolveOutputs, type Outputs } from './outputs.js';
import { formatInt } from '../report/format.js';
import { fmt, makeThreshold, plural, signed } from './threshold.js';
import { isExplicit } from '../config/load.js';
import type { TestResult } from '../results/types.js';
import { namedSliceResults, sliceResult, whereId, whereText } from '../slices/named.js';
import { usableRows } from '../slices/outputs.js';
import { SEARCH_ROWS, searchSegments, type LossSet, type PairedLosses, type Segment } from '../slices/weak.js';

/**
 * Per-row losses of both models on the usable rows: misclassification (0/1), or absolute error;
 * with `only` (a class index), rows whose target is another class are left out, so the mean loss
 * is 1 − recall of that class.
 */
function pairedLosses(o: Outputs, keep: Uint8Array, only: number | null = null): PairedLosses {
  const n = keep.length;
  const diff = new Float64Array(n);
  const baseline = new Float64Array(n);
  if (o.task === 'classification') {
    const t = o.target as Int32Array;
    const b = (o.baseline as NonNullable<typeof o.baseline>).predicted;
    const c = (o.candidate as NonNullable<typeof o.candidate>).predicted;
    for (let i = 0; i < n; i++) {
      if (keep[i] === 0 || (only !== null && t[i] !== only)) {
        diff[i] = NaN;
        baseline[i] = NaN;
        continue;
      }
      const lb = b[i] === t[i] ? 0 : 1;
      baseline[i] = lb;
      diff[i] = (c[i] === t[i] ? 0 : 1) - lb;
    }
  } else {
    const t = o.target as Float64Array;
    const b = (o.baseline as NonNullable<typeof o.baseline>).predicted;
    const c = (o.candidate as NonNullable<typeof o.candidate>).predicted;
    for (let i = 0; i < n; i++) {
      if (keep[i] === 0) {
        diff[i] = NaN;
        baseline[i] = NaN;
        continue;
      }
      const lb = Math.abs(t[i] - b[i]);
      baseline[i] = lb;
      diff[i] = Math.abs(t[i] - c[i]) - lb;
    }
  }
  return { diff, baseline };
}

/**
 * The metrics searched: accuracy, and with a positive class its recall too (a model that misses
 * positives in one segment can keep its accuracy there); regression: MAE.
 */
function lossSets(ctx: CheckContext, o: Outputs, keep: Uint8Array): LossSet[] {
  const ws = ctx.config.slices.weak_segments;
  if (o.task === 'regression') return [{ metric: 'mae', losses: pairedLosses(o, keep), allowed: (mae) => ws.max_relative_degradation * mae }];
  const sets: LossSet[] = [{ metric: 'accuracy', losses: pairedLosses(o, keep), allowed: () => ws.max_degradation }];
  if (o.positive !== null) sets.push({ metric: 'recall', losses: pairedLosses(o, keep, o.positive), allowed: () => ws.max_degradation });
  return sets;
}

const WEAK_LABEL: Readonly<Record<string, string>> = { accuracy: 'Accuracy', recall: 'Recall', mae: 'MAE' };

/**
 * One listed segment. `gates`: whether it is the worst segment of its metric found beyond the
 * allowance, the one that carries the severity; the others beyond it are listed as `info` saying
 * so, so that one weakness seen through many overlapping segments is one warning, not five.
 */
function weakResult(ctx: CheckContext, o: Outputs, x: Segment, tried: number, gates: boolean, sampled: boolean): TestResult {
  const ws = ctx.config.slices.weak_segments;
  const ps = ctx.config.tests.performance;
  const classification = o.task === 'classification';
  const metric = x.metric;
  const label = WEAK_LABEL[metric] ?? metric;
  // Accuracy and recall are 1 − the mean loss and rise when better; MAE is the mean loss.
  const base = classification ? 1 - x.baselineLoss : x.baselineLoss;
  const cand = classification ? 1 - x.candidateLoss : x.candidateLoss;
  const delta = cand - base;
  const z = normalQuantile(1 - (1 - ps.confidence) / 2, 0, 1);
  const ci = Number.isFinite(x.se) ? { lo: delta - z * x.se, hi: delta + z * x.se } : null;
  const where = whereText(x.columns, x.parts, x.kinds);
  const alpha = (1 - ps.confidence) / 2;
  const beyond = x.p !== null && x.p.beyond < alpha;
  const pText = x.p === null ? 'no spread in the paired differences, not tested' : `Holm-adjusted p = ${fmt(x.p.beyond)} over ${plural(tried, 'segment')} tried`;
  const allowedText = classification ? fmt(x.allowed) : `${fmt(ws.max_relative_degradation * 100)}% of the baseline's MAE = ${fmt(x.allowed)}`;
  return {
    id: `slices.weak.${metric}.${whereId(x.columns, x.parts)}`,
    family: 'performance',
    name: `Weak segment: ${label} where ${where}`,
    method: metric,
    status: beyond && gates ? ws.severity : 'info',
    severity: ws.severity,
    value: delta,
    threshold: makeThreshold('value', classification ? 'below' : 'above', classification ? -x.allowed : x.allowed, null, classification ? `Δ ≥ −${allowedText}` : `Δ ≤ +${allowedText}`),
    message:
      `${label} ${fmt(cand)} vs baseline ${fmt(base)} (Δ ${signed(delta)}${ci ? `, ${fmt(ps.confidence * 100)}% CI [${signed(ci.lo)}, ${signed(ci.hi)}]` : ''}) on ${plural(x.n, metric === 'recall' ? 'labelled positive row' : 'labelled row')}${sampled ? ' of the searched sample' : ''} where ${where}: ` +
      (beyond
        ? `worse by more than the allowed ${allowedText} (${pText})${gates ? '' : `; a worse ${label.toLowerCase()} segment carries the ${ws.severity}`}`
        : `not shown to be worse by more than the allowed ${allowedText} (${pText})`),
    details: {
      baseline: base,
      candidate: cand,
      delta,
      ci,
      se: x.se,
      allowed: x.allowed,
      n: x.n,
      confidence: ps.confidence,
      columns: x.columns,
      values: x.parts,
      p_values: x.p ? { ...x.p, adjusted: `Holm over ${plural(tried, 'segment')}` } : null,
    },
  };
}

function weakSegments(ctx: CheckContext, o: Outputs, keep: Uint8Array): TestResult[] {
  const ws = ctx.config.slices.weak_segments;
  const ps = ctx.config.tests.performance;
  const classification = o.task === 'classification';
  const found = searchSegments(
    ctx.reference,
    ctx.current,
    ctx.features,
    lossSets(ctx, o, keep),
    { minRows: ctx.config.slices.min_slice_rows, quantiles: ws.quantiles, maxColumns: ws.max_columns, confidence: ps.confidence, sampleRows: SEARCH_ROWS, seed: ps.seed },
    (column) => (ctx.reference.columns.get(column)?.kind === 'numeric' ? ctx.sorted('reference', column) : undefined),
  );
  const tried = found.segments.filter((x) => x.p !== null).length;
  // Nothing large enough to search: a default says so (skip); a configured search that could not
  // look at anything must not read as done.
  const none = found.segments.length === 0;
  const out: TestResult[] = [
    sliceResult(
      'slices.weak_segments',
      'Weak-segment search',
      none ? (isExplicit(ctx.config, 'slices.weak_segments') ? 'error' : 'skip') : 'info',
      `${plural(found.segments.length, 'segment')} of at least slices.min_slice_rows = ${fmt(ctx.config.slices.min_slice_rows)} labelled rows searched ` +
        `over ${plural(found.columns, 'feature column')} and ${plural(found.pairs, 'pair')} of them (${plural(found.small, 'smaller segment')} left out); ` +
        `${classification ? (o.positive !== null ? 'accuracy and recall' : 'accuracy') : 'MAE'} of the candidate against the baseline on the same rows, Holm-adjusted over the ${plural(tried, 'segment')} tested` +
        (found.sampled !== null ? `; searched on a seeded sample of ${formatInt(found.sampled)} of the ${formatInt(ctx.current.rowCount)} current rows (tests.performance.seed)` : '') +
        (found.skipped.length ? `; not searched: ${found.skipped.slice(0, 5).join('; ')}` : ''),
      { segments: found.segments.length, tested: tried, columns: found.columns, pairs: found.pairs, small: found.small, sampled_rows: found.sampled },
    ),
  ];
  const alpha = (1 - ps.confidence) / 2;
  const gated = new Set<string>();
  for (const x of found.segments.slice(0, ws.top)) {
    const beyond = x.p !== null && x.p.beyond < alpha;
    out.push(weakResult(ctx, o, x, tried, beyond && !gated.has(x.metric), found.sampled !== null));
    if (beyond) gated.add(x.metric);
  }
  return out;
}

export const sliceChecks: Check = (ctx) => {
  const s = ctx.config.slices;
  const named = s.columns.length > 0;
  const weakAsked = isExplicit(ctx.config, 'slices.weak_segments');
  const weak = s.weak_segments.enabled;
  if (!named && !weak) return [];
  const cannot = (why: string): TestResult[] => {
    const out: TestResult[] = [];
    if (named) out.push(sliceResult('slices', 'Slices', 'error', `the slices in slices.columns cannot be judged: ${why}`));
    if (weak && weakAsked) out.push(sliceResult('slices.weak_segments', 'Weak-segment search', 'error', `slices.weak_segments is configured but cannot run: ${why}`));
    return out;
  };
  if (ctx.task === null) return cannot('no task: set task in the config, or name a target column to infer it from');
  const res = resolveOutputs(ctx);
  if (!res.ok) return cannot(res.message);
  const o = res.outputs;
  const keep = usableRows(o);
  if (keep === null) {
    const why = !o.target ? `${o.targetNote}` : !o.candidate ? `${o.candidateNote}` : `${o.baselineNote}`;
    return cannot(`slices compare the candidate with the baseline on labelled rows: ${why}`);
  }
  const out = named ? namedSliceResults(ctx, o, keep) : [];
  if (weak) out.push(...weakSegments(ctx, o, keep));
  return out;
};
