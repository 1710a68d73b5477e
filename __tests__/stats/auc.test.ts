import { describe, expect, it } from 'vitest';
import {
  delongComponents, delongPaired, rocAuc, rocAucOvr, rocAucPerClass,
} from '../../src/stats/auc.js';
import { expectP, expectStat, f64, fixture, i32, u8 } from './metric-fixture.js';

interface AucCase { name: string; isPositive: number[]; scores: number[]; auc: number | null }
interface OvrCase { name: string; actual: number[]; scores: number[][]; perClass: (number | null)[]; macro: number | null }
interface DelongCase {
  name: string;
  isPositive: number[];
  scoresA: number[];
  scoresB: number[];
  confidence: number;
  expected: {
    aucA: number; aucB: number; diff: number; se: number; pValue: number; lo: number; hi: number;
    v10A: number[]; v01A: number[];
  };
}

describe('rocAuc against all-pairs counting', () => {
  for (const c of fixture.auc as AucCase[]) {
    it(c.name, () => {
      expectStat(rocAuc(u8(c.isPositive), f64(c.scores)), c.auc, 'auc');
    });
  }
  it('perfect, worst and constant scores', () => {
    const y = u8([0, 0, 1, 1]);
    expect(rocAuc(y, f64([0.1, 0.2, 0.8, 0.9]))).toBe(1);
    expect(rocAuc(y, f64([0.9, 0.8, 0.2, 0.1]))).toBe(0);
    expect(rocAuc(y, f64([0.5, 0.5, 0.5, 0.5]))).toBe(0.5);
  });
  it('sklearn docs example: roc_auc_score([0,0,1,1], [0.1,0.4,0.35,0.8]) = 0.75', () => {
    expect(rocAuc(u8([0, 0, 1, 1]), f64([0.1, 0.4, 0.35, 0.8]))).toBe(0.75);
  });
  it('throws on a NaN score, naming the row', () => {
    expect(() => rocAuc(u8([0, 1, 1]), f64([0.1, NaN, 0.3]))).toThrow(/row 1/);
  });
  it('is NaN when one class is absent', () => {
    expect(rocAuc(u8([1, 1]), f64([0.1, 0.2]))).toBeNaN();
  });
});

describe('rocAucOvr against all-pairs counting per class', () => {
  for (const c of fixture.ovr as OvrCase[]) {
    it(c.name, () => {
      const scores = c.scores.map((s) => f64(s));
      const per = rocAucPerClass(i32(c.actual), scores);
      c.perClass.forEach((e, i) => expectStat(per[i], e, `class ${i}`));
      expectStat(rocAucOvr(i32(c.actual), scores), c.macro, 'macro');
    });
  }
  it('throws on a NaN score of a labelled row only', () => {
    const s = [f64([0.8, NaN, 0.5]), f64([0.2, 0.5, 0.5])];
    expect(() => rocAucOvr(i32([0, 1, 1]), s)).toThrow(/row 1/);
    expect(rocAucOvr(i32([0, -1, 1]), s)).toBe(1);
  });
});

describe('DeLong paired test against the O(n²) structural components', () => {
  for (const c of fixture.delong as DelongCase[]) {
    it(c.name, () => {
      const y = u8(c.isPositive);
      const comp = delongComponents(y, f64(c.scoresA));
      c.expected.v10A.forEach((v, i) => expectStat(comp.v10[i], v, `v10[${i}]`));
      c.expected.v01A.forEach((v, i) => expectStat(comp.v01[i], v, `v01[${i}]`));
      const r = delongPaired(y, f64(c.scoresA), f64(c.scoresB), c.confidence);
      expectStat(r.aucA, c.expected.aucA, 'aucA');
      expectStat(r.aucB, c.expected.aucB, 'aucB');
      expectStat(r.diff, c.expected.diff, 'diff');
      expectStat(r.se, c.expected.se, 'se');
      expectP(r.pValue, c.expected.pValue, 'p');
      expectStat(r.lo, c.expected.lo, 'lo');
      expectStat(r.hi, c.expected.hi, 'hi');
    });
  }
  it('identical models: difference 0, p = 1, interval [0, 0]', () => {
    const c = (fixture.delong as DelongCase[]).find((d) => d.name === 'identical models')!;
    const r = delongPaired(u8(c.isPositive), f64(c.scoresA), f64(c.scoresB), 0.95);
    expect([r.diff, r.se, r.pValue, r.lo, r.hi]).toEqual([0, 0, 1, 0, 0]);
  });
  it('too few positives for a variance gives NaN, not a pass', () => {
    const r = delongPaired(u8([1, 0, 0]), f64([0.9, 0.1, 0.2]), f64([0.3, 0.1, 0.2]), 0.95);
    expect(r.se).toBeNaN();
    expect(r.pValue).toBeNaN();
  });
});

describe("published example: pROC's roc.test on the aSAH data", () => {
  const a = fixture.asah as {
    isPositive: number[];
    scores: Record<string, number[]>;
    theta: Record<string, number>;
    rocTest: { roc1: string; roc2: string; z: number; p: number; lo: number; hi: number }[];
  };
  const y = u8(a.isPositive);
  it('rebuilt scores give pROC’s AUCs', () => {
    for (const [name, theta] of Object.entries(a.theta)) expectStat(rocAuc(y, f64(a.scores[name])), theta, name);
  });
  for (const t of a.rocTest) {
    it(`roc.test(${t.roc1}, ${t.roc2}): Z, p and 95 % interval`, () => {
      // pROC reports AUC(roc1) − AUC(roc2); delongPaired reports B − A.
      const r = delongPaired(y, f64(a.scores[t.roc2]), f64(a.scores[t.roc1]), 0.95);
      expectStat(r.diff / r.se, t.z, 'Z');
      expectP(r.pValue, t.p, 'p');
      expectStat(r.lo, t.lo, 'lo');
      expectStat(r.hi, t.hi, 'hi');
    });
  }
});
