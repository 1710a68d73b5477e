/**
 * Drift tests: does a column's distribution in the current file differ from the reference?
 *
 * Columns: the features, the target (`drift.target`) and the model outputs (`drift.predictions`).
 * Id `drift.<column>`; the outputs are `drift.prediction` (labels or values) and `drift.scores`
 * (one score column) or `drift.scores.<class>` (a column per class). Outputs compare like with
 * like, one model on both files: the candidate's column when both files hold it, else the
 * baseline's; only when neither model's column is in both files, the reference baseline against
 * the current candidate, and the message says plainly that this mixes models (a model change
 * shows as drift). A reference with neither column skips: comparing two models on the same rows
 * is the differential tests' job, not drift.
 *
 * Method per column: `columns.<name>.method`, else the global `method`. A global method that
 * cannot apply to a column (`ks`, `wasserstein` on text) gives way to `auto` there, said in the
 * message and `details.method_chosen`; a per-column one is an error naming its config key (it was
 * asked for by name). `auto` follows Evidently:
 * with n = reference non-missing values and d = distinct non-missing values of both files together,
 * - n ≤ small_sample_max: numeric with d > 5 → `ks` (two-sample Kolmogorov–Smirnov p-value);
 *   otherwise d > 2 → `chi_squared` (homogeneity p-value), d ≤ 2 → `z` (two-proportion z-test of
 *   the reference's most frequent value);
 * - larger n: numeric with d > 5 → `wasserstein_norm` (Wasserstein-1 distance divided by
 *   max(reference population std, 0.001)); otherwise `jensen_shannon` (distance, natural log).
 * Frequency methods (chi_squared, z, jensen_shannon, psi, hellinger) compare category counts for
 * categorical columns and for numeric columns with d ≤ 5 (each value a category), and counts in
 * `bins` reference-quantile bins for other numeric columns. `ks` and `wasserstein` need numbers.
 * The methods other tools use (Fisher, Cramér's V, TVD, L-infinity, KL, chi-squared goodness of
 * fit, energy, Anderson–Darling, Cramér–von Mises, Mann–Whitney, range-normalised Wasserstein) are
 * measured in drift-peers.ts; one a column cannot take (`UnsuitableColumn`) is handled like a
 * numeric-only method on text.
 *
 * Decision: p-value methods drift when p < threshold (`columns.<name>.threshold`, else `p_value`)
 * and warn when p < warn (`p_value_warn`); with `correction` (default Holm) the adjusted p-value
 * (over all p-value tests of this run) is the one compared, and both are reported. Holm controls
 * the family-wise error like Bonferroni under any dependence between columns and rejects
 * everything Bonferroni rejects, and more: with 30 columns, "no column drifts" stays a 95 % event
 * instead of a 21 % one. Distances drift when
 * value ≥ threshold (`distance`; PSI: `psi`) and warn when value ≥ warn (`distance_warn` /
 * `psi_warn`). A column's `warn: null` removes the band; an absent one inherits the global band.
 * Drift gives the column's severity (`columns.<name>.severity`, else `severity`). PSI (on the same
 * frequencies), the statistic, p-value and sample sizes are always in `details`.
 *
 * `drift.dataset`: value = share of tested feature columns that drift (not merely warn); the
 * drift severity when ≥ `dataset_share`.
 *
 * A column with no values on either side is an error (nothing to compare). A target with no
 * labelled rows in the current file is skipped (shadow logs get labels late). Date columns
 * (dates.ts) are not default features; one named in `columns.features` is an error.
 */
import { METHOD_LABEL } from '../results/methods.js';
import type { Check, CheckContext, Side } from './context.js';
import type { DriftColumnSettings, DriftMethod, DriftSettings, GateConfig } from '../config/types.js';
import type { Column, NumericColumn } from '../data/table.js';
import { csvPosition } from '../errors.js';
import { formatInt } from '../report/format.js';
import type { Severity, Status, TestResult, Threshold } from '../results/types.js';
import { alignedCategoryCounts } from '../stats/categories.js';
import { chiSquareHomogeneity } from '../stats/chisquare.js';
import { adjustPValues } from '../stats/correction.js';
import { stdOf } from '../stats/descriptive.js';
import { hellingerDistance, jensenShannonDistance, populationStabilityIndex } from '../stats/divergence.js';
import { quantileBinCounts } from '../stats/histogram.js';
import { ksTwoSample } from '../stats/ks.js';
import { wassersteinDistance, wassersteinReference, wassersteinToReference, type WassersteinReference } from '../stats/wasserstein.js';
import { twoProportionZTest } from '../stats/ztest.js';
import { DATE_ADVICE, treatAsDate } from './dates.js';
import { stringCodes } from './labels.js';
import { distinctUpTo, upperBound } from '../stats/search.js';
import { beyond, fmt, judge, makeThreshold, pct, plural, q } from './threshold.js';
import { uniqueIds } from './result.js';
import { textColumns } from '../embeddings/text.js';
import { isPeerMethod, measurePeer, PEER_DISTANCE_DEFAULT, PEER_NUMERIC_ONLY, UnsuitableColumn } from './drift-peers.js';

