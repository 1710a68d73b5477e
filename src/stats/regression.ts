/**
 * Regression metrics with scikit-learn's definitions, over rows where both the actual value and the
 * prediction are present (NaN rows skipped):
 *  - MAE, RMSE = sqrt(mean squared error);
 *  - MAPE = mean(|y − ŷ| / max(|y|, eps)), eps = float64 machine epsilon, so y = 0 gives a huge but
 *    finite term exactly as mean_absolute_percentage_error does (a fraction, not a percentage);
 *  - R² = 1 − SS_res/SS_tot with r2_score's force_finite=True rules (scikit-learn ≥ 1.1):
 *    SS_res = 0 gives 1 (a perfect fit, even of a constant target); SS_tot = 0 with SS_res > 0
 *    gives 0. With fewer than two rows R² is NaN, as scikit-learn returns.
 * With no usable rows every metric is NaN.
 */

export const MAPE_EPS = 2.220446049250313e-16;

export interface RegressionMetrics {
  mae: number;
  rmse: number;
  mape: number;
  r2: number;
  /** Rows used (actual and predicted both present). */
  n: number;
}

/** R² from its sums with scikit-learn's force_finite rules; shared with the bootstrap. */
export function r2FromSums(ssRes: number, ssTot: number, n: number): number {
  if (n < 2) return NaN;
  if (ssRes === 0) return 1;
  if (ssTot === 0) return 0;
  return 1 - ssRes / ssTot;
}

export function regressionMetrics(actual: Float64Array, predicted: Float64Array): RegressionMetrics {
  if (actual.length !== predicted.length) {
    throw new RangeError(`actual and predicted differ in length (${actual.length} vs ${predicted.length})`);
  }
  // Two passes: SS_tot around the exact mean, because the one-pass Σy² − (Σy)²/n loses every digit
  // when the target's mean is large next to its spread.
  let n = 0, sumY = 0;
  for (let i = 0; i < actual.length; i++) {
    const y = actual[i], p = predicted[i];
    if (y !== y || p !== p) continue;
    n++;
    sumY += y;
  }
  if (n === 0) return { mae: NaN, rmse: NaN, mape: NaN, r2: NaN, n: 0 };
  const mean = sumY / n;
  let sumAbs = 0, sumSq = 0, sumApe = 0, ssTot = 0;
  for (let i = 0; i < actual.length; i++) {
    const y = actual[i], p = predicted[i];
    if (y !== y || p !== p) continue;
    const e = p - y;
    const ae = Math.abs(e);
    sumAbs += ae;
    sumSq += e * e;
    const ay = Math.abs(y);
    sumApe += ae / (ay > MAPE_EPS ? ay : MAPE_EPS);
    const d = y - mean;
    ssTot += d * d;
  }
  return {
    mae: sumAbs / n,
    rmse: Math.sqrt(sumSq / n),
    mape: sumApe / n,
    r2: r2FromSums(sumSq, ssTot, n),
    n,
  };
}
