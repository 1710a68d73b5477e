/**
 * Reliability curve as scikit-learn's calibration_curve(strategy='uniform', n_bins=10) draws it:
 * bin edges numpy.linspace(0, 1, 11) (i · 0.1, so 0.30000000000000004), a probability p in the bin
 * of the number of inner edges strictly below it (so [0, 0.1], (0.1, 0.2], …, (0.9, 1]); per
 * non-empty bin, the mean prediction, the share of positives and the row count. Scores outside
 * [0, 1] are not probabilities: the curve is then empty and says why, where scikit-learn refuses.
 */
import type { CalibrationCurve } from '../results/charts.js';

export const CALIBRATION_BINS = 10;

/** Inner edges, computed as numpy.linspace computes them (i · step). */
const INNER = Float64Array.from({ length: CALIBRATION_BINS - 1 }, (_, i) => (i + 1) * (1 / CALIBRATION_BINS));

/** The bin of a probability, or -1 when it is not one (outside [0, 1], or NaN). */
export function calibrationBin(p: number): number {
  if (!(p >= 0 && p <= 1)) return -1;
  const b = Math.min((p * CALIBRATION_BINS) | 0, CALIBRATION_BINS - 1);
  // The product is the bin up to one step of rounding at an edge; the edges themselves decide.
  if (b > 0 && p <= INNER[b - 1]) return b - 1;
  if (b < CALIBRATION_BINS - 1 && p > INNER[b]) return b + 1;
  return b;
}

/** Per bin: the sum of the predictions, the positives and the rows; and the scores that were no probability. */
export interface CalibrationCounts {
  sums: Float64Array;
  positives: Int32Array;
  counts: Int32Array;
  outside: number;
}

export function calibrationCounts(): CalibrationCounts {
  return { sums: new Float64Array(CALIBRATION_BINS), positives: new Int32Array(CALIBRATION_BINS), counts: new Int32Array(CALIBRATION_BINS), outside: 0 };
}

export function calibrationFromCounts(c: CalibrationCounts): CalibrationCurve {
  if (c.outside > 0) {
    return { predicted: [], observed: [], count: [], note: `${c.outside} score${c.outside === 1 ? ' is' : 's are'} outside [0, 1], so the scores are not probabilities` };
  }
  const out: CalibrationCurve = { predicted: [], observed: [], count: [] };
  for (let b = 0; b < CALIBRATION_BINS; b++) {
    if (c.counts[b] === 0) continue;
    out.predicted.push(c.sums[b] / c.counts[b]);
    out.observed.push(c.positives[b] / c.counts[b]);
    out.count.push(c.counts[b]);
  }
  return out;
}

/** Labels 1 (positive) or 0 and scores, no NaN. */
export function calibrationCurve(isPositive: Uint8Array, scores: Float64Array): CalibrationCurve {
  const c = calibrationCounts();
  const { sums, positives, counts } = c;
  for (let i = 0; i < scores.length; i++) {
    const p = scores[i];
    const b = calibrationBin(p);
    if (b < 0) {
      c.outside++;
      continue;
    }
    sums[b] += p;
    positives[b] += isPositive[i];
    counts[b]++;
  }
  return calibrationFromCounts(c);
}
