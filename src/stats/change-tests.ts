/**
 * Decisions on many paired metric changes at once. Each change test has a worsening w (positive =
 * the candidate is worse), its standard error se and an allowance A. Three one-sided normal tests
 * ask whether the candidate is worse at all (w > 0), worse by more than allowed (w > A), or
 * within the allowance (w < A). Each of the three families of p-values is adjusted with Holm's
 * step-down method over every change test of the run, so m metrics (which are all computed on
 * the same rows, and so fail together or not at all) do not multiply false alarms: the chance of
 * any false claim of each kind stays at most α whatever their dependence.
 */
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import { adjustPValues, type PAdjustMethod } from './correction.js';

export interface ChangeInput {
  /** Point estimate of the worsening (candidate worse by this much; negative = better). */
  worsening: number;
  /** Its standard error; must be finite and > 0 (callers keep other tests out). */
  se: number;
  allowed: number;
}

export interface ChangeP {
  /** Holm-adjusted p-values of the three one-sided tests. */
  worse: number;
  beyond: number;
  within: number;
}

/** Upper-tail normal p-value of z, with P(Z ≥ z) computed without cancellation. */
function upper(z: number): number {
  return normalCdf(-z, 0, 1);
}

/**
 * Holm-adjusted one-sided p-values for every change, in input order; `method` picks another
 * adjustment (the slices check lets the config choose).
 */
export function holmChangePValues(changes: readonly ChangeInput[], method: PAdjustMethod = 'holm'): ChangeP[] {
  for (const c of changes) {
    if (!(c.se > 0 && Number.isFinite(c.se)) || !Number.isFinite(c.worsening) || !Number.isFinite(c.allowed)) {
      throw new RangeError(`change test needs a finite worsening, allowance and positive standard error, got ${c.worsening}, ${c.allowed}, ${c.se}`);
    }
  }
  const worse = adjustPValues(changes.map((c) => upper(c.worsening / c.se)), method);
  const beyond = adjustPValues(changes.map((c) => upper((c.worsening - c.allowed) / c.se)), method);
  const within = adjustPValues(changes.map((c) => upper((c.allowed - c.worsening) / c.se)), method);
  return changes.map((_, i) => ({ worse: worse[i], beyond: beyond[i], within: within[i] }));
}
