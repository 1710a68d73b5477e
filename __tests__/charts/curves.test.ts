import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { calibrationCurve } from '../../src/charts/calibration.js';
import { FINE_BINS, MAX_ROC_POINTS, rocCurve, rocFromBins, trapezoid } from '../../src/charts/roc.js';
import { rocAuc } from '../../src/stats/auc.js';

interface RocCase { name: string; labels: number[]; scores: number[]; fpr: number[]; tpr: number[]; auc: number }
interface CalibrationCase { name: string; labels: number[]; scores: number[]; predicted: number[]; observed: number[]; count: number[]; edges: number[] }

const fixture = JSON.parse(readFileSync(new URL('../fixtures/charts.json', import.meta.url), 'utf8')) as {
  roc: RocCase[];
  calibration: CalibrationCase[];
};

const inputs = (c: { labels: number[]; scores: number[] }) => ({ y: Uint8Array.from(c.labels), s: Float64Array.from(c.scores) });

/** Whether (x, y) lies on the polyline through (xs, ys), to rounding. */
function onPolyline(xs: readonly number[], ys: readonly number[], x: number, y: number): boolean {
  for (let i = 1; i < xs.length; i++) {
    const [x0, y0, x1, y1] = [xs[i - 1]!, ys[i - 1]!, xs[i]!, ys[i]!];
    if (x < Math.min(x0, x1) - 1e-15 || x > Math.max(x0, x1) + 1e-15 || y < Math.min(y0, y1) - 1e-15 || y > Math.max(y0, y1) + 1e-15) continue;
    if (Math.abs((x1 - x0) * (y - y0) - (y1 - y0) * (x - x0)) <= 1e-14) return true;
  }
  return false;
}

/** Points of a polyline not on the segment between their neighbours, ends included. */
function corners(xs: readonly number[], ys: readonly number[]): number {
  let n = 2;
  for (let i = 1; i < xs.length - 1; i++) {
    const cross = (xs[i]! - xs[i - 1]!) * (ys[i + 1]! - ys[i - 1]!) - (ys[i]! - ys[i - 1]!) * (xs[i + 1]! - xs[i - 1]!);
    if (Math.abs(cross) > 1e-15) n++;
  }
  return n;
}

const vertexKey = (x: number, y: number) => `${x.toPrecision(15)},${y.toPrecision(15)}`;

