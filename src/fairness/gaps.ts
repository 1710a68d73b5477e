/**
 * Binary classification metrics per group and the gap between groups, as fairlearn defines them
 * (fairlearn.metrics, `method='between_groups'`): the gap of a metric is its largest group value
 * minus its smallest; demographic parity difference is the gap of the selection rate, equal
 * opportunity difference the gap of the true positive rate, and equalised odds difference the
 * larger of the TPR and FPR gaps.
 *
 * Everything is a function of one table of counts: per group, 12 cells = actual (negative,
 * positive, unlabelled) × baseline predicts positive × candidate predicts positive. The selection
 * rate uses every row with the predictions (a label is not needed for it); TPR, FPR and precision
 * the labelled ones. The intervals on the gaps come from the Poisson bootstrap of that table
 * (poissonCountReplicates: each cell's count redrawn as Poisson(count)). The cells of one group
 * are drawn apart from every other group's, so groups never exchange rows, and given its redrawn
 * size a group's cells are exactly multinomial: the bootstrap stratified by group, for metrics that
 * are ratios within a group.
 */
import { percentileInterval, poissonCountReplicates, type BootstrapInterval, type BootstrapOptions } from '../stats/bootstrap.js';
import type { FairnessMetric } from '../config/types.js';

export const CELLS = 12;
/** actual: 0 negative, 1 positive, 2 unlabelled. */
const UNLABELLED = 2;

/** The gap measures: each per-group metric's gap, and equalised odds (needs tpr and fpr). */
export type GapMeasure = FairnessMetric | 'equalized_odds';

export type Model = 'baseline' | 'candidate';

/**
 * The count table of `groups` groups. `actual`: class index per row (-1 unlabelled), `positive`
 * the positive class; rows without a group (-1) or without a prediction (-1, either model) are
 * left out. Without a baseline the candidate's predictions stand in both places.
 */
export function groupCells(codes: Int32Array, groups: number, actual: Int32Array | null, positive: number, candidate: Int32Array, baseline: Int32Array | null): Float64Array {
  const cells = new Float64Array(groups * CELLS);
  const b = baseline ?? candidate;
  for (let i = 0; i < codes.length; i++) {
    const g = codes[i];
    const pc = candidate[i];
    const pb = b[i];
    if (g < 0 || pc < 0 || pb < 0) continue;
    const y = actual === null ? -1 : actual[i];
    const a = y < 0 ? UNLABELLED : y === positive ? 1 : 0;
    cells[g * CELLS + a * 4 + (pb === positive ? 2 : 0) + (pc === positive ? 1 : 0)]++;
  }
  return cells;
}

/** Numerator and denominator of `metric` for one group and model. */
export function rateParts(cells: ArrayLike<number>, g: number, metric: FairnessMetric, model: Model): { num: number; den: number } {
  const o = g * CELLS;
  const bit = model === 'candidate' ? 1 : 2;
  let num = 0, den = 0;
  for (let a = 0; a < 3; a++) {
    for (let p = 0; p < 4; p++) {
      const n = cells[o + a * 4 + p];
      if (n === 0) continue;
      const predicted = (p & bit) !== 0;
      switch (metric) {
        case 'selection_rate':
          den += n;
          if (predicted) num += n;
          break;
        case 'tpr':
          if (a === 1) {
            den += n;
            if (predicted) num += n;
          }
          break;
        case 'fpr':
          if (a === 0) {
            den += n;
            if (predicted) num += n;
          }
          break;
        case 'precision':
          if (a !== UNLABELLED && predicted) {
            den += n;
            if (a === 1) num += n;
          }
          break;
      }
    }
  }
  return { num, den };
}

/** Largest minus smallest of num/den over `eligible` groups; NaN when fewer than two or a denominator is 0. */
export function gapOf(cells: ArrayLike<number>, eligible: readonly number[], metric: FairnessMetric, model: Model): number {
  if (eligible.length < 2) return NaN;
  let lo = Infinity, hi = -Infinity;
  for (const g of eligible) {
    const { num, den } = rateParts(cells, g, metric, model);
    if (!(den > 0)) return NaN;
    const v = num / den;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return hi - lo;
}

/** Which groups enter each metric's gap: both models' denominators at least `minRows`. */
export function eligibleGroups(cells: ArrayLike<number>, groups: number, metric: FairnessMetric, withBaseline: boolean, minRows: number): number[] {
  const out: number[] = [];
  for (let g = 0; g < groups; g++) {
    const dc = rateParts(cells, g, metric, 'candidate').den;
    const db = withBaseline ? rateParts(cells, g, metric, 'baseline').den : dc;
    if (dc >= minRows && db >= minRows && dc > 0) out.push(g);
  }
  return out;
}

export interface Gap {
  candidate: number;
  baseline: number | null;
  /** Percentile intervals of each model's gap, and of candidate − baseline (se: the replicates' sd). */
  intervals: { candidate: BootstrapInterval; baseline: BootstrapInterval | null; widening: BootstrapInterval | null } | null;
}

function measureOf(cells: ArrayLike<number>, measure: GapMeasure, eligible: ReadonlyMap<FairnessMetric, readonly number[]>, model: Model): number {
  if (measure === 'equalized_odds') {
    return Math.max(gapOf(cells, eligible.get('tpr') ?? [], 'tpr', model), gapOf(cells, eligible.get('fpr') ?? [], 'fpr', model));
  }
  return gapOf(cells, eligible.get(measure) ?? [], measure, model);
}

/**
 * Each measure's gap for both models, with bootstrap intervals when `opts` is given. The groups in
 * each gap are fixed by the data (`eligible`), not redrawn per replicate; a replicate in which one
 * of them has no row for the metric leaves that replicate out of its interval.
 */
export function gaps(cells: Float64Array, measures: readonly GapMeasure[], eligible: ReadonlyMap<FairnessMetric, readonly number[]>, withBaseline: boolean, opts: BootstrapOptions | null): Map<GapMeasure, Gap> {
  const out = new Map<GapMeasure, Gap>();
  for (const m of measures) {
    out.set(m, { candidate: measureOf(cells, m, eligible, 'candidate'), baseline: withBaseline ? measureOf(cells, m, eligible, 'baseline') : null, intervals: null });
  }
  if (opts === null || opts.replicates < 1) return out;
  const R = opts.replicates;
  const occupied: number[] = [];
  for (let j = 0; j < cells.length; j++) if (cells[j] > 0) occupied.push(j);
  const lambda = Float64Array.from(occupied, (j) => cells[j]);
  const table = new Float64Array(cells.length);
  const repC = measures.map(() => new Float64Array(R));
  const repB = measures.map(() => new Float64Array(R));
  const repW = measures.map(() => new Float64Array(R));
  poissonCountReplicates(lambda, R, opts.seed, (r, drawn) => {
    for (let j = 0; j < occupied.length; j++) table[occupied[j]] = drawn[j];
    measures.forEach((m, i) => {
      const c = measureOf(table, m, eligible, 'candidate');
      repC[i][r] = c;
      if (withBaseline) {
        const b = measureOf(table, m, eligible, 'baseline');
        repB[i][r] = b;
        repW[i][r] = c - b;
      }
    });
  });
  measures.forEach((m, i) => {
    const g = out.get(m) as Gap;
    g.intervals = {
      candidate: percentileInterval(repC[i], opts.confidence),
      baseline: withBaseline ? percentileInterval(repB[i], opts.confidence) : null,
      widening: withBaseline ? percentileInterval(repW[i], opts.confidence) : null,
    };
  });
  return out;
}