/** Evidently's cut between "a few values" (frequency tests) and a continuous column. */
export const FEW_VALUES = 5;
/** Floor for the reference std in the normalised Wasserstein distance (Evidently's). */
export const STD_FLOOR = 0.001;

export type Sample =
  | { kind: 'numeric'; sorted: Float64Array; where: string }
  | { kind: 'categorical'; codes: Int32Array; dictionary: readonly string[]; count: number; where: string };

/** One comparison: what to call it and where both samples come from. */
export interface Pair {
  id: string;
  name: string;
  column: string;
  /** Key into drift.columns for per-column settings. */
  settingsKey: string;
  isFeature: boolean;
  ref: Sample;
  cur: Sample;
  /** Prefix for messages that explains an unusual pairing. */
  note: string;
  /** Extra details (which model's outputs were compared). */
  info?: Record<string, unknown>;
}

export type MethodFamily = 'p_value' | 'distance' | 'psi';

export interface Measured {
  method: string;
  family: MethodFamily;
  /** KS D, chi-squared statistic, z, or the distance. */
  statistic: number;
  pValue: number | null;
  psi: number;
  details: Record<string, unknown>;
}

function size(s: Sample): number {
  return s.kind === 'numeric' ? s.sorted.length : s.count;
}

function sampleOf(ctx: CheckContext, side: Side, column: Column): Sample {
  const table = side === 'reference' ? ctx.reference : ctx.current;
  const where = csvPosition(table.source, undefined, column.name);
  if (column.kind === 'numeric') return { kind: 'numeric', sorted: ctx.sorted(side, column.name), where };
  return { kind: 'categorical', codes: column.codes, dictionary: column.dictionary, count: column.codes.length - column.missing, where };
}

/** A numeric sample as categories of its string forms (labels read as numbers on one side only). */
function asCategorical(ctx: CheckContext, side: Side, column: NumericColumn): Sample {
  const table = side === 'reference' ? ctx.reference : ctx.current;
  const sc = stringCodes(column);
  return {
    kind: 'categorical',
    codes: sc.codes,
    dictionary: sc.dictionary,
    count: column.values.length - column.missing,
    where: csvPosition(table.source, undefined, column.name),
  };
}

export interface Frequencies {
  ref: ArrayLike<number>;
  cur: ArrayLike<number>;
  /** Category names, or null for quantile bins. */
  labels: string[] | null;
  edges: Float64Array | null;
}

/** Counts of each value of two sorted samples whose union has few distinct values. */
function valueCounts(a: Float64Array, b: Float64Array, values: number[]): Frequencies {
  const ref = new Float64Array(values.length);
  const cur = new Float64Array(values.length);
  for (const [out, s] of [
    [ref, a],
    [cur, b],
  ] as const) {
    let start = 0;
    for (let k = 0; k < values.length; k++) {
      const end = upperBound(s, values[k]);
      out[k] = end - start;
      start = end;
    }
  }
  return { ref, cur, labels: values.map((v) => fmt(v)), edges: null };
}

/** The distinct values of two sorted samples together, or null when there are more than `FEW_VALUES`. */
function fewValues(a: Float64Array, b: Float64Array): number[] | null {
  const da = distinctUpTo(a, FEW_VALUES);
  if (da.length > FEW_VALUES) return null;
  const db = distinctUpTo(b, FEW_VALUES);
  if (db.length > FEW_VALUES) return null;
  const union = [...new Set([...da, ...db].map((v) => (v === 0 ? 0 : v)))].sort((x, y) => x - y);
  return union.length > FEW_VALUES ? null : union;
}

function frequencies(ref: Sample, cur: Sample, bins: number, few: number[] | null): Frequencies {
  if (ref.kind === 'categorical' && cur.kind === 'categorical') {
    const c = alignedCategoryCounts(ref.codes, ref.dictionary, cur.codes, cur.dictionary);
    return { ref: c.a, cur: c.b, labels: c.categories, edges: null };
  }
  if (ref.kind === 'numeric' && cur.kind === 'numeric') {
    if (few) return valueCounts(ref.sorted, cur.sorted, few);
    const h = quantileBinCounts(ref.sorted, cur.sorted, bins);
    return { ref: h.ref, cur: h.cur, labels: null, edges: h.edges };
  }
  throw new Error('samples of different kinds');
}

