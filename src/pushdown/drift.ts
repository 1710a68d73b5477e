/**
 * Drift on SQL sources: the same pairs, methods, limits, correction and dataset test as
 * src/checks/drift.ts (its `decide`, `limits` and `datasetTest` judge here too), with every
 * statistic computed from aggregates:
 * - frequency methods (chi-squared, z, Jensen–Shannon, PSI, Hellinger) from category counts,
 *   value counts (numeric columns with ≤ 5 distinct values) or counts in the reference's quantile
 *   bins, whose edges are interpolated (numpy 'linear', as on files) from the engine's exact order
 *   statistics (aggregates.ts orderStatistics): the same numbers as on files;
 * - KS and Wasserstein-1 exact when both sides share a connection (order.ts), else bracketed: the
 *   result then carries `details.bracket` and is judged on both ends (`combine`).
 * Categories are ordered by reference count (then text) where a file keeps first appearance: only
 * the z-test's choice between equally frequent top categories can differ.
 */
import { isExplicit } from '../config/load.js';
import type { DriftMethod, DriftSettings } from '../config/types.js';
import type { Severity, Status, TestResult } from '../results/types.js';
import { METHOD_LABEL } from '../results/methods.js';
import {
  autoMethod, datasetTest, decide, errorResult, FEW_VALUES, frequencyMeasure, limits, NUMERIC_ONLY, STD_FLOOR,
  type Frequencies, type Measured, type Pair, type Pending, type Sample,
} from '../checks/drift.js';
import { fmt, q } from '../checks/threshold.js';
import { adjustPValues } from '../stats/correction.js';
import { linearQuantile, linearQuantileRanks } from '../stats/descriptive.js';
import { populationStabilityIndex } from '../stats/divergence.js';
import { quantileEdges } from '../stats/histogram.js';
import { ksFromExtremes } from '../stats/ks.js';
import { binCounts, categoryCounts, toNumber, valueSummary, type NumericProfile } from './aggregates.js';
import { NEEDS_ROWS, where, type PushdownContext, type SqlSide } from './context.js';
import { bracketEcdf, BRACKET_BINS, exactEcdf, type Bracket } from './order.js';

/** Frequencies as this path builds them: counts from the engine, in doubles. */
type Counts = Frequencies & { ref: Float64Array; cur: Float64Array };


interface Spec {
  id: string;
  name: string;
  column: string;
  settingsKey: string;
  isFeature: boolean;
  note: string;
  /** Column names on each side (outputs may compare the baseline's column with the candidate's). */
  refColumn: string;
  curColumn: string;
  /** Class labels: numbers on one side and text on the other compare by their text. */
  labels: boolean;
  info?: Record<string, unknown>;
}

/** A measured pair, with a second measure (the other end of a bracket) for bracketed statistics. */
interface Slot {
  pair: Pair;
  m: Measured;
  /** The bracket's end that favours drift (larger distance, smaller p), when bracketed. */
  worst?: Measured;
  limits: ReturnType<typeof limits>;
}

function counted(side: SqlSide, column: string, n: number): Sample {
  // Decisions read only the size of a sample: no values cross from the engine.
  return { kind: 'categorical', codes: new Int32Array(0), dictionary: [], count: n, where: where(side, column) };
}

function aligned(a: Map<string, number>, b: Map<string, number>): Counts {
  const byCount = [...a].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)).map(([k]) => k);
  const labels = [...byCount, ...[...b.keys()].filter((k) => !a.has(k)).sort()];
  return { ref: Float64Array.from(labels, (k) => a.get(k) ?? 0), cur: Float64Array.from(labels, (k) => b.get(k) ?? 0), labels, edges: null };
}