describe('ROC curve', () => {
  const unthinned = fixture.roc.filter((c) => c.fpr.length <= MAX_ROC_POINTS);

  it.each(unthinned.map((c) => [c.name, c] as const))('%s: scikit-learn\'s curve, collinear points dropped, and its AUC', (_, c) => {
    const { y, s } = inputs(c);
    const roc = rocCurve(y, s)!;
    // The AUC is the performance tests' own (the same integer count), and scikit-learn's to 1e-12.
    expect(roc.auc).toBe(rocAuc(y, s));
    expect(roc.auc).toBeCloseTo(c.auc, 12);
    expect(roc.points).toBeUndefined();
    // scikit-learn drops only equal steps; every point we keep is one of its points, and each of
    // its points lies on our curve.
    const theirs = new Set(c.fpr.map((x, i) => vertexKey(x, c.tpr[i]!)));
    roc.fpr.forEach((x, i) => expect(theirs.has(vertexKey(x, roc.tpr[i]!)), `(${x}, ${roc.tpr[i]}) is a scikit-learn point`).toBe(true));
    c.fpr.forEach((x, i) => expect(onPolyline(roc.fpr, roc.tpr, x, c.tpr[i]!), `(${x}, ${c.tpr[i]}) is on the curve`).toBe(true));
    expect([roc.fpr[0], roc.tpr[0], roc.fpr.at(-1), roc.tpr.at(-1)]).toEqual([0, 0, 1, 1]);
    expect(trapezoid(roc.fpr, roc.tpr)).toBeCloseTo(c.auc, 14);
  });

  it('the fixture cases include ties, one tie group and a perfect separation', () => {
    expect(fixture.roc.find((c) => c.name === 'all_equal')).toMatchObject({ fpr: [0, 1], tpr: [0, 1], auc: 0.5 });
    const all = rocCurve(Uint8Array.of(0, 1, 0, 1, 1, 0, 0), new Float64Array(7).fill(0.5))!;
    expect([all.fpr, all.tpr]).toEqual([[0, 1], [0, 1]]);
    const sep = rocCurve(Uint8Array.of(0, 0, 0, 1, 1), Float64Array.of(0.1, 0.2, 0.3, 0.8, 0.9))!;
    expect([sep.fpr, sep.tpr, sep.auc]).toEqual([[0, 0, 1], [0, 1, 1], 1]);
  });

  it('a long curve is thinned to MAX_ROC_POINTS of its own vertices, the area error stated and small', () => {
    const c = fixture.roc.find((x) => x.name === 'thinned_2000')!;
    expect(c.fpr.length).toBeGreaterThan(MAX_ROC_POINTS);
    const { y, s } = inputs(c);
    const roc = rocCurve(y, s)!;
    expect(roc.fpr).toHaveLength(MAX_ROC_POINTS);
    expect(roc.auc).toBe(rocAuc(y, s));
    expect(roc.auc).toBeCloseTo(c.auc, 12);
    // The full curve's vertices: scikit-learn's points less those on a straight line (its first
    // point, which it always keeps, can be one).
    expect(roc.points).toBe(corners(c.fpr, c.tpr));
    const theirs = new Set(c.fpr.map((x, i) => vertexKey(x, c.tpr[i]!)));
    roc.fpr.forEach((x, i) => expect(theirs.has(vertexKey(x, roc.tpr[i]!))).toBe(true));
    for (let i = 1; i < roc.fpr.length; i++) {
      expect(roc.fpr[i]!).toBeGreaterThanOrEqual(roc.fpr[i - 1]!);
      expect(roc.tpr[i]!).toBeGreaterThanOrEqual(roc.tpr[i - 1]!);
    }
    expect(roc.area_error).toBeCloseTo(Math.abs(trapezoid(roc.fpr, roc.tpr) - c.auc), 12);
    expect(roc.area_error!).toBeLessThan(1e-3);
    // Fewer points allowed, a larger error, still stated exactly.
    const coarse = rocCurve(y, s, 20)!;
    expect(coarse.fpr).toHaveLength(20);
    expect(coarse.area_error).toBeCloseTo(Math.abs(trapezoid(coarse.fpr, coarse.tpr) - c.auc), 12);
  });

  it('beyond the presample size (many distinct scores) it stays within MAX_ROC_POINTS, ends kept', () => {
    const n = 30_000;
    const y = new Uint8Array(n);
    const s = new Float64Array(n);
    let seed = 12345;
    for (let i = 0; i < n; i++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      y[i] = seed % 3 === 0 ? 1 : 0;
      s[i] = (seed / 2147483648) * 0.6 + (y[i] ? 0.05 : 0);
    }
    const roc = rocCurve(y, s)!;
    expect(roc.fpr.length).toBeLessThanOrEqual(MAX_ROC_POINTS);
    expect(roc.points!).toBeGreaterThan(4000);
    expect([roc.fpr[0], roc.tpr[0], roc.fpr.at(-1), roc.tpr.at(-1)]).toEqual([0, 0, 1, 1]);
    expect(roc.auc).toBe(rocAuc(y, s));
    expect(roc.area_error).toBeCloseTo(Math.abs(trapezoid(roc.fpr, roc.tpr) - roc.auc), 12);
    expect(roc.area_error!).toBeLessThan(1e-3);
  });

  it.each(fixture.roc.map((c) => [c.name, c] as const))('%s: the same curve from the context\'s sorted scores (only the smaller class sorted)', (_, c) => {
    const { y, s } = inputs(c);
    const all = Float64Array.from(s).sort();
    expect(rocCurve(y, s, MAX_ROC_POINTS, all)).toEqual(rocCurve(y, s));
    // Positives the majority: the negatives are the ones sorted.
    const flipped = y.map((v) => 1 - v);
    expect(rocCurve(flipped, s, MAX_ROC_POINTS, all)).toEqual(rocCurve(flipped, s));
  });

  it('ignores a sorted array that does not hold the scores given', () => {
    const y = Uint8Array.of(1, 0, 1, 0);
    const s = Float64Array.of(0.9, 0.2, 0.6, 0.4);
    expect(rocCurve(y, s, MAX_ROC_POINTS, Float64Array.of(0.2, 0.4, 0.5, 0.9))).toEqual(rocCurve(y, s));
    expect(rocCurve(y, s, MAX_ROC_POINTS, Float64Array.of(0.2, 0.4, 0.9))).toEqual(rocCurve(y, s));
  });

  it.each(fixture.roc.map((c) => [c.name, c] as const))('%s: from score bins, true operating points on the exact curve, the area error stated', (_, c) => {
    const { y, s } = inputs(c);
    const roc = rocFromBins(y, s, c.auc);
    expect(roc.auc).toBe(c.auc);
    expect(roc.fpr.length).toBeLessThanOrEqual(MAX_ROC_POINTS);
    expect(roc.points!).toBeLessThanOrEqual(FINE_BINS + 1);
    roc.fpr.forEach((x, i) => expect(onPolyline(c.fpr, c.tpr, x, roc.tpr[i]!), `(${x}, ${roc.tpr[i]}) is on scikit-learn's curve`).toBe(true));
    expect([roc.fpr[0], roc.tpr[0], roc.fpr.at(-1), roc.tpr.at(-1)]).toEqual([0, 0, 1, 1]);
    expect(roc.area_error).toBeCloseTo(Math.abs(trapezoid(roc.fpr, roc.tpr) - c.auc), 14);
    expect(roc.area_error!).toBeLessThan(1e-3);
  });

  it('from score bins over a given range: the same as found, or true points still when wider', () => {
    const c = fixture.roc.find((x) => x.name === 'thinned_2000')!;
    const { y, s } = inputs(c);
    const range = { min: Math.min(...s), max: Math.max(...s) };
    expect(rocFromBins(y, s, c.auc, MAX_ROC_POINTS, range)).toEqual(rocFromBins(y, s, c.auc));
    const wide = rocFromBins(y, s, c.auc, MAX_ROC_POINTS, { min: -1, max: 2 });
    wide.fpr.forEach((x, i) => expect(onPolyline(c.fpr, c.tpr, x, wide.tpr[i]!)).toBe(true));
  });

  it('from score bins: a range too wide for a double puts every score in one bin, still a true curve', () => {
    const roc = rocFromBins(Uint8Array.of(0, 1, 0, 1), Float64Array.of(-1e308, 1e308, 0, 1), 0.75);
    expect([roc.fpr, roc.tpr]).toEqual([[0, 1], [0, 1]]);
    expect(roc.area_error).toBeCloseTo(0.25, 14);
  });

  it('from score bins: scores that share a bin become one diagonal step, its area error stated', () => {
    // 0.5 and 0.5000001 share a bin of [0, 1]: their staircase becomes one step.
    const y = Uint8Array.of(0, 1, 0, 1);
    const s = Float64Array.of(0, 0.5, 0.5000001, 1);
    const exact = rocCurve(y, s)!;
    const binned = rocFromBins(y, s, exact.auc);
    expect(exact.fpr).toEqual([0, 0, 0.5, 0.5, 1]);
    expect([binned.fpr, binned.tpr]).toEqual([[0, 0, 0.5, 1], [0, 0.5, 1, 1]]);
    expect(binned.area_error).toBeCloseTo(0.125, 14);
  });

  it('is null when a class is absent', () => {
    expect(rocCurve(Uint8Array.of(1, 1), Float64Array.of(0.2, 0.4))).toBeNull();
    expect(rocCurve(Uint8Array.of(0, 0), Float64Array.of(0.2, 0.4))).toBeNull();
  });
});