function distinctCount(f: Frequencies): number {
  let d = 0;
  for (let i = 0; i < f.ref.length; i++) if (f.ref[i] + f.cur[i] > 0) d++;
  return d;
}

/**
 * The method `measure` would pick for a numeric column compared with a current sample given in
 * parts (the chunks of the current file, each sorted): the parts' distinct values stand in for
 * the whole's, so the whole need not be sorted or measured. Null when `auto` would count
 * frequencies (a few distinct values), which `measure` on the whole decides.
 */
export function autoNumericMethod(ref: Float64Array, parts: readonly Float64Array[], smallMax: number): Exclude<DriftMethod, 'auto'> | null {
  const own = distinctUpTo(ref, FEW_VALUES);
  if (own.length <= FEW_VALUES) {
    const union = new Set<number>(own.map((v) => (v === 0 ? 0 : v)));
    for (const part of parts) {
      for (const v of distinctUpTo(part, FEW_VALUES)) union.add(v === 0 ? 0 : v);
      if (union.size > FEW_VALUES) break;
    }
    if (union.size <= FEW_VALUES) return null;
  }
  return ref.length <= smallMax ? 'ks' : 'wasserstein';
}

/** Evidently's default method (see the module comment). */
export function autoMethod(ref: Sample, numericMany: boolean, distinct: number, smallMax: number): Exclude<DriftMethod, 'auto'> {
  if (size(ref) <= smallMax) {
    if (numericMany) return 'ks';
    return distinct > 2 ? 'chi_squared' : 'z';
  }
  return numericMany ? 'wasserstein' : 'jensen_shannon';
}

/** Methods that need numbers on both sides. */
export { METHOD_LABEL };

/** For messages: the methods that also work on text columns. */
const FREQUENCY_METHODS = 'chi_squared, chi_squared_gof, z, fisher_exact, jensen_shannon, psi, hellinger, tvd, l_infinity, kl_divergence, cramer_v, cramer_v_corrected';

export const NUMERIC_ONLY: ReadonlySet<DriftMethod> = new Set<DriftMethod>(['ks', 'wasserstein', ...PEER_NUMERIC_ONLY]);

/** The reference's std and prefix sums per sorted array: the per-chunk tests measure every chunk against the same one. */
const stdMemo = new WeakMap<Float64Array, number>();
const preparedMemo = new WeakMap<Float64Array, WassersteinReference>();
function preparedReference(sorted: Float64Array): WassersteinReference {
  let r = preparedMemo.get(sorted);
  if (r === undefined) preparedMemo.set(sorted, (r = wassersteinReference(sorted)));
  return r;
}
function referenceStd(sorted: Float64Array): number {
  let s = stdMemo.get(sorted);
  if (s === undefined) stdMemo.set(sorted, (s = stdOf(sorted)));
  return s;
}

/**
 * `perChunk`: `pair.cur` is one of many chunks measured against the same reference, so the
 * reference is prepared once (its prefix sums) and each Wasserstein distance costs O(m log n).
 */
export function measure(pair: Pair, configured: DriftMethod, s: DriftSettings, fallbackNote: string | null, perChunk = false): Measured {
  const { ref, cur } = pair;
  const few = ref.kind === 'numeric' && cur.kind === 'numeric' ? fewValues(ref.sorted, cur.sorted) : null;
  const numericMany = ref.kind === 'numeric' && few === null;
  const freq = frequencies(ref, cur, s.bins, few);
  const distinct = distinctCount(freq);
  const method = configured === 'auto' ? autoMethod(ref, numericMany, distinct, s.small_sample_max) : configured;
  const psi = populationStabilityIndex(freq.ref, freq.cur);
  const details: Record<string, unknown> = {
    n_ref: size(ref),
    n_cur: size(cur),
    distinct,
    psi,
    method_chosen: fallbackNote ?? (configured === 'auto' ? 'auto' : 'configured'),
    frequencies: freq.labels ? 'categories' : `${freq.ref.length} reference-quantile bins`,
  };
  switch (method) {
    case 'ks': {
      if (ref.kind !== 'numeric' || cur.kind !== 'numeric') throw new Error('the KS test needs numbers, and this column holds text');
      const r = ksTwoSample(ref.sorted, cur.sorted);
      details.ks_method = r.method;
      return { method: 'ks', family: 'p_value', statistic: r.statistic, pValue: r.pValue, psi, details };
    }
    case 'wasserstein': {
      if (ref.kind !== 'numeric' || cur.kind !== 'numeric') throw new Error('the Wasserstein distance needs numbers, and this column holds text');
      const raw = perChunk ? wassersteinToReference(preparedReference(ref.sorted), cur.sorted) : wassersteinDistance(ref.sorted, cur.sorted);
      const std = referenceStd(ref.sorted);
      details.wasserstein = raw;
      details.reference_std = std;
      return { method: 'wasserstein_norm', family: 'distance', statistic: raw / Math.max(std, STD_FLOOR), pValue: null, psi, details };
    }
    default: {
      const m = frequencyMeasure(method, freq, psi, details);
      if (m) return m;
      if (isPeerMethod(method)) return measurePeer(method, ref, cur, freq, distinct, s, psi, details);
      throw new Error(`unknown drift method ${String(method)}`);
    }
  }
}