/** Text form of each value of a numeric label column, as labels.ts writes it (String(x)). */
async function labelCounts(side: SqlSide, column: string): Promise<Map<string, number>> {
  if (side.kinds.get(column) === 'categorical') return categoryCounts(side.rel, column);
  const d = side.rel.connection.dialect;
  const x = d.asDouble(d.quoteIdent(column));
  const rows = await side.rel.connection.query(`SELECT ${x} AS v, COUNT(*) AS n FROM ${side.rel.from} WHERE ${x} IS NOT NULL GROUP BY 1`, `${side.rel.side}: label counts of ${JSON.stringify(column)}`);
  const out = new Map<string, number>();
  for (const r of rows) {
    const key = String(toNumber(r.v));
    out.set(key, (out.get(key) ?? 0) + toNumber(r.n));
  }
  return out;
}

/** The reference's quantile-bin edges from its order statistics, and both sides' counts in them. */
async function quantileBins(ctx: PushdownContext, s: DriftSettings, spec: Spec, nRef: number, order: ReadonlyMap<number, number>): Promise<Counts> {
  const edges = quantileEdges(s.bins, (p) => linearQuantile(nRef, p, (k) => order.get(k) as number));
  const pts = Array.from(edges);
  const [ref, cur] = await Promise.all([binCounts(ctx.reference.rel, spec.refColumn, pts), binCounts(ctx.current.rel, spec.curColumn, pts)]);
  return { ref, cur, labels: null, edges };
}

/** The ranks whose order statistics the quantile-bin edges interpolate between. */
function edgeRanks(s: DriftSettings, n: number): number[] {
  return Array.from({ length: s.bins - 1 }, (_, i) => (i + 1) / s.bins).flatMap((p) => linearQuantileRanks(n, p));
}

function distinctOf(f: Counts): number {
  let d = 0;
  for (let i = 0; i < f.ref.length; i++) if (f.ref[i] + f.cur[i] > 0) d++;
  return d;
}

/** The frequency methods, by drift.ts's own function; the others need rows. */
function measureFromFrequencies(method: Exclude<DriftMethod, 'auto' | 'ks' | 'wasserstein'>, freq: Counts, psi: number, details: Record<string, unknown>): Measured {
  const m = frequencyMeasure(method, freq, psi, details);
  if (!m) throw new Error(`${METHOD_LABEL[method] ?? method} is ${NEEDS_ROWS}`);
  return m;
}

