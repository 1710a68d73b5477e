/**
 * Grouping rows by a column or a crossing of two columns: the one module behind slices,
 * weak-segment search and fairness across groups. Each side gets an Int32Array of group codes
 * (-1 = missing in a grouping column), shared labels for both sides, and an index (counting sort)
 * to visit one group's rows without building per-row objects.
 *
 * Conventions (docs/tests.md, "Slices"):
 * - categorical: one group per value seen in either file, reference values first in order of
 *   first appearance, then values only the current file has;
 * - numeric: inner edges either given (`bins`) or at the REFERENCE's quantiles 1/k … (k−1)/k
 *   (numpy 'linear', duplicates removed — the same edges as the PSI bins in stats/histogram.ts),
 *   applied to both files; bins are [e_i, e_{i+1}) with open outer bins, so a value equal to an
 *   edge falls in the bin above it;
 * - crossing: one group per pair of groups that occurs in either file;
 * - groups with no row in either file are dropped, so codes are dense 0 … labels.length − 1.
 * Labels are plain text from the data; the renderers escape them, this module does not.
 */
import type { Column, ColumnKind, Table } from '../data/table.js';
import { quantileSorted } from '../stats/descriptive.js';
import { formatNumber } from '../report/format.js';

/** How one column is split into groups. `bins` and `quantiles` apply to numeric columns only. */
export interface ColumnBinning {
  readonly column: string;
  /** Inner edges, strictly ascending: m edges give m + 1 bins, the outer ones open-ended. */
  readonly bins?: readonly number[];
  /** k ≥ 2 bins at the reference's quantiles (default DEFAULT_QUANTILES when `bins` is absent). */
  readonly quantiles?: number;
}

/** One column, or a crossing of two. */
export type GroupSpec = ColumnBinning | { readonly crossing: readonly [ColumnBinning, ColumnBinning] };

/** Quantile bins of a numeric column when neither `bins` nor `quantiles` is given. */
export const DEFAULT_QUANTILES = 4;

export interface Grouping {
  /** "region", or "region × channel" for a crossing. */
  readonly name: string;
  /** The grouping columns, one or two. */
  readonly columns: readonly string[];
  /** Each grouping column's kind: a numeric column's labels are bins ("< 30", "[30, 45)"). */
  readonly kinds: readonly ColumnKind[];
  /** Display label of each group code: "north", "[30, 45)", "north × web". Unescaped. */
  readonly labels: readonly string[];
  /** Each group's label per grouping column: ["north"], or ["north", "web"] for a crossing. */
  readonly parts: readonly (readonly string[])[];
  /** Group code of each reference row, -1 where a grouping column is missing. */
  readonly reference: Int32Array;
  /** Group code of each current row, -1 where a grouping column is missing. */
  readonly current: Int32Array;
}

/** A grouping that cannot be built; the message names the file and the column. */
export class GroupingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GroupingError';
  }
}

export function isCrossing(spec: GroupSpec): spec is { readonly crossing: readonly [ColumnBinning, ColumnBinning] } {
  return 'crossing' in spec;
}

/** The grouping's display name: the column, or "a × b". */
export function groupSpecName(spec: GroupSpec): string {
  return isCrossing(spec) ? `${spec.crossing[0].column} × ${spec.crossing[1].column}` : spec.column;
}

function columnOf(table: Table, column: string): Column {
  const col = table.columns.get(column);
  if (col === undefined) throw new GroupingError(`column "${column}" is not in ${table.source}`);
  return col;
}

/** Sorted non-missing values of a numeric column (NaN sorts last in a Float64Array sort). */
function sortedValues(values: Float64Array, missing: number): Float64Array {
  const sorted = Float64Array.from(values).sort();
  return sorted.subarray(0, sorted.length - missing);
}

/** Inner edges at the reference's quantiles 1/k … (k−1)/k, duplicates removed. */
export function quantileEdges(sortedReference: Float64Array, k: number): Float64Array {
  if (!(Number.isInteger(k) && k >= 2)) throw new GroupingError(`quantile bins: the bin count must be an integer ≥ 2, got ${k}`);
  if (sortedReference.length === 0) return new Float64Array(0);
  const raw: number[] = [];
  for (let i = 1; i < k; i++) {
    const q = quantileSorted(sortedReference, i / k);
    if (raw.length === 0 || q !== raw[raw.length - 1]) raw.push(q);
  }
  return Float64Array.from(raw);
}

/** "< a", "[a, b)", "≥ b"; more digits when 4 significant ones would make two edges look equal. */
export function binLabels(edges: Float64Array): string[] {
  if (edges.length === 0) return ['all values'];
  let shown = Array.from(edges, (e) => formatNumber(e));
  if (new Set(shown).size < shown.length) shown = Array.from(edges, (e) => String(e));
  const labels = [`< ${shown[0]}`];
  for (let i = 1; i < shown.length; i++) labels.push(`[${shown[i - 1]}, ${shown[i]})`);
  labels.push(`≥ ${shown[shown.length - 1]}`);
  return labels;
}