/**
 * The methods that read only the two sides' frequencies (category counts or reference-quantile
 * bins): the one implementation both the file path and the SQL path (src/pushdown/) use. Null for
 * any other method.
 */
export function frequencyMeasure(method: DriftMethod, freq: Frequencies, psi: number, details: Record<string, unknown>): Measured | null {
  switch (method) {
    case 'chi_squared': {
      const r = chiSquareHomogeneity(freq.ref, freq.cur);
      details.dof = r.dof;
      return { method: 'chi_squared', family: 'p_value', statistic: r.statistic, pValue: r.pValue, psi, details };
    }
    case 'z': {
      let top = 0;
      let nRef = 0;
      let nCur = 0;
      for (let i = 0; i < freq.ref.length; i++) {
        if (freq.ref[i] > freq.ref[top]) top = i;
        nRef += freq.ref[i];
        nCur += freq.cur[i];
      }
      const r = twoProportionZTest(freq.ref[top], nRef, freq.cur[top], nCur);
      details.z_category = freq.labels ? freq.labels[top] : `bin ${top + 1}`;
      details.reference_share = freq.ref[top] / nRef;
      details.current_share = freq.cur[top] / nCur;
      return { method: 'z', family: 'p_value', statistic: r.statistic, pValue: r.pValue, psi, details };
    }
    case 'jensen_shannon':
      return { method: 'jensen_shannon', family: 'distance', statistic: jensenShannonDistance(freq.ref, freq.cur), pValue: null, psi, details };
    case 'hellinger':
      return { method: 'hellinger', family: 'distance', statistic: hellingerDistance(freq.ref, freq.cur), pValue: null, psi, details };
    case 'psi':
      return { method: 'psi', family: 'psi', statistic: psi, pValue: null, psi, details };
    default:
      return null;
  }
}


export interface Limits {
  fail: number;
  warn: number | null;
  severity: Severity;
  /** The column's threshold is `auto`: this whole-file test is info, judged per chunk instead. */
  auto: boolean;
}

/**
 * The default drift limit of a distance method when it is not `distance`: a peer's own default
 * (Deepchecks' 0.2 for Cramér's V and wasserstein_range) while the config does not write
 * `tests.drift.distance`; null otherwise. Per-chunk tests should use it too.
 */
export function distanceDefaultFor(config: Pick<GateConfig, 'explicit'>, method: string): number | null {
  // config.explicit directly (load.ts's isExplicit): importing the loader here would pull the YAML
  // parser and the schema validator into the check worker, which runs the per-chunk drift.
  if (!isPeerMethod(method) || config.explicit.has('tests.drift.distance')) return null;
  return PEER_DISTANCE_DEFAULT[method] ?? null;
}

/** `distanceDefault`: the method's own default drift limit (a peer's), used instead of `distance`. */
export function limits(family: MethodFamily, col: Partial<DriftColumnSettings>, s: DriftSettings, distanceDefault: number | null = null): Limits {
  const [fail, warn] = family === 'p_value' ? [s.p_value, s.p_value_warn] : family === 'psi' ? [s.psi, s.psi_warn] : [distanceDefault ?? s.distance, s.distance_warn];
  // `auto`: the whole-file comparison is measured with the default limit but only shown (info);
  // the learned limit judges each chunk in drift.chunks.<column> (src/checks/chunks.ts).
  const auto = col.threshold === 'auto';
  return {
    fail: col.threshold === 'auto' || col.threshold === undefined || col.threshold === null ? fail : col.threshold,
    warn: col.warn !== undefined ? col.warn : warn,
    severity: col.severity ?? s.severity,
    auto,
  };
}

export interface Pending {
  pair: Pair;
  m: Measured;
  limits: Limits;
}