/** One pair measured from aggregates: one Measured, or the two ends of a bracket. */
async function measurePair(ctx: PushdownContext, spec: Spec, configured: DriftMethod, fallbackNote: string | null): Promise<{ m: Measured; worst?: Measured; nRef: number; nCur: number }> {
  const s = ctx.config.tests.drift;
  const refKind = ctx.reference.kinds.get(spec.refColumn);
  const curKind = ctx.current.kinds.get(spec.curColumn);
  const numeric = refKind === 'numeric' && curKind === 'numeric';
  let freq: Counts;
  let numericMany = false;
  let nRef: number;
  let nCur: number;
  let refP: NumericProfile | undefined;
  let curP: NumericProfile | undefined;
  if (numeric) {
    refP = ctx.reference.profile.numeric.get(spec.refColumn) as NumericProfile;
    curP = ctx.current.profile.numeric.get(spec.curColumn) as NumericProfile;
    nRef = refP.n;
    nCur = curP.n;
    if (nRef === 0 || nCur === 0) throw new EmptySide(nRef === 0 ? where(ctx.reference, spec.refColumn) : where(ctx.current, spec.curColumn));
    const [a, b] = await Promise.all([
      valueSummary(ctx.reference.rel, spec.refColumn, FEW_VALUES, edgeRanks(s, nRef)),
      valueSummary(ctx.current.rel, spec.curColumn, FEW_VALUES, []),
    ]);
    const union = a.distinct <= FEW_VALUES && b.distinct <= FEW_VALUES
      ? [...new Set([...a.smallest, ...b.smallest].map((v) => (v.value === 0 ? 0 : v.value)))].sort((x, y) => x - y) : null;
    if (union && union.length <= FEW_VALUES) {
      // Each value a category, counted by the same query (−0 and 0 are one value, as on files).
      const countOf = (list: { value: number; count: number }[], v: number): number => list.filter((x) => x.value === v).reduce((t, x) => t + x.count, 0);
      freq = { ref: Float64Array.from(union, (v) => countOf(a.smallest, v)), cur: Float64Array.from(union, (v) => countOf(b.smallest, v)), labels: union.map((v) => fmt(v)), edges: null };
    } else {
      numericMany = true;
      freq = await quantileBins(ctx, s, spec, nRef, a.order);
    }
  } else {
    const [a, b] = spec.labels || refKind !== curKind
      ? await Promise.all([labelCounts(ctx.reference, spec.refColumn), labelCounts(ctx.current, spec.curColumn)])
      : await Promise.all([categoryCounts(ctx.reference.rel, spec.refColumn), categoryCounts(ctx.current.rel, spec.curColumn)]);
    freq = aligned(a, b);
    nRef = freq.ref.reduce((x, y) => x + y, 0);
    nCur = freq.cur.reduce((x, y) => x + y, 0);
    if (nRef === 0 || nCur === 0) throw new EmptySide(nRef === 0 ? where(ctx.reference, spec.refColumn) : where(ctx.current, spec.curColumn));
  }
  const distinct = distinctOf(freq);
  const method = configured === 'auto' ? autoMethod(counted(ctx.reference, spec.refColumn, nRef), numericMany, distinct, s.small_sample_max) : configured;
  const psi = populationStabilityIndex(freq.ref, freq.cur);
  const details: Record<string, unknown> = {
    n_ref: nRef,
    n_cur: nCur,
    distinct,
    psi,
    method_chosen: fallbackNote ?? (configured === 'auto' ? 'auto' : 'configured'),
    frequencies: freq.labels ? 'categories' : `${freq.ref.length} reference-quantile bins`,
  };
  if (method !== 'ks' && method !== 'wasserstein') return { m: measureFromFrequencies(method, freq, psi, details), nRef, nCur };
  if (!numeric || !refP || !curP) throw new Error(`${METHOD_LABEL[method]} needs numbers, and this column holds text`);
  const std = Math.sqrt(refP.varPop);
  if (ctx.shared) {
    const e = await exactEcdf(ctx.reference.rel, ctx.current.rel, [spec.refColumn, spec.curColumn], nRef, nCur);
    if (method === 'ks') {
      const r = ksFromExtremes(nRef, nCur, e.maxS, e.minS);
      return { m: { method: 'ks', family: 'p_value', statistic: r.statistic, pValue: r.pValue, psi, details: { ...details, ks_method: r.method } }, nRef, nCur };
    }
    return {
      m: { method: 'wasserstein_norm', family: 'distance', statistic: e.w1 / Math.max(std, STD_FLOOR), pValue: null, psi, details: { ...details, wasserstein: e.w1, reference_std: std } },
      nRef,
      nCur,
    };
  }
  const lo = Math.min(refP.min, curP.min);
  const hi = Math.max(refP.max, curP.max);
  const b = await bracketEcdf(ctx.reference.rel, ctx.current.rel, [spec.refColumn, spec.curColumn], lo, hi);
  const bracketNote = (x: Bracket, what: string): Record<string, unknown> => ({
    lower: x.lower, upper: x.upper, of: what, bins: BRACKET_BINS, blocks: b.blocks,
    why: 'the two sides are on different engines, so no query sees both: bounds from fine histograms over the joint range',
  });
  if (method === 'ks') {
    // The exact distribution where files use it: its lattice rounding moves each end by under half
    // a lattice step, and the true statistic is a lattice point inside the bracket.
    const best = ksFromExtremes(nRef, nCur, b.ks.lower, 0);
    const worst = ksFromExtremes(nRef, nCur, b.ks.upper, 0);
    const d = { ...details, ks_method: best.method, bracket: { ...bracketNote(b.ks, 'statistic'), p_value: [worst.pValue, best.pValue] } };
    return {
      m: { method: 'ks', family: 'p_value', statistic: best.statistic, pValue: best.pValue, psi, details: d },
      worst: { method: 'ks', family: 'p_value', statistic: worst.statistic, pValue: worst.pValue, psi, details: d },
      nRef,
      nCur,
    };
  }
  const scale = Math.max(std, STD_FLOOR);
  const d = { ...details, reference_std: std, wasserstein: b.w1.lower, bracket: { ...bracketNote({ lower: b.w1.lower / scale, upper: b.w1.upper / scale }, 'statistic'), wasserstein: [b.w1.lower, b.w1.upper] } };
  return {
    m: { method: 'wasserstein_norm', family: 'distance', statistic: b.w1.lower / scale, pValue: null, psi, details: d },
    worst: { method: 'wasserstein_norm', family: 'distance', statistic: b.w1.upper / scale, pValue: null, psi, details: d },
    nRef,
    nCur,
  };
}

