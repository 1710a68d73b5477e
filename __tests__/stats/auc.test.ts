import { describe, expect, it } from 'vitest';
import {
  delongComponents, delongPaired, rocAuc, rocAucOvr, rocAucPerClass,
} from '../../src/stats/auc.js';
import { createRng } from '../../src/stats/random.js';
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

/**
 * The components by two binary searches per row into the sorted scores of the other class — the
 * previous implementation, checked against the O(n²) fixtures — to hold the radix argsort and sweep
 * to on inputs beyond the fixtures' sizes (the radix path starts at 4,096 rows).
 */
function componentsBySearch(isPositive: Uint8Array, scores: Float64Array) {
  const pos = Float64Array.from(scores.filter((_, i) => isPositive[i] !== 0)).sort();
  const neg = Float64Array.from(scores.filter((_, i) => isPositive[i] === 0)).sort();
  const count = (a: Float64Array, x: number, orEqual: boolean) => {
    let lo = 0, hi = a.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (a[mid] < x || (orEqual && a[mid] === x)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const m = pos.length, n = neg.length;
  const v10: number[] = [], v01: number[] = [];
  let u2 = 0;
  scores.forEach((s, i) => {
    if (isPositive[i] !== 0) {
      const below = count(neg, s, false);
      v10.push((2 * below + (count(neg, s, true) - below)) / (2 * n));
      u2 += 2 * below + (count(neg, s, true) - below);
    } else {
      const atOrBelow = count(pos, s, true), below = count(pos, s, false);
      v01.push((2 * (m - atOrBelow) + (atOrBelow - below)) / (2 * m));
    }
  });
  return { auc: u2 / (2 * m * n), v10: Float64Array.from(v10), v01: Float64Array.from(v01) };
}

describe('delongComponents on large inputs against per-row binary searches', () => {
  const g = createRng(31);
  const make = (n: number, score: (y: number) => number) => {
    const y = new Uint8Array(n), s = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      y[i] = g.next() < 0.3 ? 1 : 0;
      s[i] = score(y[i]);
    }
    return { y, s };
  };
  const cases = {
    'continuous scores': make(20000, (y) => g.next() + 0.3 * y),
    'heavy ties (two decimals)': make(20000, (y) => Math.round(100 * (g.next() + 0.2 * y)) / 100),
    'negative scores, ±0 and ±Infinity': make(10000, (y) => {
      const u = g.next();
      if (u < 0.05) return u < 0.025 ? -0 : 0;
      if (u < 0.07) return u < 0.06 ? -Infinity : Infinity;
      return Math.round(1000 * (g.next() - 0.5 + 0.1 * y)) / 10;
    }),
    // Piles in ever narrower ranges: bucketed twice, then finished by radix (pile of ~12,000) or
    // by comparison (pile of ~1,500).
    'scores piled into narrow ranges': make(30000, (y) => {
      const u = g.next();
      if (u < 0.4) return 1e-18 * g.next();
      if (u < 0.8) return 1e-9 * g.next();
      return g.next() + 0.2 * y;
    }),
    'a small pile in a narrow range': make(30000, (y) => {
      const u = g.next();
      if (u < 0.05) return 1e-18 * Math.round(1000 * g.next());
      if (u < 0.5) return 1e-9 * g.next();
      return g.next() + 0.2 * y;
    }),
    'just above the radix threshold': make(4096, (y) => Math.round(10 * (g.next() + 0.5 * y)) / 10),
  };
  for (const [name, { y, s }] of Object.entries(cases)) {
    it(name, () => {
      const got = delongComponents(y, s);
      const ref = componentsBySearch(y, s);
      expect(got.v10).toEqual(ref.v10);
      expect(got.v01).toEqual(ref.v01);
      expect(got.auc).toBe(ref.auc);
      expect(rocAuc(y, s)).toBe(ref.auc);
    });
  }
  it('throws on a NaN score past the radix threshold, naming the row', () => {
    const { y, s } = make(5000, () => g.next());
    s[4321] = NaN;
    expect(() => delongComponents(y, s)).toThrow(/row 4321/);
    expect(() => rocAuc(y, s)).toThrow(/row 4321/);
  });
  it('works on a subarray view (scores not at the start of their buffer)', () => {
    const { y, s } = make(6001, (v) => g.next() + 0.2 * v);
    const view = s.subarray(1);
    const labels = y.subarray(1);
    expect(delongComponents(labels, view)).toEqual(componentsBySearch(labels, Float64Array.from(view)));
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