/** The drift result of one measured pair (src/pushdown computes `m` from aggregates and decides here too). */
export function decide(p: Pending, pAdjusted: number | null, correction: string): TestResult {
  const { pair, m, limits: l } = p;
  const isP = m.family === 'p_value';
  const value = isP ? (pAdjusted as number) : m.statistic;
  const bad = isP ? 'below' : 'above';
  const inclusive = !isP;
  const status: Status = l.auto ? 'info' : judge(value, bad, l.fail, l.warn, l.severity, inclusive);
  const drifted = !l.auto && (beyond(value, l.fail, bad, inclusive) || Number.isNaN(value));
  const threshold: Threshold = isP
    ? makeThreshold('p_value', 'below', l.fail, l.warn, `p < ${fmt(l.fail)}${l.warn !== null ? ` (warn < ${fmt(l.warn)})` : ''}`)
    : makeThreshold('value', 'above', l.fail, l.warn, `≥ ${fmt(l.fail)}${l.warn !== null ? ` (warn ≥ ${fmt(l.warn)})` : ''}`);
  const verdict = l.auto
    ? `threshold auto, judged per chunk in drift.chunks.${pair.column}`
    : drifted ? 'drift' : status === 'warn' ? 'possible drift' : 'no drift';
  const label = METHOD_LABEL[m.method] ?? m.method;
  const n = `${formatInt(size(pair.ref))} vs ${formatInt(size(pair.cur))} values`;
  let measured: string;
  // In the warn band the message names the warn limit that was crossed, with the drift limit after it.
  const inBand = !drifted && status === 'warn' && l.warn !== null;
  if (l.auto) measured = isP ? `${label} p = ${fmt(value)}` : `${label} ${fmt(value)}`;
  else if (isP) {
    // The raw p-value is shown when the correction moved it (a single test, or the largest, is unchanged).
    const adj = correction !== 'none' && value !== m.pValue ? ` (${correction}-adjusted; raw ${fmt(m.pValue as number)})` : '';
    measured = inBand
      ? `${label} p = ${fmt(value)}${adj} < ${fmt(l.warn as number)}, drift below ${fmt(l.fail)}`
      : `${label} p = ${fmt(value)}${adj} ${value < l.fail ? '<' : '≥'} ${fmt(l.fail)}`;
  } else {
    measured = inBand
      ? `${label} ${fmt(value)} ≥ ${fmt(l.warn as number)}, drift from ${fmt(l.fail)}`
      : `${label} ${fmt(value)} ${value >= l.fail ? '≥' : '<'} ${fmt(l.fail)}`;
  }
  const psiNote = m.method === 'psi' ? '' : `; PSI ${fmt(m.psi)}`;
  const details: Record<string, unknown> = { ...m.details, ...pair.info, statistic: m.statistic, drifted };
  if (isP) {
    details.p_value_raw = m.pValue;
    details.p_value_adjusted = pAdjusted;
    details.correction = correction;
  }
  const r: TestResult = {
    id: pair.id,
    family: 'drift',
    name: pair.name,
    column: pair.column,
    method: m.method,
    status,
    severity: l.severity,
    value: m.statistic,
    threshold: l.auto ? null : threshold,
    message: `${pair.note}${verdict}: ${measured} (${n}${psiNote})${
      typeof m.details.method_chosen === 'string' && m.details.method_chosen.startsWith('auto (') ? `; ${m.details.method_chosen}` : ''
    }`,
    details,
  };
  if (isP) r.p_value = pAdjusted;
  return r;
}

export function errorResult(pair: { id: string; name: string; column: string }, severity: Severity, message: string, status: Status = 'error'): TestResult {
  return { id: pair.id, family: 'drift', name: pair.name, column: pair.column, method: 'none', status, severity, value: null, threshold: null, message };
}

/** Builds a pair, or a result saying why the column cannot be compared. */
type PairOrResult = { pair: Pair } | { result: TestResult; isFeature: boolean };

interface Endpoint {
  side: Side;
  column: Column;
}

