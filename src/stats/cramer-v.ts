/**
 * Cramér's V of the 2 × k table "sample (reference, current) × category": the effect size of the
 * chi-squared homogeneity test, 0 (same shares) to 1. Plain: √(χ²/(n·min(k − 1, 1))), =
 * scipy.stats.contingency.association(table, method='cramer', correction=False). Bias-corrected
 * (Bergsma 2013, the form Deepchecks uses): φ̃² = max(0, χ²/n − (k − 1)/(n − 1)), k̃ = k −
 * (k − 1)²/(n − 1), r̃ = 2 − 1/(n − 1), V = √(φ̃² / min(k̃ − 1, r̃ − 1)). χ² is Pearson's without
 * Yates' correction; categories empty in both samples are dropped.
 */
import { chiSquareHomogeneity } from './chisquare.js';

export function cramersV(refCounts: ArrayLike<number>, curCounts: ArrayLike<number>, biasCorrected: boolean): number {
  const chi = chiSquareHomogeneity(refCounts, curCounts);
  const k = chi.dof + 1;
  if (k < 2) return 0;
  let n = 0;
  for (let i = 0; i < refCounts.length; i++) n += refCounts[i] + curCounts[i];
  const phi2 = chi.statistic / n;
  if (!biasCorrected) return Math.min(1, Math.sqrt(phi2));
  const phi2c = Math.max(0, phi2 - (k - 1) / (n - 1));
  const kc = k - ((k - 1) * (k - 1)) / (n - 1);
  const rc = 2 - 1 / (n - 1);
  const denom = Math.min(kc - 1, rc - 1);
  if (!(denom > 0)) throw new Error(`bias-corrected Cramér's V is undefined for ${n} values in ${k} categories`);
  return Math.sqrt(phi2c / denom);
}
