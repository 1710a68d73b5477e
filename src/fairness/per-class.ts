/**
 * Precision, recall and F1 of every class for both models on the same rows, with bootstrap
 * intervals: each model's value and the paired candidate − baseline difference. The replicates are
 * those of the performance family's paired Poisson bootstrap (pairedConfusionReplicates: the same
 * draws from the same seed), and each replicate's per-class values come from the one definition
 * of the metrics, metricsFromConfusion (scikit-learn's `precision_recall_fscore_support` with
 * `zero_division=0`).
 */
import { pairedConfusionReplicates, percentileInterval, type BootstrapInterval, type BootstrapOptions } from '../stats/bootstrap.js';
import { confusionMatrix, metricsFromConfusion, type ClassMetrics } from '../stats/classification.js';
import type { PerClassMetric } from '../config/types.js';

export const PER_CLASS_METRICS: readonly PerClassMetric[] = ['precision', 'recall', 'f1'];

export type PerClassIntervals = Record<PerClassMetric, BootstrapInterval>;

export interface ClassStats {
  /** Labelled rows of the class. */
  support: number;
  /** Rows each model predicts as the class. */
  predicted: { candidate: number; baseline: number | null };
  candidate: ClassMetrics;
  baseline: ClassMetrics | null;
  /** Percentile intervals of each model's value, and of candidate − baseline (with its se); null without replicates. */
  intervals: { candidate: PerClassIntervals; baseline: PerClassIntervals | null; delta: PerClassIntervals | null } | null;
}

/**
 * Per-class statistics of `k` classes on the rows where the label and every prediction given are
 * present (-1 elsewhere). `opts` null: no intervals. Without a baseline the candidate's intervals
 * come from the same bootstrap with the candidate in both places.
 */
export function perClassStats(actual: Int32Array, candidate: Int32Array, baseline: Int32Array | null, k: number, opts: BootstrapOptions | null): ClassStats[] {
  const cmC = confusionMatrix(actual, candidate, k);
  const cmB = baseline ? confusionMatrix(actual, baseline, k) : null;
  const mC = metricsFromConfusion(cmC, k, null).per_class;
  const mB = cmB ? metricsFromConfusion(cmB, k, null).per_class : null;
  const colSum = (cm: Float64Array, c: number): number => {
    let s = 0;
    for (let a = 0; a < k; a++) s += cm[a * k + c];
    return s;
  };
  const out: ClassStats[] = [];
  for (let c = 0; c < k; c++) {
    out.push({
      support: mC[c].support,
      predicted: { candidate: colSum(cmC, c), baseline: cmB ? colSum(cmB, c) : null },
      candidate: mC[c],
      baseline: mB ? mB[c] : null,
      intervals: null,
    });
  }
  if (opts === null || opts.replicates < 1) return out;
  const R = opts.replicates;
  const M = PER_CLASS_METRICS.length;
  // Replicate values, [class][metric][replicate] flattened: each model's, and the difference.
  const repC = new Float64Array(k * M * R);
  const repB = baseline ? new Float64Array(k * M * R) : null;
  const repD = baseline ? new Float64Array(k * M * R) : null;
  pairedConfusionReplicates(actual, baseline ?? candidate, candidate, k, opts, (r, wB, wC) => {
    const pc = metricsFromConfusion(wC, k, null).per_class;
    const pb = repB ? metricsFromConfusion(wB, k, null).per_class : null;
    for (let c = 0; c < k; c++) {
      // A class that a replicate happens to draw no row of has no value there, not a zero.
      const present = pc[c].support > 0;
      for (let j = 0; j < M; j++) {
        const at = (c * M + j) * R + r;
        const metric = PER_CLASS_METRICS[j];
        const vc = present ? pc[c][metric] : NaN;
        repC[at] = vc;
        if (pb && repB && repD) {
          const vb = present ? pb[c][metric] : NaN;
          repB[at] = vb;
          repD[at] = vc - vb;
        }
      }
    }
  });
  const intervalsOf = (rep: Float64Array, c: number): PerClassIntervals => {
    const res = {} as PerClassIntervals;
    PER_CLASS_METRICS.forEach((metric, j) => {
      const at = (c * M + j) * R;
      res[metric] = percentileInterval(rep.slice(at, at + R), opts.confidence);
    });
    return res;
  };
  for (let c = 0; c < k; c++) {
    out[c].intervals = {
      candidate: intervalsOf(repC, c),
      baseline: repB ? intervalsOf(repB, c) : null,
      delta: repD ? intervalsOf(repD, c) : null,
    };
  }
  return out;
}
