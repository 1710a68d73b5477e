/**
 * Weak-segment search: over every feature column (categorical values, numeric quantile bins of the
 * reference) and over pairs of the columns whose segments are worst, the segments where the
 * candidate loses most to the baseline on the same labelled rows, for one or more metrics.
 *
 * Each usable row has a loss per model (classification: 1 when the prediction is wrong, so the
 * mean is 1 − accuracy, or over the positive rows only 1 − recall; regression: |target −
 * prediction|, so the mean is the MAE) and a paired
 * difference d = loss(candidate) − loss(baseline). A segment's worsening is the mean of d over its
 * rows, with the standard error of a paired mean, √(s²/n) (s² the sample variance of d). Sums per
 * segment are taken in one pass over a column's group codes (typed arrays, no per-row objects);
 * a pair of columns is one more pass, so the search stays linear in the rows.
 *
 * The correction for having searched: the one-sided p-values (worse than the allowance) of every
 * segment tried, of every metric, are Holm-adjusted together (src/stats/change-tests.ts), so the chance that any
 * segment is wrongly called worse than the allowance stays at most α however many were tried.
 */
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import { sampleBatch, sampleIndices } from '../checks/models/sample.js';
import type { ColumnKind, Table } from '../data/table.js';
import { createRng } from '../stats/random.js';
import { holmChangePValues, type ChangeP } from '../stats/change-tests.js';
import { groupRows, GroupingError, type Grouping } from './groups.js';
import { gatherF64 } from '../data/gather.js';

/** Per-row losses of both models on the usable rows (NaN elsewhere). */
export interface PairedLosses {
  /** loss(candidate) − loss(baseline) per current row; NaN where the row is not usable. */
  readonly diff: Float64Array;
  /** loss(baseline) per current row (NaN where not usable). */
  readonly baseline: Float64Array;
}

/** One metric searched: its per-row losses and a segment's allowance from its baseline mean loss. */
export interface LossSet {
  /** "accuracy", "recall" or "mae": how the results name and format it. */
  readonly metric: string;
  readonly losses: PairedLosses;
  readonly allowed: (baselineLoss: number) => number;
}

/** Sums over one group's usable rows. */
export interface SegmentSums {
  n: number;
  /** Σ loss(baseline). */
  baseline: number;
  /** Σ d and Σ d². */
  diff: number;
  diff2: number;
}

export interface Segment {
  /** The metric (LossSet.metric) whose losses this segment compares. */
  readonly metric: string;
  /** The grouping columns, one or two, and this segment's label for each. */
  readonly columns: readonly string[];
  readonly kinds: readonly ColumnKind[];
  readonly parts: readonly string[];
  readonly n: number;
  /** Mean loss of each model in the segment. */
  readonly baselineLoss: number;
  readonly candidateLoss: number;
  /** Mean of d: positive when the candidate is worse. */
  readonly worsening: number;
  /** Standard error of the worsening; 0 when every row has the same d. */
  readonly se: number;
  /** Allowed worsening in this segment. */
  readonly allowed: number;
  /** Lower end of the two-sided interval of the worsening, the ranking key. */
  readonly lower: number;
  /** Holm-adjusted p-values over every segment tried; null when the segment has no spread. */
  p: ChangeP | null;
}

export interface SearchSettings {
  readonly minRows: number;
  readonly quantiles: number;
  readonly maxColumns: number;
  readonly confidence: number;
  /** Files with more rows are searched on a seeded sample of this many rows of each (SEARCH_ROWS). */
  readonly sampleRows?: number;
  readonly seed?: number;
}

/**
 * Rows the search reads at most per file. Every feature and pair is grouped and summed, so the
 * search costs rows × columns: on the bench's 1M-row files with 20 features it took 1.2 s of the
 * gate's 4 s, on the main thread. A segment worth naming is large (≥ min_slice_rows, usually a
 * quarter bin or a category), so 200,000 rows still measure it to a few tenths of a percentage
 * point of accuracy; the result says when it searched a sample, and named slices are never sampled.
 */
export const SEARCH_ROWS = 100_000;

