import { describe, expect, it } from 'vitest';
import { quantileBinCounts } from '../../src/stats/histogram.js';
import { fixture } from './drift-fixture.js';

interface BinCase { name: string; ref: number[]; cur: number[]; bins: number; edges: number[]; refCounts: number[]; curCounts: number[] }

describe('quantileBinCounts against numpy quantile + unique + searchsorted(side=right)', () => {
  for (const c of fixture.bins as BinCase[]) {
    it(c.name, () => {
      const r = quantileBinCounts(Float64Array.from(c.ref), Float64Array.from(c.cur), c.bins);
      expect(r.edges.length).toBe(c.edges.length);
      r.edges.forEach((e, i) => expect(Math.abs(e - c.edges[i])).toBeLessThanOrEqual(1e-9));
      expect(Array.from(r.ref)).toEqual(c.refCounts);
      expect(Array.from(r.cur)).toEqual(c.curCounts);
    });
  }
});

describe('quantileBinCounts by hand and bad input', () => {
  it('a value equal to an edge falls in the bin above it; counts add up', () => {
    const r = quantileBinCounts(Float64Array.of(1, 2, 3, 4), Float64Array.of(0, 2.5, 2.5, 9), 2);
    expect(Array.from(r.edges)).toEqual([2.5]);
    expect(Array.from(r.ref)).toEqual([2, 2]);
    expect(Array.from(r.cur)).toEqual([1, 3]);
  });
  it('throws on a bad bin count, empty, unsorted or NaN samples', () => {
    const ok = Float64Array.of(1, 2);
    expect(() => quantileBinCounts(ok, ok, 1)).toThrow(/integer >= 2/);
    expect(() => quantileBinCounts(ok, ok, 2.5)).toThrow(/integer >= 2/);
    expect(() => quantileBinCounts(new Float64Array(0), ok, 4)).toThrow(/empty/);
    expect(() => quantileBinCounts(ok, Float64Array.of(2, 1), 4)).toThrow(/not sorted/);
    expect(() => quantileBinCounts(ok, Float64Array.of(NaN), 4)).toThrow(/NaN/);
  });
});
