/**
 * The drift methods users of Evidently, NannyML, Deepchecks and Alibi Detect look for (README
 * "Coming from another tool"), measured for drift.ts on the same samples and frequencies as its own
 * methods: rank and CDF tests on the sorted numeric samples (O(n1 + n2) merges, no per-value
 * objects), share-based statistics on the category counts or the reference-quantile bins.
 */
import type { DriftMethod, DriftSettings } from '../config/types.js';
import { andersonDarling2 } from '../stats/anderson-darling.js';
import { chiSquareGoodnessOfFit } from '../stats/chisquare-gof.js';
import { cramersV } from '../stats/cramer-v.js';
import { cramerVonMises2 } from '../stats/cramer-von-mises.js';
import { energyDistance } from '../stats/energy.js';
import { fisherExact } from '../stats/fisher-exact.js';
import { mannWhitneyU } from '../stats/mann-whitney.js';
import { klDivergence, lInfinityDistance, totalVariationDistance } from '../stats/share-distances.js';
import { wassersteinByRange } from '../stats/wasserstein-range.js';
import type { Measured, Sample } from './drift.js';

/** The method cannot apply to this column (its kind or its number of values), as opposed to failing on it. */
export class UnsuitableColumn extends Error {}

export type PeerMethod = Extract<
  DriftMethod,
  | 'fisher_exact' | 'chi_squared_gof' | 'cramer_v' | 'cramer_v_corrected' | 'tvd' | 'l_infinity' | 'kl_divergence'
  | 'energy' | 'anderson_darling' | 'cramer_von_mises' | 'mann_whitney' | 'wasserstein_range'
>;

const PEER: ReadonlySet<string> = new Set<PeerMethod>([
  'fisher_exact', 'chi_squared_gof', 'cramer_v', 'cramer_v_corrected', 'tvd', 'l_infinity', 'kl_divergence',
  'energy', 'anderson_darling', 'cramer_von_mises', 'mann_whitney', 'wasserstein_range',
]);

export function isPeerMethod(m: string): m is PeerMethod {
  return PEER.has(m);
}

/** Peer methods that need numbers on both sides (they read the sorted values, not frequencies). */
export const PEER_NUMERIC_ONLY: readonly PeerMethod[] = ['energy', 'anderson_darling', 'cramer_von_mises', 'mann_whitney', 'wasserstein_range'];

/**
 * Default drift limits of the distances whose peer default differs from `distance` (0.1, Evidently's
 * for its distances): Deepchecks' 0.2 for Cramér's V and its range-normalised Earth Mover's Distance.
 * Used while `tests.drift.distance` is not written in the config.
 */
export const PEER_DISTANCE_DEFAULT: Readonly<Partial<Record<PeerMethod, number>>> = {
  cramer_v: 0.2,
  cramer_v_corrected: 0.2,
  wasserstein_range: 0.2,
};

export interface FrequencyView {
  ref: ArrayLike<number>;
  cur: ArrayLike<number>;
  labels: string[] | null;
}

function numbers(ref: Sample, cur: Sample, label: string): [Float64Array, Float64Array] {
  if (ref.kind !== 'numeric' || cur.kind !== 'numeric') throw new UnsuitableColumn(`${label} needs numbers, and this column holds text`);
  return [ref.sorted, cur.sorted];
}

/**
 * `distinct`: categories (or bins) with a count on either side. `psi` and `details` are the common
 * parts every Measured carries; the method's own numbers are added to `details`.
 */
export function measurePeer(
  method: PeerMethod,
  ref: Sample,
  cur: Sample,
  freq: FrequencyView,
  distinct: number,
  s: DriftSettings,
  psi: number,
  details: Record<string, unknown>,
): Measured {
  const distance = (statistic: number): Measured => ({ method, family: 'distance', statistic, pValue: null, psi, details });
  const test = (statistic: number, pValue: number): Measured => ({ method, family: 'p_value', statistic, pValue, psi, details });
  switch (method) {
    case 'fisher_exact': {
      if (distinct > 2) {
        throw new UnsuitableColumn(`Fisher's exact test needs a column with at most 2 distinct values, and this one has ${distinct}${freq.labels ? '' : ' bins of numbers'}`);
      }
      const used: number[] = [];
      for (let i = 0; i < freq.ref.length; i++) if (freq.ref[i] + freq.cur[i] > 0) used.push(i);
      const [i0, i1] = used;
      const r = fisherExact(freq.ref[i0], freq.cur[i0], i1 === undefined ? 0 : freq.ref[i1], i1 === undefined ? 0 : freq.cur[i1]);
      details.odds_ratio = Number.isFinite(r.oddsRatio) ? r.oddsRatio : null;
      if (freq.labels) details.fisher_categories = used.map((i) => freq.labels![i]);
      return test(r.oddsRatio, r.pValue);
    }
    case 'chi_squared_gof': {
      const r = chiSquareGoodnessOfFit(freq.ref, freq.cur);
      details.dof = r.dof;
      return test(r.statistic, r.pValue);
    }
    case 'cramer_v':
    case 'cramer_v_corrected':
      return distance(cramersV(freq.ref, freq.cur, method === 'cramer_v_corrected'));
    case 'tvd':
      return distance(totalVariationDistance(freq.ref, freq.cur));
    case 'l_infinity':
      return distance(lInfinityDistance(freq.ref, freq.cur));
    case 'kl_divergence':
      details.empty_bin_share = 'Evidently: 0.0001, or a millionth of the smallest share when that is <= 0.0001';
      return distance(klDivergence(freq.ref, freq.cur));
    case 'energy': {
      const [a, b] = numbers(ref, cur, 'the energy distance');
      return distance(energyDistance(a, b));
    }
    case 'anderson_darling': {
      const [a, b] = numbers(ref, cur, 'the Anderson-Darling test');
      const r = andersonDarling2(a, b);
      // Beyond Scholz and Stephens' table scipy (and so the gate) only bounds p: 0.25 means "≥ 0.25".
      details.p_value_kind = r.pValueKind;
      return test(r.statistic, r.pValue);
    }
    case 'cramer_von_mises': {
      const [a, b] = numbers(ref, cur, 'the Cramér-von Mises test');
      const r = cramerVonMises2(a, b);
      details.cvm_method = r.method;
      return test(r.statistic, r.pValue);
    }
    case 'mann_whitney': {
      const [a, b] = numbers(ref, cur, 'the Mann-Whitney U test');
      const r = mannWhitneyU(a, b);
      details.mann_whitney_method = r.method;
      return test(r.statistic, r.pValue);
    }
    case 'wasserstein_range': {
      const [a, b] = numbers(ref, cur, 'the range-normalised Wasserstein distance');
      const r = wassersteinByRange(a, b, s.range_margin);
      details.range = r.range;
      details.range_margin = s.range_margin;
      details.values_kept = r.kept;
      return distance(r.value);
    }
  }
}
