import { describe, expect, it } from 'vitest';
import {
  confusionMatrix, confusionMatrixCounted, metricsFromConfusion, pairedConfusionMatrices,
} from '../../src/stats/classification.js';
import { expectStat, fixture, i32 } from './metric-fixture.js';

interface ClassCase {
  name: string;
  k: number;
  positive: number | null;
  actual: number[];
  predicted: number[];
  expected: {
    matrix: number[];
    rows: number;
    skipped: number;
    accuracy: number | null;
    precision: number | null | 'absent';
    recall: number | null | 'absent';
    f1: number | null | 'absent';
    macro_precision: number | null;
    macro_recall: number | null;
    macro_f1: number | null;
    per_class: { precision: number; recall: number; f1: number; support: number }[];
  };
}

describe('classification metrics against numpy (sklearn semantics, zero_division=0)', () => {
  const cases = fixture.classification as ClassCase[];
  for (const c of cases) {
    it(c.name, () => {
      const counted = confusionMatrixCounted(i32(c.actual), i32(c.predicted), c.k);
      expect(Array.from(counted.matrix)).toEqual(c.expected.matrix);
      expect(counted.rows).toBe(c.expected.rows);
      expect(counted.skipped).toBe(c.expected.skipped);
      const m = metricsFromConfusion(counted.matrix, c.k, c.positive);
      expectStat(m.accuracy, c.expected.accuracy, 'accuracy');
      for (const key of ['precision', 'recall', 'f1'] as const) {
        const e = c.expected[key];
        if (e === 'absent') expect(m[key]).toBeNull();
        else expectStat(m[key], e, key);
      }
      expectStat(m.macro_precision, c.expected.macro_precision, 'macro_precision');
      expectStat(m.macro_recall, c.expected.macro_recall, 'macro_recall');
      expectStat(m.macro_f1, c.expected.macro_f1, 'macro_f1');
      expect(m.per_class).toHaveLength(c.k);
      c.expected.per_class.forEach((e, i) => {
        expectStat(m.per_class[i].precision, e.precision, `precision[${i}]`);
        expectStat(m.per_class[i].recall, e.recall, `recall[${i}]`);
        expectStat(m.per_class[i].f1, e.f1, `f1[${i}]`);
        expect(m.per_class[i].support).toBe(e.support);
      });
    });
  }
  it('covers the edge cases', () => {
    const names = cases.map((c) => c.name);
    for (const n of ['all one class predicted', 'a class never predicted', 'a class in neither', 'perfect', 'worst binary',
      'missing labels and predictions', 'all rows missing', 'textbook 2x2']) {
      expect(names).toContain(n);
    }
  });
});

describe('textbook examples', () => {
  it('2×2: TP 40, FN 10, FP 5, TN 45', () => {
    const cm = Float64Array.from([45, 5, 10, 40]); // row = actual (0, 1), column = predicted
    const m = metricsFromConfusion(cm, 2, 1);
    expect(m.accuracy).toBeCloseTo(0.85, 15);
    expect(m.precision).toBeCloseTo(40 / 45, 15);
    expect(m.recall).toBeCloseTo(0.8, 15);
    expect(m.f1).toBeCloseTo(80 / 95, 15);
    expect(m.per_class[0].precision).toBeCloseTo(45 / 55, 15);
    expect(m.per_class[0].recall).toBeCloseTo(0.9, 15);
    expect(m.macro_recall).toBeCloseTo(0.85, 15);
  });
  it('sklearn docs example: confusion_matrix([2,0,2,2,0,1], [0,0,2,2,0,2])', () => {
    expect(Array.from(confusionMatrix(i32([2, 0, 2, 2, 0, 1]), i32([0, 0, 2, 2, 0, 2]), 3))).toEqual([2, 0, 0, 0, 0, 1, 1, 0, 2]);
  });
  it('macro averages leave out a class in neither labels nor predictions', () => {
    // Class 2 never appears: macro over {0, 1} only (sklearn labels=None).
    const m = metricsFromConfusion(Float64Array.from([1, 1, 0, 0, 2, 0, 0, 0, 0]), 3, null);
    expect(m.macro_recall).toBeCloseTo((0.5 + 1) / 2, 15);
    expect(m.macro_precision).toBeCloseTo((1 + 2 / 3) / 2, 15);
  });
  it('a class only predicted counts in macro recall as 0', () => {
    // actual all 0; predictions 0 and 1 → labels {0, 1}; recall(1) = 0/0 → 0.
    const m = metricsFromConfusion(Float64Array.from([3, 1, 0, 0]), 2, null);
    expect(m.macro_recall).toBeCloseTo((0.75 + 0) / 2, 15);
  });
  it('an empty matrix gives NaN, not a passing number', () => {
    const m = metricsFromConfusion(new Float64Array(4), 2, 1);
    expect(m.accuracy).toBeNaN();
    expect(m.precision).toBeNaN();
    expect(m.macro_f1).toBeNaN();
  });
});

describe('pairedConfusionMatrices', () => {
  it('uses only rows where the label and both predictions are present', () => {
    const r = pairedConfusionMatrices(i32([0, 1, 1, -1, 0]), i32([0, 1, -1, 1, 1]), i32([0, 0, 1, 1, -1]), 2);
    expect(r.rows).toBe(2);
    expect(r.skipped).toBe(3);
    expect(Array.from(r.baseline)).toEqual([1, 0, 0, 1]);
    expect(Array.from(r.candidate)).toEqual([1, 0, 1, 0]);
  });
  it('rejects a class index outside 0..k-1 and mismatched lengths', () => {
    expect(() => confusionMatrix(i32([0, 3]), i32([0, 1]), 2)).toThrow(/outside 0..1/);
    expect(() => confusionMatrix(i32([0]), i32([0, 1]), 2)).toThrow(/length/);
    expect(() => metricsFromConfusion(new Float64Array(4), 2, 2)).toThrow(/positive class/);
  });
});
