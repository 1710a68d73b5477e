import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  binCounts,
  categoricalDistribution,
  finitePart,
  MAX_BARS,
  MAX_BINS,
  MIN_BINS,
  numericDistribution,
  QUANTILE_LEVELS,
  quantilesOf,
  sharedEdges,
} from '../../src/charts/distribution.js';
import type { ColumnDistribution, Side } from '../../src/results/charts.js';
import { makeTable, rng } from '../helpers/tables.js';

const fixture = JSON.parse(readFileSync(new URL('../fixtures/charts.json', import.meta.url), 'utf8')) as {
  levels: number[];
  quantiles: { name: string; values: number[]; quantiles: number[] }[];
};

const sorted = (xs: readonly number[]): Float64Array => Float64Array.from(xs).sort();

/** Every count of one side, missing included. */
function total(d: ColumnDistribution, s: Side): number {
  const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
  return sum(d.counts[s]) + (d.below?.[s] ?? 0) + (d.above?.[s] ?? 0) + (d.other?.[s] ?? 0) + d.missing[s];
}

function numeric(ref: readonly number[], cur: readonly number[]): ColumnDistribution {
  // NaN is a missing value, as the loader reads it; the context's sorted arrays hold the rest.
  const present = (xs: readonly number[]) => sorted(xs.filter((x) => !Number.isNaN(x)));
  return numericDistribution('x', 'feature', {
    sorted: { reference: present(ref), current: present(cur) },
    rows: { reference: ref.length, current: cur.length },
  });
}

describe('quantiles', () => {
  it('are numpy.quantile (linear) at 0, 0.01, …, 1', () => {
    expect(QUANTILE_LEVELS).toEqual(fixture.levels);
    for (const c of fixture.quantiles) {
      const got = quantilesOf(Float64Array.from(c.values));
      expect(got, c.name).toHaveLength(101);
      got.forEach((q, i) => expect(q, `${c.name} level ${i}`).toBeCloseTo(c.quantiles[i]!, 12));
    }
  });

  it('are of the finite values only, and empty when there are none', () => {
    const s = sorted([-Infinity, 1, 2, 3, Infinity, Infinity]);
    expect(Array.from(finitePart(s))).toEqual([1, 2, 3]);
    expect(quantilesOf(finitePart(s))[0]).toBe(1);
    expect(quantilesOf(finitePart(s))[100]).toBe(3);
    expect(quantilesOf(finitePart(sorted([Infinity])))).toEqual([]);
  });
});

describe('shared bin edges', () => {
  it('give each integer its own bin when integers span fewer than MAX_BINS units', () => {
    expect(sharedEdges(sorted([0, 1, 1, 0]), sorted([1, 1]))).toEqual([-0.5, 0.5, 1.5]);
    expect(sharedEdges(sorted([3, 5]), sorted([7]))).toEqual([2.5, 3.5, 4.5, 5.5, 6.5, 7.5]);
    // 40 units is too many for unit bins: equal-width bins instead.
    const wide = sharedEdges(sorted([0, 40]), sorted([20]));
    // From the lower 0.5 % quantile (0.2) to the higher 99.5 % one (39.8).
    expect(wide[0]).toBeCloseTo(0.2, 14);
    expect(wide.at(-1)).toBeCloseTo(39.8, 14);
    expect(wide.length - 1).toBeLessThanOrEqual(MAX_BINS);
  });

  it('are equal-width over the central range, bins by Freedman–Diaconis within 10…40', () => {
    const r = rng(7);
    const ref = sorted(Array.from({ length: 2000 }, () => r.normal()));
    const cur = sorted(Array.from({ length: 1000 }, () => 0.5 + r.normal()));
    const edges = sharedEdges(ref, cur);
    const q = (s: Float64Array, p: number) => quantilesOf(s)[Math.round(p * 100)]!;
    // The central range is from the lower 0.5 % quantile to the higher 99.5 % one (not a fixture level: computed here).
    const at = (s: Float64Array, p: number) => {
      const pos = p * (s.length - 1);
      const lo = Math.floor(pos);
      return s[lo]! + (s[lo + 1]! - s[lo]!) * (pos - lo);
    };
    expect(edges[0]).toBeCloseTo(Math.min(at(ref, 0.005), at(cur, 0.005)), 12);
    expect(edges.at(-1)).toBe(Math.max(at(ref, 0.995), at(cur, 0.995)));
    const iqr = q(ref, 0.75) - q(ref, 0.25);
    const bins = Math.min(MAX_BINS, Math.max(MIN_BINS, Math.ceil((edges.at(-1)! - edges[0]!) / ((2 * iqr) / Math.cbrt(2000)))));
    expect(edges).toHaveLength(bins + 1);
    const width = (edges.at(-1)! - edges[0]!) / bins;
    for (let i = 1; i < edges.length; i++) expect(edges[i]! - edges[i - 1]!).toBeCloseTo(width, 10);
  });

  it('clamp the bin count: a spike with no spread gets MAX_BINS, a short sample MIN_BINS', () => {
    // Four fifths of the values equal: IQR 0, Freedman–Diaconis width 0.
    const spike = sorted([...Array(80).fill(1.5), ...Array.from({ length: 20 }, (_, i) => 1.5 + i / 7)]);
    expect(sharedEdges(spike, spike)).toHaveLength(MAX_BINS + 1);
    expect(sharedEdges(sorted([0.1, 0.2, 0.35, 0.5]), sorted([0.4]))).toHaveLength(MIN_BINS + 1);
  });

  it('one value: one bin around it; no values: no bins', () => {
    expect(sharedEdges(sorted([2.5, 2.5]), sorted([2.5]))).toEqual([1.25, 3.75]);
    expect(sharedEdges(sorted([7]), sorted([]))).toEqual([6.5, 7.5]);
    expect(sharedEdges(sorted([]), sorted([]))).toEqual([]);
  });
});