/** Bin index of each value (edges.length + 1 bins), -1 for NaN. */
function binCodes(values: Float64Array, edges: Float64Array): Int32Array {
  const codes = new Int32Array(values.length);
  const m = edges.length;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== v) {
      codes[i] = -1;
      continue;
    }
    // Upper bound over a handful of edges: the number of edges ≤ v is the bin.
    let lo = 0;
    let hi = m;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (edges[mid] <= v) lo = mid + 1;
      else hi = mid;
    }
    codes[i] = lo;
  }
  return codes;
}

interface RawGrouping {
  kinds: ColumnKind[];
  labels: string[];
  parts: string[][];
  reference: Int32Array;
  current: Int32Array;
}

function groupCategorical(ref: Column & { kind: 'categorical' }, cur: Column & { kind: 'categorical' }): RawGrouping {
  const labels = [...ref.dictionary];
  const index = new Map<string, number>();
  labels.forEach((v, i) => index.set(v, i));
  // Current codes are translated through a table the size of the dictionary, not per row.
  const translate = new Int32Array(cur.dictionary.length);
  cur.dictionary.forEach((v, i) => {
    let g = index.get(v);
    if (g === undefined) {
      g = labels.length;
      labels.push(v);
      index.set(v, g);
    }
    translate[i] = g;
  });
  const current = new Int32Array(cur.codes.length);
  for (let i = 0; i < current.length; i++) {
    const c = cur.codes[i];
    current[i] = c < 0 ? -1 : translate[c];
  }
  return { kinds: ['categorical'], labels, parts: labels.map((l) => [l]), reference: Int32Array.from(ref.codes), current };
}

function validEdges(binning: ColumnBinning): Float64Array {
  const edges = Float64Array.from(binning.bins ?? []);
  for (let i = 0; i < edges.length; i++) {
    if (!Number.isFinite(edges[i])) throw new GroupingError(`bins of column "${binning.column}": edge ${edges[i]} is not a finite number`);
    if (i > 0 && !(edges[i] > edges[i - 1])) {
      throw new GroupingError(`bins of column "${binning.column}": edges must be strictly ascending (${edges[i - 1]} then ${edges[i]})`);
    }
  }
  return edges;
}

function groupOne(reference: Table, current: Table, binning: ColumnBinning, sortedReference?: Float64Array): RawGrouping {
  const ref = columnOf(reference, binning.column);
  const cur = columnOf(current, binning.column);
  if (ref.kind !== cur.kind) {
    throw new GroupingError(`column "${binning.column}" is ${ref.kind} in ${reference.source} but ${cur.kind} in ${current.source}`);
  }
  if (ref.kind === 'categorical' && cur.kind === 'categorical') {
    if (binning.bins !== undefined || binning.quantiles !== undefined) {
      throw new GroupingError(`column "${binning.column}" is categorical in ${reference.source}: bins and quantiles apply to numeric columns only`);
    }
    return groupCategorical(ref, cur);
  }
  if (ref.kind !== 'numeric' || cur.kind !== 'numeric') throw new Error('unreachable: column kinds differ');
  let edges: Float64Array;
  if (binning.bins !== undefined) {
    if (binning.quantiles !== undefined) throw new GroupingError(`column "${binning.column}": give bins or quantiles, not both`);
    edges = validEdges(binning);
  } else {
    edges = quantileEdges(sortedReference ?? sortedValues(ref.values, ref.missing), binning.quantiles ?? DEFAULT_QUANTILES);
  }
  const labels = binLabels(edges);
  return { kinds: ['numeric'], labels, parts: labels.map((l) => [l]), reference: binCodes(ref.values, edges), current: binCodes(cur.values, edges) };
}

/** Renumbers codes 0 … n−1 over the groups that occur on either side, keeping their order. */
function compact(raw: RawGrouping, groupCount: number): RawGrouping {
  const seen = new Uint8Array(groupCount);
  for (const codes of [raw.reference, raw.current]) {
    for (let i = 0; i < codes.length; i++) if (codes[i] >= 0) seen[codes[i]] = 1;
  }
  const remap = new Int32Array(groupCount).fill(-1);
  const labels: string[] = [];
  const parts: string[][] = [];
  for (let g = 0; g < groupCount; g++) {
    if (seen[g] === 1) {
      remap[g] = labels.length;
      labels.push(raw.labels[g]);
      parts.push(raw.parts[g]);
    }
  }
  if (labels.length === groupCount) return raw;
  for (const codes of [raw.reference, raw.current]) {
    for (let i = 0; i < codes.length; i++) if (codes[i] >= 0) codes[i] = remap[codes[i]];
  }
  return { kinds: raw.kinds, labels, parts, reference: raw.reference, current: raw.current };
}