export interface SearchResult {
  /** Every segment tried (enough rows), worst lower bound first. */
  readonly segments: Segment[];
  /** Columns searched, pairs searched, and segments too small to test. */
  readonly columns: number;
  readonly pairs: number;
  readonly small: number;
  /** Columns that could not be grouped, with why (e.g. missing from the current file). */
  readonly skipped: readonly string[];
  /** Current rows searched when they were a sample (null: all of them). */
  readonly sampled: number | null;
}

/** `table` reduced to `rows` (ascending) of the columns named: a view the grouping reads as a table. */
function sampleTable(table: Table, names: readonly string[], rows: Int32Array): Table {
  // A column missing from the file stays missing: the grouping reports it, naming the file.
  const columns = sampleBatch(table, names.filter((n) => table.columns.has(n)), rows);
  return { source: table.source, rowCount: rows.length, names: table.names, columns, rowLine: (i) => table.rowLine(rows[i]), duplicateRows: 0 };
}


/** Sums of n, baseline loss, d and d² per group code, over the rows where d is a number. */
export function segmentSums(codes: Int32Array, groupCount: number, losses: PairedLosses): Float64Array {
  // Four sums per group in one flat array: [n, Σ baseline, Σ d, Σ d²].
  const sums = new Float64Array(groupCount * 4);
  const { diff, baseline } = losses;
  for (let i = 0; i < codes.length; i++) {
    const g = codes[i];
    const d = diff[i];
    if (g < 0 || d !== d) continue;
    const at = g * 4;
    sums[at]++;
    sums[at + 1] += baseline[i];
    sums[at + 2] += d;
    sums[at + 3] += d * d;
  }
  return sums;
}

/** As segmentSums for the crossing of two groupings, code a·nb + b, without building the codes. */
function pairSums(a: Int32Array, b: Int32Array, nb: number, groupCount: number, losses: PairedLosses): Float64Array {
  const sums = new Float64Array(groupCount * 4);
  const { diff, baseline } = losses;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    const d = diff[i];
    if (x < 0 || y < 0 || d !== d) continue;
    const at = (x * nb + y) * 4;
    sums[at]++;
    sums[at + 1] += baseline[i];
    sums[at + 2] += d;
    sums[at + 3] += d * d;
  }
  return sums;
}

/** Mean and standard error of a paired mean from its sums: √(s²/n), s² with n − 1. */
export function pairedMean(n: number, sum: number, sum2: number): { mean: number; se: number } {
  const mean = sum / n;
  if (n < 2) return { mean, se: NaN };
  // Clamped: rounding can leave a tiny negative where every d is equal.
  const s2 = Math.max(0, (sum2 - n * mean * mean) / (n - 1));
  return { mean, se: Math.sqrt(s2 / n) };
}

function segmentsOf(set: LossSet, columns: readonly string[], kinds: readonly ColumnKind[], label: (g: number) => readonly string[], sums: Float64Array, groupCount: number, s: SearchSettings, z: number, out: Segment[]): number {
  let small = 0;
  for (let g = 0; g < groupCount; g++) {
    const n = sums[g * 4];
    if (n === 0) continue;
    if (n < s.minRows) {
      small++;
      continue;
    }
    const baselineLoss = sums[g * 4 + 1] / n;
    const { mean, se } = pairedMean(n, sums[g * 4 + 2], sums[g * 4 + 3]);
    out.push({
      metric: set.metric,
      columns,
      kinds,
      parts: label(g),
      n,
      baselineLoss,
      candidateLoss: baselineLoss + mean,
      worsening: mean,
      se,
      allowed: set.allowed(baselineLoss),
      lower: Number.isFinite(se) ? mean - z * se : mean,
      p: null,
    });
  }
  return small;
}