class EmptySide extends Error {}

/** The drift specs: features, the target and the model outputs, as drift.ts pairs them. */
function specs(ctx: PushdownContext): (Spec | TestResult)[] {
  const s = ctx.config.tests.drift;
  const cols = ctx.config.columns;
  const out: (Spec | TestResult)[] = [];
  const has = (side: SqlSide, c: string): boolean => side.kinds.has(c);
  const sev = (key: string): Severity => s.columns[key]?.severity ?? s.severity;
  for (const f of ctx.features) {
    if (s.columns[f]?.enabled === false) continue;
    const base = { id: `drift.${f}`, name: `Drift: ${f}`, column: f };
    if (!has(ctx.reference, f) || !has(ctx.current, f)) {
      out.push(errorResult(base, sev(f), `${!has(ctx.reference, f) ? ctx.reference.source : ctx.current.source} has no column ${q(f)}`, 'skip'));
      continue;
    }
    out.push({ ...base, settingsKey: f, isFeature: true, note: '', refColumn: f, curColumn: f, labels: false });
  }
  const t = cols.target;
  if (s.target && t !== null && s.columns[t]?.enabled !== false) {
    const base = { id: `drift.${t}`, name: `Drift: ${t} (target)`, column: t };
    if (!has(ctx.reference, t)) out.push(errorResult(base, sev(t), `${ctx.reference.source} has no target column ${q(t)}`, 'skip'));
    else if (!has(ctx.current, t)) out.push(errorResult(base, sev(t), `${ctx.current.source} has no target column ${q(t)}`, 'skip'));
    else if (ctx.current.profile.missing.get(t) === ctx.current.profile.rows) out.push(errorResult(base, sev(t), `${where(ctx.current, t)} has no labelled rows yet`, 'skip'));
    else out.push({ ...base, settingsKey: t, isFeature: false, note: '', refColumn: t, curColumn: t, labels: ctx.task === 'classification' });
  }
  if (s.predictions) {
    const add = (id: string, name: string, baseName: string, candName: string, labels: boolean): void => {
      if (s.columns[candName]?.enabled === false) return;
      const R = ctx.reference.source;
      const C = ctx.current.source;
      const pick =
        has(ctx.reference, candName) && has(ctx.current, candName) ? { r: candName, c: candName, compared: 'candidate', note: `candidate ${q(candName)} in ${R} vs in ${C}: ` }
          : has(ctx.reference, baseName) && has(ctx.current, baseName) ? { r: baseName, c: baseName, compared: 'baseline', note: `baseline ${q(baseName)} in ${R} vs in ${C}: ` }
            : has(ctx.reference, baseName) && has(ctx.current, candName)
              ? { r: baseName, c: candName, compared: 'mixed', note: `MIXES MODELS: baseline ${q(baseName)} in ${R} vs candidate ${q(candName)} in ${C} (neither model's column is in both sources), so a model change shows as drift: ` }
              : null;
      if (!pick) {
        const why = !has(ctx.current, candName) ? `${C} has no candidate column ${q(candName)}` : `${R} has neither ${q(baseName)} nor ${q(candName)}, so there are no reference outputs to compare with`;
        out.push(errorResult({ id, name, column: candName }, sev(candName), why, 'skip'));
        return;
      }
      out.push({ id, name, column: pick.c, settingsKey: candName, isFeature: false, note: pick.note, refColumn: pick.r, curColumn: pick.c, labels,
        info: { compared: pick.compared, reference_column: pick.r, current_column: pick.c } });
    };
    if (cols.baseline_prediction !== null && cols.candidate_prediction !== null) add('drift.prediction', 'Drift: predictions', cols.baseline_prediction, cols.candidate_prediction, ctx.task !== 'regression');
    const bs = cols.baseline_scores;
    const cs = cols.candidate_scores;
    if (typeof bs === 'string' && typeof cs === 'string') add('drift.scores', 'Drift: scores', bs, cs, false);
    else if (bs !== null && cs !== null && typeof bs !== 'string' && typeof cs !== 'string') {
      for (const [label, candName] of Object.entries(cs)) if (bs[label] !== undefined) add(`drift.scores.${label}`, `Drift: scores of ${label}`, bs[label], candName, false);
    }
  }
  return out;
}