describe('bin counts', () => {
  it('are [e_i, e_i+1) with the last bin closed, outliers below and above', () => {
    const c = binCounts(sorted([-5, 0, 0.5, 1, 1.5, 2, 2, 9]), [0, 1, 2]);
    expect(c).toEqual({ counts: [2, 4], below: 1, above: 1 });
  });
});

describe('numeric distributions', () => {
  it('add up to each file\'s rows, with outliers, missing values and infinities', () => {
    const r = rng(3);
    const ref = Array.from({ length: 500 }, (_, i) => (i % 50 === 0 ? NaN : r.normal() * 10));
    const cur = [...Array.from({ length: 300 }, () => 5 + r.normal() * 10), 1e9, -1e9, Infinity, -Infinity, NaN];
    const d = numeric(ref, cur);
    expect(total(d, 'reference')).toBe(500);
    expect(total(d, 'current')).toBe(cur.length);
    expect(d.missing).toEqual({ reference: 10, current: 1 });
    expect(d.below!.current).toBeGreaterThanOrEqual(2);
    expect(d.above!.current).toBeGreaterThanOrEqual(2);
    expect(d.counts.reference).toHaveLength(d.edges!.length - 1);
    // The central range ignores the two huge values, and quantiles the infinities.
    expect(d.edges!.at(-1)).toBeLessThan(100);
    expect(d.quantiles!.current[100]).toBe(1e9);
    expect(d.quantiles!.current[0]).toBe(-1e9);
  });

  it('an all-missing column: no bins, every row missing', () => {
    const d = numeric([NaN, NaN, NaN], [NaN, NaN]);
    expect(d.edges).toEqual([]);
    expect(d.counts).toEqual({ reference: [], current: [] });
    expect(d.missing).toEqual({ reference: 3, current: 2 });
    expect(d.quantiles).toMatchObject({ reference: [], current: [] });
    expect(total(d, 'reference') + total(d, 'current')).toBe(5);
  });

  it('a missing side keeps the other side\'s picture', () => {
    const d = numeric([1.25, 2.5, NaN], [NaN, NaN]);
    expect(total(d, 'reference')).toBe(3);
    expect(d.quantiles!.current).toEqual([]);
    expect(d.quantiles!.reference[0]).toBe(1.25);
  });

  it('a column with one value: one bin holding every value', () => {
    const d = numeric([4.2, 4.2, 4.2], [4.2, NaN]);
    expect(d.counts).toEqual({ reference: [3], current: [1] });
    expect(d.below).toEqual({ reference: 0, current: 0 });
    expect(d.above).toEqual({ reference: 0, current: 0 });
  });
});

describe('categorical distributions', () => {
  it('bars in reference-frequency order, a category new in the current file last with 0 in the reference', () => {
    const ref = makeTable('ref.csv', { c: ['b', 'a', 'b', 'c', 'b', 'a', null] }).columns.get('c')!;
    const cur = makeTable('cur.csv', { c: ['z', 'a', 'c', 'c', null, null] }).columns.get('c')!;
    const d = categoricalDistribution('c', 'feature', ref, cur);
    expect(d.categories).toEqual(['b', 'a', 'c', 'z']);
    expect(d.counts).toEqual({ reference: [3, 2, 1, 0], current: [0, 1, 2, 1] });
    expect(d.missing).toEqual({ reference: 1, current: 2 });
    expect(d.truncated).toBeUndefined();
    expect(total(d, 'reference')).toBe(7);
    expect(total(d, 'current')).toBe(6);
  });

  it(`more than ${MAX_BARS} categories: the largest in either file, the rest in other`, () => {
    // 40 reference categories with counts 40…1; the current adds "new" with a large share.
    const refValues: string[] = [];
    for (let k = 0; k < 40; k++) for (let j = 0; j < 40 - k; j++) refValues.push(`k${k}`);
    const curValues = [...refValues.slice(0, 400), ...Array(300).fill('new')];
    const ref = makeTable('ref.csv', { c: refValues }).columns.get('c')!;
    const cur = makeTable('cur.csv', { c: curValues }).columns.get('c')!;
    const d = categoricalDistribution('c', 'feature', ref, cur);
    expect(d.categories).toHaveLength(MAX_BARS);
    expect(d.truncated).toBe(true);
    expect(d.categories).toContain('new');
    expect(d.categories!.slice(0, 3)).toEqual(['k0', 'k1', 'k2']);
    expect(d.categories!.at(-1)).toBe('new');
    expect(total(d, 'reference')).toBe(refValues.length);
    expect(total(d, 'current')).toBe(curValues.length);
    expect(d.other!.reference).toBeGreaterThan(0);
  });

  it('among equal shares, keeps the categories seen first', () => {
    const values = Array.from({ length: 45 }, (_, k) => `c${k}`);
    const col = makeTable('f.csv', { c: values }).columns.get('c')!;
    const d = categoricalDistribution('c', 'feature', col, col);
    expect(d.categories).toEqual(values.slice(0, MAX_BARS));
    expect(d.other).toEqual({ reference: 15, current: 15 });
  });

  it('a column numeric in one file and text in the other compares string forms', () => {
    const ref = makeTable('ref.csv', { y: [0, 1, 1, null] }).columns.get('y')!;
    const cur = makeTable('cur.csv', { y: ['1', 'yes', '0'] }).columns.get('y')!;
    const d = categoricalDistribution('y', 'target', ref, cur);
    expect(d.categories).toEqual(['1', '0', 'yes']);
    expect(d.counts).toEqual({ reference: [2, 1, 0], current: [1, 1, 1] });
    expect(total(d, 'reference')).toBe(4);
  });
});