function byLower(a: Segment, b: Segment): number {
  if (b.lower !== a.lower) return b.lower - a.lower;
  if (b.worsening !== a.worsening) return b.worsening - a.worsening;
  if (b.n !== a.n) return b.n - a.n;
  // Code-unit order, not localeCompare: the report must not depend on the machine's locale.
  const x = [a.metric, ...a.columns, ...a.parts].join('\u0000');
  const y = [b.metric, ...b.columns, ...b.parts].join('\u0000');
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Pairs whose group tables would be larger than this are left out of the search. */
const MAX_PAIR_GROUPS = 1_000_000;

/**
 * Searches the feature columns of `reference`/`current` for the weakest segments. `sorted` gives
 * the reference's sorted values of a numeric column (the check context's cache).
 */
export function searchSegments(
  referenceTable: Table,
  currentTable: Table,
  features: readonly string[],
  lossSets: readonly LossSet[],
  s: SearchSettings,
  sorted: (column: string) => Float64Array | undefined,
): SearchResult {
  const z = normalQuantile(1 - (1 - s.confidence) / 2, 0, 1);
  // Beyond sampleRows, a seeded sample of each file (the quantile edges still come from the whole
  // reference, through `sorted`; the reference's rows only name the categories it knows).
  const limit = s.sampleRows ?? Infinity;
  let sampled: number | null = null;
  let reference = referenceTable;
  let current = currentTable;
  let sets = lossSets;
  if (current.rowCount > limit) {
    const rng = createRng(s.seed ?? 0);
    const rows = sampleIndices(current.rowCount, limit, rng);
    current = sampleTable(current, features, rows);
    sets = sets.map((set) => ({ ...set, losses: { diff: gatherF64(set.losses.diff, rows), baseline: gatherF64(set.losses.baseline, rows) } }));
    sampled = rows.length;
    if (reference.rowCount > limit) reference = sampleTable(reference, features, sampleIndices(reference.rowCount, limit, rng));
  }
  const segments: Segment[] = [];
  const skipped: string[] = [];
  const grouped: { grouping: Grouping; worst: number }[] = [];
  let small = 0;
  for (const column of features) {
    const col = reference.columns.get(column);
    let grouping: Grouping;
    try {
      const numeric = col?.kind === 'numeric';
      grouping = groupRows(reference, current, numeric ? { column, quantiles: s.quantiles } : { column }, numeric ? sorted(column) : undefined);
    } catch (e) {
      if (!(e instanceof GroupingError)) throw e;
      skipped.push(e.message);
      continue;
    }
    const G = grouping.labels.length;
    const before = segments.length;
    for (const set of sets) {
      small += segmentsOf(set, grouping.columns, grouping.kinds, (g) => grouping.parts[g], segmentSums(grouping.current, G, set.losses), G, s, z, segments);
    }
    let worst = -Infinity;
    for (let i = before; i < segments.length; i++) if (Number.isFinite(segments[i].lower)) worst = Math.max(worst, segments[i].lower);
    if (segments.length > before) grouped.push({ grouping, worst });
  }
  // Pairs of the columns whose own segments are worst: a weak pair mostly shows in its parts.
  const top = grouped
    .slice()
    .sort((a, b) => b.worst - a.worst)
    .slice(0, s.maxColumns);
  let pairs = 0;
  for (let i = 0; i < top.length; i++) {
    for (let j = i + 1; j < top.length; j++) {
      const a = top[i].grouping;
      const b = top[j].grouping;
      const nb = b.labels.length;
      const G = a.labels.length * nb;
      if (G > MAX_PAIR_GROUPS) continue;
      pairs++;
      const columns = [a.columns[0], b.columns[0]];
      for (const set of sets) {
        small += segmentsOf(set, columns, [a.kinds[0], b.kinds[0]], (g) => [a.labels[Math.floor(g / nb)], b.labels[g % nb]], pairSums(a.current, b.current, nb, G, set.losses), G, s, z, segments);
      }
    }
  }
  const tested = segments.filter((x) => x.se > 0 && Number.isFinite(x.se) && Number.isFinite(x.allowed));
  const p = holmChangePValues(tested.map((x) => ({ worsening: x.worsening, se: x.se, allowed: x.allowed })));
  tested.forEach((x, i) => (x.p = p[i]));
  segments.sort(byLower);
  return { segments, columns: grouped.length, pairs, small, skipped, sampled };
}