/**
 * A bracketed result: judged on both ends. The same status from both is the status; otherwise
 * the data cannot decide, which is `warn` (inconclusive), never a pass.
 */
function combine(best: TestResult, worst: TestResult): TestResult {
  const bracket = (best.details?.bracket ?? {}) as { lower?: number; upper?: number; p_value?: [number, number] };
  const range = best.method === 'ks'
    ? `KS statistic in [${fmt(bracket.lower ?? NaN)}, ${fmt(bracket.upper ?? NaN)}]`
    : `${METHOD_LABEL[best.method] ?? best.method} in [${fmt(bracket.lower ?? NaN)}, ${fmt(bracket.upper ?? NaN)}]`;
  const note = `bracketed (the sources are on different engines): ${range}`;
  if (best.status === worst.status) return { ...best, message: `${best.message}; ${note}`, details: { ...best.details, drifted: best.details?.drifted === true } };
  const status: Status = 'warn';
  return {
    ...best,
    status,
    message: `inconclusive: ${note}, and the limit lies inside it (lower end: ${best.status}, upper end: ${worst.status}); ${best.message}`,
    details: { ...best.details, inconclusive: true, drifted: best.details?.drifted === true },
  };
}

/** A result whose statistic is exact but whose adjusted p-value lies in `range` (others were bracketed). */
function adjustedBracket(best: TestResult, worst: TestResult, range: [number, number]): TestResult {
  const note = `adjusted together with bracketed p-values, so the adjusted p-value lies in [${fmt(range[0])}, ${fmt(range[1])}]`;
  const details = { ...best.details, p_value_adjusted_bracket: range };
  if (best.status === worst.status) return { ...best, message: `${best.message}; ${note}`, details };
  return { ...best, status: 'warn', message: `inconclusive: ${note}, and the limit lies inside it; ${best.message}`, details: { ...details, inconclusive: true } };
}

