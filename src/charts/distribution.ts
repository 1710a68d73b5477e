/**
 * One column's two distributions on shared bins (see ColumnDistribution in src/results/charts.ts).
 *
 * Numeric bins, from the finite values of both files:
 * - integers spanning fewer than MAX_BINS units (counts, flags, ratings): one bin per integer,
 *   [v − ½, v + ½), so every value has its own bar;
 * - otherwise equal-width bins over the central range, from the lower of the two files' 0.5 %
 *   quantiles to the higher of their 99.5 % quantiles (the full range when that is one point), so
 *   one outlier cannot squeeze the picture into a single bar. The count follows Freedman–Diaconis,
 *   width 2·IQR·n^(−1/3) with the reference's IQR and n (the current's when the reference has no
 *   values), clamped to MIN_BINS…MAX_BINS bins.
 * Values outside the edges, infinities included, are counted in `below` and `above`; missing
 * values in `missing`: every side's counts add up to its rows. Quantiles are numpy's 'linear' ones
 * of the finite values, at the levels 0, 0.01, …, 1.
 *
 * Categorical (or a column read as numbers in one file and text in the other, compared by its
 * string forms as the drift tests do): at most MAX_BARS bars, the categories with the largest
 * share in either file (so a category new in the current file shows), drawn in reference-frequency
 * order; the rest sum into `other`.
 *
 * Sorted arrays come from the context's cache, which the drift tests filled: bins and quantiles
 * cost a few binary searches per column, not a pass over its rows.
 */
import type { Column } from '../data/table.js';
import type { ColumnDistribution, Side } from '../results/charts.js';
import { stringCodes } from '../checks/labels.js';
import { alignedCategoryCounts } from '../stats/categories.js';
import { quantileSorted } from '../stats/descriptive.js';
import { distinctUpTo, lowerBound, upperBound } from '../stats/search.js';

export const MIN_BINS = 10;
export const MAX_BINS = 40;
export const MAX_BARS = 30;
/** Share of each file left out at either end of the equal-width range (to below/above). */
export const TAIL = 0.005;
/** 0, 0.01, …, 1: each the correctly rounded i/100. */
export const QUANTILE_LEVELS: readonly number[] = Array.from({ length: 101 }, (_, i) => i / 100);

/** The finite values of a sorted, NaN-free array (infinities sit at its ends). */
export function finitePart(sorted: Float64Array): Float64Array {
  return sorted.subarray(lowerBound(sorted, -Number.MAX_VALUE), upperBound(sorted, Number.MAX_VALUE));
}

/** Integer edges when both files hold integers spanning fewer than MAX_BINS units, else null. */
function integerEdges(finite: readonly Float64Array[]): number[] | null {
  const values = new Set<number>();
  for (const f of finite) {
    const d = distinctUpTo(f, MAX_BINS);
    if (d.length > MAX_BINS) return null;
    for (const v of d) values.add(v);
  }
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    // Beyond 2^52 a half no longer fits beside the integer.
    if (!Number.isInteger(v) || Math.abs(v) >= 2 ** 52) return null;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  if (hi - lo >= MAX_BINS) return null;
  return Array.from({ length: hi - lo + 2 }, (_, i) => lo + i - 0.5);
}

function iqr(sorted: Float64Array): number {
  return quantileSorted(sorted, 0.75) - quantileSorted(sorted, 0.25);
}

/** Shared bin edges of two sorted, finite, NaN-free samples (see the module comment); [] when both are empty. */
export function sharedEdges(ref: Float64Array, cur: Float64Array): number[] {
  const present = [ref, cur].filter((s) => s.length > 0);
  if (present.length === 0) return [];
  const ints = integerEdges(present);
  if (ints) return ints;
  let lo = Math.min(...present.map((s) => quantileSorted(s, TAIL)));
  let hi = Math.max(...present.map((s) => quantileSorted(s, 1 - TAIL)));
  if (!(hi > lo)) {
    lo = Math.min(...present.map((s) => s[0]));
    hi = Math.max(...present.map((s) => s[s.length - 1]));
  }
  if (!(hi > lo)) {
    // One value (not an integer, or the integer rule would have applied): one bin around it.
    const d = Math.abs(lo) / 2;
    return [lo - d, lo + d];
  }
  const basis = ref.length > 0 ? ref : cur;
  const width = (2 * iqr(basis)) / Math.cbrt(basis.length);
  const wanted = width > 0 ? Math.ceil((hi - lo) / width) : MAX_BINS;
  const bins = Math.min(MAX_BINS, Math.max(MIN_BINS, wanted));
  // hi − lo overflows only for values near ±1.8e308; the step is then taken apart.
  const step = Number.isFinite(hi - lo) ? (hi - lo) / bins : hi / bins - lo / bins;
  const edges = Array.from({ length: bins + 1 }, (_, i) => lo + step * i);
  edges[bins] = hi;
  return edges;
}

