/**
 * The bracket arithmetic for KS and Wasserstein-1 on sides that no single query can read: from
 * per-bin counts and extremes, the brackets must contain the exact statistics (ks.ts and
 * wasserstein.ts on the raw samples, themselves checked against scipy), for any binning, and
 * collapse onto them when every bin holds one distinct value.
 */
import { describe, expect, it } from 'vitest';
import { bracketsFromBins } from '../../src/pushdown/order.js';
import { ksTwoSample } from '../../src/stats/ks.js';
import { wassersteinDistance } from '../../src/stats/wasserstein.js';
import { mulberry32 } from '../helpers/random.js';

type Bin = { ref: number; cur: number; lo: number; hi: number };

/** Bins of the joint range [lo, hi] split at `cuts` (ascending), as the engines' floor() makes them. */
function binsOf(a: Float64Array, b: Float64Array, width: number, lo: number): Bin[] {
  const m = new Map<number, Bin>();
  for (const [xs, side] of [[a, 'ref'], [b, 'cur']] as const) {
    for (const x of xs) {
      const k = Math.floor((x - lo) / width);
      const bin = m.get(k) ?? { ref: 0, cur: 0, lo: Infinity, hi: -Infinity };
      bin[side]++;
      bin.lo = Math.min(bin.lo, x);
      bin.hi = Math.max(bin.hi, x);
      m.set(k, bin);
    }
  }
  return [...m.entries()].sort((x, y) => x[0] - y[0]).map(([, v]) => v);
}

function sample(n: number, rnd: () => number, shift: number, round: number | null): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    // Box–Muller normal, optionally rounded so that ties occur.
    const z = Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd()) + shift;
    out[i] = round === null ? z : Math.round(z * round) / round;
  }
  return out.sort();
}

describe('bracketsFromBins', () => {
  it('contains the exact KS statistic and Wasserstein distance for coarse and fine bins, with and without ties', () => {
    const rnd = mulberry32(7);
    for (const round of [null, 10, 2]) {
      for (const shift of [0, 0.1, 1]) {
        const a = sample(700, rnd, 0, round);
        const b = sample(450, rnd, shift, round);
        const ks = ksTwoSample(a, b).statistic;
        const w = wassersteinDistance(a, b);
        const lo = Math.min(a[0], b[0]);
        const hi = Math.max(a[a.length - 1], b[b.length - 1]);
        let lastWidth = Infinity;
        for (const bins of [8, 64, 4096]) {
          const r = bracketsFromBins(binsOf(a, b, (hi - lo) / bins, lo));
          expect(r.ks.lower).toBeLessThanOrEqual(ks + 1e-12);
          expect(r.ks.upper).toBeGreaterThanOrEqual(ks - 1e-12);
          expect(r.w1.lower).toBeLessThanOrEqual(w + 1e-12);
          expect(r.w1.upper).toBeGreaterThanOrEqual(w - 1e-12);
          // Finer bins never widen the Wasserstein bracket much: it shrinks with the bin width.
          const width = r.w1.upper - r.w1.lower;
          expect(width).toBeLessThanOrEqual(lastWidth + 1e-12);
          lastWidth = width;
        }
      }
    }
  });

  it('is exact when every bin holds one distinct value', () => {
    const a = Float64Array.from([1, 1, 2, 3, 3, 3, 7]);
    const b = Float64Array.from([0, 2, 2, 3, 9]);
    const r = bracketsFromBins(binsOf(a, b, 0.5, 0));
    expect(r.ks.lower).toBeCloseTo(ksTwoSample(a, b).statistic, 15);
    expect(r.ks.upper).toBeCloseTo(r.ks.lower, 15);
    expect(r.w1.lower).toBeCloseTo(wassersteinDistance(a, b), 14);
    expect(r.w1.upper).toBeCloseTo(r.w1.lower, 14);
  });

  it('merges bins whose values the other side interleaves, so the bracket never trusts the bins', () => {
    // Two "bins" that overlap (as two engines rounding floor() differently could make): merged.
    const bins: Bin[] = [
      { ref: 2, cur: 0, lo: 0, hi: 1.5 },
      { ref: 0, cur: 2, lo: 1, hi: 2 },
      { ref: 1, cur: 1, lo: 3, hi: 3 },
    ];
    const r = bracketsFromBins(bins);
    expect(r.blocks).toBe(2);
    // Samples consistent with those bins: ref {0, 1.5, 3}, cur {1, 2, 3}.
    const a = Float64Array.from([0, 1.5, 3]);
    const b = Float64Array.from([1, 2, 3]);
    expect(r.ks.lower).toBeLessThanOrEqual(ksTwoSample(a, b).statistic);
    expect(r.ks.upper).toBeGreaterThanOrEqual(ksTwoSample(a, b).statistic);
    expect(r.w1.lower).toBeLessThanOrEqual(wassersteinDistance(a, b));
    expect(r.w1.upper).toBeGreaterThanOrEqual(wassersteinDistance(a, b));
  });
});