/** Pairs of groups beyond this many are refused (the codes would need a table this large). */
export const MAX_CROSSED_GROUPS = 10_000_000;

function cross(a: RawGrouping, b: RawGrouping): RawGrouping {
  const nb = b.labels.length;
  const count = a.labels.length * nb;
  if (count > MAX_CROSSED_GROUPS) {
    throw new GroupingError(`crossing: ${a.labels.length} × ${nb} groups is more than ${MAX_CROSSED_GROUPS}; bin a column more coarsely`);
  }
  const combine = (x: Int32Array, y: Int32Array): Int32Array => {
    const out = new Int32Array(x.length);
    for (let i = 0; i < x.length; i++) out[i] = x[i] < 0 || y[i] < 0 ? -1 : x[i] * nb + y[i];
    return out;
  };
  const reference = combine(a.reference, b.reference);
  const current = combine(a.current, b.current);
  // Labels only for pairs that occur: two columns of a thousand values each make a million pairs.
  const seen = new Uint8Array(count);
  for (const codes of [reference, current]) for (let i = 0; i < codes.length; i++) if (codes[i] >= 0) seen[codes[i]] = 1;
  const remap = new Int32Array(count).fill(-1);
  const labels: string[] = [];
  const parts: string[][] = [];
  for (let g = 0; g < count; g++) {
    if (seen[g] === 0) continue;
    const i = Math.floor(g / nb);
    const j = g - i * nb;
    remap[g] = labels.length;
    labels.push(`${a.labels[i]} × ${b.labels[j]}`);
    parts.push([a.labels[i], b.labels[j]]);
  }
  for (const codes of [reference, current]) for (let i = 0; i < codes.length; i++) if (codes[i] >= 0) codes[i] = remap[codes[i]];
  return { kinds: [...a.kinds, ...b.kinds], labels, parts, reference, current };
}

/**
 * Groups both files' rows by one column or a crossing of two. `sortedReference` may pass the
 * reference's sorted non-missing values of a single numeric column (the check context caches them)
 * to save a sort. Throws a GroupingError naming the file and column when a column is missing from
 * either file, differs in kind between them, or the binning does not fit it.
 */
export function groupRows(reference: Table, current: Table, spec: GroupSpec, sortedReference?: Float64Array): Grouping {
  if (isCrossing(spec)) {
    const [x, y] = spec.crossing;
    if (x.column === y.column) throw new GroupingError(`crossing of column "${x.column}" with itself`);
    const raw = cross(groupOne(reference, current, x), groupOne(reference, current, y));
    return { name: groupSpecName(spec), columns: [x.column, y.column], ...raw };
  }
  const one = groupOne(reference, current, spec, sortedReference);
  const raw = compact(one, one.labels.length);
  return { name: spec.column, columns: [spec.column], ...raw };
}

/** Rows of each group, contiguous: group g's rows are rows[offsets[g] … offsets[g+1]), ascending. */
export interface GroupIndex {
  readonly offsets: Int32Array;
  readonly rows: Int32Array;
}

/**
 * Number of rows in each group, optionally only rows where `keep[row]` is non-zero (e.g. the
 * labelled rows). Missing codes (-1) are not counted.
 */
export function countGroups(codes: Int32Array, groupCount: number, keep?: Uint8Array): Int32Array {
  const counts = new Int32Array(groupCount);
  for (let i = 0; i < codes.length; i++) {
    const g = codes[i];
    if (g >= 0 && (keep === undefined || keep[i] !== 0)) counts[g]++;
  }
  return counts;
}

/** Counting sort of row indexes by group (rows with code -1, or not kept, are left out). */
export function indexGroups(codes: Int32Array, groupCount: number, keep?: Uint8Array): GroupIndex {
  const counts = countGroups(codes, groupCount, keep);
  const offsets = new Int32Array(groupCount + 1);
  for (let g = 0; g < groupCount; g++) offsets[g + 1] = offsets[g] + counts[g];
  const rows = new Int32Array(offsets[groupCount]);
  const next = offsets.slice(0, groupCount);
  for (let i = 0; i < codes.length; i++) {
    const g = codes[i];
    if (g >= 0 && (keep === undefined || keep[i] !== 0)) rows[next[g]++] = i;
  }
  return { offsets, rows };
}

/** The rows of group g (a view into the index, no copy). */
export function rowsOf(index: GroupIndex, g: number): Int32Array {
  return index.rows.subarray(index.offsets[g], index.offsets[g + 1]);
}
