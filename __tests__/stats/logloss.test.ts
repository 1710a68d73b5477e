import { describe, expect, it } from 'vitest';
import {
  FLOAT64_EPS, logLossBinary, logLossMulticlass, pairedRowLogLoss, probabilityRowSums, rowLogLoss, rowLogLossBinary, rowLogLossMean,
} from '../../src/stats/logloss.js';
import { expectStat, f64, fixture, i32, u8 } from './metric-fixture.js';

interface LossCase {
  name: string;
  kind: 'binary' | 'multiclass';
  actual: number[];
  p1?: (number | null)[];
  probs?: (number | null)[][];
  rows: (number | null)[];
  mean: number | null;
  badRows?: number;
  firstBad?: number;
}

describe('log loss against numpy (sklearn ≥ 1.5: clip to [eps, 1−eps], no renormalisation)', () => {
  it('uses float64 machine epsilon', () => {
    expect(FLOAT64_EPS).toBe(fixture.eps);
    expect(FLOAT64_EPS).toBe(Number.EPSILON);
  });
  for (const c of fixture.logloss as LossCase[]) {
    it(c.name, () => {
      const out = new Float64Array(c.actual.length);
      if (c.kind === 'binary') {
        const y = u8(c.actual);
        const p = f64(c.p1!);
        expectStat(logLossBinary(y, p), c.mean, 'mean');
        rowLogLossBinary(y, p, out);
      } else {
        const probs = c.probs!.map((col) => f64(col));
        expectStat(logLossMulticlass(i32(c.actual), probs), c.mean, 'mean');
        rowLogLoss(i32(c.actual), probs, out);
        // The one-pass form: the same rows, and the same mean to the last bit.
        const fused = new Float64Array(c.actual.length);
        expect(rowLogLossMean(i32(c.actual), probs, fused)).toBe(logLossMulticlass(i32(c.actual), probs));
        expect(fused).toEqual(out);
        // Two models in one pass: another model here is the same columns in rotated class order.
        const other = probs.map((_, j) => probs[(j + 1) % probs.length]);
        const otherRows = rowLogLoss(i32(c.actual), other, new Float64Array(c.actual.length));
        const diff = new Float64Array(c.actual.length);
        const both = pairedRowLogLoss(i32(c.actual), probs, other, diff);
        expect(both.first).toBe(logLossMulticlass(i32(c.actual), probs));
        expect(both.second).toBe(logLossMulticlass(i32(c.actual), other));
        expect(Array.from(diff)).toEqual(Array.from(out, (v, i) => v - otherRows[i]));
        const sums = probabilityRowSums(probs);
        expect(sums.count).toBe(c.badRows);
        expect(sums.first).toBe(c.firstBad);
      }
      c.rows.forEach((v, i) => expectStat(out[i], v, `row ${i}`));
    });
  }
  it('clips 0 and 1 to eps: −log(eps) ≈ 36.04', () => {
    expect(logLossBinary(u8([1]), f64([0]))).toBeCloseTo(-Math.log(Number.EPSILON), 12);
    expect(logLossBinary(u8([0]), f64([1]))).toBeCloseTo(-Math.log(Number.EPSILON), 12);
  });
  it('throws on a NaN probability of a labelled row; skips unlabelled rows', () => {
    expect(() => logLossBinary(u8([1, 0]), f64([0.3, NaN]))).toThrow(/row 1/);
    const probs = [f64([0.5, NaN]), f64([0.5, NaN])];
    expect(logLossMulticlass(i32([0, -1]), probs)).toBeCloseTo(Math.LN2, 15);
    expect(() => logLossMulticlass(i32([0, 1]), probs)).toThrow(/row 1/);
    expect(() => rowLogLossMean(i32([0, 1]), probs, new Float64Array(2))).toThrow(/row 1/);
    const fine = [f64([0.5, 0.5]), f64([0.5, 0.5])];
    expect(() => pairedRowLogLoss(i32([0, 1]), fine, probs, new Float64Array(2))).toThrow(/row 1/);
    expect(() => pairedRowLogLoss(i32([0, 1]), probs, fine, new Float64Array(2))).toThrow(/row 1/);
    const diff = new Float64Array(2);
    expect(pairedRowLogLoss(i32([0, -1]), probs, fine, diff)).toEqual({ first: Math.LN2, second: Math.LN2 });
    expect(diff[0]).toBe(0);
    expect(diff[1]).toBeNaN();
  });
  it('is NaN without labelled rows', () => {
    expect(logLossMulticlass(i32([-1]), [f64([0.5]), f64([0.5])])).toBeNaN();
    expect(rowLogLossMean(i32([-1]), [f64([0.5]), f64([0.5])], new Float64Array(1))).toBeNaN();
    expect(logLossBinary(u8([]), f64([]))).toBeNaN();
  });
});