function makePair(
  ctx: CheckContext,
  base: { id: string; name: string; column: string; settingsKey: string; isFeature: boolean; note: string },
  a: Endpoint,
  b: Endpoint,
  labels: boolean,
): PairOrResult {
  const s = ctx.config.tests.drift;
  const severity = s.columns[base.settingsKey]?.severity ?? s.severity;
  let ref: Sample;
  let cur: Sample;
  if (a.column.kind !== b.column.kind) {
    if (!labels) {
      const ta = a.side === 'reference' ? ctx.reference.source : ctx.current.source;
      const tb = b.side === 'reference' ? ctx.reference.source : ctx.current.source;
      return {
        isFeature: base.isFeature,
        result: errorResult(base, severity,
          `${q(a.column.name)} is ${a.column.kind} in ${ta} but ${b.column.kind} in ${tb}, so the distributions cannot be compared (see quality.type_changes)`),
      };
    }
    // Class labels read as numbers in one file and text in the other compare by string form.
    ref = a.column.kind === 'numeric' ? asCategorical(ctx, a.side, a.column) : sampleOf(ctx, a.side, a.column);
    cur = b.column.kind === 'numeric' ? asCategorical(ctx, b.side, b.column) : sampleOf(ctx, b.side, b.column);
  } else {
    ref = sampleOf(ctx, a.side, a.column);
    cur = sampleOf(ctx, b.side, b.column);
  }
  for (const sample of [ref, cur]) {
    if (size(sample) === 0) return { isFeature: base.isFeature, result: errorResult(base, severity, `${sample.where} has no values, so its distribution cannot be compared`) };
  }
  return { pair: { ...base, ref, cur } };
}

function featurePairs(ctx: CheckContext): PairOrResult[] {
  const s = ctx.config.tests.drift;
  const out: PairOrResult[] = [];
  // Text columns are tested by their descriptors (checks/text.ts), not as categories.
  const text = new Set(textColumns(ctx).map((t) => t.column));
  for (const f of ctx.features) {
    if (s.columns[f]?.enabled === false || text.has(f)) continue;
    const base = { id: `drift.${f}`, name: `Drift: ${f}`, column: f, settingsKey: f, isFeature: true, note: '' };
    const severity = s.columns[f]?.severity ?? s.severity;
    const a = ctx.reference.columns.get(f);
    const b = ctx.current.columns.get(f);
    if (!a || !b) {
      const where = !a ? ctx.reference.source : ctx.current.source;
      out.push({ isFeature: true, result: errorResult(base, severity, `${where} has no column ${q(f)}`, 'skip') });
      continue;
    }
    if (treatAsDate(ctx.config, f, a, b)) {
      out.push({
        isFeature: true,
        result: errorResult(base, severity,
          `config key columns.features names ${q(f)}, which was recognised as dates (ISO 8601): new dates are expected, so comparing them as categories always drifts; ${DATE_ADVICE}`),
      });
      continue;
    }
    out.push(makePair(ctx, base, { side: 'reference', column: a }, { side: 'current', column: b }, false));
  }
  return out;
}

function targetPair(ctx: CheckContext): PairOrResult[] {
  const s = ctx.config.tests.drift;
  const t = ctx.config.columns.target;
  if (!s.target || t === null || s.columns[t]?.enabled === false) return [];
  const base = { id: `drift.${t}`, name: `Drift: ${t} (target)`, column: t, settingsKey: t, isFeature: false, note: '' };
  const severity = s.columns[t]?.severity ?? s.severity;
  const a = ctx.reference.columns.get(t);
  const b = ctx.current.columns.get(t);
  if (!a) return [{ isFeature: false, result: errorResult(base, severity, `${ctx.reference.source} has no target column ${q(t)}`, 'skip') }];
  if (!b) return [{ isFeature: false, result: errorResult(base, severity, `${ctx.current.source} has no target column ${q(t)}`, 'skip') }];
  if (b.missing === ctx.current.rowCount) {
    return [{ isFeature: false, result: errorResult(base, severity, `${csvPosition(ctx.current.source, undefined, t)} has no labelled rows yet`, 'skip') }];
  }
  return [makePair(ctx, base, { side: 'reference', column: a }, { side: 'current', column: b }, ctx.task === 'classification')];
}