describe('calibration curve', () => {
  it.each(fixture.calibration.map((c) => [c.name, c] as const))('%s: scikit-learn calibration_curve (uniform, 10 bins)', (_, c) => {
    const { y, s } = inputs(c);
    const cal = calibrationCurve(y, s);
    expect(cal.count).toEqual(c.count);
    expect(cal.predicted).toHaveLength(c.predicted.length);
    cal.predicted.forEach((p, i) => expect(p).toBeCloseTo(c.predicted[i]!, 14));
    cal.observed.forEach((p, i) => expect(p).toBeCloseTo(c.observed[i]!, 14));
    expect(cal.note).toBeUndefined();
  });

  it('puts a value on an edge in the bin below it, as numpy.searchsorted does', () => {
    const edges = fixture.calibration.find((c) => c.name === 'edges')!.edges;
    expect(edges[3]).toBe(0.30000000000000004);
    // 0.3 is below the edge 0.30000000000000004: bin (0.2, 0.3]; 0.30000000000000004 itself too.
    expect(calibrationCurve(Uint8Array.of(1, 0), Float64Array.of(0.3, 0.30000000000000004)).count).toEqual([2]);
    expect(calibrationCurve(Uint8Array.of(1, 0, 1), Float64Array.of(0, 0.1, 1)).count).toEqual([2, 1]);
  });

  it('is empty, saying why, when scores are not probabilities', () => {
    const cal = calibrationCurve(Uint8Array.of(1, 0, 1), Float64Array.of(0.5, 1.5, -2));
    expect(cal).toMatchObject({ predicted: [], observed: [], count: [] });
    expect(cal.note).toMatch(/2 scores are outside \[0, 1\]/);
  });
});