/**
 * Counts of a sorted, NaN-free sample in bins [e_i, e_{i+1}) (the last closed), and the values
 * below the first edge and above the last. With no edges, -∞ is below and the rest above.
 */
export function binCounts(sorted: Float64Array, edges: readonly number[]): { counts: number[]; below: number; above: number } {
  if (edges.length === 0) {
    const below = upperBound(sorted, -Infinity);
    return { counts: [], below, above: sorted.length - below };
  }
  const below = lowerBound(sorted, edges[0]);
  const counts: number[] = [];
  let start = below;
  const last = edges.length - 1;
  for (let i = 1; i <= last; i++) {
    const end = i < last ? lowerBound(sorted, edges[i]) : upperBound(sorted, edges[last]);
    counts.push(end - start);
    start = end;
  }
  return { counts, below, above: sorted.length - start };
}

/** numpy 'linear' quantiles of sorted finite values at QUANTILE_LEVELS; [] when there are none. */
export function quantilesOf(finite: Float64Array): number[] {
  return finite.length === 0 ? [] : QUANTILE_LEVELS.map((p) => quantileSorted(finite, p));
}

/** Both files' sorted non-missing values, and the rows each file has. */
export interface NumericSides {
  sorted: Record<Side, Float64Array>;
  rows: Record<Side, number>;
}

export function numericDistribution(column: string, role: string, s: NumericSides): ColumnDistribution {
  const finite = { reference: finitePart(s.sorted.reference), current: finitePart(s.sorted.current) };
  const edges = sharedEdges(finite.reference, finite.current);
  const ref = binCounts(s.sorted.reference, edges);
  const cur = binCounts(s.sorted.current, edges);
  return {
    column,
    kind: 'numeric',
    role,
    edges,
    counts: { reference: ref.counts, current: cur.counts },
    below: { reference: ref.below, current: cur.below },
    above: { reference: ref.above, current: cur.above },
    missing: { reference: s.rows.reference - s.sorted.reference.length, current: s.rows.current - s.sorted.current.length },
    quantiles: { levels: [...QUANTILE_LEVELS], reference: quantilesOf(finite.reference), current: quantilesOf(finite.current) },
  };
}

/** Both files' column (of either kind); categories compare by their string forms. */
export function categoricalDistribution(column: string, role: string, ref: Column, cur: Column): ColumnDistribution {
  const a = stringCodes(ref);
  const b = stringCodes(cur);
  // alignedCategoryCounts needs rows: a file without any counts as one missing value.
  const rowsOrNone = (codes: Int32Array): Int32Array => (codes.length > 0 ? codes : Int32Array.of(-1));
  const aligned = alignedCategoryCounts(rowsOrNone(a.codes), a.dictionary, rowsOrNone(b.codes), b.dictionary);
  const k = aligned.categories.length;
  const totals = { reference: sum(aligned.a), current: sum(aligned.b) };
  const share = (i: number): number =>
    Math.max(totals.reference > 0 ? aligned.a[i] / totals.reference : 0, totals.current > 0 ? aligned.b[i] / totals.current : 0);
  const truncated = k > MAX_BARS;
  const chosen = truncated ? largest(k, MAX_BARS, share) : Array.from({ length: k }, (_, i) => i);
  chosen.sort((x, y) => aligned.a[y] - aligned.a[x] || aligned.b[y] - aligned.b[x] || x - y);
  const counts = { reference: chosen.map((i) => aligned.a[i]), current: chosen.map((i) => aligned.b[i]) };
  const out: ColumnDistribution = {
    column,
    kind: 'categorical',
    role,
    categories: chosen.map((i) => aligned.categories[i]),
    counts,
    missing: { reference: ref.missing, current: cur.missing },
  };
  if (truncated) {
    out.truncated = true;
    out.other = { reference: totals.reference - sum(counts.reference), current: totals.current - sum(counts.current) };
  }
  return out;
}

/**
 * The `limit` indices of 0…k−1 with the largest `key`, earlier indices first among equals: one pass
 * keeping a short sorted list, not a sort of every category (an id-like column has a million).
 */
function largest(k: number, limit: number, key: (i: number) => number): number[] {
  const top: number[] = [];
  const keys: number[] = [];
  for (let i = 0; i < k; i++) {
    const v = key(i);
    if (top.length === limit && v <= keys[limit - 1]) continue;
    let at = top.length;
    while (at > 0 && keys[at - 1] < v) at--;
    top.splice(at, 0, i);
    keys.splice(at, 0, v);
    if (top.length > limit) {
      top.pop();
      keys.pop();
    }
  }
  return top;
}

function sum(xs: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i];
  return s;
}