function outputPairs(ctx: CheckContext): PairOrResult[] {
  const s = ctx.config.tests.drift;
  if (!s.predictions) return [];
  const cols = ctx.config.columns;
  const out: PairOrResult[] = [];
  const ref = ctx.reference;
  const cur = ctx.current;
  type Ends = { a: Endpoint; b: Endpoint; column: string; note: string; compared: 'candidate' | 'baseline' | 'mixed' };
  // Like with like: one model's outputs on both files, so only the data can have moved them.
  const endpoints = (baseName: string, candName: string): Ends | string => {
    const candRef = ref.columns.get(candName);
    const candCur = cur.columns.get(candName);
    const baseRef = ref.columns.get(baseName);
    const baseCur = cur.columns.get(baseName);
    if (candRef && candCur) {
      return { a: { side: 'reference', column: candRef }, b: { side: 'current', column: candCur }, column: candName, compared: 'candidate',
        note: `candidate ${q(candName)} in ${ref.source} vs in ${cur.source}: ` };
    }
    if (baseRef && baseCur) {
      return { a: { side: 'reference', column: baseRef }, b: { side: 'current', column: baseCur }, column: baseName, compared: 'baseline',
        note: `baseline ${q(baseName)} in ${ref.source} vs in ${cur.source}: ` };
    }
    if (baseRef && candCur) {
      return { a: { side: 'reference', column: baseRef }, b: { side: 'current', column: candCur }, column: candName, compared: 'mixed',
        note: `MIXES MODELS: baseline ${q(baseName)} in ${ref.source} vs candidate ${q(candName)} in ${cur.source} (neither model's column is in both files), so a model change shows as drift: ` };
    }
    if (!candCur) return `${cur.source} has no candidate column ${q(candName)}`;
    return `${ref.source} has neither ${q(baseName)} nor ${q(candName)}, so there are no reference outputs to compare with (the differential tests compare the two models on the current rows)`;
  };
  const add = (id: string, name: string, baseName: string, candName: string, labels: boolean): void => {
    if (s.columns[candName]?.enabled === false) return;
    const severity = s.columns[candName]?.severity ?? s.severity;
    const e = endpoints(baseName, candName);
    if (typeof e === 'string') {
      out.push({ isFeature: false, result: errorResult({ id, name, column: candName }, severity, e, 'skip') });
      return;
    }
    const base = { id, name, column: e.column, settingsKey: candName, isFeature: false, note: e.note };
    const made = makePair(ctx, base, e.a, e.b, labels);
    if ('pair' in made) made.pair.info = { compared: e.compared, reference_column: e.a.column.name, current_column: e.b.column.name };
    out.push(made);
  };
  if (cols.baseline_prediction !== null && cols.candidate_prediction !== null) {
    add('drift.prediction', 'Drift: predictions', cols.baseline_prediction, cols.candidate_prediction, ctx.task !== 'regression');
  }
  const bs = cols.baseline_scores;
  const cs = cols.candidate_scores;
  if (bs !== null && cs !== null) {
    if (typeof bs === 'string' && typeof cs === 'string') add('drift.scores', 'Drift: scores', bs, cs, false);
    else if (typeof bs !== 'string' && typeof cs !== 'string') {
      for (const [label, candName] of Object.entries(cs)) {
        const baseName = bs[label];
        if (baseName !== undefined) add(`drift.scores.${label}`, `Drift: scores of ${label}`, baseName, candName, false);
      }
    }
  }
  return out;
}

export function datasetTest(results: readonly TestResult[], featureIds: ReadonlySet<string>, s: DriftSettings): TestResult {
  const features = results.filter((r) => featureIds.has(r.id));
  const tested = features.filter((r) => r.status === 'pass' || r.status === 'warn' || r.status === 'fail');
  const errors = features.filter((r) => r.status === 'error').length;
  const base = { id: 'drift.dataset', family: 'drift' as const, name: 'Dataset drift', method: 'drifted_share', severity: s.severity };
  const threshold = makeThreshold('value', 'above', s.dataset_share, null, `≥ ${pct(s.dataset_share)} of columns`);
  if (tested.length === 0) {
    return errors > 0
      ? { ...base, status: 'error', value: null, threshold, message: `no feature column could be tested (${plural(errors, 'error')})` }
      : { ...base, status: 'skip', value: null, threshold, message: 'no feature columns to test for drift' };
  }
  const drifted = tested.filter((r) => r.details?.drifted === true);
  const share = drifted.length / tested.length;
  const status: Status = beyond(share, s.dataset_share, 'above', true) ? s.severity : 'pass';
  const names = drifted.slice(0, 10).map((r) => q(r.column as string)).join(', ');
  return {
    ...base,
    status,
    value: share,
    threshold,
    message:
      `${drifted.length} of ${plural(tested.length, 'feature column')} drifted (${pct(share)})` +
      (drifted.length > 0 ? `: ${names}${drifted.length > 10 ? ', …' : ''}` : '') +
      (errors > 0 ? `; ${plural(errors, 'column')} could not be tested` : ''),
    details: { unit: 'share', drifted: drifted.map((r) => r.column), tested: tested.length, errors },
  };
}

/**
 * Per-column settings the user wrote for a column of the data that no drift test covers (excluded,
 * dates, not among explicit features): the config names it, so it is an error, not silence.
 * Settings that only switch the column off ask for nothing. Names not in the data are the config
 * loader's to reject.
 */
