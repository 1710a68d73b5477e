/**
 * Shared bins for a numeric column so that PSI, Jensen–Shannon and Hellinger can compare it:
 * inner edges at the reference's quantiles 1/bins … (bins−1)/bins (numpy 'linear'), duplicates
 * removed, outer bins open to ±∞. Bins follow numpy.histogram: [e_i, e_{i+1}), so a value equal
 * to an edge falls in the bin above it.
 */
import { assertSorted, quantileSorted } from './descriptive.js';
import { lowerBound } from './search.js';

export interface BinCounts {
  /** Inner edges, ascending and distinct; there are edges.length + 1 bins. */
  edges: Float64Array;
  ref: Float64Array;
  cur: Float64Array;
}

function countInBins(sorted: Float64Array, edges: Float64Array): Float64Array {
  const counts = new Float64Array(edges.length + 1);
  let below = 0;
  for (let e = 0; e < edges.length; e++) {
    const c = lowerBound(sorted, edges[e]);
    counts[e] = c - below;
    below = c;
  }
  counts[edges.length] = sorted.length - below;
  return counts;
}

export function quantileBinCounts(sortedRef: Float64Array, sortedCur: Float64Array, bins: number): BinCounts {
  if (!(Number.isInteger(bins) && bins >= 2)) throw new Error(`quantile bins: bin count must be an integer >= 2, got ${bins}`);
  assertSorted(sortedRef, 'quantile bins: reference sample');
  assertSorted(sortedCur, 'quantile bins: current sample');
  const edges = quantileEdges(bins, (p) => quantileSorted(sortedRef, p));
  return { edges, ref: countInBins(sortedRef, edges), cur: countInBins(sortedCur, edges) };
}

/**
 * The inner edges from a quantile function of the reference: its quantiles 1/bins … (bins−1)/bins,
 * repeats dropped. A SQL source (src/pushdown) passes one built from the engine's order statistics.
 */
export function quantileEdges(bins: number, quantile: (p: number) => number): Float64Array {
  if (!(Number.isInteger(bins) && bins >= 2)) throw new Error(`quantile bins: bin count must be an integer >= 2, got ${bins}`);
  const raw: number[] = [];
  for (let i = 1; i < bins; i++) {
    const q = quantile(i / bins);
    if (raw.length === 0 || q !== raw[raw.length - 1]) raw.push(q);
  }
  return Float64Array.from(raw);
}
