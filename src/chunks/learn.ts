/**
 * Thresholds learned from the reference's own chunks (`auto`), as NannyML does: a chunk statistic
 * is computed for every reference chunk, and the limits sit at mean ± std_k·σ of those values
 * (σ the sample standard deviation, ddof 1) or, with `quantiles: [lo, hi]`, at their empirical
 * quantiles (numpy's default linear method). Fewer reference chunks than `min_reference_chunks`
 * learn nothing: the caller reports an error rather than a limit from two or three points.
 */
import type { ChunkingSettings } from '../config/types.js';
import { formatNumber } from '../report/format.js';
import { meanOf, quantileSorted, stdOf } from '../stats/descriptive.js';

export type LimitSide = 'upper' | 'lower' | 'both';

export interface LearnedLimits {
  /** null on the side that is not bad. */
  lower: number | null;
  upper: number | null;
  mean: number;
  /** Sample standard deviation of the reference chunks' values. */
  std: number;
  /** Reference chunks that gave a value. */
  chunks: number;
  /** "mean 0.031 + 3σ" or "quantile 0.995": how the limit was made. */
  rule: string;
}

export type Learned = { ok: true; limits: LearnedLimits } | { ok: false; message: string };

/** Learns limits from the reference chunks' values; NaN values (chunks with no statistic) are left out. */
export function learnLimits(values: ArrayLike<number>, s: ChunkingSettings, side: LimitSide): Learned {
  const kept: number[] = [];
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) kept.push(values[i]);
  const n = kept.length;
  if (n < s.min_reference_chunks || n < 2) {
    return {
      ok: false,
      message: `only ${n} reference ${n === 1 ? 'chunk gives' : 'chunks give'} a value, fewer than chunking.min_reference_chunks (${s.min_reference_chunks}): too few to learn a limit (use smaller chunks or a longer reference)`,
    };
  }
  const arr = Float64Array.from(kept);
  const mean = meanOf(arr);
  const std = stdOf(arr) * Math.sqrt(n / (n - 1));
  let lower: number;
  let upper: number;
  let rule: string;
  if (s.quantiles) {
    const sorted = arr.slice().sort();
    lower = quantileSorted(sorted, s.quantiles[0]);
    upper = quantileSorted(sorted, s.quantiles[1]);
    rule = side === 'upper' ? `quantile ${formatNumber(s.quantiles[1])}` : side === 'lower' ? `quantile ${formatNumber(s.quantiles[0])}` : `quantiles ${formatNumber(s.quantiles[0])}–${formatNumber(s.quantiles[1])}`;
  } else {
    lower = mean - s.std_k * std;
    upper = mean + s.std_k * std;
    const k = `${formatNumber(s.std_k)}σ`;
    rule = `mean ${formatNumber(mean)} ${side === 'upper' ? '+' : side === 'lower' ? '−' : '±'} ${k}`;
  }
  return {
    ok: true,
    limits: { lower: side === 'upper' ? null : lower, upper: side === 'lower' ? null : upper, mean, std, chunks: n, rule },
  };
}

/** "limit 0.071 learned from 12 reference chunks: mean 0.031 + 3σ", for messages. */
export function learnedText(l: LearnedLimits): string {
  const parts = [l.lower !== null ? formatNumber(l.lower) : null, l.upper !== null ? formatNumber(l.upper) : null].filter((x) => x !== null);
  const limit = parts.length === 2 ? `limits ${parts.join(' and ')}` : `limit ${parts[0]}`;
  return `${limit} learned from ${l.chunks} reference chunks: ${l.rule}`;
}