function untestedSettings(ctx: CheckContext, tested: ReadonlySet<string>): TestResult[] {
  const s = ctx.config.tests.drift;
  const cols = ctx.config.columns;
  const excluded = new Set(cols.exclude);
  const out: TestResult[] = [];
  for (const [name, col] of Object.entries(s.columns)) {
    if (tested.has(name) || col.enabled === false) continue;
    const a = ctx.reference.columns.get(name);
    const b = ctx.current.columns.get(name);
    if (!a && !b) continue;
    const why = excluded.has(name)
      ? 'it is in columns.exclude'
      : treatAsDate(ctx.config, name, a, b)
        ? `it was recognised as dates (${DATE_ADVICE})`
        : cols.features !== null
          ? 'it is not in columns.features'
          : 'it plays a role other than feature (target with drift.target off, id, or a model output with drift.predictions off)';
    out.push(errorResult({ id: `drift.${name}`, name: `Drift: ${name}`, column: name }, col.severity ?? s.severity,
      `config key tests.drift.columns.${name} sets drift options for ${q(name)}, but no drift test covers it: ${why}`));
  }
  return out;
}

export const driftChecks: Check = (ctx) => {
  const s = ctx.config.tests.drift;
  if (!s.enabled) return [];
  const pairs = [...featurePairs(ctx), ...targetPair(ctx), ...outputPairs(ctx)];
  const slots: (TestResult | Pending)[] = [];
  const featureIds = new Set<string>();
  for (const p of pairs) {
    if ('result' in p) {
      slots.push(p.result);
      if (p.isFeature) featureIds.add(p.result.id);
      continue;
    }
    const pair = p.pair;
    if (pair.isFeature) featureIds.add(pair.id);
    const col = s.columns[pair.settingsKey] ?? {};
    const severity = col.severity ?? s.severity;
    const numeric = pair.ref.kind === 'numeric' && pair.cur.kind === 'numeric';
    let method = col.method ?? s.method;
    let fallback: string | null = null;
    if (!numeric && NUMERIC_ONLY.has(method)) {
      if (col.method !== undefined) {
        slots.push(errorResult(pair, severity,
          `config key tests.drift.columns.${pair.settingsKey}.method is ${method}, which needs numbers, but ${pair.cur.where} holds text: use a frequency method (${FREQUENCY_METHODS}) or auto`));
        continue;
      }
      fallback = `auto (the global method ${method} needs numbers and this column holds text)`;
      method = 'auto';
    }
    try {
      let m: Measured;
      try {
        m = measure(pair, method, s, fallback);
      } catch (e) {
        // A method the column's values do not allow (Fisher's test on more than two values): an error
        // naming the key when the column asked for it, the global method giving way to auto otherwise.
        if (!(e instanceof UnsuitableColumn)) throw e;
        if (col.method !== undefined) {
          slots.push(errorResult(pair, severity, `config key tests.drift.columns.${pair.settingsKey}.method is ${method}, but ${e.message} (${pair.cur.where})`));
          continue;
        }
        m = measure(pair, 'auto', s, `auto (the global method ${method} does not apply: ${e.message})`);
      }
      // A p-value outside [0, 1] would make the correction throw for every column; fail this one.
      if (m.family === 'p_value' && !((m.pValue as number) >= 0 && (m.pValue as number) <= 1)) {
        throw new Error(`the ${METHOD_LABEL[m.method]} p-value is ${String(m.pValue)}`);
      }
      slots.push({ pair, m, limits: limits(m.family, col, s, distanceDefaultFor(ctx.config, m.method)) });
    } catch (e) {
      slots.push(errorResult(pair, severity, `${pair.cur.where}: ${METHOD_LABEL[col.method ?? s.method] ?? col.method ?? s.method} could not be computed: ${e instanceof Error ? e.message : String(e)}`));
    }
  }
  const pending = slots.filter((x): x is Pending => 'm' in x && x.m.family === 'p_value');
  const adjusted = adjustPValues(pending.map((x) => x.m.pValue as number), s.correction);
  const adjustedOf = new Map(pending.map((x, i) => [x, adjusted[i]] as const));
  const results = slots.map((x) => ('m' in x ? decide(x, adjustedOf.get(x) ?? null, s.correction) : x));
  results.push(datasetTest(results, featureIds, s));
  const tested = new Set(pairs.map((p) => ('pair' in p ? p.pair.settingsKey : (p.result.column as string))));
  for (const t of textColumns(ctx)) tested.add(t.column);
  // Output settings are keyed by the candidate column, whichever model's column was compared.
  for (const c of s.predictions ? [ctx.config.columns.candidate_prediction, ctx.config.columns.candidate_scores] : []) {
    if (typeof c === 'string') tested.add(c);
    else if (c) for (const v of Object.values(c)) tested.add(v);
  }
  results.push(...untestedSettings(ctx, tested));
  return uniqueIds(results);
};