export async function pushdownDrift(ctx: PushdownContext): Promise<TestResult[]> {
  const s = ctx.config.tests.drift;
  if (!s.enabled) return [];
  const slots: (TestResult | Slot)[] = [];
  const featureIds = new Set<string>();
  for (const spec of specs(ctx)) {
    if (!('settingsKey' in spec)) {
      slots.push(spec);
      if (spec.id.startsWith('drift.') && ctx.features.includes(spec.column as string)) featureIds.add(spec.id);
      continue;
    }
    if (spec.isFeature) featureIds.add(spec.id);
    const col = s.columns[spec.settingsKey] ?? {};
    const severity = col.severity ?? s.severity;
    const refKind = ctx.reference.kinds.get(spec.refColumn);
    const curKind = ctx.current.kinds.get(spec.curColumn);
    if (refKind !== curKind && !spec.labels) {
      slots.push(errorResult(spec, severity, `${q(spec.column)} is ${refKind} in ${ctx.reference.source} but ${curKind} in ${ctx.current.source}, so the distributions cannot be compared (see quality.type_changes)`));
      continue;
    }
    let method = col.method ?? s.method;
    let fallback: string | null = null;
    const numeric = refKind === 'numeric' && curKind === 'numeric';
    if (!numeric && NUMERIC_ONLY.has(method)) {
      if (col.method !== undefined) {
        slots.push(errorResult(spec, severity, `config key tests.drift.columns.${spec.settingsKey}.method is ${method}, which needs numbers, but ${where(ctx.current, spec.curColumn)} holds text: use a frequency method (chi_squared, z, jensen_shannon, psi, hellinger) or auto`));
        continue;
      }
      fallback = `auto (the global method ${method} needs numbers and this column holds text)`;
      method = 'auto';
    }
    try {
      const r = await measurePair(ctx, spec, method, fallback);
      const pair: Pair = { ...spec, ref: counted(ctx.reference, spec.refColumn, r.nRef), cur: counted(ctx.current, spec.curColumn, r.nCur) };
      for (const m of r.worst ? [r.m, r.worst] : [r.m]) {
        if (m.family === 'p_value' && !((m.pValue as number) >= 0 && (m.pValue as number) <= 1)) throw new Error(`the ${METHOD_LABEL[m.method]} p-value is ${String(m.pValue)}`);
      }
      slots.push({ pair, m: r.m, ...(r.worst ? { worst: r.worst } : {}), limits: limits(r.m.family, col, s) });
    } catch (e) {
      const message = e instanceof EmptySide ? `${e.message} has no values, so its distribution cannot be compared`
        : `${where(ctx.current, spec.curColumn)}: ${METHOD_LABEL[col.method ?? s.method] ?? col.method ?? s.method} could not be computed: ${e instanceof Error ? e.message : String(e)}`;
      slots.push(errorResult(spec, severity, message));
    }
  }
  // Holm (or any step-wise correction) is monotone in every p-value, so adjusting the favourable
  // ends together and the unfavourable ends together brackets each adjusted p-value.
  const pending = slots.filter((x): x is Slot => 'm' in x && x.m.family === 'p_value');
  const best = adjustPValues(pending.map((x) => x.m.pValue as number), s.correction);
  const worst = adjustPValues(pending.map((x) => (x.worst ?? x.m).pValue as number), s.correction);
  const results = slots.map((x) => {
    if (!('m' in x)) return x;
    const i = pending.indexOf(x);
    const p: Pending = { pair: x.pair, m: x.m, limits: x.limits };
    const r = decide(p, i >= 0 ? best[i] : null, s.correction);
    if (x.worst) return combine(r, decide({ ...p, m: x.worst }, i >= 0 ? worst[i] : null, s.correction));
    if (i < 0 || best[i] === worst[i]) return r;
    // An exact p-value adjusted together with bracketed ones: its adjusted value is bracketed too.
    return adjustedBracket(r, decide(p, worst[i], s.correction), [worst[i], best[i]]);
  });
  results.push(datasetTest(results, featureIds, s));
  // Per-column settings for a column no drift test covers: an error, as on files.
  const covered = new Set(results.map((r) => r.column));
  for (const c of [ctx.config.columns.candidate_prediction, ...(typeof ctx.config.columns.candidate_scores === 'string' ? [ctx.config.columns.candidate_scores] : Object.values(ctx.config.columns.candidate_scores ?? {}))]) {
    if (c) covered.add(c);
  }
  for (const [name, col] of Object.entries(s.columns)) {
    if (covered.has(name) || col.enabled === false || !isExplicit(ctx.config, `tests.drift.columns.${name}`)) continue;
    if (!ctx.reference.kinds.has(name) && !ctx.current.kinds.has(name)) continue;
    results.push(errorResult({ id: `drift.${name}`, name: `Drift: ${name}`, column: name }, col.severity ?? s.severity,
      `config key tests.drift.columns.${name} sets drift options for ${q(name)}, but no drift test covers it (excluded, not among the features, or a role column with its drift switched off)`));
  }
  return results;
}
